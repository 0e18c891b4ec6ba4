import {
  appealSections,
  contactSection,
  filled,
  keptSection,
  paragraph,
  paragraphs,
  reasonSections,
  section,
  type LetterBlock,
  type LetterSection,
} from './blocks';
import { formatAmount, formatDate, formatIsoDate, isIsoDate, isValidDate } from '../format';
import type { LetterInput } from '../letter-model';
import type { LetterTexts } from '../letter-texts';

/** The answers to a change request. */

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
export function changeSections(
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
      contactSection(input, t),
    ];
  }
  const reasons = c?.reasons ?? null;
  return [
    section(null, [intro]),
    section(t.headings.decision, [c && paragraph(t.change.rejected, 'outcome')]),
    section(t.headings.change, changeBlocks(input, t)),
    ...reasonSections(t, reasons),
    ...appealSections(input, t, c?.appealDeadline),
    contactSection(input, t),
  ].filter(keptSection(t));
}
