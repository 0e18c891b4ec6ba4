import { EntityManager } from 'typeorm';
import { applyTransition, TransitionRecord } from '../outbox/transition';
import { GrantScheme } from './grant-scheme.entity';

/**
 * The owner of a change to a grant scheme (issue 16, «one owner per state»): on a row the caller has locked,
 * snapshot, change (which checks the scheme as a whole and so refuses before anything is written), save, audit.
 */
export function changeScheme(
  manager: EntityManager,
  scheme: GrantScheme,
  record: Omit<TransitionRecord<GrantScheme>, 'entityType'>,
  change: (scheme: GrantScheme) => void | Promise<void>,
): Promise<GrantScheme> {
  return applyTransition(manager, scheme, { ...record, entityType: 'grant_scheme' }, change);
}
