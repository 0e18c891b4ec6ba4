import { MigrationInterface, QueryRunner } from 'typeorm';

export class PriorReportRule1795372004122 implements MigrationInterface {
  name = 'PriorReportRule1795372004122';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "grant_schemes" ADD "prior_report_rule" text NOT NULL DEFAULT 'warn'`,
    );
    await queryRunner.query(
      `ALTER TABLE "grant_schemes" ADD CONSTRAINT "ck_grant_schemes_prior_report_rule" CHECK (prior_report_rule IN ('warn','block'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "grant_schemes" DROP CONSTRAINT "ck_grant_schemes_prior_report_rule"`,
    );
    await queryRunner.query(`ALTER TABLE "grant_schemes" DROP COLUMN "prior_report_rule"`);
  }
}
