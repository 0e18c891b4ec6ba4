import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The message that a round's budget reservation is lifted (a new letter type), and the reason a call was published
 * with less than the minimum notice before its deadline.
 */
export class ReservationNoticeAndShortNotice1796052817000 implements MigrationInterface {
  name = 'ReservationNoticeAndShortNotice1796052817000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "grant_rounds" ADD "short_notice_reason" text`);
    // By hand: TypeORM does not diff CHECK bodies (scripts/migration-check.ts does).
    await queryRunner.query(`ALTER TABLE "letters" DROP CONSTRAINT "ck_letters_type"`);
    await queryRunner.query(
      `ALTER TABLE "letters" ADD CONSTRAINT "ck_letters_type" CHECK (type IN ('receipt','interim_reply','grant','partial_grant','rejection','dismissal','report_approval','repayment_claim','appeal_forwarded','appeal_not_considered','change_approved','change_rejected','claim_revised','budget_reservation_lifted'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "letters" DROP CONSTRAINT "ck_letters_type"`);
    await queryRunner.query(
      `ALTER TABLE "letters" ADD CONSTRAINT "ck_letters_type" CHECK (type IN ('receipt','interim_reply','grant','partial_grant','rejection','dismissal','report_approval','repayment_claim','appeal_forwarded','appeal_not_considered','change_approved','change_rejected','claim_revised'))`,
    );
    await queryRunner.query(`ALTER TABLE "grant_rounds" DROP COLUMN "short_notice_reason"`);
  }
}
