import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail as a hash chain: each row carries its place in the chain, the hash of the row before and
 * sha256 over that hash and its own content. The database computes them in a BEFORE INSERT trigger that locks
 * the chain's head row, so the order is decided (and serialised) in PostgreSQL, not in the application. The
 * trigger function runs as the owner (SECURITY DEFINER): the application's role cannot write the head itself.
 * Existing rows are chained in id order.
 */
export class AuditChain1796004217350 implements MigrationInterface {
  name = 'AuditChain1796004217350';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "audit_events" ADD "chain_position" bigint, ADD "prev_hash" bytea, ADD "hash" bytea`,
    );
    await queryRunner.query(`CREATE TABLE "audit_chain_head" (
      "id" boolean PRIMARY KEY DEFAULT true CONSTRAINT "ck_audit_chain_head_single" CHECK (id),
      "position" bigint NOT NULL,
      "hash" bytea NOT NULL)`);
    // The canonical form of a row: a JSON array of its columns in a fixed order (jsonb prints objects with
    // sorted keys), the time in UTC to the microsecond, whatever the session's TimeZone.
    await queryRunner.query(`CREATE FUNCTION audit_event_hash(e audit_events, prev bytea) RETURNS bytea
      LANGUAGE sql STABLE AS $$
        SELECT sha256(prev || convert_to(jsonb_build_array(
          e.chain_position, e.id, e.actor_user_id, e.actor_roles, e.action, e.entity_type, e.entity_id,
          e.before, e.after, e.request_id,
          to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))::text, 'UTF8'))
      $$`);
    await queryRunner.query(`CREATE FUNCTION audit_events_chain() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE
          head audit_chain_head;
        BEGIN
          SELECT * INTO STRICT head FROM audit_chain_head FOR UPDATE;
          NEW.chain_position := head.position + 1;
          NEW.prev_hash := head.hash;
          NEW.hash := audit_event_hash(NEW, head.hash);
          UPDATE audit_chain_head SET position = NEW.chain_position, hash = NEW.hash;
          RETURN NEW;
        END
      $$`);

    await queryRunner.query(`ALTER TABLE "audit_events" DISABLE TRIGGER "audit_events_no_update_delete"`);
    await queryRunner.query(`DO $$
      DECLARE
        r audit_events;
        prev bytea := '\\x${'00'.repeat(32)}';
        pos bigint := 0;
      BEGIN
        FOR r IN SELECT * FROM audit_events ORDER BY id LOOP
          pos := pos + 1;
          r.chain_position := pos;
          r.prev_hash := prev;
          r.hash := audit_event_hash(r, prev);
          UPDATE audit_events SET chain_position = r.chain_position, prev_hash = r.prev_hash, hash = r.hash
            WHERE id = r.id;
          prev := r.hash;
        END LOOP;
        INSERT INTO audit_chain_head (position, hash) VALUES (pos, prev);
      END
    $$`);
    await queryRunner.query(`ALTER TABLE "audit_events" ENABLE TRIGGER "audit_events_no_update_delete"`);

    await queryRunner.query(
      `ALTER TABLE "audit_events" ALTER "chain_position" SET NOT NULL, ALTER "prev_hash" SET NOT NULL, ALTER "hash" SET NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_audit_events_chain_position" ON "audit_events" ("chain_position") `,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_events_chain BEFORE INSERT ON "audit_events" FOR EACH ROW EXECUTE FUNCTION audit_events_chain()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_events_chain ON "audit_events"`);
    await queryRunner.query(`DROP FUNCTION audit_events_chain()`);
    await queryRunner.query(`DROP FUNCTION audit_event_hash(audit_events, bytea)`);
    await queryRunner.query(`DROP TABLE "audit_chain_head"`);
    await queryRunner.query(`DROP INDEX "public"."uq_audit_events_chain_position"`);
    await queryRunner.query(
      `ALTER TABLE "audit_events" DROP COLUMN "chain_position", DROP COLUMN "prev_hash", DROP COLUMN "hash"`,
    );
  }
}
