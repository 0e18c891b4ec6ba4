import { MigrationInterface, QueryRunner } from 'typeorm';

/** Repayment claims revised or dropped by a new decision on appeal, and the letter that says so. */
export class ClaimRevision1795384000000 implements MigrationInterface {
  name = 'ClaimRevision1795384000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "repayment_claims" ADD "amount_before_revision_ore" bigint`);
    // By hand: TypeORM does not diff CHECK bodies (scripts/migration-check.ts does).
    for (const name of ['status', 'amount', 'settled']) {
      await queryRunner.query(`ALTER TABLE "repayment_claims" DROP CONSTRAINT "ck_repayment_claims_${name}"`);
    }
    await queryRunner.query(
      `ALTER TABLE "repayment_claims" ADD CONSTRAINT "ck_repayment_claims_status" CHECK (status IN ('open','settled','cancelled'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "repayment_claims" ADD CONSTRAINT "ck_repayment_claims_amount" CHECK (amount_ore > 0 OR (status = 'cancelled' AND amount_ore = 0))`,
    );
    await queryRunner.query(
      `ALTER TABLE "repayment_claims" ADD CONSTRAINT "ck_repayment_claims_settled" CHECK (status = 'cancelled' OR (status = 'settled') = (repaid_ore = amount_ore))`,
    );
    await queryRunner.query(`ALTER TABLE "letters" DROP CONSTRAINT "ck_letters_type"`);
    await queryRunner.query(
      `ALTER TABLE "letters" ADD CONSTRAINT "ck_letters_type" CHECK (type IN ('receipt','interim_reply','grant','partial_grant','rejection','dismissal','report_approval','repayment_claim','appeal_forwarded','appeal_not_considered','change_approved','change_rejected','claim_revised'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "letters" DROP CONSTRAINT "ck_letters_type"`);
    await queryRunner.query(
      `ALTER TABLE "letters" ADD CONSTRAINT "ck_letters_type" CHECK (type IN ('receipt','interim_reply','grant','partial_grant','rejection','dismissal','report_approval','repayment_claim','appeal_forwarded','appeal_not_considered','change_approved','change_rejected'))`,
    );
    for (const name of ['status', 'amount', 'settled']) {
      await queryRunner.query(`ALTER TABLE "repayment_claims" DROP CONSTRAINT "ck_repayment_claims_${name}"`);
    }
    await queryRunner.query(
      `ALTER TABLE "repayment_claims" ADD CONSTRAINT "ck_repayment_claims_status" CHECK (status IN ('open','settled'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "repayment_claims" ADD CONSTRAINT "ck_repayment_claims_amount" CHECK (amount_ore > 0)`,
    );
    await queryRunner.query(
      `ALTER TABLE "repayment_claims" ADD CONSTRAINT "ck_repayment_claims_settled" CHECK ((status = 'settled') = (repaid_ore = amount_ore))`,
    );
    await queryRunner.query(`ALTER TABLE "repayment_claims" DROP COLUMN "amount_before_revision_ore"`);
  }
}
