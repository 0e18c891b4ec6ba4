import { MigrationInterface, QueryRunner } from 'typeorm';

/** A covering index for statistics (see Application); by hand, since TypeORM cannot express INCLUDE. */
export class StatisticsIndex1795372400000 implements MigrationInterface {
  name = 'StatisticsIndex1795372400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_applications_statistics" ON "applications" ("round_id")
         INCLUDE ("id", "organisation_id", "measure_category", "requested_amount_ore", "status", "submitted_at")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_applications_statistics"`);
  }
}
