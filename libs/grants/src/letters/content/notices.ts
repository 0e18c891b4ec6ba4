import { formatAmount, formatDate, formatDateTime, isValidDate } from '../format';
import type { LetterInput } from '../letter-model';
import type { LetterTexts } from '../letter-texts';
import { contactSection, filled, intro, paragraph, section, type LetterSection } from './blocks';

/** The notices: a receipt, an interim reply, a budget reservation lifted (none of them a decision). */

export function receiptSections(input: LetterInput, t: LetterTexts, schemeName: string): LetterSection[] {
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
    ...declarationSections(input, t),
    section(t.headings.furtherProcessing, [
      paragraph(r.processing(input.round.year)),
      paragraph(r.writtenDecision),
      expected && paragraph(r.expectedDecision(formatDate(expected))),
      paragraph(r.moreInformation),
    ]),
    contactSection(input, t),
  ];
}

/**
 * The applicant's declaration at submission, when one was recorded: who declared, when (Oslo time) and the declared
 * wording, quoted. No section when there is none (an application submitted through the API without it).
 */
function declarationSections(input: LetterInput, t: LetterTexts): LetterSection[] {
  const declaration = input.application.declaration;
  if (!declaration || !filled(declaration.name) || !isValidDate(declaration.declaredAt)) return [];
  return [
    section(t.headings.declaration, [
      paragraph(
        t.receipt.declared({
          name: declaration.name.trim(),
          declared: formatDateTime(declaration.declaredAt),
        }),
      ),
      filled(declaration.text) && paragraph(`«${declaration.text.trim()}»`),
    ]),
  ];
}

export function interimSections(input: LetterInput, t: LetterTexts, schemeName: string): LetterSection[] {
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
    contactSection(input, t),
  ];
}

/** Not a decision: the organisation is told that the reservation its grant letter carried no longer applies. */
export function reservationLiftedSections(
  input: LetterInput,
  t: LetterTexts,
  schemeName: string,
): LetterSection[] {
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
    contactSection(input, t),
  ].filter((s) => s.blocks.length > 0);
}
