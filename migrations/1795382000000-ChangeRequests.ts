import { MigrationInterface, QueryRunner } from 'typeorm';

/** Change requests after acceptance, and their letters. */
export class ChangeRequests1795382000000 implements MigrationInterface {
  name = 'ChangeRequests1795382000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "change_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "decision_id" uuid NOT NULL, "kind" text NOT NULL, "reason" text NOT NULL, "proposed_period_end" date, "proposed_budget_lines" jsonb, "proposed_content" text, "additional_amount_ore" bigint NOT NULL DEFAULT '0', "status" text NOT NULL, "requested_by" uuid NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "handled_by" uuid, "handled_at" TIMESTAMP WITH TIME ZONE, "reasons" jsonb, "comment" text, "approved_by" uuid, "new_decision_id" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_change_requests_four_eyes" CHECK (approved_by IS NULL OR approved_by <> handled_by), CONSTRAINT "ck_change_requests_content" CHECK (kind <> 'content' OR proposed_content IS NOT NULL), CONSTRAINT "ck_change_requests_budget" CHECK (kind <> 'budget' OR proposed_budget_lines IS NOT NULL), CONSTRAINT "ck_change_requests_period" CHECK (kind <> 'period' OR proposed_period_end IS NOT NULL), CONSTRAINT "ck_change_requests_additional" CHECK (additional_amount_ore >= 0), CONSTRAINT "ck_change_requests_status" CHECK (status IN ('pending','awaiting_decision','approved','rejected')), CONSTRAINT "ck_change_requests_kind" CHECK (kind IN ('period','budget','content')), CONSTRAINT "PK_e3f28255a6e818820f18f6d5956" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_change_requests_open" ON "change_requests"  ("application_id") WHERE status IN ('pending','awaiting_decision')`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_change_requests_application" ON "change_requests"  ("application_id", "requested_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "change_requests" ADD CONSTRAINT "FK_088b89c8f3d95b2a53dbc357cd2" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // By hand: TypeORM does not diff CHECK bodies (scripts/migration-check.ts does).
    await queryRunner.query(`ALTER TABLE "letters" DROP CONSTRAINT "ck_letters_type"`);
    await queryRunner.query(
      `ALTER TABLE "letters" ADD CONSTRAINT "ck_letters_type" CHECK (type IN ('receipt','interim_reply','grant','partial_grant','rejection','dismissal','report_approval','repayment_claim','appeal_forwarded','appeal_not_considered','change_approved','change_rejected'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "letters" DROP CONSTRAINT "ck_letters_type"`);
    await queryRunner.query(
      `ALTER TABLE "letters" ADD CONSTRAINT "ck_letters_type" CHECK (type IN ('receipt','interim_reply','grant','partial_grant','rejection','dismissal','report_approval','repayment_claim','appeal_forwarded','appeal_not_considered'))`,
    );
    await queryRunner.query(`ALTER TABLE "change_requests" DROP CONSTRAINT "FK_088b89c8f3d95b2a53dbc357cd2"`);
    await queryRunner.query(`DROP INDEX "public"."ix_change_requests_application"`);
    await queryRunner.query(`DROP INDEX "public"."uq_change_requests_open"`);
    await queryRunner.query(`DROP TABLE "change_requests"`);
  }
}
