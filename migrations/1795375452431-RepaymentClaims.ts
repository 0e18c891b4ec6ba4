import { MigrationInterface, QueryRunner } from 'typeorm';

export class RepaymentClaims1795375452431 implements MigrationInterface {
  name = 'RepaymentClaims1795375452431';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "repayment_claims" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "decision_id" uuid NOT NULL, "application_id" uuid NOT NULL, "round_id" uuid NOT NULL, "amount_ore" bigint NOT NULL, "repaid_ore" bigint NOT NULL DEFAULT '0', "reason" text NOT NULL, "due_date" date NOT NULL, "status" text NOT NULL DEFAULT 'open', "claimed_by" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_repayment_claims_report" UNIQUE ("report_id"), CONSTRAINT "ck_repayment_claims_settled" CHECK ((status = 'settled') = (repaid_ore = amount_ore)), CONSTRAINT "ck_repayment_claims_repaid" CHECK (repaid_ore BETWEEN 0 AND amount_ore), CONSTRAINT "ck_repayment_claims_amount" CHECK (amount_ore > 0), CONSTRAINT "ck_repayment_claims_status" CHECK (status IN ('open','settled')), CONSTRAINT "PK_8c59ff0fb5f963460538031ee77" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_repayment_claims_round" ON "repayment_claims"  ("round_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "repayments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "claim_id" uuid NOT NULL, "amount_ore" bigint NOT NULL, "received_on" date NOT NULL, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_repayments_amount" CHECK (amount_ore > 0), CONSTRAINT "PK_7f297f77b60d1cbfe1d48ec4afa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_repayments_claim" ON "repayments"  ("claim_id") `);
    await queryRunner.query(
      `ALTER TABLE "repayment_claims" ADD CONSTRAINT "FK_6dbb0e826a7d1cc6c5598f8cf58" FOREIGN KEY ("report_id") REFERENCES "recipient_reports"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "repayments" ADD CONSTRAINT "FK_7f68cf4be991e17959b7a92a35e" FOREIGN KEY ("claim_id") REFERENCES "repayment_claims"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // By hand: TypeORM does not diff CHECK bodies (scripts/migration-check.ts does).
    await queryRunner.query(`ALTER TABLE "recipient_reports" DROP CONSTRAINT "ck_recipient_reports_status"`);
    await queryRunner.query(
      `ALTER TABLE "recipient_reports" ADD CONSTRAINT "ck_recipient_reports_status" CHECK (status IN ('draft','submitted','returned','approved','repayment_claimed'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "recipient_reports" DROP CONSTRAINT "ck_recipient_reports_status"`);
    await queryRunner.query(
      `ALTER TABLE "recipient_reports" ADD CONSTRAINT "ck_recipient_reports_status" CHECK (status IN ('draft','submitted','returned','approved'))`,
    );
    await queryRunner.query(`ALTER TABLE "repayments" DROP CONSTRAINT "FK_7f68cf4be991e17959b7a92a35e"`);
    await queryRunner.query(
      `ALTER TABLE "repayment_claims" DROP CONSTRAINT "FK_6dbb0e826a7d1cc6c5598f8cf58"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_repayments_claim"`);
    await queryRunner.query(`DROP TABLE "repayments"`);
    await queryRunner.query(`DROP INDEX "public"."ix_repayment_claims_round"`);
    await queryRunner.query(`DROP TABLE "repayment_claims"`);
  }
}
