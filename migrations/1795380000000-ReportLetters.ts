import { MigrationInterface, QueryRunner } from 'typeorm';

/** Report approval and repayment claim letters; a claim records its notification and appeal deadline. */
export class ReportLetters1795380000000 implements MigrationInterface {
  name = 'ReportLetters1795380000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "repayment_claims" ADD "notified_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "repayment_claims" ADD "appeal_deadline" TIMESTAMP WITH TIME ZONE`);
    // By hand: TypeORM does not diff CHECK bodies (scripts/migration-check.ts does).
    await queryRunner.query(`ALTER TABLE "letters" DROP CONSTRAINT "ck_letters_type"`);
    await queryRunner.query(
      `ALTER TABLE "letters" ADD CONSTRAINT "ck_letters_type" CHECK (type IN ('receipt','interim_reply','grant','partial_grant','rejection','dismissal','report_approval','repayment_claim'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "letters" DROP CONSTRAINT "ck_letters_type"`);
    await queryRunner.query(
      `ALTER TABLE "letters" ADD CONSTRAINT "ck_letters_type" CHECK (type IN ('receipt','interim_reply','grant','partial_grant','rejection','dismissal'))`,
    );
    await queryRunner.query(`ALTER TABLE "repayment_claims" DROP COLUMN "appeal_deadline"`);
    await queryRunner.query(`ALTER TABLE "repayment_claims" DROP COLUMN "notified_at"`);
  }
}
