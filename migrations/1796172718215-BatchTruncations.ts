import { MigrationInterface, QueryRunner } from 'typeorm';

/** Every text the payment file of a batch had to cut (names at 70, messages at 140 characters), kept with the batch. */
export class BatchTruncations1796172718215 implements MigrationInterface {
  name = 'BatchTruncations1796172718215';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "payment_batches" ADD "truncations" jsonb NOT NULL DEFAULT '[]'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "payment_batches" DROP COLUMN "truncations"`);
  }
}
