import { EntityManager } from 'typeorm';
import { Disqualification, disqualifiedError } from '../organisations/membership-rules';

/**
 * The one rule for who is disqualified (inhabil) from a case, forvaltningsloven § 6: a staff member who declared a
 * conflict in it, or who is a member of the applicant organisation — the latter automatically, whatever they
 * declared. Memberships and declarations are read from the database at the moment of the check, so a membership
 * added a second ago disqualifies at once. Every staff step and every staff read of a case goes through here
 * (ImpartialityService, loadApplication, and the SQL below for lists).
 */

export interface CaseStanding {
  /** Why the user may not handle or read the case as staff; null when nothing disqualifies them. */
  disqualified: Disqualification | null;
  /** The user's own declaration for the case: null if none, else whether it declared a conflict. */
  declaredConflict: boolean | null;
}

/**
 * SQL for "the user is disqualified from this application" (a declared conflict, or a membership of the applicant
 * organisation), for hand-written queries that must leave such cases out of a staff member's sight. The
 * arguments are SQL: a column (e.g. `a.id`) and a placeholder (e.g. `$2`).
 */
export function disqualifiedSql(applicationColumn: string, userParam: string): string {
  return `(EXISTS (SELECT 1 FROM conflict_declarations cd
                    WHERE cd.application_id = ${applicationColumn} AND cd.user_id = ${userParam} AND cd.has_conflict)
           OR EXISTS (SELECT 1 FROM applications da JOIN memberships dm ON dm.organisation_id = da.organisation_id
                       WHERE da.id = ${applicationColumn} AND dm.user_id = ${userParam}))`;
}

/**
 * SQL for the ids of the applications the user declared a conflict in, as an array (a handful per user, read once
 * per request through `ix_conflict_declarations_user`), for lists a member of the applicant organisation also reads:
 * there a staff member's case is withheld when they declared a conflict in it and are not reading as the party,
 * exactly as the detail is refused (`loadApplication`). The argument is SQL: the user id (e.g. `$2`).
 */
export function declaredConflictIdsSql(userParam: string): string {
  return `ARRAY(SELECT cd.application_id FROM conflict_declarations cd
                 WHERE cd.user_id = ${userParam} AND cd.has_conflict)`;
}

export async function caseStanding(
  manager: EntityManager,
  userId: string,
  applicationId: string,
): Promise<CaseStanding> {
  const [row] = await manager.query<{ member: boolean; declared: boolean | null }[]>(
    `SELECT EXISTS (SELECT 1 FROM applications a JOIN memberships m ON m.organisation_id = a.organisation_id
                     WHERE a.id = $1 AND m.user_id = $2) AS member,
            (SELECT has_conflict FROM conflict_declarations WHERE application_id = $1 AND user_id = $2) AS declared`,
    [applicationId, userId],
  );
  const declaredConflict = row?.declared ?? null;
  return {
    disqualified: row?.member ? 'member' : declaredConflict ? 'declared' : null,
    declaredConflict,
  };
}

/** Refuses a disqualified user (403, saying why). */
export async function assertNotDisqualified(
  manager: EntityManager,
  userId: string,
  applicationId: string,
): Promise<CaseStanding> {
  const standing = await caseStanding(manager, userId, applicationId);
  if (standing.disqualified) throw disqualifiedError(standing.disqualified);
  return standing;
}
