import { DomainError } from '@app/platform';
import { EntityManager } from 'typeorm';
import { Actor, hasRole } from '../kernel/actor';
import { Membership } from './membership.entity';
import { Role } from '../kernel/role';

/**
 * Signing rights: who may sign for an organisation — accept the conditions of a grant, and decide who acts for it
 * (add and remove members, give and take signing rights). Today that is a membership marked `signatory`, read from
 * the database at the moment of the check. This is the one place to change when signing rights come from the roles
 * in Enhetsregisteret (styreleder, daglig leder, signatur/prokura) instead.
 *
 * Bootstrapping: the user who registers an organisation becomes its first member and signatory
 * (OrganisationsService.register). An organisation never loses its last signatory through the API.
 */
export async function maySign(
  manager: EntityManager,
  userId: string,
  organisationId: string,
): Promise<boolean> {
  return manager.exists(Membership, { where: { userId, organisationId, signatory: true } });
}

export async function assertMaySign(
  manager: EntityManager,
  actor: Actor,
  organisationId: string,
  message: string,
): Promise<void> {
  if (!(await maySign(manager, actor.userId, organisationId))) throw DomainError.forbidden(message);
}

/**
 * Managing members and their signing rights: a signatory of the organisation, or Sfk's system owner (admin) — the
 * way back for an organisation left without a signatory (data from before this rule, a signatory who died), after
 * checking Enhetsregisteret. Either way the change is audited.
 */
export async function assertMayManageMembers(
  manager: EntityManager,
  actor: Actor,
  organisationId: string,
  message: string,
): Promise<void> {
  if (hasRole(actor, Role.Admin)) return;
  await assertMaySign(manager, actor, organisationId, message);
}

/** The organisation must keep someone who can sign: refuses to remove or demote its last signatory. */
export async function assertAnotherSignatory(
  manager: EntityManager,
  organisationId: string,
  leavingUserId: string,
): Promise<void> {
  const others = await manager.count(Membership, { where: { organisationId, signatory: true } });
  const leaving = await maySign(manager, leavingUserId, organisationId);
  if (leaving && others <= 1) {
    throw DomainError.invalidState(
      'Organisasjonen må ha minst én som kan signere for den. Gi signaturrett til en annen først.',
      'last_signatory',
    );
  }
}
