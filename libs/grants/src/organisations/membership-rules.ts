import { DomainError } from '@app/platform';
import { EntityManager } from 'typeorm';

/** Why a staff member is disqualified (inhabil), forvaltningsloven § 6 (applications/impartiality.ts has the rule). */
export type Disqualification = 'member' | 'declared';

/** For staff steps about an organisation rather than one case (bank-account verification). */
export async function assertNotMemberOfOrganisation(
  manager: EntityManager,
  userId: string,
  organisationId: string,
): Promise<void> {
  const member = await manager.query<unknown[]>(
    'SELECT 1 FROM memberships WHERE organisation_id = $1 AND user_id = $2',
    [organisationId, userId],
  );
  if (member.length > 0) throw disqualifiedError('member');
}

export function disqualifiedError(why: Disqualification): DomainError {
  return DomainError.forbidden(
    why === 'member'
      ? 'Du er medlem av søkerorganisasjonen og er derfor inhabil i saken (forvaltningsloven § 6): du kan ikke behandle den eller se Sfks saksbehandling.'
      : 'Du har erklært deg inhabil i denne saken og kan ikke se eller behandle den.',
  );
}
