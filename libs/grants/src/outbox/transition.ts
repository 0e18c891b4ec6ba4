import { EntityManager, ObjectLiteral } from 'typeorm';
import { Actor } from '../kernel/actor';
import { snapshot } from '../kernel/persistence';
import { recordAudit } from '../audit/audit.service';
import { addToOutbox } from './outbox';
import { OutboxTopic } from './outbox-message.entity';

/** A side effect of a transition: it exists if and only if the transition commits (see `addToOutbox`). */
export interface TransitionEffect {
  topic: OutboxTopic;
  payload: Record<string, string>;
  subjectKey: string;
}

/** What a transition records besides the change itself. */
export interface TransitionRecord<T> {
  actor: Actor | null;
  /** The audit action, `<entity>.<past tense>` (`application.submitted`). */
  action: string;
  /** The audit entity type (`application`). */
  entityType: string;
  /** Columns left out of both audit snapshots (secrets, file content). */
  omit?: (keyof T)[];
  /**
   * What the audit keeps of the row before and after the change, when not its snapshot: a step that changes two rows
   * together records both (`{ application, decision }`), one that never recorded the row's columns only what it
   * did. `null` leaves that side of the audit empty.
   */
  describe?: (entity: T, moment: 'before' | 'after') => Record<string, unknown> | null;
  /** Facts added to the audit's `after` that are not columns (a reason, the letter that caused it). */
  note?: Record<string, unknown>;
  /** Side effects written to the outbox in the same transaction. */
  effects?: TransitionEffect[];
}

/**
 * The one routine behind every status change (issue 16, «one owner per state»): on a row the caller has already
 * locked in `manager`'s transaction, snapshot it, apply `change` (which calls the aggregate's state machine and so
 * refuses an illegal step before anything is written), save it, audit before and after, and add the side effects
 * to the outbox — all in the caller's transaction, so the change, its audit event and its effects commit together.
 *
 * Each stage wraps this in its own owner function (`moveApplication`, `moveDisbursement`, …); other stages call the
 * owner, never this with another stage's entity.
 */
export async function applyTransition<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  entity: T,
  record: TransitionRecord<T>,
  change: (entity: T) => void | Promise<void>,
): Promise<T> {
  const describe = record.describe ?? ((row: T) => snapshot(row, record.omit));
  const before = describe(entity, 'before');
  await change(entity);
  await manager.save(entity);
  await recordAudit(manager, {
    actor: record.actor,
    action: record.action,
    entityType: record.entityType,
    entityId: entity.id,
    before,
    after: { ...describe(entity, 'after'), ...record.note },
  });
  for (const effect of record.effects ?? []) {
    await addToOutbox(manager, effect.topic, effect.payload, effect.subjectKey);
  }
  return entity;
}
