import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who made the change that gave an application its current version (`last_changed_by`; `updated_at` says when), so
 * a stale-version conflict can say who changed it. Rows from before are filled from the audit trail: the actor of
 * the newest `application.*` event (the events that save the row; null for the worker), else the creator.
 */
export class ApplicationLastChangedBy1796210739584 implements MigrationInterface {
  name = 'ApplicationLastChangedBy1796210739584';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "applications" ADD "last_changed_by" uuid`);
    await queryRunner.query(`UPDATE "applications" SET "last_changed_by" = "created_by"`);
    await queryRunner.query(
      `UPDATE "applications" a SET "last_changed_by" = newest.actor_user_id
         FROM (SELECT DISTINCT ON (e.entity_id) e.entity_id, e.actor_user_id
                 FROM "audit_events" e
                WHERE e.entity_type = 'application' AND e.action LIKE 'application.%'
                ORDER BY e.entity_id, e.occurred_at DESC, e.id DESC) newest
        WHERE newest.entity_id = a.id`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "applications" DROP COLUMN "last_changed_by"`);
  }
}
