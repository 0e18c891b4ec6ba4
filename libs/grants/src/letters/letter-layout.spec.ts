import pdfParse from 'pdf-parse/lib/pdf-parse.js';
import type { LetterInput, LetterLanguage, LetterType } from './letter-model';
import { renderLetterPdf } from './render-letter';
import { LETTER_TEXTS } from './letter-texts';
import { sampleLetterInput } from './sample-letter-input';

/**
 * The PDF as a plain Uint8Array for pdf-parse. Its pdf.js (1.10) copies a Buffer with `new Buffer(…)`, which can land
 * at an offset inside Node's buffer pool, and then reads sub-streams from the copy's ArrayBuffer at offset 0: some
 * PDFs fail with "bad XRef entry" depending on their size and on what the pool held. A Uint8Array is copied whole.
 */
const ownBytes = (pdf: Buffer): Uint8Array => new Uint8Array(pdf);

/**
 * Page layout read back from the rendered PDF: for every page, the lines of its body (the running header and the
 * "Side N av M" footer left out), top to bottom.
 */
async function bodyLinesPerPage(pdf: Buffer): Promise<string[][]> {
  const pages: string[][] = [];
  await pdfParse(ownBytes(pdf), {
    pagerender: async (page) => {
      const { items } = await page.getTextContent();
      const lines = new Map<number, string[]>();
      for (const item of items) {
        if (!item.str.trim()) continue;
        const y = Math.round(item.transform[5]);
        lines.set(y, [...(lines.get(y) ?? []), item.str]);
      }
      const ordered = [...lines.entries()]
        .sort(([a], [b]) => b - a)
        .map(([, parts]) => parts.join('').replace(/\s+/g, ' ').trim());
      const body = ordered.filter((line) => !/^Side \d+ av \d+$/.test(line) && !/Vår referanse:/.test(line));
      pages.push(body);
      return '';
    },
  });
  return pages;
}

/** The heading texts a letter in this language can have. */
const headings = (language: LetterLanguage): Set<string> =>
  new Set(Object.values(LETTER_TEXTS[language].headings));

/**
 * The input with the intro pushed down by `extraLines` lines of a longer application title, so that every heading
 * of the letter in turn lands near the foot of a page.
 */
function pushedDown(type: LetterType, language: LetterLanguage, extraWords: number): LetterInput {
  const input = sampleLetterInput(type, language);
  const words = Array.from({ length: extraWords }, (_, i) => `ord${i}`).join(' ');
  return { ...input, application: { ...input.application, title: `${input.application.title} ${words}` } };
}

describe('letter layout', () => {
  jest.setTimeout(120_000);

  it.each([
    ['rejection', 'nb'],
    ['partial_grant', 'nn'],
    ['repayment_claim', 'nb'],
  ] as const)('never leaves a heading alone at the foot of a page (%s, %s)', async (type, language) => {
    const headingTexts = headings(language);
    const orphans: string[] = [];
    // 0–120 extra words move the body down by about 0–20 lines, a good part of a page, about a line at a time.
    for (let extraWords = 0; extraWords <= 120; extraWords += 10) {
      const pages = await bodyLinesPerPage(await renderLetterPdf(pushedDown(type, language, extraWords)));
      pages.slice(0, -1).forEach((lines, i) => {
        const last = lines[lines.length - 1];
        if (headingTexts.has(last)) orphans.push(`+${extraWords} words: page ${i + 1} ends with «${last}»`);
      });
    }
    expect(orphans).toEqual([]);
  });
});
