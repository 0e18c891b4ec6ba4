import { MigrationInterface, QueryRunner } from 'typeorm';

export class Applications1795362515852 implements MigrationInterface {
  name = 'Applications1795362515852';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "applications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference_number" text, "sequence_number" integer, "round_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'draft', "title" text, "measure_category" text, "grant_type" text, "summary" text, "goals" text, "target_group" text, "area" text, "plan" text, "partners" jsonb NOT NULL DEFAULT '[]', "period_start" date, "period_end" date, "expected_results" text, "budget_lines" jsonb NOT NULL DEFAULT '[]', "other_funding" jsonb NOT NULL DEFAULT '[]', "requested_amount_ore" bigint, "contact_person" jsonb, "signatory" jsonb, "created_by" uuid NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_by" uuid, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawn_by" uuid, "withdrawal_reason" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_applications_round_sequence" UNIQUE ("round_id", "sequence_number"), CONSTRAINT "uq_applications_reference_number" UNIQUE ("reference_number"), CONSTRAINT "ck_applications_reference" CHECK ((reference_number IS NULL) = (sequence_number IS NULL)), CONSTRAINT "ck_applications_submitted" CHECK ((status = 'draft') = (submitted_at IS NULL) OR status = 'withdrawn'), CONSTRAINT "ck_applications_period" CHECK (period_start IS NULL OR period_end IS NULL OR period_start <= period_end), CONSTRAINT "ck_applications_requested" CHECK (requested_amount_ore IS NULL OR requested_amount_ore > 0), CONSTRAINT "ck_applications_status" CHECK (status IN ('draft','submitted','withdrawn')), CONSTRAINT "PK_938c0a27255637bde919591888f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_applications_status_submitted" ON "applications"  ("status", "submitted_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_applications_organisation" ON "applications"  ("organisation_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_applications_round_status_submitted" ON "applications"  ("round_id", "status", "submitted_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "outbox_messages" ("id" BIGSERIAL NOT NULL, "topic" text NOT NULL, "payload" jsonb NOT NULL, "dedupe_key" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "dispatched_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_outbox_messages_dedupe_key" UNIQUE ("dedupe_key"), CONSTRAINT "PK_0171348f527c64b137e4d4f5b66" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_outbox_messages_pending" ON "outbox_messages"  ("id") WHERE dispatched_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "application_attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "kind" text NOT NULL, "file_name" text NOT NULL, "content_type" text NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "content" bytea NOT NULL, "exempt_from_public" boolean NOT NULL DEFAULT false, "exemption_basis" text, "uploaded_by" uuid NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_application_attachments_sha" CHECK (sha256 ~ '^[0-9a-f]{64}$'), CONSTRAINT "ck_application_attachments_size" CHECK (size_bytes > 0 AND size_bytes <= 10485760), CONSTRAINT "ck_application_attachments_kind" CHECK (kind IN ('statutes','annual_accounts','annual_report','budget','other')), CONSTRAINT "PK_55686e36ab264ea9f11fa7f08d1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_application_attachments_application" ON "application_attachments"  ("application_id", "uploaded_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "reference_counters" ("round_id" uuid NOT NULL, "last_number" integer NOT NULL, CONSTRAINT "ck_reference_counters_positive" CHECK (last_number > 0), CONSTRAINT "PK_0619ade9c64ff3855211710d846" PRIMARY KEY ("round_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "grant_schemes" ADD "text_limits" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `ALTER TABLE "applications" ADD CONSTRAINT "FK_fb113ea20f0046ad3891abb0bcd" FOREIGN KEY ("round_id") REFERENCES "grant_rounds"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "applications" ADD CONSTRAINT "FK_88452682304fec94e41708c7f0c" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_attachments" ADD CONSTRAINT "FK_b950de2119dd0bc7150a14c85bf" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Full-text search over title and summary; the expression must match APPLICATION_SEARCH_EXPRESSION.
    await queryRunner.query(
      `CREATE INDEX "ix_applications_search" ON "applications" USING gin (to_tsvector('norwegian', coalesce(title, '') || ' ' || coalesce(summary, '')))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_applications_search"`);
    await queryRunner.query(
      `ALTER TABLE "application_attachments" DROP CONSTRAINT "FK_b950de2119dd0bc7150a14c85bf"`,
    );
    await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "FK_88452682304fec94e41708c7f0c"`);
    await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "FK_fb113ea20f0046ad3891abb0bcd"`);
    await queryRunner.query(`ALTER TABLE "grant_schemes" DROP COLUMN "text_limits"`);
    await queryRunner.query(`DROP TABLE "reference_counters"`);
    await queryRunner.query(`DROP INDEX "public"."ix_application_attachments_application"`);
    await queryRunner.query(`DROP TABLE "application_attachments"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_messages_pending"`);
    await queryRunner.query(`DROP TABLE "outbox_messages"`);
    await queryRunner.query(`DROP INDEX "public"."ix_applications_round_status_submitted"`);
    await queryRunner.query(`DROP INDEX "public"."ix_applications_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_applications_status_submitted"`);
    await queryRunner.query(`DROP TABLE "applications"`);
  }
}
