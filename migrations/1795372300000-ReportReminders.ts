import { MigrationInterface, QueryRunner } from 'typeorm';

/** By hand: TypeORM does not diff CHECK bodies (scripts/migration-check.ts does). */
export class ReportReminders1795372300000 implements MigrationInterface {
  name = 'ReportReminders1795372300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reminder_log" DROP CONSTRAINT "ck_reminder_log_kind"`);
    await queryRunner.query(
      `ALTER TABLE "reminder_log" ADD CONSTRAINT "ck_reminder_log_kind" CHECK (kind IN ('draft_deadline_7d','draft_deadline_1d','acceptance_7d','acceptance_overdue','interim_reply','report_due_30d','report_due_7d','report_overdue'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reminder_log" DROP CONSTRAINT "ck_reminder_log_kind"`);
    await queryRunner.query(
      `ALTER TABLE "reminder_log" ADD CONSTRAINT "ck_reminder_log_kind" CHECK (kind IN ('draft_deadline_7d','draft_deadline_1d','acceptance_7d','acceptance_overdue','interim_reply'))`,
    );
  }
}
