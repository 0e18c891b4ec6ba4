import { formatAmount, formatDate, formatIsoDate, isIsoDate, isValidDate } from '../format';
import { isGrantLetter, type LetterDecision, type LetterInput } from '../letter-model';
import type { DecisionLetterType, LetterTexts } from '../letter-texts';
import {
  appealSections,
  contactSection,
  filled,
  intro,
  keptSection,
  legalBasisSentence,
  paragraph,
  paragraphs,
  section,
  type LetterPart,
  type LetterSection,
} from './blocks';

/** The decision letters: a grant, a partial grant, a rejection, a dismissal (docs/domain.md §4). */
export function decisionSections(
  input: LetterInput,
  type: DecisionLetterType,
  t: LetterTexts,
  schemeName: string,
): LetterSection[] {
  const d = input.decision;
  const grant = isGrantLetter(type);
  const replaces = d?.replacesDecisionOf;
  const amountOk = Boolean(d && Number.isSafeInteger(d.amountOre) && d.amountOre > 0);
  const sections: LetterSection[] = [
    section(null, [
      intro(input, t, schemeName),
      isValidDate(replaces) && paragraph(t.appeal.afterAppeal(formatDate(replaces))),
    ]),
    outcomeSection(input, type, t, amountOk),
  ];
  if (grant) sections.push(periodAndPurposeSection(d, t));
  sections.push(...decisionReasonSections(input, type, t));
  if (grant) sections.push(...grantTermSections(input, t, amountOk));

  // Appeal and access to documents.
  sections.push(...appealSections(input, t, d?.appealDeadline), contactSection(input, t));

  // A heading with nothing under it is dropped; the reasons heading stays (its text follows in sub-sections).
  return sections.filter(keptSection(t));
}

/** Outcome and amount, and the budget reservation. */
function outcomeSection(
  input: LetterInput,
  type: DecisionLetterType,
  t: LetterTexts,
  amountOk: boolean,
): LetterSection {
  const d = input.decision;
  const grant = isGrantLetter(type);
  const outcomeParts: LetterPart[] = grant && amountOk ? ['outcome', 'amount'] : ['outcome'];
  return section(t.headings.decision, [
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
  ]);
}

/** Grant period and purpose. */
function periodAndPurposeSection(d: LetterDecision | null | undefined, t: LetterTexts): LetterSection {
  const period = d?.grantPeriod;
  const periodOk = Boolean(
    period && isIsoDate(period.start) && isIsoDate(period.end) && period.start <= period.end,
  );
  return section(t.headings.periodAndPurpose, [
    periodOk &&
      period &&
      paragraph(t.grantPeriod(formatIsoDate(period.start), formatIsoDate(period.end)), 'grantPeriod'),
    filled(d?.purpose) && paragraph(t.purpose(d.purpose.trim()), 'purpose'),
    filled(d?.purpose) && paragraph(t.otherUseNotAllowed, 'purpose'),
  ]);
}

/** Reasons (forvaltningsloven §§ 24–25); a grant says it in short when the caseworker wrote less. */
function decisionReasonSections(
  input: LetterInput,
  type: DecisionLetterType,
  t: LetterTexts,
): LetterSection[] {
  const reasons = input.decision?.reasons ?? null;
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
  const sections = [section(t.headings.reasons, [])];
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
  return sections;
}

/** Conditions, acceptance, payment, reporting, repayment, control: the terms of a grant. */
function grantTermSections(input: LetterInput, t: LetterTexts, amountOk: boolean): LetterSection[] {
  const d = input.decision;
  const conditions = (d?.conditions ?? []).map((c) => c.trim()).filter(Boolean);
  const acceptance = isValidDate(d?.acceptanceDeadline) ? d.acceptanceDeadline : null;
  return [
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
    reportingSection(input, t, amountOk),
    section(t.headings.repayment, [paragraph(t.repayment, 'repayment')]),
    section(t.headings.control, [paragraph(t.control, 'controlRights')]),
  ];
}

/** The report owed, and the auditor's statement when the scheme's threshold or the decision asks for one. */
function reportingSection(input: LetterInput, t: LetterTexts, amountOk: boolean): LetterSection {
  const d = input.decision;
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
  return section(t.headings.reporting, [
    reportDeadline && paragraph(t.reportDeadline(formatDate(reportDeadline)), 'reporting'),
    paragraph(t.reportContent),
    filled(auditor) && paragraph(auditor, 'reporting.auditorStatement'),
    paragraph(t.reportNoPersonalData),
  ]);
}
