import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Content warnings on stored files (issue 15 §4): `pdfJavaScript` for the caseworker, `notScanned` for files
 * stored while virus scanning was off. Files stored before this migration were never virus-scanned, so they are
 * marked `notScanned`.
 */
export class UploadWarnings1796183744258 implements MigrationInterface {
  name = 'UploadWarnings1796183744258';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['application_attachments', 'appeal_attachments', 'report_attachments']) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "warnings" text array NOT NULL DEFAULT '{}'`);
      await queryRunner.query(`UPDATE "${table}" SET "warnings" = '{notScanned}'`);
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "ck_${table}_warnings" CHECK (warnings <@ ARRAY['pdfJavaScript','notScanned']::text[])`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['report_attachments', 'appeal_attachments', 'application_attachments']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "ck_${table}_warnings"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "warnings"`);
    }
  }
}
