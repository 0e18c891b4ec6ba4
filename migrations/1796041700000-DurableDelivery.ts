import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox becomes the durable record of every side effect until it is done (issue 14): attempts, the next
 * attempt, a lease held by the worker doing it, done or failed for good with the last error. Letters lose their
 * own claim column (the lease replaces it). Rows relayed more than a day ago are taken as done; letters not yet
 * delivered, and reminders of the last two days not yet sent, get a delivery row, so the system re-drives them.
 */
export class DurableDelivery1796041700000 implements MigrationInterface {
  name = 'DurableDelivery1796041700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_messages_pending"`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "attempts" integer NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "dispatches" integer NOT NULL DEFAULT 0`);
    await queryRunner.query(
      `ALTER TABLE "outbox_messages" ADD "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "lease_until" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "first_attempt_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "completed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "failed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "last_error" text`);
    await queryRunner.query(
      `ALTER TABLE "outbox_messages" ADD CONSTRAINT "ck_outbox_messages_outcome" CHECK (completed_at IS NULL OR failed_at IS NULL)`,
    );
    await queryRunner.query(
      `ALTER TABLE "outbox_messages" ADD CONSTRAINT "ck_outbox_messages_attempts" CHECK (attempts >= 0 AND dispatches >= 0)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_outbox_messages_open" ON "outbox_messages" ("next_attempt_at") WHERE completed_at IS NULL AND failed_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_outbox_messages_failed" ON "outbox_messages" ("failed_at") WHERE failed_at IS NOT NULL`,
    );
    // Relayed more than a day ago: done, or lost for good under the old rules (rendering it now could send a letter
    // of a newer template version as a second letter). Relayed within the day: left open, so a job still in the
    // queue does it (its payload has no outbox id; the handler finds the row by its dedupe key), or the relay
    // dispatches it again once the lease period has passed.
    await queryRunner.query(
      `UPDATE outbox_messages SET completed_at = dispatched_at WHERE dispatched_at < now() - interval '1 day'`,
    );
    await queryRunner.query(
      `INSERT INTO outbox_messages (topic, payload, dedupe_key)
       SELECT 'mail.letter', jsonb_build_object('subjectId', id::text), 'mail.letter:' || id FROM letters
        WHERE delivered_at IS NULL ORDER BY created_at
       ON CONFLICT ON CONSTRAINT uq_outbox_messages_dedupe_key DO NOTHING`,
    );
    await queryRunner.query(
      `INSERT INTO outbox_messages (topic, payload, dedupe_key)
       SELECT 'mail.reminder', jsonb_build_object('subjectId', id::text), 'mail.reminder:' || id FROM reminder_log
        WHERE sent_at IS NULL AND kind <> 'interim_reply' AND created_at > now() - interval '2 days'
       ON CONFLICT ON CONSTRAINT uq_outbox_messages_dedupe_key DO NOTHING`,
    );
    await queryRunner.query(`ALTER TABLE "letters" DROP COLUMN "sending_started_at"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "letters" ADD "sending_started_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`DELETE FROM outbox_messages WHERE topic IN ('mail.letter', 'mail.reminder')`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_messages_failed"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_messages_open"`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP CONSTRAINT "ck_outbox_messages_attempts"`);
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP CONSTRAINT "ck_outbox_messages_outcome"`);
    for (const column of [
      'last_error',
      'failed_at',
      'completed_at',
      'first_attempt_at',
      'lease_until',
      'next_attempt_at',
      'dispatches',
      'attempts',
    ]) {
      await queryRunner.query(`ALTER TABLE "outbox_messages" DROP COLUMN "${column}"`);
    }
    await queryRunner.query(
      `CREATE INDEX "ix_outbox_messages_pending" ON "outbox_messages" ("id") WHERE dispatched_at IS NULL`,
    );
  }
}
