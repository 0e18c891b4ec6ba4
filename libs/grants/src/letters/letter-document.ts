import type { Content, DynamicContent, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatDate } from './format';
import { buildLetterContent, recipientLines, type LetterBlock, type LetterContent } from './letter-content';
import type { LetterTexts } from './letter-texts';
import { LETTER_TEMPLATE_VERSION, type LetterInput } from './letter-model';
import { SFK_EMAIL, SFK_POSTAL_ADDRESS } from './letter-texts';

/** The font family registered by render-letter.ts (Roboto, embedded from the pdfmake package). */
export const LETTER_FONT = 'Roboto';

const MARGIN_X = 62;
const TEXT_COLOUR = '#1a1a1a';
const MUTED_COLOUR = '#555555';

/**
 * Keeps "§ 10", "§§ 18 og 19" and "kr 300 000" together on one line (Norwegian typesetting): the space after "§",
 * "§§" and "kr" before a number becomes a no-break space.
 */
export function keepTogether(text: string): string {
  return text.replace(/(§§?|\bkr) (?=[\d-])/g, '$1\u00a0');
}

function blockContent(block: LetterBlock): Content {
  switch (block.kind) {
    case 'paragraph':
      return { text: keepTogether(block.text), style: 'body' };
    case 'list':
      // A numbered list as a borderless table, so the numbers read in order when text is copied or extracted.
      return {
        layout: 'noBorders',
        table: {
          widths: [14, '*'],
          body: block.items.map((item, i) => [{ text: `${i + 1}.` }, { text: keepTogether(item) }]),
        },
        style: 'body',
        margin: [6, 0, 0, 8],
      };
    case 'facts':
      return {
        layout: 'noBorders',
        table: {
          widths: ['auto', '*'],
          body: block.rows.map(([label, value]) => [
            { text: `${label}:`, bold: true },
            { text: keepTogether(value) },
          ]),
        },
        margin: [0, 0, 0, 10],
      };
  }
}

/** The id of the content node at this index in the letter body: a heading looks for the node after it by id. */
const nodeId = (index: number): string => `letter-node-${index}`;

/**
 * The body as one flat list. Every node carries its index as id, so the page-break callback can check that the node
 * after a heading starts on the heading's page.
 */
function sectionsContent(content: LetterContent): Content[] {
  const out: Content[] = [];
  for (const section of content.sections) {
    if (section.heading !== null) {
      out.push({
        text: section.heading,
        style: section.level === 1 ? 'heading' : 'subheading',
        headlineLevel: section.level,
      });
    }
    section.blocks.forEach((b) => out.push(blockContent(b)));
  }
  return out.map((node, index) => ({ ...(node as object), id: nodeId(index) }) as Content);
}

/**
 * Keeps a heading with what follows it: a heading whose next node does not start on the same page moves to the next
 * page. pdfmake lays the document out again after every break, so a heading followed by a sub-heading moves with it.
 * (The running header and footer are nodes on every page too, so "any node after it on the page" is not enough.)
 */
export function headingKeepsWithNext(
  node: { headlineLevel?: unknown; id?: string },
  nodes: { getFollowingNodesOnPage(): { id?: string }[] },
): boolean {
  if (node.headlineLevel === undefined || !node.id?.startsWith('letter-node-')) return false;
  const next = nodeId(Number(node.id.slice('letter-node-'.length)) + 1);
  return !nodes.getFollowingNodesOnPage().some((n) => n.id === next);
}

/** The label–value rows under the date: reference, who handles the case, where to ask, and who decided. */
export function metaRows(input: LetterInput, t: LetterTexts): Array<[string, string]> {
  const rows: Array<[string, string]> = [
    [t.labels.date, formatDate(input.letterDate)],
    [t.labels.ourReference, input.caseReference],
  ];
  if (input.caseworkerName) rows.push([t.labels.caseworker, input.caseworkerName]);
  rows.push([t.labels.email, input.caseworkerEmail || SFK_EMAIL]);
  const decisionMaker = decisionMakerOf(input);
  if (decisionMaker) rows.push([t.labels.decisionMaker, decisionMaker]);
  return rows;
}

/** The approver, when someone other than the caseworker made the decision. */
function decisionMakerOf(input: LetterInput): string | null {
  const name = input.decisionMakerName?.trim();
  return name && name !== input.caseworkerName ? name : null;
}

/** The names above the agency's name in the signature: the decision-maker, then the caseworker. */
function signatories(input: LetterInput): string[] {
  return [decisionMakerOf(input), input.caseworkerName].filter((n): n is string => Boolean(n));
}

/** The agency's letterhead: its name, postal address and e-mail over a rule. */
function letterhead(agency: string): Content {
  return {
    stack: [
      { text: agency, style: 'letterhead' },
      { text: SFK_POSTAL_ADDRESS, style: 'letterheadLine' },
      { text: SFK_EMAIL, style: 'letterheadLine' },
      {
        canvas: [
          {
            type: 'line',
            x1: 0,
            y1: 0,
            x2: 595.28 - 2 * MARGIN_X,
            y2: 0,
            lineWidth: 0.75,
            lineColor: '#8a8a8a',
          },
        ],
        margin: [0, 8, 0, 0],
      },
    ],
  };
}

/** The recipient's address on the left, the reference and the people on the case on the right. */
function addressBlock(input: LetterInput, t: LetterTexts): Content {
  return {
    columns: [
      { width: '*', stack: recipientLines(input, t).map((line) => ({ text: line })) },
      {
        width: 'auto',
        layout: 'noBorders',
        table: {
          body: metaRows(input, t).map(([label, value]) => [
            { text: `${label}:`, style: 'metaLabel' },
            { text: value },
          ]),
        },
      },
    ],
    columnGap: 24,
    margin: [0, 28, 0, 0],
  };
}

function signatureBlock(input: LetterInput, t: LetterTexts): Content {
  return {
    unbreakable: true,
    margin: [0, 16, 0, 0],
    stack: [
      { text: t.signature.greeting, margin: [0, 0, 0, 14] },
      // The decision-maker first, then the caseworker (Norwegian practice for a decision signed by two).
      ...signatories(input).map((name) => ({ text: name })),
      { text: t.agency },
      { text: t.signature.electronicallyApproved, italics: true, color: MUTED_COLOUR, margin: [0, 14, 0, 0] },
    ],
  };
}

/** The reference on every page; the agency's name from page 2 on (page 1 has the letterhead). */
function pageHeader(agency: string, reference: string): DynamicContent {
  return (currentPage: number) => ({
    margin: [MARGIN_X, 28, MARGIN_X, 0],
    columns: [
      { text: currentPage > 1 ? agency : '', style: 'running' },
      { text: reference, style: 'running', alignment: 'right' },
    ],
  });
}

function pageFooter(t: LetterTexts): DynamicContent {
  return (currentPage: number, pageCount: number) => ({
    text: t.labels.page(currentPage, pageCount),
    style: 'running',
    alignment: 'center',
    margin: [0, 22, 0, 0],
  });
}

/** A fresh dictionary per document: pdfmake is handed nothing another render shares. */
function letterStyles(): StyleDictionary {
  return {
    letterhead: { fontSize: 14, bold: true },
    letterheadLine: { fontSize: 9, color: MUTED_COLOUR },
    metaLabel: { bold: true },
    title: { fontSize: 15, bold: true, margin: [0, 30, 0, 12] },
    heading: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
    subheading: { fontSize: 10.5, bold: true, italics: true, margin: [0, 4, 0, 2] },
    body: { margin: [0, 0, 0, 8] },
    running: { fontSize: 8.5, color: MUTED_COLOUR },
  };
}

/** The pdfmake document for a letter. Pure: the same input gives the same definition. */
export function buildDocDefinition(input: LetterInput): TDocumentDefinitions {
  const content = buildLetterContent(input);
  const t = content.texts;
  const agency = t.agency;
  return {
    pageSize: 'A4',
    pageMargins: [MARGIN_X, 64, MARGIN_X, 60],
    // Not PDF/A: pdfmake's PDF/A-2b mode cannot be verified here (no veraPDF), so the file claims nothing it is
    // not proven to be (docs/decisions.md, "Letters: layout, signatories, names and PDF/A").
    version: '1.7',
    language: t.locale,
    displayTitle: true,
    info: {
      title: `${content.title} – ${input.caseReference}`,
      author: agency,
      subject: input.caseReference,
      keywords: `${input.caseReference}, ${input.type}, ${input.language}, mal ${LETTER_TEMPLATE_VERSION}`,
      creator: 'Tilskudd',
      producer: 'Tilskudd (pdfmake)',
      creationDate: input.letterDate,
    },
    header: pageHeader(agency, `${t.labels.ourReference}: ${input.caseReference}`),
    footer: pageFooter(t),
    // Never leave a heading alone at the bottom of a page.
    pageBreakBefore: headingKeepsWithNext,
    content: [
      letterhead(agency),
      addressBlock(input, t),
      { text: content.title, style: 'title' },
      ...sectionsContent(content),
      signatureBlock(input, t),
    ],
    defaultStyle: { font: LETTER_FONT, fontSize: 10.5, lineHeight: 1.2, color: TEXT_COLOUR },
    styles: letterStyles(),
  };
}
