import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * Side effects a committed change asks for (docs/architecture.md#jobs-and-queues); the worker's relay moves them to
 * BullMQ.
 */
export type OutboxTopic =
  | 'letter.receipt'
  | 'letter.decision'
  | 'letter.interim_reply'
  | 'letter.report_approval'
  | 'letter.repayment_claim'
  | 'letter.appeal_forwarded'
  | 'letter.appeal_not_considered'
  | 'letter.change_approved'
  | 'letter.change_rejected'
  | 'letter.claim_revised'
  | 'letter.budget_reservation_lifted'
  /** E-mail a stored letter (subjectId: the letter) and record its delivery. */
  | 'mail.letter'
  /** E-mail a reminder (subjectId: the reminder_log row). */
  | 'mail.reminder'
  /** Tell an account's owner that its logins are throttled (subjectId: the user; kind, at). */
  | 'mail.login_throttled'
  /**
   * An account e-mail (`kind`: email_confirmation or password_reset with subjectId = the account token;
   * registration_attempt or password_changed with subjectId = the user), or a password-reset request
   * (`kind` password_reset_request with the `email` asked for) that may lead to one.
   */
  | 'mail.account';

/**
 * One side effect, from the commit that asked for it until it is done or has failed for good. The database, not
 * Redis, says what is still to do: a row is open until `completedAt` or `failedAt`; a worker doing it holds a lease
 * (`leaseUntil`); a temporary failure sets `nextAttemptAt`; the relay (re)dispatches open rows that are due and
 * not leased, so a lost job, a killed worker or a long outage delays the side effect but never loses it.
 */
@Entity('outbox_messages')
@Unique('uq_outbox_messages_dedupe_key', ['dedupeKey'])
@Index('ix_outbox_messages_open', ['nextAttemptAt'], { where: 'completed_at IS NULL AND failed_at IS NULL' })
@Index('ix_outbox_messages_failed', ['failedAt'], { where: 'failed_at IS NOT NULL' })
@Check('ck_outbox_messages_outcome', `completed_at IS NULL OR failed_at IS NULL`)
@Check('ck_outbox_messages_attempts', `attempts >= 0 AND dispatches >= 0`)
export class OutboxMessage {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column('text')
  topic!: OutboxTopic;

  /**
   * Ids only: `subjectId` (or, in rows written before it, `decisionId` / `applicationId`); account e-mails add
   * their `kind`, and a password-reset request the address asked for until it is done.
   */
  @Column('jsonb')
  payload!: Record<string, string>;

  /** Deterministic: the same side effect for the same subject is written once; with `dispatches`, the job id. */
  @Column('text')
  dedupeKey!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** When the relay last handed the row to the queue. */
  @Column('timestamptz', { nullable: true })
  dispatchedAt!: Date | null;

  /** How often the relay handed the row to the queue; part of the job id, so a re-dispatch is a new job. */
  @Column('integer', { default: 0 })
  dispatches!: number;

  /** Attempts started (leases taken). */
  @Column('integer', { default: 0 })
  attempts!: number;

  @Column('timestamptz', { default: () => 'now()' })
  nextAttemptAt!: Date;

  /** Held by the worker doing the side effect; an expired lease is a crashed worker, and the row is due again. */
  @Column('timestamptz', { nullable: true })
  leaseUntil!: Date | null;

  /** Start of the retry window (the first attempt, or the last retry an admin asked for). */
  @Column('timestamptz', { nullable: true })
  firstAttemptAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  completedAt!: Date | null;

  /** Failed for good: a permanent error, or no success within the retry window. An admin may retry it. */
  @Column('timestamptz', { nullable: true })
  failedAt!: Date | null;

  @Column('text', { nullable: true })
  lastError!: string | null;
}
