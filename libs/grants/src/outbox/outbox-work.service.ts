import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  AppConfig,
  DomainError,
  faultPoint,
  isStoreOutage,
  PermanentMailError,
} from '@app/platform';
import { DataSource, EntityManager } from 'typeorm';
import { updateReturning } from '../kernel/persistence';
import { OutboxTopic } from './outbox-message.entity';

/** A side effect leased by this worker: the attempt number is the lease's token. */
export interface LeasedMessage {
  id: string;
  topic: OutboxTopic;
  payload: Record<string, string>;
  attempt: number;
}

/**
 * Records that the side effect is done: runs `write` (the domain's record of it, e.g. the delivery and the
 * notification) in the one transaction that marks the row completed. Returns false, writing nothing, when the row
 * was completed already (by a worker whose lease had run out while it was still working).
 */
export type Complete = (write?: (manager: EntityManager) => Promise<void>) => Promise<boolean>;

/** Pause between attempts to record an outcome while the database is unreachable. */
const RECORD_RETRY_MS = 1000;

export type WorkOutcome = 'done' | 'busy' | 'retry' | 'failed';

/**
 * Does the side effects the outbox holds, each under a lease, and keeps their state in the database:
 *
 * - lease: `UPDATE … WHERE not leased (or the lease ran out) … RETURNING`, so one worker at a time does a row;
 * - done: the domain's record and `completed_at` commit together, exactly once;
 * - temporary failure (4xx, connection, timeout, database): the next attempt waits 30 s, 1 min, 2 min, … up to an
 *   hour between attempts, for 24 hours from the first attempt; then, or at once on a permanent failure (5xx, a
 *   letter the code refuses to issue), the row has failed for good and the admin sees and may retry it;
 * - a crash at any point leaves a lease that runs out, and the relay dispatches the row again;
 * - the database gone after the side effect was done (the e-mail is with the SMTP server): the outcome is held in
 *   memory and recorded as soon as the database answers again, for up to twice the lease. Recording does not
 *   require the lease, so a worker that records after its lease ran out still wins over a successor that has
 *   not yet sent — the successor finds the row completed. Without this every letter in hand during an outage
 *   longer than the lease was sent twice.
 */
@Injectable()
export class OutboxWorkService {
  private readonly logger = new Logger('OutboxWork');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Leases the row and runs `work`, which must call `complete` once the side effect is done. */
  async perform(
    messageId: string,
    work: (message: LeasedMessage, complete: Complete) => Promise<void>,
  ): Promise<WorkOutcome> {
    const message = await this.lease(messageId);
    if (!message) return 'busy';
    let completed = false;
    const complete: Complete = async (write) => {
      completed = true;
      return this.recordOutcome(message, write);
    };
    try {
      await work(message, complete);
      if (!completed) throw new Error(`side effect ${message.topic} ended without recording its outcome`);
      return 'done';
    } catch (error) {
      if (completed) throw error;
      return this.recordFailure(message, error);
    }
  }

  /** The row of a job queued before jobs carried their outbox id (the job id was the row's dedupe key). */
  async idForLegacyJob(dedupeKey: string): Promise<string> {
    const [row] = await this.db.query<{ id: string }[]>(
      `SELECT id::text FROM outbox_messages WHERE dedupe_key = $1`,
      [dedupeKey],
    );
    return row?.id ?? '0';
  }

  /** Delay before attempt n + 1 after n attempts: base × 2^(n − 1), at most the maximum delay. */
  retryDelaySeconds(attempts: number): number {
    const { retryBaseSeconds, retryMaxDelaySeconds } = this.config.delivery;
    return Math.min(retryMaxDelaySeconds, retryBaseSeconds * 2 ** Math.min(30, Math.max(0, attempts - 1)));
  }

  private async lease(messageId: string): Promise<LeasedMessage | null> {
    const [row] = await updateReturning<{
      id: string;
      topic: OutboxTopic;
      payload: Record<string, string>;
      attempts: number;
    }>(
      this.db,
      `UPDATE outbox_messages
          SET lease_until = now() + $2 * interval '1 second', attempts = attempts + 1,
              first_attempt_at = coalesce(first_attempt_at, now())
        WHERE id = $1 AND completed_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
          AND (lease_until IS NULL OR lease_until < now())
        RETURNING id::text, topic, payload, attempts`,
      [messageId, this.config.delivery.leaseSeconds],
    );
    return row ? { id: row.id, topic: row.topic, payload: row.payload, attempt: row.attempts } : null;
  }

  /** `complete`, tried again every second while the database is unreachable, for up to twice the lease. */
  private async recordOutcome(
    message: LeasedMessage,
    write?: (manager: EntityManager) => Promise<void>,
  ): Promise<boolean> {
    const giveUpAt = Date.now() + 2 * this.config.delivery.leaseSeconds * 1000;
    for (let tries = 1; ; tries++) {
      try {
        return await this.complete(message, write);
      } catch (error) {
        if (!isStoreOutage(error) || Date.now() >= giveUpAt) throw error;
        if (tries === 1)
          this.logger.warn(
            `${message.topic} #${message.id} done; the database is away, recording it when it is back`,
          );
        await new Promise((resolve) => setTimeout(resolve, RECORD_RETRY_MS));
      }
    }
  }

  private async complete(
    message: LeasedMessage,
    write?: (manager: EntityManager) => Promise<void>,
  ): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const rows = await updateReturning(
        manager,
        `UPDATE outbox_messages SET completed_at = now(), lease_until = NULL, last_error = NULL
          WHERE id = $1 AND completed_at IS NULL AND failed_at IS NULL RETURNING id`,
        [message.id],
      );
      if (rows.length === 0) return false;
      if (write) await write(manager);
      faultPoint('record.before-commit');
      return true;
    });
  }

  private async recordFailure(message: LeasedMessage, error: unknown): Promise<WorkOutcome> {
    const permanent = error instanceof PermanentMailError || error instanceof DomainError;
    const text = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
    const delay = this.retryDelaySeconds(message.attempt);
    // The attempt number guards the write: a worker whose lease ran out does not overwrite its successor's lease.
    const [row] = await updateReturning<{ failed: boolean }>(
      this.db,
      `UPDATE outbox_messages
          SET lease_until = NULL, dispatched_at = NULL, last_error = $3,
              next_attempt_at = now() + $4 * interval '1 second',
              failed_at = CASE WHEN $5 OR first_attempt_at + $6 * interval '1 second' < now() + $4 * interval '1 second'
                               THEN now() END
        WHERE id = $1 AND attempts = $2 AND completed_at IS NULL AND failed_at IS NULL
        RETURNING failed_at IS NOT NULL AS failed`,
      [message.id, message.attempt, text, delay, permanent, this.config.delivery.retryWindowSeconds],
    );
    const failed = row?.failed ?? false;
    const what = `${message.topic} #${message.id} (attempt ${message.attempt})`;
    if (failed) this.logger.error(`${what} failed for good: ${text}`);
    else this.logger.warn(`${what} failed, next attempt in ${delay} s: ${text}`);
    return failed ? 'failed' : 'retry';
  }
}
