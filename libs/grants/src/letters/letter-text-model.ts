import type { LetterType } from './letter-model';

/**
 * Every user-facing text of the letters, in bokmål and nynorsk. The interface makes both languages say the same
 * things: a text added to one and not the other does not compile. Parameters arrive formatted (amounts, dates).
 * The texts themselves are in letter-texts.nb.ts and letter-texts.nn.ts; letter-texts.ts puts them together.
 */

/** The agency's name in bokmål; a nynorsk letter or e-mail names it in nynorsk (SFK_NAME_NN). */
export const SFK_NAME = 'Sekretariatet for konfliktrådene';
export const SFK_NAME_NN = 'Sekretariatet for konfliktråda';
export const SFK_POSTAL_ADDRESS = 'Postboks 8005 Dep, 0030 Oslo';
export const SFK_EMAIL = 'postmottak@konfliktraadet.no';

export type DecisionLetterType = 'grant' | 'partial_grant' | 'rejection' | 'dismissal';

export interface AuditorTextParams {
  /** The scheme's threshold, formatted. */
  threshold: string;
  /** The grant is at or above the threshold. */
  atOrAboveThreshold: boolean;
  /** The decision requires an auditor statement. */
  required: boolean;
}

export interface LetterTexts {
  /** BCP 47 tag for the PDF's language entry. */
  locale: string;
  /** The agency's name in this written standard. */
  agency: string;
  titles: Record<LetterType, string>;
  labels: {
    date: string;
    ourReference: string;
    caseworker: string;
    organisationNumber: string;
    email: string;
    decisionMaker: string;
    page: (current: number, count: number) => string;
  };
  headings: {
    decision: string;
    periodAndPurpose: string;
    reasons: string;
    rulesApplied: string;
    factsReliedOn: string;
    mainConsiderations: string;
    conditions: string;
    acceptance: string;
    payment: string;
    reporting: string;
    repayment: string;
    control: string;
    appeal: string;
    access: string;
    furtherProcessing: string;
    whyItTakesTime: string;
    whenToExpectAnswer: string;
    reportApproved: string;
    claimPayment: string;
    appealAssessment: string;
    comments: string;
    change: string;
    reservationLifted: string;
    declaration: string;
  };
  /** "Vi viser til søknaden deres av …" */
  intro: (p: { submitted: string; title: string; scheme: string; year: number }) => string;
  outcome: Record<DecisionLetterType, (p: { amount: string; requested: string; year: number }) => string>;
  budgetReservation: (year: number) => string;
  grantPeriod: (start: string, end: string) => string;
  purpose: (purpose: string) => string;
  otherUseNotAllowed: string;
  legalBasis: (title: string, sections: string) => string;
  grantSummary: string;
  shortReasonsNote: string;
  reasonsOnRequest: string;
  conditionsIntro: string;
  acceptance: (deadline: string) => string;
  paymentAccount: string;
  reportDeadline: (deadline: string) => string;
  reportContent: string;
  reportNoPersonalData: string;
  /** The auditor statement sentence, or null when there is nothing to say (never happens in practice). */
  auditor: (p: AuditorTextParams) => string | null;
  repayment: string;
  control: string;
  appealRight: (deadline: string) => string;
  appealBody: (body: string) => string;
  appealProcedure: (caseReference: string) => string;
  accessToDocuments: string;
  contact: (caseReference: string) => string;
  report: {
    /** "Vi viser til rapporten deres av … om bruken av tilskuddet til …" */
    intro: (p: { submitted: string; title: string; scheme: string; year: number }) => string;
    grant: string;
    spent: string;
    unspent: string;
    approved: string;
    reviewComment: string;
    closed: string;
    keepDocumentation: string;
  };
  appeal: {
    intro: (p: { lodged: string; decided: string; title: string }) => string;
    afterAppeal: (decided: string) => string;
    upheldAndForwarded: (body: string) => string;
    statementIntro: string;
    comments: string;
    answerFromBody: (body: string) => string;
    notConsidered: string;
    notConsideredRules: string;
    notConsideredFacts: (p: { notified: string | null; deadline: string; lodged: string }) => string;
  };
  change: {
    intro: (p: { requested: string; title: string }) => string;
    approved: string;
    rejected: string;
    periodEnd: (end: string) => string;
    budget: string;
    content: string;
    comment: string;
    reportAgainstPlan: string;
    otherConditionsStand: string;
  };
  /** The message that the Storting's budget decision has lifted the reservation a grant was made under. */
  reservationLifted: {
    intro: (p: { decided: string; title: string; scheme: string; year: number }) => string;
    lifted: (p: { year: number; amount: string }) => string;
    payment: string;
  };
  claim: {
    outcome: (amount: string) => string;
    /** The legal basis of the claim: the conditions of the grant decision (of that date, when known). */
    rules: (granted: string | null) => string;
    facts: (p: { grant: string; submitted: string; spent: string; unspent: string }) => string;
    changedDecisionRules: string;
    revisedDropped: (previous: string) => string;
    revisedLowered: (p: { previous: string; amount: string }) => string;
    revisedRepaid: (repaid: string) => string;
    changedDecisionFacts: (p: { paid: string; decided: string; grant: string; overpaid: string }) => string;
    dueDate: (dueDate: string) => string;
    payment: (p: { account: string; caseReference: string }) => string;
    lateInterest: string;
    appealNoSuspension: string;
  };
  receipt: {
    intro: (p: { scheme: string; year: number }) => string;
    application: string;
    applicant: string;
    received: string;
    caseNumber: string;
    requestedAmount: string;
    processing: (year: number) => string;
    writtenDecision: string;
    expectedDecision: (date: string) => string;
    moreInformation: string;
    /** Who declared and when (formatted), introducing the quoted wording. */
    declared: (p: { name: string; declared: string }) => string;
  };
  interim: {
    notDecided: (year: number) => string;
    budgetPending: (year: number) => string;
    expectedAnswer: (date: string) => string;
    noExpectedAnswer: string;
    legalBasis: string;
  };
  signature: {
    greeting: string;
    electronicallyApproved: string;
  };
  plain: {
    receipt: (title: string, scheme: string) => string;
    interim: (title: string) => string;
    decision: Record<DecisionLetterType, (title: string) => string>;
    reportApproval: (title: string) => string;
    repaymentClaim: (title: string) => string;
    appealForwarded: (title: string) => string;
    appealNotConsidered: (title: string) => string;
    changeApproved: (title: string) => string;
    changeRejected: (title: string) => string;
    claimRevised: (title: string) => string;
    reservationLifted: (title: string) => string;
    caseNumber: (caseReference: string) => string;
    attached: (letterTitle: string) => string;
    decisionGrantNote: string;
    decisionOtherNote: string;
    acceptBy: (deadline: string) => string;
    contact: string;
  };
}
