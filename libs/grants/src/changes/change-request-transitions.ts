import { DomainError } from '@app/platform';
import { EntityManager } from 'typeorm';
import { loadApplication } from '../applications/application-access';
import { Actor } from '../kernel/actor';
import { isUuid, lockVersioned } from '../kernel/persistence';
import { statusOwner } from '../outbox/status-owner';
import { ChangeRequest, ChangeRequestStatus } from './change-request.entity';

/**
 * What happens to a change request: the caseworker approves it, rejects it, or approves it subject to a new decision
 * (more money), which an approver then makes.
 */
export type ChangeRequestEvent = 'approve' | 'reject' | 'refer' | 'redecide';

const HANDLED = 'Endringssøknaden er allerede behandlet.';

const STEPS: Record<
  ChangeRequestEvent,
  { from: ChangeRequestStatus; to: ChangeRequestStatus; refusal: string }
> = {
  approve: { from: ChangeRequestStatus.Pending, to: ChangeRequestStatus.Approved, refusal: HANDLED },
  reject: { from: ChangeRequestStatus.Pending, to: ChangeRequestStatus.Rejected, refusal: HANDLED },
  refer: { from: ChangeRequestStatus.Pending, to: ChangeRequestStatus.AwaitingDecision, refusal: HANDLED },
  redecide: {
    from: ChangeRequestStatus.AwaitingDecision,
    to: ChangeRequestStatus.Approved,
    refusal: 'Endringssøknaden venter ikke på et nytt vedtak.',
  },
};

/** The change request's state machine: refuses the event in this status (409 naming it); returns the status after. */
export function changeRequestTransition(
  current: ChangeRequestStatus,
  event: ChangeRequestEvent,
): ChangeRequestStatus {
  const step = STEPS[event];
  if (current !== step.from) throw DomainError.invalidState(step.refusal, current);
  return step.to;
}

/**
 * The change request at the client's version, locked for the rest of the transaction; the actor must be able to
 * read the application (404 otherwise, so nothing leaks), and a stale version is a 409.
 */
export async function lockChangeRequest(
  manager: EntityManager,
  actor: Actor,
  ref: { id: string; version: number },
): Promise<ChangeRequest> {
  const found = isUuid(ref.id) ? await manager.findOneBy(ChangeRequest, { id: ref.id }) : null;
  if (!found) throw DomainError.notFound('Endringssøknaden');
  await loadApplication(manager, actor, found.applicationId);
  return lockVersioned(manager, ChangeRequest, ref.id, ref.version, 'Endringssøknaden');
}

/**
 * The owner of a change request's status (issue 16, «one owner per state»): handling and the new decision go
 * through this on a row the caller has locked (`lockChangeRequest`); the state machine above refuses an illegal
 * step before anything is written. `change` makes the step's other checks and sets its columns.
 */
export const moveChangeRequest = statusOwner<ChangeRequest, ChangeRequestEvent>(
  'change_request',
  (request, event) => changeRequestTransition(request.status, event),
);
