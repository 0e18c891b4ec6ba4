import type { DecisionReasons } from '../kernel/decision-reasons';

/** The letters the system writes. Decision letters are individual decisions (enkeltvedtak) under forvaltningsloven. */
export type LetterType =
  | 'receipt'
  | 'interim_reply'
  | 'grant'
  | 'partial_grant'
  | 'rejection'
  | 'dismissal'
  | 'report_approval'
  | 'repayment_claim'
  | 'appeal_forwarded'
  | 'appeal_not_considered'
  | 'change_approved'
  | 'change_rejected'
  | 'claim_revised'
  | 'budget_reservation_lifted';

export const LETTER_TYPES: readonly LetterType[] = [
  'receipt',
  'interim_reply',
  'grant',
  'partial_grant',
  'rejection',
  'dismissal',
  'report_approval',
  'repayment_claim',
  'appeal_forwarded',
  'appeal_not_considered',
  'change_approved',
  'change_rejected',
  'claim_revised',
  'budget_reservation_lifted',
];

/** The organisation's preferred written standard: bokmål or nynorsk. */
export type LetterLanguage = 'nb' | 'nn';

/** Bumped whenever a template changes what a letter says; stored with every rendered letter. */
export const LETTER_TEMPLATE_VERSION = 1;

/** The decisions on an application. */
export const DECISION_LETTER_TYPES: LetterType[] = ['grant', 'partial_grant', 'rejection', 'dismissal'];

/**
 * Every letter that is an individual decision: the decisions on an application, a repayment claim (a decision
 * on the grant after the report) and its revision on appeal, the refusal to consider a late appeal (forvaltningsloven
 * § 31) and the rejection of a change request. Each must carry the parts docs/domain.md §4 asks of it before it is
 * issued.
 */
export function isDecisionLetter(type: LetterType): boolean {
  return (
    DECISION_LETTER_TYPES.includes(type) ||
    type === 'repayment_claim' ||
    type === 'appeal_not_considered' ||
    type === 'change_rejected' ||
    type === 'claim_revised'
  );
}

/** Grants and partial grants: the letters that commit money and carry conditions. */
export function isGrantLetter(type: LetterType): boolean {
  return type === 'grant' || type === 'partial_grant';
}

export interface LetterRecipient {
  name: string;
  /** Nine digits; printed as "988 077 917". */
  organisationNumber: string;
  streetAddress: string;
  postalCode: string;
  postalTown: string;
}

export interface LetterScheme {
  name: string;
  /** The scheme's name in nynorsk, when it has one. */
  nameNn: string | null;
  /** The forskrift the scheme is run under, e.g. "Forskrift om tilskudd til tiltak mot menneskehandel og prostitusjon". */
  legalBasisTitle: string;
  /** Sections of the forskrift, e.g. ["§ 2", "§ 3"]. */
  legalBasisSections: string[];
  /** Klageinstans, e.g. "Justis- og beredskapsdepartementet". */
  appealBody: string;
  /** A grant at or above this amount needs an auditor statement with the report. */
  auditorThresholdOre: number;
  /** The purpose of the scheme. */
  purpose: string;
}

export interface LetterRound {
  year: number;
  /** The round is subject to the Storting's budget decision for the year. */
  budgetReservation: boolean;
  reportDeadline: Date;
}

export interface LetterApplication {
  title: string;
  submittedAt: Date;
  requestedAmountOre: number;
  /** The applicant's declaration at submission (receipt), when one was recorded; null or absent when none. */
  declaration?: LetterDeclaration | null;
}

/** Who declared that the application's information is correct, when, and the wording they declared. */
export interface LetterDeclaration {
  /** The declarer's name (the user who submitted). */
  name: string;
  declaredAt: Date;
  /** The declared version's wording, in the letter's language. */
  text: string;
}

export interface LetterDecision {
  amountOre: number;
  /** ISO dates, e.g. { start: "2027-01-01", end: "2027-12-31" }. */
  grantPeriod: { start: string; end: string } | null;
  /** What the money may be used for. */
  purpose: string | null;
  conditions: string[];
  reasons: DecisionReasons | null;
  /** Grants only: the date by which the conditions must be accepted. */
  acceptanceDeadline: Date | null;
  appealDeadline: Date;
  /** E.g. "Tilskuddet utbetales i én utbetaling når vilkårene er akseptert." */
  paymentPlan: string | null;
  auditorStatementRequired: boolean;
  /** A new decision after an appeal: the date of the decision it replaces. */
  replacesDecisionOf?: Date | null;
}

/** The recipient's report on the use of the grant (report approval and repayment claim letters). */
export interface LetterReport {
  submittedAt: Date;
  grantOre: number;
  /** The actual spending the financial statement shows against the grant. */
  spentOre: number;
  /** Computed by the system: the grant less what was spent, never negative. */
  unspentOre: number;
  /** The caseworker's comment at review, printed in the approval letter. */
  reviewComment: string | null;
}

/** Krav om tilbakebetaling: a decision, with reasons and the right to appeal. */
export interface LetterClaim {
  amountOre: number;
  /** YYYY-MM-DD */
  dueDate: string;
  /** The caseworker's reasons for the claim: the main considerations. */
  reason: string;
  appealDeadline: Date;
  /** Sfk's account the amount is paid to (11 digits). */
  paymentAccount: string;
  /** The date of the grant decision whose conditions the claim rests on. */
  grantDecidedAt?: Date | null;
  /** A claim because a new decision (after an appeal) lowered the grant below what was paid; else from the report. */
  changedDecision?: { paidOre: number; grantOre: number; decidedAt: Date } | null;
  /** The claim revised on appeal: what it was before, and the reasons for the new decision. */
  revision?: {
    previousAmountOre: number;
    repaidOre: number;
    reasons: { rulesApplied: string; factsReliedOn: string; mainConsiderations: string };
  } | null;
}

/** An appeal (klage): the forwarding letter and the refusal to consider a late appeal. */
export interface LetterAppeal {
  lodgedAt: Date;
  /** The date of the decision appealed against. */
  appealedDecisionDate: Date;
  /** When that decision reached the organisation, and the appeal deadline it set. */
  notifiedAt: Date | null;
  deadline: Date | null;
  /** Forwarding: Sfk's statement to the appeal body. */
  statement: string | null;
  /** Not considered: the caseworker's reasons (the main considerations). */
  lateReason: string | null;
  /** Not considered: the deadline for appealing that decision. */
  appealDeadline: Date | null;
}

/** A change request after acceptance, approved or rejected. */
export interface LetterChange {
  requestedAt: Date;
  kind: 'period' | 'budget' | 'content';
  reason: string;
  periodEnd: string | null;
  budgetLines: { description: string; amountOre: number }[] | null;
  content: string | null;
  comment: string | null;
  /** Rejection: the reasons (forvaltningsloven §§ 24–25). */
  reasons: { rulesApplied: string; factsReliedOn: string; mainConsiderations: string } | null;
  /** Rejection: the deadline for appealing it. */
  appealDeadline: Date | null;
}

export interface LetterInput {
  type: LetterType;
  language: LetterLanguage;
  /** The date printed on the letter (Europe/Oslo); also the PDF's creation date. */
  letterDate: Date;
  /** E.g. "MHP-2027-0042": printed as "Vår referanse" in the letter and in the header of every page. */
  caseReference: string;
  /** The caseworker handling the case; null when none is assigned yet (a receipt). */
  caseworkerName: string | null;
  /** Where to ask the caseworker (their e-mail); the agency's address is printed when null. */
  caseworkerEmail?: string | null;
  /** The decision-maker (the approver) when someone other than the caseworker made the decision. */
  decisionMakerName?: string | null;
  recipient: LetterRecipient;
  scheme: LetterScheme;
  round: LetterRound;
  application: LetterApplication;
  /** Interim reply (and optionally receipt): when a decision can be expected. */
  expectedDecisionBy?: Date | null;
  /** Decisions on an application only. */
  decision?: LetterDecision;
  /** Report approval and repayment claim letters. */
  report?: LetterReport;
  /** Repayment claim letters only. */
  claim?: LetterClaim;
  /** Appeal letters only. */
  appeal?: LetterAppeal;
  /** Change request letters only. */
  change?: LetterChange;
  /** The message that the budget reservation of a grant is lifted. */
  reservationLifted?: LetterReservationLifted;
}

/** A grant made under the Storting's budget reservation, which has now been lifted. */
export interface LetterReservationLifted {
  decidedAt: Date;
  amountOre: number;
}
