import { EntityManager } from 'typeorm';
import { applyTransition, TransitionRecord } from '../outbox/transition';
import { User } from './user.entity';

/**
 * The owner of a change to a user (issue 16, «one owner per state»): names, roles, activation, password, on a row
 * the caller has locked. The password hash never enters the audit trail.
 */
export function changeUser(
  manager: EntityManager,
  user: User,
  record: Omit<TransitionRecord<User>, 'entityType' | 'omit'>,
  change: (user: User) => void | Promise<void>,
): Promise<User> {
  return applyTransition(manager, user, { ...record, entityType: 'user', omit: ['passwordHash'] }, change);
}
