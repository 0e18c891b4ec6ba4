import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, DomainError, Page, PageRequest } from '@app/platform';
import { DataSource } from 'typeorm';
import { Actor } from '../kernel/actor';
import { AuditService } from '../audit/audit.service';
import { updateReturning } from '../kernel/persistence';
import { OutboxTopic } from './outbox-message.entity';

export interface FailedSideEffect {
  id: string;
  topic: OutboxTopic;
  /** The letter, reminder, decision, application, … the side effect is about. */
  subjectId: string;
  /** The application it concerns, where there is one, and its reference number. */
  applicationId: string | null;
  referenceNumber: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  failedAt: Date;
}

export interface DeliveryBacklog {
  /** Open side effects (neither done nor failed) older than the threshold. */
  stuck: number;
  /** Side effects that failed for good and wait for an admin. */
  failed: number;
  stuckAfterSeconds: number;
}

const SUBJECT = `coalesce(o.payload->>'subjectId', o.payload->>'decisionId', o.payload->>'applicationId')`;

/** What the system owner sees of side effects that did not happen, and the retry they may ask for. */
@Injectable()
export class OutboxFailuresService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async failed(page: PageRequest): Promise<Page<FailedSideEffect>> {
    const rows = await this.db.query<
      {
        id: string;
        topic: OutboxTopic;
        subject_id: string;
        application_id: string | null;
        reference_number: string | null;
        attempts: number;
        last_error: string | null;
        created_at: Date;
        failed_at: Date;
        total: number;
      }[]
    >(
      `SELECT o.id::text, o.topic, ${SUBJECT} AS subject_id, a.id AS application_id, a.reference_number,
              o.attempts, o.last_error, o.created_at, o.failed_at, count(*) OVER ()::int AS total
         FROM outbox_messages o
         LEFT JOIN letters l ON o.topic = 'mail.letter' AND l.id = (o.payload->>'subjectId')::uuid
         LEFT JOIN decisions d ON o.topic = 'letter.decision' AND d.id = (o.payload->>'decisionId')::uuid
         LEFT JOIN applications a ON a.id = coalesce(l.application_id, d.application_id,
              CASE WHEN o.topic IN ('letter.receipt', 'letter.interim_reply') THEN (${SUBJECT})::uuid END)
        WHERE o.failed_at IS NOT NULL
        ORDER BY o.failed_at DESC, o.id DESC
        LIMIT $1 OFFSET $2`,
      [page.limit, page.offset],
    );
    const total =
      rows[0]?.total ??
      (
        await this.db.query<{ n: number }[]>(
          `SELECT count(*)::int AS n FROM outbox_messages WHERE failed_at IS NOT NULL`,
        )
      )[0].n;
    return {
      items: rows.map((r) => ({
        id: r.id,
        topic: r.topic,
        subjectId: r.subject_id,
        applicationId: r.application_id,
        referenceNumber: r.reference_number,
        attempts: r.attempts,
        lastError: r.last_error,
        createdAt: r.created_at,
        failedAt: r.failed_at,
      })),
      total,
      ...page,
    };
  }

  /** Puts a failed side effect back in line with a fresh retry window; the relay dispatches it at once. Audited. */
  async retry(actor: Actor, id: string): Promise<void> {
    if (!/^\d{1,18}$/.test(id)) throw DomainError.notFound('Utsendelsen');
    await this.db.transaction(async (manager) => {
      const [row] = await manager.query<{ failed_at: Date | null; completed_at: Date | null }[]>(
        `SELECT failed_at, completed_at FROM outbox_messages WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!row) throw DomainError.notFound('Utsendelsen');
      if (!row.failed_at) {
        throw DomainError.invalidState(
          'Bare en utsendelse som har feilet, kan sendes på nytt.',
          row.completed_at ? 'completed' : 'pending',
        );
      }
      const [retried] = await updateReturning<{
        topic: OutboxTopic;
        subject_id: string;
        attempts: number;
        last_error: string | null;
      }>(
        manager,
        `UPDATE outbox_messages o
            SET failed_at = NULL, next_attempt_at = now(), first_attempt_at = NULL, lease_until = NULL,
                dispatched_at = NULL
          WHERE o.id = $1
          RETURNING o.topic, ${SUBJECT} AS subject_id, o.attempts, o.last_error`,
        [id],
      );
      await this.audit.record(manager, {
        actor,
        action: 'delivery.retried',
        entityType: retried.topic,
        entityId: retried.subject_id,
        before: {
          outboxId: id,
          failedAt: row.failed_at,
          attempts: retried.attempts,
          lastError: retried.last_error,
        },
      });
    });
  }

  /** For health: open side effects older than the threshold, and those failed for good. */
  async backlog(): Promise<DeliveryBacklog> {
    const { stuckAfterSeconds } = this.config.delivery;
    const [row] = await this.db.query<{ stuck: number; failed: number }[]>(
      `SELECT (SELECT count(*)::int FROM outbox_messages o
                WHERE o.completed_at IS NULL AND o.failed_at IS NULL
                  AND o.created_at < now() - $1 * interval '1 second') AS stuck,
              (SELECT count(*)::int FROM outbox_messages WHERE failed_at IS NOT NULL) AS failed`,
      [stuckAfterSeconds],
    );
    return { stuck: row.stuck, failed: row.failed, stuckAfterSeconds };
  }
}
