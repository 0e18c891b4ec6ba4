import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OutboxMessage } from './outbox-message.entity';

export type Enqueue = (message: OutboxMessage) => Promise<void>;

/**
 * Moves committed outbox rows to the queue. Rows are claimed with FOR UPDATE SKIP LOCKED, so several
 * workers relay side by side; a row is marked dispatched only after the queue accepted its job, and the
 * job id is the row's dedupe key, so a crash between the two duplicates nothing.
 */
@Injectable()
export class OutboxRelayService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Relays up to `limit` rows; returns how many were dispatched. Throws (leaving rows pending) if the queue fails. */
  async relayBatch(enqueue: Enqueue, limit = 100): Promise<number> {
    return this.db.transaction(async (manager) => {
      const rows = await manager.query<
        { id: string; topic: OutboxMessage['topic']; payload: Record<string, string>; dedupe_key: string }[]
      >(
        `SELECT o.id, o.topic, o.payload, o.dedupe_key FROM outbox_messages o
          WHERE o.dispatched_at IS NULL
          ORDER BY o.id
          LIMIT $1
          FOR UPDATE OF o SKIP LOCKED`,
        [limit],
      );
      for (const row of rows) {
        await enqueue(
          Object.assign(new OutboxMessage(), {
            id: row.id,
            topic: row.topic,
            payload: row.payload,
            dedupeKey: row.dedupe_key,
          }),
        );
      }
      if (rows.length) {
        await manager.query(`UPDATE outbox_messages SET dispatched_at = now() WHERE id = ANY($1)`, [
          rows.map((r) => r.id),
        ]);
      }
      return rows.length;
    });
  }

  async pendingCount(): Promise<number> {
    const [row] = await this.db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM outbox_messages WHERE dispatched_at IS NULL`,
    );
    return row.n;
  }
}
