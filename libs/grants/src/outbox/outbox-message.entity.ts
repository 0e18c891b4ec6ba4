import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** Side effects a committed change asks for (DESIGN.md §6); the worker's relay moves them to BullMQ. */
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
  | 'letter.budget_reservation_lifted';

@Entity('outbox_messages')
@Unique('uq_outbox_messages_dedupe_key', ['dedupeKey'])
@Index('ix_outbox_messages_pending', ['id'], { where: 'dispatched_at IS NULL' })
export class OutboxMessage {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column('text')
  topic!: OutboxTopic;

  /** Ids only: `subjectId` (or, in rows written before it, `decisionId` / `applicationId`). */
  @Column('jsonb')
  payload!: Record<string, string>;

  /** Deterministic: the same side effect for the same subject is written once, and becomes the job id. */
  @Column('text')
  dedupeKey!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  dispatchedAt!: Date | null;
}
