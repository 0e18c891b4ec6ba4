import pdfParse from 'pdf-parse/lib/pdf-parse.js';
import { buildDocDefinition } from './letter-document';
import { LETTER_TYPES, type LetterInput, type LetterLanguage, type LetterType } from './letter-model';
import { letterPlainText, LETTER_FONT_FILES, renderLetterPdf } from './render-letter';
import { LETTER_TEXTS } from './letter-texts';
import { sampleLetterInput } from './sample-letter-input';
import { existsSync } from 'node:fs';

interface ParsedLetter {
  /** All text, whitespace (including U+00A0 and line breaks) collapsed to single spaces. */
  text: string;
  pages: string[];
  numpages: number;
  info: Record<string, unknown>;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
/** Text without whitespace: the PDF text breaks "E-post" after its hyphen. */
const compact = (s: string): string => s.replace(/\s+/g, '');

/**
 * The PDF as a plain Uint8Array for pdf-parse. Its pdf.js (1.10) copies a Buffer with `new Buffer(…)`, which can land
 * at an offset inside Node's buffer pool, and then reads sub-streams from the copy's ArrayBuffer at offset 0: some
 * PDFs fail with "bad XRef entry" depending on their size and on what the pool held. A Uint8Array is copied whole.
 */
const ownBytes = (pdf: Buffer): Uint8Array => new Uint8Array(pdf);

async function parse(pdf: Buffer): Promise<ParsedLetter> {
  const pages: string[] = [];
  const result = await pdfParse(ownBytes(pdf), {
    pagerender: async (page) => {
      const content = await page.getTextContent();
      const text = squash(content.items.map((i) => i.str).join(' '));
      pages.push(text);
      return text;
    },
  });
  return { text: squash(pages.join(' ')), pages, numpages: result.numpages, info: result.info };
}

const TYPES: readonly LetterType[] = LETTER_TYPES;

/** The declaration version 2027-1, as the web shows it (apps/web/src/i18n/nb|nn/apply.ts, `review.declare`). */
const DECLARED_WORDING: Record<LetterLanguage, string> = {
  nb: 'Jeg bekrefter at opplysningene i søknaden er riktige, og at jeg har lov til å søke på vegne av organisasjonen.',
  nn: 'Eg stadfestar at opplysningane i søknaden er rette, og at eg har lov til å søkje på vegner av organisasjonen.',
};
const LANGUAGES: LetterLanguage[] = ['nb', 'nn'];

const rendered = new Map<string, Promise<ParsedLetter>>();
function renderParsed(type: LetterType, language: LetterLanguage): Promise<ParsedLetter> {
  const key = `${type}/${language}`;
  if (!rendered.has(key)) rendered.set(key, renderLetterPdf(sampleLetterInput(type, language)).then(parse));
  return rendered.get(key)!;
}

describe('the font files shipped with pdfmake', () => {
  it('exist', () => {
    for (const path of Object.values(LETTER_FONT_FILES)) expect(existsSync(path)).toBe(true);
  });
});

describe.each(TYPES)('%s letter', (type) => {
  describe.each(LANGUAGES)('in %s', (language) => {
    const t = LETTER_TEXTS[language];
    const input = sampleLetterInput(type, language);
    const decision = ['grant', 'partial_grant', 'rejection', 'dismissal'].includes(type);
    const grant = type === 'grant' || type === 'partial_grant';

    it('has the letterhead, title, reference on every page, page numbers and signature', async () => {
      const letter = await renderParsed(type, language);
      expect(letter.text).toContain(t.agency);
      expect(letter.text).toContain('Postboks 8005 Dep, 0030 Oslo');
      expect(letter.text).toContain('postmottak@konfliktraadet.no');
      expect(letter.text).toContain(t.titles[type]);
      expect(letter.text).toContain('Side 1 av');
      letter.pages.forEach((page, i) => {
        expect(page).toContain('Vår referanse: MHP-2027-0042');
        expect(page).toContain(`Side ${i + 1} av ${letter.numpages}`);
      });
      expect(letter.text).toContain('Stiftelsen Nattlys');
      expect(letter.text).toContain('Org.nr. 988 077 917');
      expect(letter.text).toContain('0155 OSLO');
      expect(letter.text).toContain('Dato: ');
      if (type === 'receipt') {
        expect(letter.text).not.toContain(`${t.labels.caseworker}:`);
        expect(compact(letter.text)).toContain('E-post:postmottak@konfliktraadet.no');
      } else {
        expect(letter.text).toContain(`${t.labels.caseworker}: Kari Nordmann`);
        expect(compact(letter.text)).toContain('E-post:kari.nordmann@konfliktraadet.no');
      }
      expect(letter.text).toContain(t.signature.greeting);
      expect(letter.text).toContain(squash(t.signature.electronicallyApproved));
    });

    if (decision) {
      it('states the appeal deadline, the appeal body and how to appeal', async () => {
        const { text } = await renderParsed(type, language);
        expect(text).toContain('8. mars 2027');
        expect(text).toContain('Justis- og beredskapsdepartementet');
        expect(text).toContain(language === 'nb' ? 'tre uker' : 'tre veker');
        expect(text).toContain(language === 'nb' ? 'Dere kan klage på vedtaket' : 'De kan klage på vedtaket');
        expect(text).toContain(
          language === 'nb' ? 'forvaltningsloven §§ 18 og 19' : 'forvaltningslova §§ 18 og 19',
        );
        expect(text).toContain('oppgi saksnummeret MHP-2027-0042');
      });

      it('gives the reasons under their three headings', async () => {
        const { text } = await renderParsed(type, language);
        expect(text).toContain(t.headings.reasons);
        expect(text).toContain(t.headings.rulesApplied);
        const reasons = input.decision!.reasons;
        if (reasons) {
          for (const [heading, body] of [
            [t.headings.rulesApplied, reasons.rulesApplied],
            [t.headings.factsReliedOn, reasons.factsReliedOn],
            [t.headings.mainConsiderations, reasons.mainConsiderations],
          ]) {
            expect(text).toContain(`${heading} ${squash(body)}`);
          }
        } else {
          expect(text).toContain(
            'forskrift om tilskudd til tiltak mot menneskehandel og prostitusjon § 1, § 2 og § 3',
          );
          expect(text).toContain(squash(t.reasonsOnRequest));
        }
      });
    }

    if (grant) {
      it('states amount, period, purpose, conditions, acceptance, payment, reporting, repayment and control', async () => {
        const { text } = await renderParsed(type, language);
        expect(text).toContain('kr 300 000');
        expect(text).toContain('1. januar 2027 til og med 31. desember 2027');
        expect(text).toContain(squash(input.decision!.purpose!));
        expect(text).toContain(squash(t.otherUseNotAllowed));
        for (const condition of input.decision!.conditions) expect(text).toContain(squash(condition));
        expect(text).toContain(
          language === 'nb'
            ? 'akseptere vilkårene innen 8. mars 2027'
            : 'akseptere vilkåra innan 8. mars 2027',
        );
        expect(text).toContain(squash(input.decision!.paymentPlan!));
        expect(text).toContain('1. april 2028');
        expect(text).toContain(
          language === 'nb' ? 'revisorerklæring (ISRS 4400)' : 'revisorfråsegn (ISRS 4400)',
        );
        expect(text).toContain('kr 200 000 eller');
        expect(text).toContain(squash(t.repayment));
        expect(text).toContain(
          language === 'nb' ? 'bevilgningsreglementet § 10' : 'løyvingsreglementet § 10',
        );
        expect(text).toContain(language === 'nb' ? 'riksrevisjonsloven § 12' : 'riksrevisjonslova § 12');
        expect(text).toContain('Riksrevisjonen');
      });

      it('carries the budget reservation when the round has one', async () => {
        const { text } = await renderParsed(type, language);
        expect(text).toContain(squash(t.budgetReservation(2027)));
        expect(text).toContain(
          language === 'nb'
            ? 'forbehold om Stortingets vedtak om statsbudsjettet for 2027'
            : 'atterhald om vedtaket i Stortinget om statsbudsjettet for 2027',
        );
      });
    }

    if (type === 'rejection' || type === 'dismissal') {
      it('has no conditions, acceptance or payment', async () => {
        const { text } = await renderParsed(type, language);
        expect(text).not.toContain(t.headings.conditions);
        expect(text).not.toContain(t.headings.acceptance);
        expect(text).not.toContain(t.headings.payment);
        expect(text).not.toContain('kr 300 000');
      });
    }

    if (type === 'receipt') {
      it('confirms the time of receipt, the reference and the processing', async () => {
        const { text } = await renderParsed(type, language);
        expect(text).toContain('30. november 2026 kl. 14:03');
        expect(text).toContain(`${t.receipt.caseNumber}: MHP-2027-0042`);
        expect(text).toContain('kr 500 000');
        expect(text).toContain(t.headings.furtherProcessing);
        expect(text).toContain(squash(t.receipt.expectedDecision('28. februar 2027')));
      });

      it('states who declared, when (Oslo time) and the declared wording, before the further processing', async () => {
        const { text } = await renderParsed(type, language);
        const declared = squash(
          t.receipt.declared({ name: 'Per Søker', declared: '30. november 2026 kl. 14:03' }),
        );
        const wording = DECLARED_WORDING[language];
        expect(text).toContain(`${t.headings.declaration} ${declared} «${wording}»`);
        expect(text.indexOf(declared)).toBeLessThan(text.indexOf(t.headings.furtherProcessing));
      });

      it('has no declaration section when none was recorded', async () => {
        for (const declaration of [null, undefined]) {
          const { text } = await parse(
            await renderLetterPdf({ ...input, application: { ...input.application, declaration } }),
          );
          expect(text).not.toMatch(/erklæring/i);
          expect(text).not.toContain('Per Søker');
          expect(text).not.toContain(DECLARED_WORDING[language]);
          expect(text).toContain(t.headings.furtherProcessing);
        }
      });
    }

    if (type === 'interim_reply') {
      it('says why the case takes time and when to expect an answer (fvl § 11 a)', async () => {
        const { text } = await renderParsed(type, language);
        expect(text).toContain(t.headings.whyItTakesTime);
        expect(text).toContain(squash(t.interim.expectedAnswer('28. februar 2027')));
        expect(text).toContain(language === 'nb' ? 'forvaltningsloven § 11 a' : 'forvaltningslova § 11 a');
      });
    }

    if (type === 'report_approval') {
      it('says the report is approved, with the figures and the comment, and that control may still follow', async () => {
        const { text } = await renderParsed(type, language);
        expect(text).toContain(
          language === 'nb' ? 'rapporten deres av 28. mars 2028' : 'rapporten dykkar av 28. mars 2028',
        );
        expect(text).toContain(t.headings.reportApproved);
        expect(text).toContain(`${t.report.grant}: kr 300 000`);
        expect(text).toContain(`${t.report.spent}: kr 260 000`);
        expect(text).toContain(`${t.report.unspent}: kr 40 000`);
        expect(text).toContain(squash(input.report!.reviewComment!));
        expect(text).toContain(squash(t.report.closed));
        expect(text).toContain('Riksrevisjonen');
        // Not a decision: no appeal section.
        expect(text).not.toContain(t.headings.appeal);
      });
    }

    if (type === 'repayment_claim') {
      it('claims the amount with reasons, the due date, where to pay and the right to appeal', async () => {
        const { text } = await renderParsed(type, language);
        expect(text).toContain(squash(t.claim.outcome('kr 40 000')));
        expect(text).toContain(`${t.headings.rulesApplied} ${squash(t.claim.rules('15. desember 2026'))}`);
        expect(text).toContain(
          `${t.headings.factsReliedOn} ${squash(
            t.claim.facts({
              grant: 'kr 300 000',
              submitted: '28. mars 2028',
              spent: 'kr 260 000',
              unspent: 'kr 40 000',
            }),
          )}`,
        );
        expect(text).toContain(`${t.headings.mainConsiderations} ${squash(input.claim!.reason)}`);
        expect(text).toContain(squash(t.claim.dueDate('1. juni 2028')));
        expect(text).toContain('kontonummer 8601.11.17947');
        expect(text).toContain('saksnummeret MHP-2027-0042');
        expect(text).toContain(t.headings.appeal);
        expect(text).toContain(language === 'nb' ? 'Dere kan klage på vedtaket' : 'De kan klage på vedtaket');
        expect(text).toContain('11. mai 2028');
        expect(text).toContain('Justis- og beredskapsdepartementet');
        expect(text).toContain(language === 'nb' ? 'forvaltningsloven § 42' : 'forvaltningslova § 42');
        expect(text).toContain(
          language === 'nb' ? 'forvaltningsloven §§ 18 og 19' : 'forvaltningslova §§ 18 og 19',
        );
      });
    }

    if (type === 'appeal_forwarded') {
      it('says Sfk upheld its decision, gives its statement and where the answer comes from', async () => {
        const { text } = await renderParsed(type, language);
        expect(text).toContain(
          squash(
            t.appeal.intro({
              lodged: '20. april 2027',
              decided: '15. februar 2027',
              title: input.application.title,
            }),
          ),
        );
        expect(text).toContain(squash(t.appeal.upheldAndForwarded('Justis- og beredskapsdepartementet')));
        expect(text).toContain(squash(input.appeal!.statement!));
        expect(text).toContain(squash(t.appeal.comments));
        // Not a decision: no appeal section of its own.
        expect(text).not.toContain(t.headings.appeal);
      });
    }

    if (type === 'appeal_not_considered') {
      it('refuses the late appeal with reasons and the right to appeal that refusal', async () => {
        const { text } = await renderParsed(type, language);
        expect(text).toContain(squash(t.appeal.notConsidered));
        expect(text).toContain(`${t.headings.rulesApplied} ${squash(t.appeal.notConsideredRules)}`);
        expect(text).toContain(
          'Klagefristen ' + (language === 'nb' ? 'gikk' : 'gjekk') + ' ut 8. mars 2027 kl. 23:59',
        );
        expect(text).toContain('20. april 2027 kl. 10:30');
        expect(text).toContain(`${t.headings.mainConsiderations} ${squash(input.appeal!.lateReason!)}`);
        expect(text).toContain('24. mai 2027');
        expect(text).toContain('Justis- og beredskapsdepartementet');
      });
    }

    if (type === 'claim_revised') {
      it('lowers the claim with reasons, what was repaid, how to pay the rest and the right to appeal', async () => {
        const { text } = await renderParsed(type, language);
        expect(text).toContain(
          squash(t.claim.revisedLowered({ previous: 'kr 40 000', amount: 'kr 15 000' })),
        );
        expect(text).toContain(squash(t.claim.revisedRepaid('kr 5 000')));
        expect(text).toContain(squash(t.claim.dueDate('1. august 2028')));
        expect(text).toContain('kontonummer 8601.11.17947');
        expect(text).toContain('11. juli 2028');
        expect(text).toContain(t.headings.appeal);
      });
    }

    if (type === 'change_approved' || type === 'change_rejected') {
      it('names the change, with the budget after it', async () => {
        const { text } = await renderParsed(type, language);
        expect(text).toContain(
          squash(t.change.intro({ requested: '1. september 2027', title: input.application.title })),
        );
        expect(text).toContain(`${input.change!.budgetLines![0].description}: kr 350 000`);
        expect(text).toContain(`${input.change!.budgetLines![1].description}: kr 150 000`);
        if (type === 'change_approved') {
          expect(text).toContain(squash(t.change.approved));
          expect(text).toContain(squash(t.change.reportAgainstPlan));
          expect(text).not.toContain(t.headings.appeal);
        } else {
          expect(text).toContain(squash(t.change.rejected));
          expect(text).toContain(t.headings.appeal);
          expect(text).toContain('1. oktober 2027');
        }
      });
    }

    if (type === 'budget_reservation_lifted') {
      it('tells the organisation the reservation is lifted and the grant stands', async () => {
        const { text } = await renderParsed(type, language);
        expect(text).toContain(t.titles.budget_reservation_lifted);
        expect(text).toContain(t.headings.reservationLifted);
        expect(text).toContain(squash(t.reservationLifted.lifted({ year: 2027, amount: 'kr 300 000' })));
        expect(text).toContain('15. desember 2026');
        // A message, not a decision: no appeal.
        expect(text).not.toContain(t.headings.appeal);
      });
    }

    if (language === 'nn') {
      it('is written in nynorsk', async () => {
        const { text } = await renderParsed(type, language);
        expect(text).not.toContain(LETTER_TEXTS.nb.titles[type]);
        if (type !== 'budget_reservation_lifted') expect(text).toMatch(/dykkar|dykk\b/);
        expect(text).toContain('Med helsing');
        if (type !== 'receipt') expect(text).toContain('Sakshandsamar');
        expect(text).toContain('ikkje');
        expect(text).not.toMatch(/\b(ikke|deres|hilsen|Saksbehandler)\b/);
        // The agency's name follows the written standard too.
        expect(text).toContain('Sekretariatet for konfliktråda');
        expect(text).not.toContain('konfliktrådene');
        expect(text).toMatch(/tilskot/);
        if (decision) {
          expect(text).toContain('De kan klage');
          expect(text).toContain('Klagefristen er tre veker');
          expect(text).toContain('søknaden dykkar');
        }
      });
    } else {
      it('is written in bokmål', async () => {
        const { text } = await renderParsed(type, language);
        expect(text).toContain('Med hilsen');
        expect(text).not.toMatch(/\b(ikkje|dykkar|helsing|tilskot)\b/);
      });
    }
  });
});

describe('who made the decision and whom to ask', () => {
  it.each(LANGUAGES)(
    'names the approver as decision-maker with the caseworker and her e-mail (%s)',
    async (language) => {
      const t = LETTER_TEXTS[language];
      for (const type of ['grant', 'rejection'] as const) {
        const { text } = await parse(await renderLetterPdf(sampleLetterInput(type, language)));
        expect(text).toContain(`${t.labels.decisionMaker}: Ola Leder`);
        expect(text).toContain(`${t.labels.caseworker}: Kari Nordmann`);
        expect(compact(text)).toContain('E-post:kari.nordmann@konfliktraadet.no');
        expect(text).toContain(`${t.signature.greeting} Ola Leder Kari Nordmann ${t.agency}`);
      }
    },
  );

  it.each(LANGUAGES)(
    'leaves out a decision-maker who is the caseworker (a dismissal) (%s)',
    async (language) => {
      const t = LETTER_TEXTS[language];
      const { text } = await parse(await renderLetterPdf(sampleLetterInput('dismissal', language)));
      expect(text).not.toContain(t.labels.decisionMaker);
      expect(text).toContain(`${t.signature.greeting} Kari Nordmann ${t.agency}`);
    },
  );

  it.each(LANGUAGES)(
    "prints the agency once in the receipt's signature and no caseworker (%s)",
    async (language) => {
      const t = LETTER_TEXTS[language];
      const { text } = await parse(await renderLetterPdf(sampleLetterInput('receipt', language)));
      expect(text).not.toContain(`${t.labels.caseworker}:`);
      expect(text).toContain(
        `${t.signature.greeting} ${t.agency} ${squash(t.signature.electronicallyApproved)}`,
      );
      expect(text.split(t.agency)).toHaveLength(3); // the letterhead and the signature
    },
  );
});

describe('the repayment claim', () => {
  it.each(LANGUAGES)(
    "cites the conditions of the grant decision, not the scheme's §§ 1–3 (%s)",
    async (language) => {
      const { text } = await parse(await renderLetterPdf(sampleLetterInput('repayment_claim', language)));
      expect(text).not.toContain('§ 1, § 2 og § 3');
      expect(text).toContain(
        language === 'nb'
          ? 'Kravet bygger på vilkårene i vedtaket om tilskudd av 15. desember 2026'
          : 'Kravet byggjer på vilkåra i vedtaket om tilskot av 15. desember 2026',
      );
    },
  );
});

describe('a decision after an appeal', () => {
  it.each(LANGUAGES)('says which decision it replaces (%s)', async (language) => {
    const base = sampleLetterInput('grant', language);
    const input = {
      ...base,
      decision: { ...base.decision!, replacesDecisionOf: new Date('2027-02-15T09:00:00Z') },
    };
    const { text } = await parse(await renderLetterPdf(input));
    expect(text).toContain(squash(LETTER_TEXTS[language].appeal.afterAppeal('15. februar 2027')));
  });
});

describe('grant letter without budget reservation', () => {
  it.each(LANGUAGES)('leaves the reservation out (%s)', async (language) => {
    const input = sampleLetterInput('grant', language);
    const letter = await parse(
      await renderLetterPdf({ ...input, round: { ...input.round, budgetReservation: false } }),
    );
    expect(letter.text).not.toContain('Stortinget');
    expect(letter.text).not.toContain('statsbudsjettet');
  });
});

describe('a long letter', () => {
  it('runs over two pages, with the page count and the reference on both', async () => {
    const base = sampleLetterInput('rejection', 'nb');
    const paragraph =
      'Sekretariatet har vurdert søknaden opp mot de andre søknadene i tilskuddsåret, formålet med ordningen og ' +
      'kriteriene i utlysningen, og har lagt vekt på hvor direkte tiltaket når målgruppen.';
    const input: LetterInput = {
      ...base,
      decision: {
        ...base.decision!,
        reasons: { ...base.decision!.reasons!, mainConsiderations: Array(6).fill(paragraph).join('\n\n') },
      },
    };
    const letter = await parse(await renderLetterPdf(input));
    expect(letter.numpages).toBe(2);
    expect(letter.pages[0]).toContain('Side 1 av 2');
    expect(letter.pages[1]).toContain('Side 2 av 2');
    expect(letter.pages[1]).toContain('Vår referanse: MHP-2027-0042');
  });
});

describe('the PDF', () => {
  it('is deterministic, dated from the letter date and embeds its fonts', async () => {
    const input = sampleLetterInput('grant', 'nb');
    const first = await renderLetterPdf(input);
    const second = await renderLetterPdf(input);
    expect(first.equals(second)).toBe(true);
    const raw = first.toString('latin1');
    expect(raw).toContain('/FontFile2');
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
    // Not claimed to be PDF/A: nothing here can verify it (docs/decisions.md).
    expect(raw).not.toContain('pdfaid');
    expect(raw).not.toContain('PDF/A');
    const { info } = await parse(first);
    expect(info.CreationDate).toBe('D:20270215090000Z');
    expect(info.Title).toBe('Vedtak om tilskudd – MHP-2027-0042');
  });

  it('sets the document language', () => {
    expect(buildDocDefinition(sampleLetterInput('grant', 'nn')).language).toBe('nn-NO');
    expect(buildDocDefinition(sampleLetterInput('receipt', 'nb')).language).toBe('nb-NO');
  });
});

describe('letterPlainText', () => {
  it.each(TYPES.flatMap((type) => LANGUAGES.map((language) => [type, language] as const)))(
    '%s in %s is a short message naming the case and the attachment',
    (type, language) => {
      const text = letterPlainText(sampleLetterInput(type, language));
      const body = text.split('\n\n')[0];
      const sentences = body.split(/(?<=[.!?])\s+(?=[A-ZÆØÅ])/);
      expect(sentences.length).toBeGreaterThanOrEqual(3);
      expect(sentences.length).toBeLessThanOrEqual(6);
      expect(text).toContain('MHP-2027-0042');
      expect(text).toContain('PDF');
      expect(text).toContain(LETTER_TEXTS[language].titles[type]);
      expect(text).toContain(language === 'nb' ? 'Med hilsen' : 'Med helsing');
      if (language === 'nn') expect(text).not.toMatch(/\b(ikke|deres|dere)\b/);
    },
  );

  it('reminds of the acceptance deadline in grant letters', () => {
    expect(letterPlainText(sampleLetterInput('grant', 'nn'))).toContain(
      'Hugs å akseptere vilkåra innan 8. mars 2027.',
    );
  });
});
