import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only record of every change: who, in which role, did what to which entity, before and after.
 * A database trigger refuses UPDATE, DELETE and TRUNCATE, and the application's role may only INSERT and
 * SELECT. Each row is chained to the one before it by a hash the database computes on insert
 * (migrations/1796004217350-AuditChain.ts; verified by audit-chain.ts).
 */
@Entity('audit_events')
@Index('ix_audit_events_entity', ['entityType', 'entityId', 'occurredAt'])
@Index('ix_audit_events_actor', ['actorUserId', 'occurredAt'])
@Index('uq_audit_events_chain_position', ['chainPosition'], { unique: true })
export class AuditEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  /** Null for the system (worker, seed). */
  @Column('uuid', { nullable: true })
  actorUserId!: string | null;

  @Column('text', { array: true, default: () => `'{}'` })
  actorRoles!: string[];

  /** e.g. "organisation.registered", "round.published". */
  @Column('text')
  action!: string;

  @Column('text')
  entityType!: string;

  @Column('uuid')
  entityId!: string;

  @Column('jsonb', { nullable: true })
  before!: Record<string, unknown> | null;

  @Column('jsonb', { nullable: true })
  after!: Record<string, unknown> | null;

  @Column('text', { nullable: true })
  requestId!: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  occurredAt!: Date;

  /** 1, 2, 3, … in the order the database chained the rows (set by the insert trigger, never by the code). */
  @Column('bigint', { select: false })
  chainPosition!: string;

  /** The hash of the row before in the chain (32 zero bytes before the first). */
  @Column('bytea', { select: false })
  prevHash!: Buffer;

  /** sha256(prevHash ‖ the row's content), see audit_event_hash() in the migration. */
  @Column('bytea', { select: false })
  hash!: Buffer;
}
