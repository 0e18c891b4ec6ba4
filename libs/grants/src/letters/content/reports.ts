import { formatBankAccount } from '../../kernel/identifiers';
import { formatAmount, formatDate, formatIsoDate, isIsoDate, isValidDate } from '../format';
import type { LetterInput } from '../letter-model';
import type { LetterTexts } from '../letter-texts';
import {
  appealSections,
  contactSection,
  filled,
  intro,
  keptSection,
  paragraph,
  paragraphs,
  section,
  type LetterBlock,
  type LetterFacts,
  type LetterParagraph,
  type LetterSection,
} from './blocks';

/** The letters on a recipient report and a repayment claim. */

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

/** Report approval: not a decision, but the organisation's record that its reporting is done. */
export function reportApprovalSections(
  input: LetterInput,
  t: LetterTexts,
  schemeName: string,
): LetterSection[] {
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
    contactSection(input, t),
  ];
}

/** Krav om tilbakebetaling: an individual decision with its reasons, the payment and the right to appeal. */
export function repaymentClaimSections(
  input: LetterInput,
  t: LetterTexts,
  schemeName: string,
): LetterSection[] {
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
    contactSection(input, t),
  ].filter(keptSection(t));
}

/** How to pay a claim: the due date and Sfk's account with the case reference. */
export function claimPaymentBlocks(
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
