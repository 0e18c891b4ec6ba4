import { MigrationInterface, QueryRunner } from 'typeorm';

/** Appeals (klage); repayment claims made when a new decision lowers a grant below what was paid. */
export class Appeals1795381000000 implements MigrationInterface {
  name = 'Appeals1795381000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "appeals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "round_id" uuid NOT NULL, "subject_type" text NOT NULL, "subject_id" uuid NOT NULL, "subject_decided_at" TIMESTAMP WITH TIME ZONE NOT NULL, "original_preparer_id" uuid NOT NULL, "grounds" text NOT NULL, "lodged_by" uuid NOT NULL, "lodged_at" TIMESTAMP WITH TIME ZONE NOT NULL, "subject_notified_at" TIMESTAMP WITH TIME ZONE, "deadline" TIMESTAMP WITH TIME ZONE, "late" boolean NOT NULL, "late_considered" boolean, "late_reason" text, "status" text NOT NULL, "caseworker_id" uuid, "proposed_terms" jsonb, "forwarding_statement" text, "forwarded_at" TIMESTAMP WITH TIME ZONE, "appeal_body_outcome" text, "appeal_body_decided_on" date, "appeal_body_reference" text, "appeal_body_registered_at" TIMESTAMP WITH TIME ZONE, "new_decision_id" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_appeals_preparer" CHECK (caseworker_id IS NULL OR caseworker_id <> original_preparer_id), CONSTRAINT "ck_appeals_not_considered" CHECK (status <> 'not_considered' OR (late AND late_considered = false)), CONSTRAINT "ck_appeals_late_considered" CHECK (late OR late_considered IS NULL), CONSTRAINT "ck_appeals_body_outcome" CHECK (appeal_body_outcome IS NULL OR appeal_body_outcome IN ('upheld','changed','quashed')), CONSTRAINT "ck_appeals_status" CHECK (status IN ('lodged','not_considered','reversal_proposed','forwarded','to_be_redecided','redecided','upheld')), CONSTRAINT "ck_appeals_subject" CHECK (subject_type IN ('decision','repayment_claim')), CONSTRAINT "PK_ebd2050a02aa78081b5346152bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_appeals_open_subject" ON "appeals"  ("subject_id") WHERE status IN ('lodged','reversal_proposed','forwarded','to_be_redecided')`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_appeals_application" ON "appeals"  ("application_id", "lodged_at") `,
    );
    await queryRunner.query(`ALTER TABLE "repayment_claims" ADD "origin" text NOT NULL DEFAULT 'report'`);
    await queryRunner.query(`ALTER TABLE "repayment_claims" ADD "paid_before_ore" bigint`);
    await queryRunner.query(
      `ALTER TABLE "repayment_claims" DROP CONSTRAINT "FK_6dbb0e826a7d1cc6c5598f8cf58"`,
    );
    await queryRunner.query(`ALTER TABLE "repayment_claims" ALTER COLUMN "report_id" DROP NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "repayment_claims" ADD CONSTRAINT "ck_repayment_claims_origin" CHECK ((origin = 'report') = (report_id IS NOT NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "appeals" ADD CONSTRAINT "FK_d9be87c61ecf8ecf3ce3e7b5fad" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "repayment_claims" ADD CONSTRAINT "FK_6dbb0e826a7d1cc6c5598f8cf58" FOREIGN KEY ("report_id") REFERENCES "recipient_reports"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // By hand: TypeORM does not diff CHECK bodies (scripts/migration-check.ts does).
    await queryRunner.query(`ALTER TABLE "letters" DROP CONSTRAINT "ck_letters_type"`);
    await queryRunner.query(
      `ALTER TABLE "letters" ADD CONSTRAINT "ck_letters_type" CHECK (type IN ('receipt','interim_reply','grant','partial_grant','rejection','dismissal','report_approval','repayment_claim','appeal_forwarded','appeal_not_considered'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "letters" DROP CONSTRAINT "ck_letters_type"`);
    await queryRunner.query(
      `ALTER TABLE "letters" ADD CONSTRAINT "ck_letters_type" CHECK (type IN ('receipt','interim_reply','grant','partial_grant','rejection','dismissal','report_approval','repayment_claim'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "repayment_claims" DROP CONSTRAINT "FK_6dbb0e826a7d1cc6c5598f8cf58"`,
    );
    await queryRunner.query(`ALTER TABLE "appeals" DROP CONSTRAINT "FK_d9be87c61ecf8ecf3ce3e7b5fad"`);
    await queryRunner.query(`ALTER TABLE "repayment_claims" DROP CONSTRAINT "ck_repayment_claims_origin"`);
    await queryRunner.query(`ALTER TABLE "repayment_claims" ALTER COLUMN "report_id" SET NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "repayment_claims" ADD CONSTRAINT "FK_6dbb0e826a7d1cc6c5598f8cf58" FOREIGN KEY ("report_id") REFERENCES "recipient_reports"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "repayment_claims" DROP COLUMN "paid_before_ore"`);
    await queryRunner.query(`ALTER TABLE "repayment_claims" DROP COLUMN "origin"`);
    await queryRunner.query(`DROP INDEX "public"."ix_appeals_application"`);
    await queryRunner.query(`DROP INDEX "public"."uq_appeals_open_subject"`);
    await queryRunner.query(`DROP TABLE "appeals"`);
  }
}
