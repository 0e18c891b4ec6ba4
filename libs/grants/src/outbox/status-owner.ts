import { EntityManager, ObjectLiteral } from 'typeorm';
import { applyTransition, TransitionRecord } from './transition';

/**
 * An aggregate's owner function (issue 16, «one owner per state»): moves a row the caller has locked through its
 * state machine with `applyTransition`. The state machine refuses an illegal event before anything is written;
 * `change` then makes the step's other checks and sets its columns.
 */
export type StatusOwner<T, E> = (
  manager: EntityManager,
  entity: T,
  event: E,
  record: Omit<TransitionRecord<T>, 'entityType'>,
  change?: (entity: T) => void | Promise<void>,
) => Promise<T>;

/** The owner of one aggregate's status: its audit entity type and its state machine (the status after `event`). */
export function statusOwner<T extends ObjectLiteral & { id: string; status: S }, E, S = T['status']>(
  entityType: string,
  transition: (entity: T, event: E) => S,
): StatusOwner<T, E> {
  return (manager, entity, event, record, change = () => undefined) =>
    applyTransition(manager, entity, { ...record, entityType }, async (row) => {
      row.status = transition(row, event);
      await change(row);
    });
}
