import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@app/platform';
import { DataSource } from 'typeorm';
import { OutboxMessage } from './outbox-message.entity';

/** A dispatch of an outbox row: the job id is the row's dedupe key and its dispatch number. */
export type Enqueue = (message: OutboxMessage, jobId: string) => Promise<void>;

/**
 * Moves open outbox rows to the queue, and is the sweeper that re-drives them: a row is dispatched when it is due
 * (new, or its next attempt has come), no worker holds a lease on it, and it was not dispatched within the last
 * lease period. So a job lost with Redis, a job that BullMQ gave up on, a worker killed mid-work (its lease runs
 * out) and a retry after a temporary failure all come back here. Rows are claimed with FOR UPDATE SKIP LOCKED, so
 * several workers relay side by side; each dispatch has its own deterministic job id, so two relays never queue
 * the same dispatch twice, and a job that still waits collapses with its duplicate in the worker's lease.
 */
@Injectable()
export class OutboxRelayService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Relays up to `limit` due rows; returns how many were dispatched. Throws (leaving rows due) if the queue fails. */
  async relayBatch(enqueue: Enqueue, limit = 100): Promise<number> {
    const { leaseSeconds, retryWindowSeconds } = this.config.delivery;
    // A row whose every attempt was cut short (its lease ran out each time) has failed once the window is over.
    await this.db.query(
      `UPDATE outbox_messages
          SET failed_at = now(), lease_until = NULL,
              last_error = coalesce(last_error || ' — ', '') || 'ingen forsøk ble fullført innen fristen'
        WHERE completed_at IS NULL AND failed_at IS NULL AND lease_until < now()
          AND first_attempt_at < now() - $1 * interval '1 second'`,
      [retryWindowSeconds],
    );
    return this.db.transaction(async (manager) => {
      const rows = await manager.query<
        {
          id: string;
          topic: OutboxMessage['topic'];
          payload: Record<string, string>;
          dedupe_key: string;
          dispatches: number;
        }[]
      >(
        `SELECT o.id, o.topic, o.payload, o.dedupe_key, o.dispatches FROM outbox_messages o
          WHERE o.completed_at IS NULL AND o.failed_at IS NULL AND o.next_attempt_at <= now()
            AND (o.lease_until IS NULL OR o.lease_until < now())
            AND (o.dispatched_at IS NULL OR o.dispatched_at < now() - $2 * interval '1 second')
          ORDER BY o.next_attempt_at, o.id
          LIMIT $1
          FOR UPDATE OF o SKIP LOCKED`,
        [limit, leaseSeconds],
      );
      for (const row of rows) {
        const message = Object.assign(new OutboxMessage(), {
          id: row.id,
          topic: row.topic,
          payload: row.payload,
          dedupeKey: row.dedupe_key,
          dispatches: row.dispatches,
        });
        await enqueue(message, `${row.dedupe_key.replace(/:/g, '-')}-${row.dispatches + 1}`);
      }
      if (rows.length) {
        await manager.query(
          `UPDATE outbox_messages SET dispatched_at = now(), dispatches = dispatches + 1 WHERE id = ANY($1)`,
          [rows.map((r) => r.id)],
        );
      }
      return rows.length;
    });
  }
}
