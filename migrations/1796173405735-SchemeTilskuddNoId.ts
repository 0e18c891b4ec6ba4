import { MigrationInterface, QueryRunner } from 'typeorm';

/** The scheme's identifier on tilskudd.no (e.g. "DT-0044"), which the public award list carries. */
export class SchemeTilskuddNoId1796173405735 implements MigrationInterface {
  name = 'SchemeTilskuddNoId1796173405735';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "grant_schemes" ADD "tilskudd_no_id" text`);
    await queryRunner.query(
      `ALTER TABLE "grant_schemes" ADD CONSTRAINT "uq_grant_schemes_tilskudd_no_id" UNIQUE ("tilskudd_no_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "grant_schemes" ADD CONSTRAINT "ck_grant_schemes_tilskudd_no_id" CHECK (tilskudd_no_id ~ '^[A-Z][A-Z0-9]{0,9}-[0-9]{1,10}$')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "grant_schemes" DROP CONSTRAINT "ck_grant_schemes_tilskudd_no_id"`);
    await queryRunner.query(`ALTER TABLE "grant_schemes" DROP CONSTRAINT "uq_grant_schemes_tilskudd_no_id"`);
    await queryRunner.query(`ALTER TABLE "grant_schemes" DROP COLUMN "tilskudd_no_id"`);
  }
}
