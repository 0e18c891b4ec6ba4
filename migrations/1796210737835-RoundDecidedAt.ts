import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a round was marked decided, which the public list of award lists shows. Rounds decided before this column
 * take the moment from their `round.decide` audit event, else from their latest decision, else from their closing.
 */
export class RoundDecidedAt1796210737835 implements MigrationInterface {
  name = 'RoundDecidedAt1796210737835';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "grant_rounds" ADD "decided_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `UPDATE grant_rounds r
          SET decided_at = coalesce(
                (SELECT max(e.occurred_at) FROM audit_events e
                  WHERE e.entity_type = 'grant_round' AND e.entity_id = r.id AND e.action = 'round.decide'),
                (SELECT max(d.decided_at) FROM decisions d WHERE d.round_id = r.id),
                r.closed_at)
        WHERE r.status IN ('decided', 'archived')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "grant_rounds" DROP COLUMN "decided_at"`);
  }
}
