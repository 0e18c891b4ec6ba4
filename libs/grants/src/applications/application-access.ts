import { DomainError } from '@app/platform';
import { EntityManager } from 'typeorm';
import { Actor, hasRole, isMemberOf } from '../kernel/actor';
import { assertNotDisqualified } from './impartiality';
import { assertStaffMayRead, CASE_PART_READERS, CasePart } from '../kernel/need-to-know';
import { isUuid, lockVersioned } from '../kernel/persistence';
import { Role } from '../kernel/role';
import { Application } from './application.entity';

/** Sfk roles that read every application (kernel/need-to-know.ts); nobody else but the organisation's members sees one. */
export const APPLICATION_READER_ROLES: readonly Role[] = CASE_PART_READERS[CasePart.Application];

export function canReadAllApplications(actor: Actor): boolean {
  return hasRole(actor, ...APPLICATION_READER_ROLES);
}

/** Not a member and not a reader: the application "does not exist" for this actor. */
export function assertCanRead(actor: Actor, application: Pick<Application, 'organisationId'>): void {
  if (!canReadAllApplications(actor) && !isMemberOf(actor, application.organisationId)) {
    throw DomainError.notFound('Søknaden');
  }
}

/** Only the organisation's members write an application; staff who can see it get 403, others 404. */
export function assertCanWrite(actor: Actor, application: Pick<Application, 'organisationId'>): void {
  assertCanRead(actor, application);
  if (!isMemberOf(actor, application.organisationId)) {
    throw DomainError.forbidden('Bare medlemmer av organisasjonen kan endre søknaden.');
  }
}

/**
 * Every read of a case goes through here: members of the organisation read it as the party; anyone else must be
 * a reader (staff) who is not disqualified from it — no declared conflict, not a member (applications/impartiality.ts) —
 * and whose role gives the part of the case asked for (kernel/need-to-know.ts): 404 for those who may not see the
 * case at all, 403 for staff who see it but not this part of it.
 */
export async function loadApplication(
  manager: EntityManager,
  actor: Actor,
  id: string,
  part: CasePart = CasePart.Application,
): Promise<Application> {
  const application = await findReadable(manager, actor, id);
  if (!isMemberOf(actor, application.organisationId)) {
    assertStaffMayRead(actor, part);
    await assertNotDisqualified(manager, actor.userId, application.id);
  }
  return application;
}

/** The application if the actor's role or membership lets them see it at all; conflicts are not checked. */
export async function findReadable(manager: EntityManager, actor: Actor, id: string): Promise<Application> {
  const application = isUuid(id) ? await manager.findOneBy(Application, { id }) : null;
  if (!application) throw DomainError.notFound('Søknaden');
  assertCanRead(actor, application);
  return application;
}

/** Locks the row for the rest of the transaction and checks the client's version and write access. */
export async function lockApplicationForWrite(
  manager: EntityManager,
  actor: Actor,
  id: string,
  version: number | undefined,
): Promise<Application> {
  if (!isUuid(id)) throw DomainError.notFound('Søknaden');
  // Access first (no version leak to outsiders), then the version check.
  const peek = await manager.findOne(Application, {
    where: { id },
    select: { id: true, organisationId: true },
  });
  if (!peek) throw DomainError.notFound('Søknaden');
  assertCanWrite(actor, peek);
  return lockVersioned(manager, Application, id, version, 'Søknaden');
}
