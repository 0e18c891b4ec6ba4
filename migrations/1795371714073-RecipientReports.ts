import { MigrationInterface, QueryRunner } from 'typeorm';

export class RecipientReports1795371714073 implements MigrationInterface {
  name = 'RecipientReports1795371714073';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "recipient_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "decision_id" uuid NOT NULL, "application_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "round_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'draft', "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "goal_achievement" text, "activities" text, "deviations" text, "indicators" jsonb NOT NULL DEFAULT '{}', "actuals" jsonb NOT NULL DEFAULT '[]', "other_income_ore" bigint NOT NULL DEFAULT '0', "grant_ore" bigint NOT NULL, "unspent_ore" bigint NOT NULL DEFAULT '0', "signatory" jsonb, "submitted_at" TIMESTAMP WITH TIME ZONE, "submitted_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "reviewed_by" uuid, "review_comment" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_recipient_reports_decision" UNIQUE ("decision_id"), CONSTRAINT "ck_recipient_reports_submitted" CHECK (status IN ('draft') OR submitted_at IS NOT NULL), CONSTRAINT "ck_recipient_reports_amounts" CHECK (grant_ore > 0 AND other_income_ore >= 0 AND unspent_ore BETWEEN 0 AND grant_ore), CONSTRAINT "ck_recipient_reports_status" CHECK (status IN ('draft','submitted','returned','approved')), CONSTRAINT "PK_e7a36f8962453a0648ae24aae50" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_recipient_reports_round" ON "recipient_reports"  ("round_id", "status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_recipient_reports_organisation" ON "recipient_reports"  ("organisation_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "report_attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "kind" text NOT NULL, "file_name" text NOT NULL, "content_type" text NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "content" bytea NOT NULL, "uploaded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_report_attachments_kind" UNIQUE ("report_id", "kind"), CONSTRAINT "ck_report_attachments_kind" CHECK (kind IN ('auditor_statement')), CONSTRAINT "PK_6ba5abf9d442cf6861793b468b0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "recipient_reports" ADD CONSTRAINT "FK_b6cedb4691bfb126b5911586d89" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recipient_reports" ADD CONSTRAINT "FK_9c7d6308d5f2629955622a7906f" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_attachments" ADD CONSTRAINT "FK_a41ae536e9695d7757c69a6cb0d" FOREIGN KEY ("report_id") REFERENCES "recipient_reports"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "report_attachments" DROP CONSTRAINT "FK_a41ae536e9695d7757c69a6cb0d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "recipient_reports" DROP CONSTRAINT "FK_9c7d6308d5f2629955622a7906f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "recipient_reports" DROP CONSTRAINT "FK_b6cedb4691bfb126b5911586d89"`,
    );
    await queryRunner.query(`DROP TABLE "report_attachments"`);
    await queryRunner.query(`DROP INDEX "public"."ix_recipient_reports_organisation"`);
    await queryRunner.query(`DROP INDEX "public"."ix_recipient_reports_round"`);
    await queryRunner.query(`DROP TABLE "recipient_reports"`);
  }
}
