import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795360816759 implements MigrationInterface {
  name = 'Foundation1795360816759';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_events" ("id" BIGSERIAL NOT NULL, "actor_user_id" uuid, "actor_roles" text array NOT NULL DEFAULT '{}', "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" uuid NOT NULL, "before" jsonb, "after" jsonb, "request_id" text, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_events_actor" ON "audit_events"  ("actor_user_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_events_entity" ON "audit_events"  ("entity_type", "entity_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "organisations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_number" character(9) NOT NULL, "name" text NOT NULL, "form" text NOT NULL, "street_address" text NOT NULL, "postal_code" character(4) NOT NULL, "postal_town" text NOT NULL, "municipality_number" character(4) NOT NULL, "municipality" text NOT NULL, "county" text NOT NULL, "email" text NOT NULL, "phone" text, "bank_account" character(11) NOT NULL, "bank_account_verified_by" uuid, "bank_account_verified_at" TIMESTAMP WITH TIME ZONE, "registered_in_voluntary_registry" boolean NOT NULL DEFAULT false, "preferred_language" text NOT NULL DEFAULT 'nb', "bankrupt" boolean NOT NULL DEFAULT false, "under_liquidation" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_organisations_organisation_number" UNIQUE ("organisation_number"), CONSTRAINT "ck_organisations_language" CHECK (preferred_language IN ('nb','nn')), CONSTRAINT "ck_organisations_form" CHECK (form IN ('association','foundation','limited_company','municipality','cooperative','other')), CONSTRAINT "ck_organisations_municipality_number" CHECK (municipality_number ~ '^[0-9]{4}$'), CONSTRAINT "ck_organisations_postal_code" CHECK (postal_code ~ '^[0-9]{4}$'), CONSTRAINT "ck_organisations_bank_account" CHECK (bank_account ~ '^[0-9]{11}$'), CONSTRAINT "ck_organisations_organisation_number" CHECK (organisation_number ~ '^[0-9]{9}$'), CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "name" text NOT NULL, "password_hash" text NOT NULL, "roles" text array NOT NULL DEFAULT '{}', "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_users_email" UNIQUE ("email"), CONSTRAINT "ck_users_roles" CHECK (roles <@ ARRAY['applicant','caseworker','approver','finance','admin']::text[]), CONSTRAINT "ck_users_email_lower" CHECK (email = lower(email)), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_memberships_user_organisation" UNIQUE ("user_id", "organisation_id"), CONSTRAINT "PK_25d28bd932097a9e90495ede7b4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_memberships_organisation" ON "memberships"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "grant_schemes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "name_nn" text, "purpose" text NOT NULL, "legal_basis_title" text NOT NULL, "legal_basis_sections" text array NOT NULL DEFAULT '{}', "eligible_organisation_forms" text array NOT NULL, "requires_voluntary_registry" boolean NOT NULL DEFAULT true, "grant_types" text array NOT NULL DEFAULT '{operating,project}', "measure_categories" jsonb NOT NULL, "assessment_criteria" jsonb NOT NULL, "score_scale_min" integer NOT NULL DEFAULT '1', "score_scale_max" integer NOT NULL DEFAULT '6', "required_attachment_kinds" text array NOT NULL DEFAULT '{}', "report_indicators" jsonb NOT NULL DEFAULT '[]', "auditor_threshold_ore" bigint NOT NULL DEFAULT '20000000', "appeal_body" text NOT NULL, "budget_chapter" character(4) NOT NULL, "budget_post" character(2) NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_grant_schemes_code" UNIQUE ("code"), CONSTRAINT "ck_grant_schemes_score_scale" CHECK (score_scale_min < score_scale_max), CONSTRAINT "ck_grant_schemes_auditor_threshold" CHECK (auditor_threshold_ore >= 0), CONSTRAINT "ck_grant_schemes_budget_chapter" CHECK (budget_chapter ~ '^[0-9]{4}$' AND budget_post ~ '^[0-9]{2}$'), CONSTRAINT "ck_grant_schemes_code" CHECK (code ~ '^[A-Z][A-Z0-9]{1,9}$'), CONSTRAINT "PK_448dec6f745c980e8d092f4d9da" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "grant_rounds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "scheme_id" uuid NOT NULL, "year" integer NOT NULL, "title" text NOT NULL, "budget_frame_ore" bigint NOT NULL, "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "application_deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "report_deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "acceptance_period_days" integer NOT NULL DEFAULT '21', "budget_reservation" boolean NOT NULL DEFAULT false, "budget_chapter" character(4) NOT NULL, "budget_post" character(2) NOT NULL, "status" text NOT NULL DEFAULT 'draft', "published_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_grant_rounds_scheme_year" UNIQUE ("scheme_id", "year"), CONSTRAINT "ck_grant_rounds_budget_chapter" CHECK (budget_chapter ~ '^[0-9]{4}$' AND budget_post ~ '^[0-9]{2}$'), CONSTRAINT "ck_grant_rounds_year" CHECK (year BETWEEN 2000 AND 2100), CONSTRAINT "ck_grant_rounds_acceptance" CHECK (acceptance_period_days BETWEEN 1 AND 365), CONSTRAINT "ck_grant_rounds_dates" CHECK (opens_at < application_deadline AND application_deadline < report_deadline), CONSTRAINT "ck_grant_rounds_frame" CHECK (budget_frame_ore > 0), CONSTRAINT "ck_grant_rounds_status" CHECK (status IN ('draft','published','closed','decided','archived')), CONSTRAINT "PK_c2e0d8fdd99cb90b61c8dc660be" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_grant_rounds_status" ON "grant_rounds"  ("status") `);
    await queryRunner.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "FK_55c59139e9136eb9a76ed30c6dc" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "grant_rounds" ADD CONSTRAINT "FK_5941dc5f50425a973c517122b4b" FOREIGN KEY ("scheme_id") REFERENCES "grant_schemes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // The audit trail is append-only in the database itself, whatever the application does.
    await queryRunner.query(`CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
            END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON "audit_events" FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON "audit_events" FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "grant_rounds" DROP CONSTRAINT "FK_5941dc5f50425a973c517122b4b"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "FK_55c59139e9136eb9a76ed30c6dc"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051"`);
    await queryRunner.query(`DROP INDEX "public"."ix_grant_rounds_status"`);
    await queryRunner.query(`DROP TABLE "grant_rounds"`);
    await queryRunner.query(`DROP TABLE "grant_schemes"`);
    await queryRunner.query(`DROP INDEX "public"."ix_memberships_organisation"`);
    await queryRunner.query(`DROP TABLE "memberships"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TABLE "organisations"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_events_entity"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_events_actor"`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
    await queryRunner.query(`DROP FUNCTION audit_events_append_only()`);
  }
}
