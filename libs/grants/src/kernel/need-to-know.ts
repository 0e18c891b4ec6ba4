import { DomainError } from '@app/platform';
import { Role } from './role';
import { Actor, hasRole } from './actor';

/**
 * Which Sfk roles read which part of a case: the need-to-know table of docs/decisions.md ("Security: need to know,
 * per role"), in code. Members of the applicant organisation read every part as the party, except Sfk's working
 * material; anyone else needs a role listed here, and must not be disqualified from the case
 * (applications/impartiality.ts). The admin, a technical administrator, reads no part of a case.
 *
 * Operations on a whole collection (payment batches, audit trail, users, …) are guarded by role on their routes
 * (`@Roles`); this table is for the parts of one case, reached through the application.
 */
export enum CasePart {
  /** The application itself: list row, detail, case history. */
  Application = 'application',
  /** The organisation's files: application attachments (offentleglova exemptions, annual accounts, statutes). */
  Attachments = 'attachments',
  /** Sfk's own working material: screening findings and the assessment. Not the party's either. */
  WorkingMaterial = 'workingMaterial',
  /** Decisions and the letters that carry them. */
  Decisions = 'decisions',
  /** The grant's disbursements and repayment claims. */
  Payments = 'payments',
  /** The recipient's report and auditor statement. */
  Reports = 'reports',
  /** Appeals, their grounds and files. */
  Appeals = 'appeals',
  /** Change requests. */
  ChangeRequests = 'changeRequests',
}

export const CASE_PART_READERS: Record<CasePart, readonly Role[]> = {
  // Finance checks a payment against the case it pays (reference, organisation, amounts, budget).
  [CasePart.Application]: [Role.Caseworker, Role.Approver, Role.Finance],
  // Files are evidence for the assessment; the attestant pays against the decision, not the annual accounts.
  [CasePart.Attachments]: [Role.Caseworker, Role.Approver],
  [CasePart.WorkingMaterial]: [Role.Caseworker, Role.Approver],
  // The attestant checks the payment against the decision and its letter (docs/domain.md §3).
  [CasePart.Decisions]: [Role.Caseworker, Role.Approver, Role.Finance],
  // Finance pays and records repayments; the caseworker claims repayment; the approver makes extra controls.
  [CasePart.Payments]: [Role.Caseworker, Role.Approver, Role.Finance],
  [CasePart.Reports]: [Role.Caseworker, Role.Approver],
  [CasePart.Appeals]: [Role.Caseworker, Role.Approver],
  [CasePart.ChangeRequests]: [Role.Caseworker, Role.Approver],
};

const PART_NB: Record<CasePart, string> = {
  [CasePart.Application]: 'søknaden',
  [CasePart.Attachments]: 'vedleggene i saken',
  [CasePart.WorkingMaterial]: 'Sfks saksbehandling (formell kontroll og vurdering)',
  [CasePart.Decisions]: 'vedtakene og brevene i saken',
  [CasePart.Payments]: 'utbetalingene og tilbakebetalingskravene i saken',
  [CasePart.Reports]: 'rapporten i saken',
  [CasePart.Appeals]: 'klagene i saken',
  [CasePart.ChangeRequests]: 'endringssøknadene i saken',
};

/** Whether the actor's Sfk role lets them read this part of any case (the party's rights are not considered). */
export function staffMayRead(actor: Actor, part: CasePart): boolean {
  return hasRole(actor, ...CASE_PART_READERS[part]);
}

/**
 * For a staff member who may see the case but not this part of it: 403, saying what the role does not give.
 * (Whoever may not see the case at all gets 404 before this, so nothing about its existence leaks.)
 */
export function assertStaffMayRead(actor: Actor, part: CasePart): void {
  if (!staffMayRead(actor, part)) {
    throw DomainError.forbidden(`Rollen din gir ikke tilgang til ${PART_NB[part]}.`);
  }
}
