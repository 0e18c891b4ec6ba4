import { MigrationInterface, QueryRunner } from 'typeorm';

export class LettersAndAcceptance1795363654753 implements MigrationInterface {
  name = 'LettersAndAcceptance1795363654753';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "letters" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subject_id" uuid NOT NULL, "application_id" uuid NOT NULL, "decision_id" uuid, "type" text NOT NULL, "language" text NOT NULL, "template_version" integer NOT NULL, "title" text NOT NULL, "pdf" bytea NOT NULL, "sha256" character(64) NOT NULL, "size_bytes" integer NOT NULL, "stated_appeal_deadline" TIMESTAMP WITH TIME ZONE, "stated_acceptance_deadline" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sending_started_at" TIMESTAMP WITH TIME ZONE, "delivered_at" TIMESTAMP WITH TIME ZONE, "delivered_to" text, "delivery_message_id" text, CONSTRAINT "uq_letters_subject_type_version" UNIQUE ("subject_id", "type", "template_version"), CONSTRAINT "ck_letters_sha" CHECK (sha256 ~ '^[0-9a-f]{64}$'), CONSTRAINT "ck_letters_language" CHECK (language IN ('nb','nn')), CONSTRAINT "ck_letters_type" CHECK (type IN ('receipt','interim_reply','grant','partial_grant','rejection','dismissal')), CONSTRAINT "PK_bf70c41d26aa84cf2651d571889" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_letters_application" ON "letters"  ("application_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "reminder_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entity_id" uuid NOT NULL, "kind" text NOT NULL, "due_date" date NOT NULL, "sent_to" text, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_reminder_log_entity_kind_due" UNIQUE ("entity_id", "kind", "due_date"), CONSTRAINT "ck_reminder_log_kind" CHECK (kind IN ('draft_deadline_7d','draft_deadline_1d','acceptance_7d','acceptance_overdue','interim_reply')), CONSTRAINT "PK_c113d227b2fabdbdb73f91c7456" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`ALTER TABLE "decisions" ADD "notified_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "decisions" ADD "appeal_deadline" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "decisions" ADD "acceptance_deadline" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "decisions" ADD "accepted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "decisions" ADD "accepted_by" uuid`);
    await queryRunner.query(`ALTER TABLE "decisions" ADD "lapsed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "decisions" ADD "lapse_reason" text`);
    await queryRunner.query(`ALTER TABLE "memberships" ADD "signatory" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `CREATE INDEX "ix_applications_round_status_updated" ON "applications"  ("round_id", "status", "updated_at", "id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "decisions" ADD CONSTRAINT "ck_decisions_accept_or_lapse" CHECK (accepted_at IS NULL OR lapsed_at IS NULL)`,
    );
    await queryRunner.query(
      `ALTER TABLE "letters" ADD CONSTRAINT "FK_7a5fefad170179bcafdb786c7c2" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Notification, acceptance and lapse join the lifecycle (TypeORM does not diff CHECK bodies).
    await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "ck_applications_status"`);
    await queryRunner.query(
      `ALTER TABLE "applications" ADD CONSTRAINT "ck_applications_status" CHECK (status IN ('draft','submitted','in_assessment','assessed','decided','notified','accepted','lapsed','withdrawn'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "ck_applications_status"`);
    await queryRunner.query(
      `ALTER TABLE "applications" ADD CONSTRAINT "ck_applications_status" CHECK (status IN ('draft','submitted','in_assessment','assessed','decided','withdrawn'))`,
    );
    await queryRunner.query(`ALTER TABLE "letters" DROP CONSTRAINT "FK_7a5fefad170179bcafdb786c7c2"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP CONSTRAINT "ck_decisions_accept_or_lapse"`);
    await queryRunner.query(`DROP INDEX "public"."ix_applications_round_status_updated"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP COLUMN "signatory"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP COLUMN "lapse_reason"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP COLUMN "lapsed_at"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP COLUMN "accepted_by"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP COLUMN "accepted_at"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP COLUMN "acceptance_deadline"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP COLUMN "appeal_deadline"`);
    await queryRunner.query(`ALTER TABLE "decisions" DROP COLUMN "notified_at"`);
    await queryRunner.query(`DROP TABLE "reminder_log"`);
    await queryRunner.query(`DROP INDEX "public"."ix_letters_application"`);
    await queryRunner.query(`DROP TABLE "letters"`);
  }
}
