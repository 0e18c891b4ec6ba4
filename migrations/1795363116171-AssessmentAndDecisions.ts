import { MigrationInterface, QueryRunner } from 'typeorm';

export class AssessmentAndDecisions1795363116171 implements MigrationInterface {
  name = 'AssessmentAndDecisions1795363116171';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "conflict_declarations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "user_id" uuid NOT NULL, "has_conflict" boolean NOT NULL, "reason" text, "declared_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_conflict_declarations_application_user" UNIQUE ("application_id", "user_id"), CONSTRAINT "ck_conflict_declarations_reason" CHECK (NOT has_conflict OR length(trim(reason)) > 0), CONSTRAINT "PK_54773c4de5f8dd35925794876a6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_conflict_declarations_user" ON "conflict_declarations"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "assessments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "scores" jsonb NOT NULL, "weighted_score_hundredths" integer NOT NULL, "recommended_outcome" text NOT NULL, "recommended_amount_ore" bigint NOT NULL, "reasons" jsonb, "conditions" text array NOT NULL DEFAULT '{}', "assessed_by" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "assessed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_assessments_application" UNIQUE ("application_id"), CONSTRAINT "ck_assessments_amount" CHECK ((recommended_outcome = 'rejection' AND recommended_amount_ore = 0) OR (recommended_outcome <> 'rejection' AND recommended_amount_ore > 0)), CONSTRAINT "ck_assessments_outcome" CHECK (recommended_outcome IN ('grant','partial_grant','rejection')), CONSTRAINT "PK_a3442bd80a00e9111cefca57f6c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "screenings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "checks" jsonb NOT NULL, "municipality_justification" text, "outcome" text NOT NULL, "dismissal_reason" text, "screened_by" uuid NOT NULL, "screened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_screenings_application" UNIQUE ("application_id"), CONSTRAINT "ck_screenings_dismissal_reason" CHECK (outcome <> 'dismissed' OR length(trim(dismissal_reason)) > 0), CONSTRAINT "ck_screenings_outcome" CHECK (outcome IN ('passed','dismissed')), CONSTRAINT "PK_343138765d7d5a69f71b2ff7795" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "round_id" uuid NOT NULL, "outcome" text NOT NULL, "amount_ore" bigint NOT NULL, "conditions" text array NOT NULL DEFAULT '{}', "reasons" jsonb, "prepared_by" uuid NOT NULL, "approved_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL, "made_under_budget_reservation" boolean NOT NULL DEFAULT false, "superseded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_decisions_reasons" CHECK (outcome = 'granted' OR (reasons ? 'rulesApplied' AND reasons ? 'factsReliedOn' AND reasons ? 'mainConsiderations')), CONSTRAINT "ck_decisions_four_eyes" CHECK (outcome = 'dismissed' OR (approved_by IS NOT NULL AND approved_by <> prepared_by)), CONSTRAINT "ck_decisions_amount" CHECK ((outcome IN ('granted','partly_granted') AND amount_ore > 0) OR (outcome IN ('rejected','dismissed') AND amount_ore = 0)), CONSTRAINT "ck_decisions_outcome" CHECK (outcome IN ('granted','partly_granted','rejected','dismissed')), CONSTRAINT "PK_48eee6fa229cd5e43648f6a2ec3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_decisions_round_outcome" ON "decisions"  ("round_id", "outcome") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_decisions_application" ON "decisions"  ("application_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "conflict_declarations" ADD CONSTRAINT "FK_274426e74dfc6edd1a6e5b52b0e" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conflict_declarations" ADD CONSTRAINT "FK_9a7b495b62499d3138457bd9ec1" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessments" ADD CONSTRAINT "FK_db66b8292a37f58378cae08165e" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assessments" ADD CONSTRAINT "FK_41a5e177ebcb519699bd28984ab" FOREIGN KEY ("assessed_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "screenings" ADD CONSTRAINT "FK_10a0843078808cc8c7e738a38d4" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "screenings" ADD CONSTRAINT "FK_fac1bb6411b43b23a8e7b88ec40" FOREIGN KEY ("screened_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decisions" ADD CONSTRAINT "FK_493f91586c9f0bce4ba71c41c78" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decisions" ADD CONSTRAINT "FK_1daee771a707088952f0f4ce5f8" FOREIGN KEY ("round_id") REFERENCES "grant_rounds"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decisions" ADD CONSTRAINT "FK_d5dedb81fd95a1084b3f61bf666" FOREIGN KEY ("prepared_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "decisions" ADD CONSTRAINT "FK_763cde936ec817e2910b4630217" FOREIGN KEY ("approved_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // The application lifecycle grows: screening, assessment and decision (TypeORM does not diff CHECK bodies).
    await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "ck_applications_status"`);
    await queryRunner.query(
      `ALTER TABLE "applications" ADD CONSTRAINT "ck_applications_status" CHECK (status IN ('draft','submitted','in_assessment','assessed','decided','withdrawn'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "ck_applications_status"`);
    await queryRunner.query(
      `ALTER TABLE "applications" ADD CONSTRAINT "ck_applications_status" CHECK (status IN ('draft','submitted','withdrawn'))`,
    );
    await queryRunner.query(`ALTER TABLE "decisions" DROP CONSTRAINT "FK_763cde936ec817e2910b4630217"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP CONSTRAINT "FK_d5dedb81fd95a1084b3f61bf666"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP CONSTRAINT "FK_1daee771a707088952f0f4ce5f8"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP CONSTRAINT "FK_493f91586c9f0bce4ba71c41c78"`);
    await queryRunner.query(`ALTER TABLE "screenings" DROP CONSTRAINT "FK_fac1bb6411b43b23a8e7b88ec40"`);
    await queryRunner.query(`ALTER TABLE "screenings" DROP CONSTRAINT "FK_10a0843078808cc8c7e738a38d4"`);
    await queryRunner.query(`ALTER TABLE "assessments" DROP CONSTRAINT "FK_41a5e177ebcb519699bd28984ab"`);
    await queryRunner.query(`ALTER TABLE "assessments" DROP CONSTRAINT "FK_db66b8292a37f58378cae08165e"`);
    await queryRunner.query(
      `ALTER TABLE "conflict_declarations" DROP CONSTRAINT "FK_9a7b495b62499d3138457bd9ec1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "conflict_declarations" DROP CONSTRAINT "FK_274426e74dfc6edd1a6e5b52b0e"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_decisions_application"`);
    await queryRunner.query(`DROP INDEX "public"."ix_decisions_round_outcome"`);
    await queryRunner.query(`DROP TABLE "decisions"`);
    await queryRunner.query(`DROP TABLE "screenings"`);
    await queryRunner.query(`DROP TABLE "assessments"`);
    await queryRunner.query(`DROP INDEX "public"."ix_conflict_declarations_user"`);
    await queryRunner.query(`DROP TABLE "conflict_declarations"`);
  }
}
