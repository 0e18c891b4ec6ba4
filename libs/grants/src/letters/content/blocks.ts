import { formatDate, isValidDate, joinList } from '../format';
import type { LetterInput, LetterType, LetterLanguage } from '../letter-model';
import type { LetterTexts } from '../letter-texts';

/**
 * The letter as language-resolved text, independent of pdfmake: the PDF is drawn from it, and the completeness
 * check (letter-parts.ts) reads it. Every block that carries a part of a decision letter (docs/domain.md §4) is tagged
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

export const paragraph = (text: string, ...parts: LetterPart[]): LetterParagraph =>
  parts.length ? { kind: 'paragraph', text, parts } : { kind: 'paragraph', text };

export const filled = (value: string | null | undefined): value is string =>
  typeof value === 'string' && value.trim() !== '';

/** Free text from a caseworker: blank lines separate paragraphs. */
export function paragraphs(text: string, ...parts: LetterPart[]): LetterParagraph[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => paragraph(p, ...parts));
}

export function section(
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
export function legalBasisSentence(input: LetterInput, t: LetterTexts): string | null {
  const { legalBasisTitle, legalBasisSections } = input.scheme;
  const sections = joinList(legalBasisSections ?? []);
  return filled(legalBasisTitle) && sections ? t.legalBasis(legalBasisTitle.trim(), sections) : null;
}

export function intro(input: LetterInput, t: LetterTexts, schemeName: string): LetterParagraph {
  return paragraph(
    t.intro({
      submitted: formatDate(input.application.submittedAt),
      title: input.application.title,
      scheme: schemeName,
      year: input.round.year,
    }),
  );
}

/** Appeal and access to documents: the same in every decision letter. */
export function appealSections(input: LetterInput, t: LetterTexts, appealDeadline: Date | null | undefined) {
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

/** The three parts of the reasons (forvaltningsloven § 25) under their headings, as the caseworker wrote them. */
export function reasonSections(
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

/** The last paragraph of every letter: whom to ask, with the case reference. */
export function contactSection(input: LetterInput, t: LetterTexts): LetterSection {
  return section(null, [paragraph(t.contact(input.caseReference))]);
}

/** A heading with nothing under it is dropped; the reasons heading stays (its text follows in sub-sections). */
export function keptSection(t: LetterTexts): (s: LetterSection) => boolean {
  return (s) => s.blocks.length > 0 || s.heading === t.headings.reasons;
}
