import { Role, STAFF_ROLES } from './role';

/** Who is acting in a request or job: resolved once per request from the token and the database. */
export interface Actor {
  userId: string;
  roles: Role[];
  /** Organisations the user is a member of. */
  organisationIds: string[];
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return roles.some((role) => actor.roles.includes(role));
}

export function isStaff(actor: Actor): boolean {
  return hasRole(actor, ...STAFF_ROLES);
}

export function isMemberOf(actor: Actor, organisationId: string): boolean {
  return actor.organisationIds.includes(organisationId);
}
