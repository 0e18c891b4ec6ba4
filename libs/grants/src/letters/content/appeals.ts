import {
  appealSections,
  contactSection,
  filled,
  keptSection,
  paragraph,
  paragraphs,
  reasonSections,
  section,
  type LetterParagraph,
  type LetterSection,
} from './blocks';
import { formatAmount, formatDate, formatDateTime, isValidDate } from '../format';
import type { LetterInput } from '../letter-model';
import type { LetterTexts } from '../letter-texts';
import { claimPaymentBlocks } from './reports';

/** The letters on an appeal: forwarded, not considered, and a repayment claim revised on appeal. */

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
export function appealForwardedSections(input: LetterInput, t: LetterTexts): LetterSection[] {
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
    contactSection(input, t),
  ];
}

/** A late appeal not considered (forvaltningsloven § 31): an individual decision, itself open to appeal. */
export function appealNotConsideredSections(input: LetterInput, t: LetterTexts): LetterSection[] {
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
    contactSection(input, t),
  ].filter(keptSection(t));
}

/** A repayment claim revised on appeal (forvaltningsloven § 33): dropped or lowered, with reasons and appeal. */
export function claimRevisedSections(input: LetterInput, t: LetterTexts): LetterSection[] {
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
    contactSection(input, t),
  ].filter(keptSection(t));
}
