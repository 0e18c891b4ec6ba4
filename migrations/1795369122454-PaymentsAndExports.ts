import { MigrationInterface, QueryRunner } from 'typeorm';

export class PaymentsAndExports1795369122454 implements MigrationInterface {
  name = 'PaymentsAndExports1795369122454';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "disbursements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "decision_id" uuid NOT NULL, "application_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "round_id" uuid NOT NULL, "instalment_no" smallint NOT NULL, "instalment_count" smallint NOT NULL, "amount_ore" bigint NOT NULL, "due_date" date NOT NULL, "status" text NOT NULL DEFAULT 'planned', "decision_approved_by" uuid NOT NULL, "attested_by" uuid, "attested_at" TIMESTAMP WITH TIME ZONE, "bank_account" character(11), "bank_account_verified_by" uuid, "requires_extra_control" boolean NOT NULL, "extra_control_by" uuid, "extra_control_at" TIMESTAMP WITH TIME ZONE, "paid_on" date, "paid_recorded_by" uuid, "cancel_reason" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_disbursements_instalment" UNIQUE ("decision_id", "instalment_no"), CONSTRAINT "ck_disbursements_paid" CHECK ((status = 'paid') = (paid_on IS NOT NULL)), CONSTRAINT "ck_disbursements_requires_extra_control" CHECK (requires_extra_control = (amount_ore > 100000000)), CONSTRAINT "ck_disbursements_extra_control" CHECK (extra_control_by IS NULL OR (extra_control_by <> attested_by AND extra_control_by <> decision_approved_by)), CONSTRAINT "ck_disbursements_attestant_not_account_verifier" CHECK (attested_by IS NULL OR attested_by <> bank_account_verified_by), CONSTRAINT "ck_disbursements_attestant_not_approver" CHECK (attested_by IS NULL OR attested_by <> decision_approved_by), CONSTRAINT "ck_disbursements_attested" CHECK (status IN ('planned','cancelled') OR (attested_by IS NOT NULL AND attested_at IS NOT NULL AND bank_account IS NOT NULL)), CONSTRAINT "ck_disbursements_instalment" CHECK (instalment_no BETWEEN 1 AND instalment_count), CONSTRAINT "ck_disbursements_amount" CHECK (amount_ore > 0), CONSTRAINT "ck_disbursements_status" CHECK (status IN ('planned','attested','exported','paid','cancelled')), CONSTRAINT "PK_2f9ea0e5b8382113aaa3e51cdfa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_disbursements_application" ON "disbursements"  ("application_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_disbursements_round" ON "disbursements"  ("round_id", "status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_disbursements_status_due" ON "disbursements"  ("status", "due_date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "payment_batches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" SERIAL NOT NULL, "status" text NOT NULL DEFAULT 'exported', "round_id" uuid, "due_on_or_before" date NOT NULL, "execution_date" date NOT NULL, "item_count" integer NOT NULL, "total_ore" bigint NOT NULL, "exported_by" uuid NOT NULL, "exported_at" TIMESTAMP WITH TIME ZONE NOT NULL, "cancelled_at" TIMESTAMP WITH TIME ZONE, "cancelled_by" uuid, "cancel_reason" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_payment_batches_number" UNIQUE ("number"), CONSTRAINT "ck_payment_batches_cancelled" CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL)), CONSTRAINT "ck_payment_batches_control" CHECK (item_count > 0 AND total_ore > 0), CONSTRAINT "ck_payment_batches_status" CHECK (status IN ('exported','paid','cancelled')), CONSTRAINT "PK_e4d5a580ac9151e9f93956f7e6e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "payment_batch_items" ("batch_id" uuid NOT NULL, "disbursement_id" uuid NOT NULL, "position" integer NOT NULL, "live" boolean NOT NULL DEFAULT true, "row" jsonb NOT NULL, "amount_ore" bigint NOT NULL, CONSTRAINT "ck_payment_batch_items_amount" CHECK (amount_ore > 0), CONSTRAINT "PK_419d9c21ef9738cc9341a3180e6" PRIMARY KEY ("batch_id", "disbursement_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_payment_batch_items_disbursement" ON "payment_batch_items"  ("disbursement_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_payment_batch_items_live" ON "payment_batch_items"  ("disbursement_id") WHERE live`,
    );
    await queryRunner.query(
      `CREATE TABLE "payment_batch_files" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "batch_id" uuid NOT NULL, "format" text NOT NULL, "file_name" text NOT NULL, "size_bytes" bigint NOT NULL, "sha256" character(64) NOT NULL, "chunk_count" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_payment_batch_files_format" UNIQUE ("batch_id", "format"), CONSTRAINT "ck_payment_batch_files_format" CHECK (format IN ('csv','xlsx','pain001')), CONSTRAINT "PK_c27d097b4ddc008833e0093edda" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "payment_batch_file_chunks" ("file_id" uuid NOT NULL, "seq" integer NOT NULL, "data" bytea NOT NULL, CONSTRAINT "PK_c9c9d9d5750ad734c2eb5f98aa0" PRIMARY KEY ("file_id", "seq"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "grant_schemes" ADD "payment_plan" jsonb NOT NULL DEFAULT '[{"due": "acceptance", "percent": 100}]'`,
    );
    await queryRunner.query(
      `ALTER TABLE "disbursements" ADD CONSTRAINT "FK_cdce0eec821ab460154629f939d" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "disbursements" ADD CONSTRAINT "FK_b3ab2ab7595cf0352cb9eed3604" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "disbursements" ADD CONSTRAINT "FK_97fe4ad43ae751ae0958efcb946" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "disbursements" ADD CONSTRAINT "FK_28b035dcf92b1cea5ab4f3699c0" FOREIGN KEY ("round_id") REFERENCES "grant_rounds"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "disbursements" ADD CONSTRAINT "FK_a9f966ac9d303654211eaa8dcda" FOREIGN KEY ("attested_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "payment_batches" ADD CONSTRAINT "FK_44202c5e521121f8700a6b9fc22" FOREIGN KEY ("exported_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "payment_batch_items" ADD CONSTRAINT "FK_77a3aed20486c69a0aa15c44fc0" FOREIGN KEY ("batch_id") REFERENCES "payment_batches"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "payment_batch_items" ADD CONSTRAINT "FK_89dafaff59472a075bf690b1e4a" FOREIGN KEY ("disbursement_id") REFERENCES "disbursements"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "payment_batch_files" ADD CONSTRAINT "FK_7f34890913cbd097185bfbab296" FOREIGN KEY ("batch_id") REFERENCES "payment_batches"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "payment_batch_file_chunks" ADD CONSTRAINT "FK_14b067b0b37ec739dd72b44aba8" FOREIGN KEY ("file_id") REFERENCES "payment_batch_files"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // By hand: TypeORM does not diff CHECK bodies (scripts/migration-check.ts does).
    await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "ck_applications_status"`);
    await queryRunner.query(
      `ALTER TABLE "applications" ADD CONSTRAINT "ck_applications_status" CHECK (status IN ('draft','submitted','in_assessment','assessed','decided','notified','accepted','paid','lapsed','withdrawn'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "ck_applications_status"`);
    await queryRunner.query(
      `ALTER TABLE "applications" ADD CONSTRAINT "ck_applications_status" CHECK (status IN ('draft','submitted','in_assessment','assessed','decided','notified','accepted','lapsed','withdrawn'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "payment_batch_file_chunks" DROP CONSTRAINT "FK_14b067b0b37ec739dd72b44aba8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "payment_batch_files" DROP CONSTRAINT "FK_7f34890913cbd097185bfbab296"`,
    );
    await queryRunner.query(
      `ALTER TABLE "payment_batch_items" DROP CONSTRAINT "FK_89dafaff59472a075bf690b1e4a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "payment_batch_items" DROP CONSTRAINT "FK_77a3aed20486c69a0aa15c44fc0"`,
    );
    await queryRunner.query(`ALTER TABLE "payment_batches" DROP CONSTRAINT "FK_44202c5e521121f8700a6b9fc22"`);
    await queryRunner.query(`ALTER TABLE "disbursements" DROP CONSTRAINT "FK_a9f966ac9d303654211eaa8dcda"`);
    await queryRunner.query(`ALTER TABLE "disbursements" DROP CONSTRAINT "FK_28b035dcf92b1cea5ab4f3699c0"`);
    await queryRunner.query(`ALTER TABLE "disbursements" DROP CONSTRAINT "FK_97fe4ad43ae751ae0958efcb946"`);
    await queryRunner.query(`ALTER TABLE "disbursements" DROP CONSTRAINT "FK_b3ab2ab7595cf0352cb9eed3604"`);
    await queryRunner.query(`ALTER TABLE "disbursements" DROP CONSTRAINT "FK_cdce0eec821ab460154629f939d"`);
    await queryRunner.query(`ALTER TABLE "grant_schemes" DROP COLUMN "payment_plan"`);
    await queryRunner.query(`DROP TABLE "payment_batch_file_chunks"`);
    await queryRunner.query(`DROP TABLE "payment_batch_files"`);
    await queryRunner.query(`DROP INDEX "public"."uq_payment_batch_items_live"`);
    await queryRunner.query(`DROP INDEX "public"."ix_payment_batch_items_disbursement"`);
    await queryRunner.query(`DROP TABLE "payment_batch_items"`);
    await queryRunner.query(`DROP TABLE "payment_batches"`);
    await queryRunner.query(`DROP INDEX "public"."ix_disbursements_status_due"`);
    await queryRunner.query(`DROP INDEX "public"."ix_disbursements_round"`);
    await queryRunner.query(`DROP INDEX "public"."ix_disbursements_application"`);
    await queryRunner.query(`DROP TABLE "disbursements"`);
  }
}
