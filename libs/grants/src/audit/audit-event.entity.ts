import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only record of every change: who, in which role, did what to which entity, before and after.
 * A database trigger refuses UPDATE, DELETE and TRUNCATE (see the migration).
 */
@Entity('audit_events')
@Index('ix_audit_events_entity', ['entityType', 'entityId', 'occurredAt'])
@Index('ix_audit_events_actor', ['actorUserId', 'occurredAt'])
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
}
