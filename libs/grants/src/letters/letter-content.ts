import {
  formatAmount,
  formatDate,
  formatDateTime,
  formatIsoDate,
  formatOrgNumber,
  isIsoDate,
  isValidDate,
  joinList,
} from './format';
import { formatBankAccount } from '../kernel/identifiers';
import { isGrantLetter, type LetterInput, type LetterLanguage, type LetterType } from './letter-model';
import { LETTER_TEXTS, type DecisionLetterType, type LetterTexts } from './letter-texts';

/**
 * The letter as language-resolved text, independent of pdfmake: the PDF is drawn from it, and the completeness
 * check (letter-parts.ts) reads it. Every block that carries a part of a decision letter (DOMAIN.md §4) is tagged
 * with that part, so the check sees what the template really prints, not what it is supposed to print.
 */

/** The parts of a decision letter, in the order they are reported. */
export const LETTER_PARTS = [
  'outcome',
  'amount',
  'budgetReservation',
  'grantPeriod',
  'purpose',
  'reasons.rulesApplied',
  'reasons.factsReliedOn',
  'reasons.mainConsiderations',
  'reasons.summary',
  'reasonsOnRequest',
  'conditions',
  'acceptanceDeadline',
  'paymentPlan',
  'reporting',
  'reporting.auditorStatement',
  'repayment',
  'repaymentDueDate',
  'repaymentPayment',
  'controlRights',
  'appealDeadline',
  'appealBody',
  'appealProcedure',
  'accessToDocuments',
] as const;

export type LetterPart = (typeof LETTER_PARTS)[number];

export interface LetterParagraph {
  kind: 'paragraph';
  text: string;
  parts?: LetterPart[];
}

export interface LetterList {
  kind: 'list';
  items: string[];
  parts?: LetterPart[];
}

/** Label–value rows (receipt details). */
export interface LetterFacts {
  kind: 'facts';
  rows: Array<[label: string, value: string]>;
}

export type LetterBlock = LetterParagraph | LetterList | LetterFacts;

export interface LetterSection {
  /** null: the blocks follow the previous section without a heading. */
  heading: string | null;
  /** 1: section heading; 2: sub-heading (the three parts of the reasons). */
  level: 1 | 2;
  blocks: LetterBlock[];
}

export interface LetterContent {
  type: LetterType;
  language: LetterLanguage;
  texts: LetterTexts;
  title: string;
  schemeName: string;
  sections: LetterSection[];
}

const paragraph = (text: string, ...parts: LetterPart[]): LetterParagraph =>
  parts.length ? { kind: 'paragraph', text, parts } : { kind: 'paragraph', text };

const filled = (value: string | null | undefined): value is string =>
  typeof value === 'string' && value.trim() !== '';

/** Free text from a caseworker: blank lines separate paragraphs. */
function paragraphs(text: string, ...parts: LetterPart[]): LetterParagraph[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => paragraph(p, ...parts));
}

function section(
  heading: string | null,
  blocks: Array<LetterBlock | null | undefined | false>,
  level: 1 | 2 = 1,
) {
  return { heading, level, blocks: blocks.filter((b): b is LetterBlock => Boolean(b)) };
}

export function schemeNameFor(input: LetterInput): string {
  const { scheme } = input;
  return input.language === 'nn' && filled(scheme.nameNn) ? scheme.nameNn.trim() : scheme.name;
}

/** The sentence naming the scheme's legal basis, or null when the scheme has none configured. */
function legalBasisSentence(input: LetterInput, t: LetterTexts): string | null {
  const { legalBasisTitle, legalBasisSections } = input.scheme;
  const sections = joinList(legalBasisSections ?? []);
  return filled(legalBasisTitle) && sections ? t.legalBasis(legalBasisTitle.trim(), sections) : null;
}

export function buildLetterContent(input: LetterInput): LetterContent {
  const t = LETTER_TEXTS[input.language];
  const schemeName = schemeNameFor(input);
  const base = {
    type: input.type,
    language: input.language,
    texts: t,
    title: t.titles[input.type],
    schemeName,
  };
  switch (input.type) {
    case 'receipt':
      return { ...base, sections: receiptSections(input, t, schemeName) };
    case 'interim_reply':
      return { ...base, sections: interimSections(input, t, schemeName) };
    case 'grant':
    case 'partial_grant':
    case 'rejection':
    case 'dismissal':
      return { ...base, sections: decisionSections(input, input.type, t, schemeName) };
    case 'report_approval':
      return { ...base, sections: reportApprovalSections(input, t, schemeName) };
    case 'repayment_claim':
      return { ...base, sections: repaymentClaimSections(input, t, schemeName) };
    case 'appeal_forwarded':
      return { ...base, sections: appealForwardedSections(input, t) };
    case 'appeal_not_considered':
      return { ...base, sections: appealNotConsideredSections(input, t) };
    case 'change_approved':
    case 'change_rejected':
      return { ...base, sections: changeSections(input, input.type, t) };
    case 'claim_revised':
      return { ...base, sections: claimRevisedSections(input, t) };
    case 'budget_reservation_lifted':
      return { ...base, sections: reservationLiftedSections(input, t, schemeName) };
  }
}

/** Not a decision: the organisation is told that the reservation its grant letter carried no longer applies. */
function reservationLiftedSections(input: LetterInput, t: LetterTexts, schemeName: string): LetterSection[] {
  const lifted = input.reservationLifted;
  const r = t.reservationLifted;
  return [
    section(null, [
      lifted &&
        isValidDate(lifted.decidedAt) &&
        paragraph(
          r.intro({
            decided: formatDate(lifted.decidedAt),
            title: input.application.title,
            scheme: schemeName,
            year: input.round.year,
          }),
        ),
    ]),
    section(t.headings.reservationLifted, [
      lifted && paragraph(r.lifted({ year: input.round.year, amount: formatAmount(lifted.amountOre) })),
      paragraph(r.payment),
    ]),
    section(null, [paragraph(t.contact(input.caseReference))]),
  ].filter((s) => s.blocks.length > 0);
}

function intro(input: LetterInput, t: LetterTexts, schemeName: string): LetterParagraph {
  return paragraph(
    t.intro({
      submitted: formatDate(input.application.submittedAt),
      title: input.application.title,
      scheme: schemeName,
      year: input.round.year,
    }),
  );
}

function receiptSections(input: LetterInput, t: LetterTexts, schemeName: string): LetterSection[] {
  const { application, recipient } = input;
  const r = t.receipt;
  const expected = isValidDate(input.expectedDecisionBy) ? input.expectedDecisionBy : null;
  return [
    section(null, [
      paragraph(r.intro({ scheme: schemeName, year: input.round.year })),
      {
        kind: 'facts',
        rows: [
          [r.application, application.title],
          [r.applicant, recipient.name],
          [r.received, formatDateTime(application.submittedAt)],
          [r.caseNumber, input.caseReference],
          [r.requestedAmount, formatAmount(application.requestedAmountOre)],
        ],
      },
    ]),
    section(t.headings.furtherProcessing, [
      paragraph(r.processing(input.round.year)),
      paragraph(r.writtenDecision),
      expected && paragraph(r.expectedDecision(formatDate(expected))),
      paragraph(r.moreInformation),
    ]),
    section(null, [paragraph(t.contact(input.caseReference))]),
  ];
}

function interimSections(input: LetterInput, t: LetterTexts, schemeName: string): LetterSection[] {
  const expected = isValidDate(input.expectedDecisionBy) ? input.expectedDecisionBy : null;
  return [
    section(null, [intro(input, t, schemeName)]),
    section(t.headings.whyItTakesTime, [
      paragraph(t.interim.notDecided(input.round.year)),
      input.round.budgetReservation && paragraph(t.interim.budgetPending(input.round.year)),
    ]),
    section(t.headings.whenToExpectAnswer, [
      paragraph(expected ? t.interim.expectedAnswer(formatDate(expected)) : t.interim.noExpectedAnswer),
      paragraph(t.interim.legalBasis),
    ]),
    section(null, [paragraph(t.contact(input.caseReference))]),
  ];
}

function decisionSections(
  input: LetterInput,
  type: DecisionLetterType,
  t: LetterTexts,
  schemeName: string,
): LetterSection[] {
  const d = input.decision;
  const grant = isGrantLetter(type);
  const replaces = d?.replacesDecisionOf;
  const sections: LetterSection[] = [
    section(null, [
      intro(input, t, schemeName),
      isValidDate(replaces) && paragraph(t.appeal.afterAppeal(formatDate(replaces))),
    ]),
  ];

  // Outcome and amount, and the budget reservation.
  const amountOk = Boolean(d && Number.isSafeInteger(d.amountOre) && d.amountOre > 0);
  const outcomeParts: LetterPart[] = grant && amountOk ? ['outcome', 'amount'] : ['outcome'];
  sections.push(
    section(t.headings.decision, [
      d &&
        paragraph(
          t.outcome[type]({
            amount: amountOk ? formatAmount(d.amountOre) : '',
            requested: formatAmount(input.application.requestedAmountOre),
            year: input.round.year,
          }),
          ...outcomeParts,
        ),
      grant &&
        input.round.budgetReservation &&
        paragraph(t.budgetReservation(input.round.year), 'budgetReservation'),
    ]),
  );

  // Grant period and purpose.
  if (grant) {
    const period = d?.grantPeriod;
    const periodOk = Boolean(
      period && isIsoDate(period.start) && isIsoDate(period.end) && period.start <= period.end,
    );
    sections.push(
      section(t.headings.periodAndPurpose, [
        periodOk &&
          period &&
          paragraph(t.grantPeriod(formatIsoDate(period.start), formatIsoDate(period.end)), 'grantPeriod'),
        filled(d?.purpose) && paragraph(t.purpose(d.purpose.trim()), 'purpose'),
        filled(d?.purpose) && paragraph(t.otherUseNotAllowed, 'purpose'),
      ]),
    );
  }

  // Reasons (forvaltningsloven §§ 24–25).
  const reasons = d?.reasons ?? null;
  const rules = filled(reasons?.rulesApplied)
    ? paragraphs(reasons.rulesApplied, 'reasons.rulesApplied')
    : type === 'grant'
      ? [legalBasisSentence(input, t)].filter(filled).map((s) => paragraph(s, 'reasons.rulesApplied'))
      : [];
  const facts = filled(reasons?.factsReliedOn)
    ? paragraphs(reasons.factsReliedOn, 'reasons.factsReliedOn')
    : [];
  const considerations = filled(reasons?.mainConsiderations)
    ? paragraphs(
        reasons.mainConsiderations,
        ...(type === 'grant'
          ? (['reasons.mainConsiderations', 'reasons.summary'] as const)
          : (['reasons.mainConsiderations'] as const)),
      )
    : [];
  sections.push(section(t.headings.reasons, []));
  if (rules.length) sections.push(section(t.headings.rulesApplied, rules, 2));
  if (facts.length) sections.push(section(t.headings.factsReliedOn, facts, 2));
  if (considerations.length) sections.push(section(t.headings.mainConsiderations, considerations, 2));
  if (type === 'grant') {
    const complete = rules.length > 0 && facts.length > 0 && considerations.length > 0;
    sections.push(
      section(null, [
        !considerations.length && paragraph(t.grantSummary, 'reasons.summary'),
        !complete && paragraph(t.shortReasonsNote),
        paragraph(t.reasonsOnRequest, 'reasonsOnRequest'),
      ]),
    );
  }

  // Conditions, acceptance, payment, reporting, repayment, control.
  if (grant) {
    const conditions = (d?.conditions ?? []).map((c) => c.trim()).filter(Boolean);
    const acceptance = isValidDate(d?.acceptanceDeadline) ? d.acceptanceDeadline : null;
    const reportDeadline = isValidDate(input.round.reportDeadline) ? input.round.reportDeadline : null;
    const threshold = input.scheme.auditorThresholdOre;
    const auditor =
      d && Number.isSafeInteger(threshold) && (amountOk || d.auditorStatementRequired)
        ? t.auditor({
            threshold: formatAmount(threshold),
            atOrAboveThreshold: amountOk && d.amountOre >= threshold,
            required: d.auditorStatementRequired,
          })
        : null;
    sections.push(
      section(t.headings.conditions, [
        conditions.length > 0 && paragraph(t.conditionsIntro, 'conditions'),
        conditions.length > 0 && { kind: 'list', items: conditions, parts: ['conditions'] },
      ]),
      section(t.headings.acceptance, [
        acceptance && paragraph(t.acceptance(formatDate(acceptance)), 'acceptanceDeadline'),
      ]),
      section(t.headings.payment, [
        ...(filled(d?.paymentPlan) ? paragraphs(d.paymentPlan, 'paymentPlan') : []),
        paragraph(t.paymentAccount),
      ]),
      section(t.headings.reporting, [
        reportDeadline && paragraph(t.reportDeadline(formatDate(reportDeadline)), 'reporting'),
        paragraph(t.reportContent),
        filled(auditor) && paragraph(auditor, 'reporting.auditorStatement'),
        paragraph(t.reportNoPersonalData),
      ]),
      section(t.headings.repayment, [paragraph(t.repayment, 'repayment')]),
      section(t.headings.control, [paragraph(t.control, 'controlRights')]),
    );
  }

  // Appeal and access to documents.
  sections.push(
    ...appealSections(input, t, d?.appealDeadline),
    section(null, [paragraph(t.contact(input.caseReference))]),
  );

  // A heading with nothing under it is dropped; the reasons heading stays (its text follows in sub-sections).
  return sections.filter((s) => s.blocks.length > 0 || s.heading === t.headings.reasons);
}

function reportIntro(input: LetterInput, t: LetterTexts, schemeName: string): LetterParagraph | null {
  const submitted = input.report?.submittedAt;
  return isValidDate(submitted)
    ? paragraph(
        t.report.intro({
          submitted: formatDate(submitted),
          title: input.application.title,
          scheme: schemeName,
          year: input.round.year,
        }),
      )
    : null;
}

/** The report's figures: grant, spent, unspent. */
function reportFigures(input: LetterInput, t: LetterTexts): LetterFacts | null {
  const r = input.report;
  return r
    ? {
        kind: 'facts',
        rows: [
          [t.report.grant, formatAmount(r.grantOre)],
          [t.report.spent, formatAmount(r.spentOre)],
          [t.report.unspent, formatAmount(r.unspentOre)],
        ],
      }
    : null;
}

/** Appeal and access to documents: the same in every decision letter. */
function appealSections(input: LetterInput, t: LetterTexts, appealDeadline: Date | null | undefined) {
  return [
    section(t.headings.appeal, [
      isValidDate(appealDeadline) && paragraph(t.appealRight(formatDate(appealDeadline)), 'appealDeadline'),
      filled(input.scheme.appealBody) &&
        paragraph(t.appealBody(input.scheme.appealBody.trim()), 'appealBody'),
      paragraph(t.appealProcedure(input.caseReference), 'appealProcedure'),
    ]),
    section(t.headings.access, [paragraph(t.accessToDocuments, 'accessToDocuments')]),
  ];
}

/** Report approval: not a decision, but the organisation's record that its reporting is done. */
function reportApprovalSections(input: LetterInput, t: LetterTexts, schemeName: string): LetterSection[] {
  const comment = input.report?.reviewComment;
  return [
    section(null, [reportIntro(input, t, schemeName)]),
    section(t.headings.reportApproved, [
      paragraph(t.report.approved),
      reportFigures(input, t),
      filled(comment) && paragraph(t.report.reviewComment),
      ...(filled(comment) ? paragraphs(comment) : []),
      paragraph(t.report.closed),
    ]),
    section(t.headings.control, [paragraph(t.report.keepDocumentation)]),
    section(null, [paragraph(t.contact(input.caseReference))]),
  ];
}

/** Krav om tilbakebetaling: an individual decision with its reasons, the payment and the right to appeal. */
function repaymentClaimSections(input: LetterInput, t: LetterTexts, schemeName: string): LetterSection[] {
  const { claim, report } = input;
  const amountOk = Boolean(claim && Number.isSafeInteger(claim.amountOre) && claim.amountOre > 0);
  const granted = isValidDate(claim?.grantDecidedAt) ? formatDate(claim.grantDecidedAt) : null;
  const changed = claim?.changedDecision ?? null;
  return [
    section(null, [changed ? intro(input, t, schemeName) : reportIntro(input, t, schemeName)]),
    section(t.headings.decision, [
      amountOk && claim && paragraph(t.claim.outcome(formatAmount(claim.amountOre)), 'outcome', 'amount'),
    ]),
    section(t.headings.reasons, []),
    section(
      t.headings.rulesApplied,
      // The claim rests on the conditions the organisation accepted, not on the scheme's purpose and eligibility
      // sections, so the scheme's legal basis is not cited here.
      [paragraph(changed ? t.claim.changedDecisionRules : t.claim.rules(granted), 'reasons.rulesApplied')],
      2,
    ),
    section(
      t.headings.factsReliedOn,
      [
        changed &&
          isValidDate(changed.decidedAt) &&
          paragraph(
            t.claim.changedDecisionFacts({
              paid: formatAmount(changed.paidOre),
              decided: formatDate(changed.decidedAt),
              grant: formatAmount(changed.grantOre),
              overpaid: formatAmount(changed.paidOre - changed.grantOre),
            }),
            'reasons.factsReliedOn',
          ),
        !changed &&
          report &&
          isValidDate(report.submittedAt) &&
          paragraph(
            t.claim.facts({
              grant: formatAmount(report.grantOre),
              submitted: formatDate(report.submittedAt),
              spent: formatAmount(report.spentOre),
              unspent: formatAmount(report.unspentOre),
            }),
            'reasons.factsReliedOn',
          ),
      ],
      2,
    ),
    section(
      t.headings.mainConsiderations,
      filled(claim?.reason) ? paragraphs(claim.reason, 'reasons.mainConsiderations') : [],
      2,
    ),
    section(t.headings.claimPayment, claimPaymentBlocks(input, t)),
    ...appealSections(input, t, claim?.appealDeadline),
    section(null, [paragraph(t.claim.appealNoSuspension)]),
    section(null, [paragraph(t.contact(input.caseReference))]),
  ].filter((s) => s.blocks.length > 0 || s.heading === t.headings.reasons);
}

function appealIntro(input: LetterInput, t: LetterTexts): LetterParagraph | null {
  const a = input.appeal;
  return a && isValidDate(a.lodgedAt) && isValidDate(a.appealedDecisionDate)
    ? paragraph(
        t.appeal.intro({
          lodged: formatDate(a.lodgedAt),
          decided: formatDate(a.appealedDecisionDate),
          title: input.application.title,
        }),
      )
    : null;
}

/** Sfk upholds its decision and forwards the appeal (forvaltningsloven § 33): not a decision itself. */
function appealForwardedSections(input: LetterInput, t: LetterTexts): LetterSection[] {
  const body = input.scheme.appealBody.trim();
  const statement = input.appeal?.statement;
  return [
    section(null, [appealIntro(input, t)]),
    section(t.headings.appealAssessment, [
      paragraph(t.appeal.upheldAndForwarded(body)),
      filled(statement) && paragraph(t.appeal.statementIntro),
      ...(filled(statement) ? paragraphs(statement) : []),
    ]),
    section(t.headings.comments, [paragraph(t.appeal.comments), paragraph(t.appeal.answerFromBody(body))]),
    section(t.headings.access, [paragraph(t.accessToDocuments)]),
    section(null, [paragraph(t.contact(input.caseReference))]),
  ];
}

/** A late appeal not considered (forvaltningsloven § 31): an individual decision, itself open to appeal. */
function appealNotConsideredSections(input: LetterInput, t: LetterTexts): LetterSection[] {
  const a = input.appeal;
  const factsOk = Boolean(a && isValidDate(a.lodgedAt) && isValidDate(a.deadline));
  return [
    section(null, [appealIntro(input, t)]),
    section(t.headings.decision, [a && paragraph(t.appeal.notConsidered, 'outcome')]),
    section(t.headings.reasons, []),
    section(t.headings.rulesApplied, [paragraph(t.appeal.notConsideredRules, 'reasons.rulesApplied')], 2),
    section(
      t.headings.factsReliedOn,
      [
        factsOk &&
          a &&
          paragraph(
            t.appeal.notConsideredFacts({
              notified: isValidDate(a.notifiedAt) ? formatDateTime(a.notifiedAt) : null,
              deadline: formatDateTime(a.deadline!),
              lodged: formatDateTime(a.lodgedAt),
            }),
            'reasons.factsReliedOn',
          ),
      ],
      2,
    ),
    section(
      t.headings.mainConsiderations,
      filled(a?.lateReason) ? paragraphs(a.lateReason, 'reasons.mainConsiderations') : [],
      2,
    ),
    ...appealSections(input, t, a?.appealDeadline),
    section(null, [paragraph(t.contact(input.caseReference))]),
  ].filter((s) => s.blocks.length > 0 || s.heading === t.headings.reasons);
}

/** The three parts of the reasons (forvaltningsloven § 25) under their headings, as the caseworker wrote them. */
function reasonSections(
  t: LetterTexts,
  reasons: { rulesApplied: string; factsReliedOn: string; mainConsiderations: string } | null,
): LetterSection[] {
  return [
    section(t.headings.reasons, []),
    section(
      t.headings.rulesApplied,
      filled(reasons?.rulesApplied) ? paragraphs(reasons.rulesApplied, 'reasons.rulesApplied') : [],
      2,
    ),
    section(
      t.headings.factsReliedOn,
      filled(reasons?.factsReliedOn) ? paragraphs(reasons.factsReliedOn, 'reasons.factsReliedOn') : [],
      2,
    ),
    section(
      t.headings.mainConsiderations,
      filled(reasons?.mainConsiderations)
        ? paragraphs(reasons.mainConsiderations, 'reasons.mainConsiderations')
        : [],
      2,
    ),
  ];
}

/** How to pay a claim: the due date and Sfk's account with the case reference. */
function claimPaymentBlocks(
  input: LetterInput,
  t: LetterTexts,
): Array<LetterBlock | false | null | undefined> {
  const claim = input.claim;
  return [
    claim &&
      isIsoDate(claim.dueDate) &&
      paragraph(t.claim.dueDate(formatIsoDate(claim.dueDate)), 'repaymentDueDate'),
    claim &&
      /^\d{11}$/.test(claim.paymentAccount) &&
      paragraph(
        t.claim.payment({
          account: formatBankAccount(claim.paymentAccount),
          caseReference: input.caseReference,
        }),
        'repaymentPayment',
      ),
    paragraph(t.claim.lateInterest),
  ];
}

/** A repayment claim revised on appeal (forvaltningsloven § 33): dropped or lowered, with reasons and appeal. */
function claimRevisedSections(input: LetterInput, t: LetterTexts): LetterSection[] {
  const claim = input.claim;
  const revision = claim?.revision ?? null;
  const reasons = revision?.reasons ?? null;
  const outcome =
    claim && revision
      ? claim.amountOre === 0
        ? t.claim.revisedDropped(formatAmount(revision.previousAmountOre))
        : t.claim.revisedLowered({
            previous: formatAmount(revision.previousAmountOre),
            amount: formatAmount(claim.amountOre),
          })
      : null;
  const stillOwed = claim && revision ? claim.amountOre - revision.repaidOre : 0;
  return [
    section(null, [appealIntro(input, t)]),
    section(t.headings.decision, [
      filled(outcome) && paragraph(outcome, 'outcome', 'amount'),
      revision &&
        revision.repaidOre > 0 &&
        paragraph(t.claim.revisedRepaid(formatAmount(revision.repaidOre))),
    ]),
    ...reasonSections(t, reasons),
    section(t.headings.claimPayment, stillOwed > 0 ? claimPaymentBlocks(input, t) : []),
    ...appealSections(input, t, claim?.appealDeadline),
    section(null, [paragraph(t.contact(input.caseReference))]),
  ].filter((s) => s.blocks.length > 0 || s.heading === t.headings.reasons);
}

/** What the organisation asked to change (approved: what now applies). */
function changeBlocks(input: LetterInput, t: LetterTexts): Array<LetterBlock | false | null> {
  const c = input.change;
  if (!c) return [];
  if (c.kind === 'period')
    return [isIsoDate(c.periodEnd) && paragraph(t.change.periodEnd(formatIsoDate(c.periodEnd!)))];
  if (c.kind === 'budget') {
    return [
      paragraph(t.change.budget),
      {
        kind: 'facts',
        rows: (c.budgetLines ?? []).map((line): [string, string] => [
          line.description,
          formatAmount(line.amountOre),
        ]),
      },
    ];
  }
  return [paragraph(t.change.content), ...(filled(c.content) ? paragraphs(c.content) : [])];
}

/** Approval (not a decision letter: the favourable answer) or rejection (a decision, with reasons and appeal). */
function changeSections(
  input: LetterInput,
  type: 'change_approved' | 'change_rejected',
  t: LetterTexts,
): LetterSection[] {
  const c = input.change;
  const intro =
    c && isValidDate(c.requestedAt)
      ? paragraph(t.change.intro({ requested: formatDate(c.requestedAt), title: input.application.title }))
      : null;
  if (type === 'change_approved') {
    return [
      section(null, [intro]),
      section(t.headings.decision, [paragraph(t.change.approved)]),
      section(t.headings.change, [
        ...changeBlocks(input, t),
        filled(c?.comment) && paragraph(t.change.comment),
        ...(filled(c?.comment) ? paragraphs(c.comment) : []),
      ]),
      section(t.headings.reporting, [
        paragraph(t.change.reportAgainstPlan),
        paragraph(t.change.otherConditionsStand),
      ]),
      section(null, [paragraph(t.contact(input.caseReference))]),
    ];
  }
  const reasons = c?.reasons ?? null;
  return [
    section(null, [intro]),
    section(t.headings.decision, [c && paragraph(t.change.rejected, 'outcome')]),
    section(t.headings.change, changeBlocks(input, t)),
    ...reasonSections(t, reasons),
    ...appealSections(input, t, c?.appealDeadline),
    section(null, [paragraph(t.contact(input.caseReference))]),
  ].filter((s) => s.blocks.length > 0 || s.heading === t.headings.reasons);
}

/** The parts a built letter carries (tagged blocks with text). */
export function partsPresent(content: LetterContent): Set<LetterPart> {
  const present = new Set<LetterPart>();
  for (const s of content.sections) {
    for (const block of s.blocks) {
      if (block.kind === 'facts' || !block.parts) continue;
      const hasText = block.kind === 'paragraph' ? filled(block.text) : block.items.some(filled);
      if (hasText) block.parts.forEach((p) => present.add(p));
    }
  }
  return present;
}

/** The recipient's address lines, as printed in the address block. */
export function recipientLines(input: LetterInput, t: LetterTexts): string[] {
  const r = input.recipient;
  return [
    r.name,
    `${t.labels.organisationNumber} ${formatOrgNumber(r.organisationNumber)}`,
    r.streetAddress,
    `${r.postalCode} ${r.postalTown}`,
  ].filter(filled);
}
