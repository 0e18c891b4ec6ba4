import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The applicant's declaration at submission, recorded by the API: when (`declared_at`), who (`declared_by`) and
 * which wording (`declaration_version`). Applications submitted before have no record of it (the web asked for the
 * tick but did not send it): they stay null, as applications submitted through the API without a declaration do.
 */
export class ApplicationDeclaration1796223481117 implements MigrationInterface {
  name = 'ApplicationDeclaration1796223481117';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "applications" ADD "declared_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "applications" ADD "declared_by" uuid`);
    await queryRunner.query(`ALTER TABLE "applications" ADD "declaration_version" text`);
    await queryRunner.query(
      `ALTER TABLE "applications" ADD CONSTRAINT "ck_applications_declaration" CHECK ((declared_at IS NULL) = (declared_by IS NULL) AND (declared_at IS NULL) = (declaration_version IS NULL) AND (declared_at IS NULL OR submitted_at IS NOT NULL))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "ck_applications_declaration"`);
    await queryRunner.query(`ALTER TABLE "applications" DROP COLUMN "declaration_version"`);
    await queryRunner.query(`ALTER TABLE "applications" DROP COLUMN "declared_by"`);
    await queryRunner.query(`ALTER TABLE "applications" DROP COLUMN "declared_at"`);
  }
}
