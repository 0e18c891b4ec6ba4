import type { DecisionReasons } from '../decisions/decision-reasons';

/** The letters the system writes. Decision letters are individual decisions (enkeltvedtak) under forvaltningsloven. */
export type LetterType = 'receipt' | 'interim_reply' | 'grant' | 'partial_grant' | 'rejection' | 'dismissal';

/** The organisation's preferred written standard: bokmål or nynorsk. */
export type LetterLanguage = 'nb' | 'nn';

/** Bumped whenever a template changes what a letter says; stored with every rendered letter. */
export const LETTER_TEMPLATE_VERSION = 1;

export const DECISION_LETTER_TYPES: LetterType[] = ['grant', 'partial_grant', 'rejection', 'dismissal'];

export function isDecisionLetter(type: LetterType): boolean {
  return DECISION_LETTER_TYPES.includes(type);
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
}

export interface LetterInput {
  type: LetterType;
  language: LetterLanguage;
  /** The date printed on the letter (Europe/Oslo); also the PDF's creation date. */
  letterDate: Date;
  /** E.g. "MHP-2027-0042": printed as "Vår referanse" in the letter and in the header of every page. */
  caseReference: string;
  caseworkerName: string;
  recipient: LetterRecipient;
  scheme: LetterScheme;
  round: LetterRound;
  application: LetterApplication;
  /** Interim reply (and optionally receipt): when a decision can be expected. */
  expectedDecisionBy?: Date | null;
  /** Decision letters only. */
  decision?: LetterDecision;
}
