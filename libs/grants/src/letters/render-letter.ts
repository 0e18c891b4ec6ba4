import { dirname, join } from 'node:path';
import type { TFontDictionary } from 'pdfmake/interfaces';
import { formatDate } from './format';
import { buildDocDefinition, LETTER_FONT } from './letter-document';
import { isDecisionLetter, isGrantLetter, type LetterInput } from './letter-model';
import { assertDecisionLetterComplete } from './letter-parts';
import { LETTER_TEXTS } from './letter-texts';
import { schemeNameFor } from './letter-content';

/**
 * Renders letters to PDF with pdfmake's Node API. The Roboto fonts shipped inside the pdfmake package are embedded,
 * so an archived letter looks the same everywhere. pdfmake's module is one shared instance per process: the fonts
 * and the resource policies (no URLs, no local files but the four fonts) are set on it once, when it is loaded.
 */

const FONT_DIR = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');

export const LETTER_FONT_FILES = {
  normal: join(FONT_DIR, 'Roboto-Regular.ttf'),
  bold: join(FONT_DIR, 'Roboto-Medium.ttf'),
  italics: join(FONT_DIR, 'Roboto-Italic.ttf'),
  bolditalics: join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
} as const;

const ALLOWED_FILES = new Set<string>(Object.values(LETTER_FONT_FILES));

type Pdfmake = typeof import('pdfmake');

let pdfmakeLoading: Promise<Pdfmake> | null = null;

/**
 * pdfmake (with pdfkit and fontkit) takes a few hundred milliseconds to load, so it is loaded on the first letter,
 * not when @app/grants is imported by a process that never renders one (the API).
 */
function loadPdfmake(): Promise<Pdfmake> {
  pdfmakeLoading ??= import('pdfmake')
    // The module is `module.exports = new pdfmake()`: its methods live on the prototype, which the namespace object
    // of a CommonJS import does not copy. `default` is the instance itself.
    .then((module) => (module as unknown as { default: Pdfmake }).default)
    .then((pdfmake) => {
      const fonts: TFontDictionary = { [LETTER_FONT]: { ...LETTER_FONT_FILES } };
      pdfmake.addFonts(fonts);
      // Letters never load anything from the network, and no local file but the fonts.
      pdfmake.setUrlAccessPolicy(() => false);
      pdfmake.setLocalAccessPolicy((path) => ALLOWED_FILES.has(path));
      return pdfmake;
    })
    .catch((error: unknown) => {
      pdfmakeLoading = null;
      throw error;
    });
  return pdfmakeLoading;
}

/**
 * The letter as a PDF. A decision letter that lacks a part docs/domain.md §4 requires is refused with
 * LetterIncompleteError before anything is rendered.
 */
export async function renderLetterPdf(input: LetterInput): Promise<Buffer> {
  if (isDecisionLetter(input.type)) assertDecisionLetterComplete(input);
  const pdfmake = await loadPdfmake();
  const pdf = pdfmake.createPdf(buildDocDefinition(input));
  return pdf.getBuffer();
}

/** A short plain-text message for the e-mail that carries the letter, in the letter's language. */
export function letterPlainText(input: LetterInput): string {
  const t = LETTER_TEXTS[input.language];
  const p = t.plain;
  const title = input.application.title;
  const sentences: string[] = [];
  switch (input.type) {
    case 'receipt':
      sentences.push(p.receipt(title, schemeNameFor(input)));
      break;
    case 'interim_reply':
      sentences.push(p.interim(title));
      break;
    case 'grant':
    case 'partial_grant':
    case 'rejection':
    case 'dismissal':
      sentences.push(p.decision[input.type](title));
      break;
    case 'report_approval':
      sentences.push(p.reportApproval(title));
      break;
    case 'repayment_claim':
      sentences.push(p.repaymentClaim(title));
      break;
    case 'appeal_forwarded':
      sentences.push(p.appealForwarded(title));
      break;
    case 'appeal_not_considered':
      sentences.push(p.appealNotConsidered(title));
      break;
    case 'change_approved':
      sentences.push(p.changeApproved(title));
      break;
    case 'change_rejected':
      sentences.push(p.changeRejected(title));
      break;
    case 'claim_revised':
      sentences.push(p.claimRevised(title));
      break;
    case 'budget_reservation_lifted':
      sentences.push(p.reservationLifted(title));
      break;
  }
  sentences.push(p.caseNumber(input.caseReference), p.attached(t.titles[input.type]));
  if (isGrantLetter(input.type)) {
    sentences.push(p.decisionGrantNote);
    const deadline = input.decision?.acceptanceDeadline;
    if (deadline && !Number.isNaN(deadline.getTime())) sentences.push(p.acceptBy(formatDate(deadline)));
  } else if (isDecisionLetter(input.type)) {
    sentences.push(p.decisionOtherNote);
  }
  sentences.push(p.contact);
  return `${sentences.join(' ')}\n\n${t.signature.greeting}\n${t.agency}\n`;
}
