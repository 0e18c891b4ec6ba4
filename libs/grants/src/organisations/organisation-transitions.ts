import { EntityManager } from 'typeorm';
import { applyTransition, TransitionRecord } from '../outbox/transition';
import { Organisation } from './organisation.entity';

/**
 * The owner of a change to an organisation (issue 16, «one owner per state»): its profile, its bank account and the
 * account's verification, the registers' flags — on a row the caller has locked, snapshot, change, save and audit in
 * one place. `change` applies the step (and may do what belongs to it in the same transaction, such as revoking the
 * attestations a new account voids, whose audit events then come before the organisation's, as always).
 */
export function changeOrganisation(
  manager: EntityManager,
  organisation: Organisation,
  record: Omit<TransitionRecord<Organisation>, 'entityType'>,
  change: (organisation: Organisation) => void | Promise<void>,
): Promise<Organisation> {
  return applyTransition(manager, organisation, { ...record, entityType: 'organisation' }, change);
}
