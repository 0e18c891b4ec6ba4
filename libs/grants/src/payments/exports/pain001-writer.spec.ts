import { bankText, transliterateForBank } from './bank-text';
import { TextTruncation } from './export-row';
import { escapeXml, writePain001 } from './pain001-writer';
import {
  CollectingSink,
  fromArray,
  generateRows,
  generatedTotalOre,
  LONG_MESSAGE,
  LONG_NAME,
  pain001ValidationErrors,
  sampleHeader,
  sampleRow,
  sampleRows,
  validatePain001,
} from './testing';

describe('pain.001.001.03 payment file', () => {
  let xml: string;
  const truncations: TextTruncation[] = [];

  beforeAll(async () => {
    const rows = sampleRows();
    const sink = new CollectingSink();
    await writePain001(sampleHeader(rows), fromArray(rows), sink, (t) => truncations.push(t));
    expect(sink.writableFinished).toBe(true);
    xml = sink.text();
  });

  it('validates against the ISO 20022 schema', () => {
    expect(() => validatePain001(xml)).not.toThrow();
  });

  it('is really checked: xmllint rejects a 141-character message and a malformed currency', () => {
    const tooLong = xml.replace(/<Ustrd>[^<]*<\/Ustrd>/, `<Ustrd>${'x'.repeat(141)}</Ustrd>`);
    expect(tooLong).not.toBe(xml);
    expect(pain001ValidationErrors(tooLong)).toMatch(/Ustrd.*(maxLength|length)/);

    const badCurrency = xml.replace('<InstdAmt Ccy="NOK">', '<InstdAmt Ccy="nok">');
    expect(badCurrency).not.toBe(xml);
    expect(pain001ValidationErrors(badCurrency)).toMatch(/Ccy/);

    const wrongOrder = xml
      .replace('<ChrgBr>SLEV</ChrgBr>\n', '')
      .replace('<PmtMtd>TRF</PmtMtd>', '<PmtMtd>TRF</PmtMtd><ChrgBr>SLEV</ChrgBr>');
    expect(pain001ValidationErrors(wrongOrder)).toMatch(/ChrgBr/);
  });

  it('carries the control total in the group header and the payment block', () => {
    expect(xml.match(/<NbOfTxs>3<\/NbOfTxs>/g)).toHaveLength(2);
    // 33 333 333 + 1 + 100 000 000 001 øre
    expect(xml.match(/<CtrlSum>1000333333\.35<\/CtrlSum>/g)).toHaveLength(2);
    expect(xml).toContain('<InstdAmt Ccy="NOK">333333.33</InstdAmt>');
    expect(xml).toContain('<InstdAmt Ccy="NOK">0.01</InstdAmt>');
    expect(xml).toContain('<InstdAmt Ccy="NOK">1000000000.01</InstdAmt>');
    expect(xml.match(/<CdtTrfTxInf>/g)).toHaveLength(3);
  });

  it('identifies the batch, the debtor and the time in Oslo', () => {
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03">',
      ),
    ).toBe(true);
    expect(xml).toContain('<MsgId>UTB-2027-0042</MsgId>');
    expect(xml).toContain('<PmtInfId>UTB-2027-0042-1</PmtInfId>');
    expect(xml).toContain('<CreDtTm>2027-07-01T10:05:09</CreDtTm>');
    expect(xml).toContain('<ReqdExctnDt>2027-07-05</ReqdExctnDt>');
    expect(xml).toContain('<Id>76940512345</Id><SchmeNm><Cd>BBAN</Cd></SchmeNm>');
    expect(xml).toContain('<Ccy>NOK</Ccy>');
    expect(xml).toContain('<BIC>DNBANOKKXXX</BIC>');
    expect(xml).toContain('<Id>974760673</Id>');
  });

  it("carries the initiating party's organisation number and the parties' country, as the Norwegian guide asks", () => {
    expect(xml).toContain(
      '<InitgPty>\n        <Nm>Stiftelsen for kulturtilskudd</Nm>\n        <Id><OrgId><Othr><Id>974760673</Id><SchmeNm><Cd>CUST</Cd></SchmeNm></Othr></OrgId></Id>',
    );
    expect(xml).toContain(
      '<Dbtr><Nm>Stiftelsen for kulturtilskudd</Nm><PstlAdr><Ctry>NO</Ctry></PstlAdr></Dbtr>',
    );
    expect(xml.match(/<Cdtr><Nm>[^<]*<\/Nm><PstlAdr><Ctry>NO<\/Ctry><\/PstlAdr><\/Cdtr>/g)).toHaveLength(3);
  });

  it("writes names in the banks' character set, cuts long texts by characters and uses KID as a structured reference", () => {
    expect(xml).toContain('<Nm>Søn og (Ærlige) Øst, avd. &apos;Å&apos;</Nm>');
    expect(xml).toContain('<Nm>HYPERLINK(&apos;http://x.invalid&apos;)</Nm>');
    expect(xml).toContain(`<Nm>${Array.from(LONG_NAME).slice(0, 70).join('')}</Nm>`);
    const message = LONG_MESSAGE.replace(' & ', ' og ');
    expect(xml).toContain(`<Ustrd>${Array.from(message).slice(0, 140).join('')}</Ustrd>`);
    expect(xml).toContain(
      '<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>1234567890128</Ref></CdtrRefInf></Strd></RmtInf>',
    );
    expect(xml).toContain(
      '<PmtId><InstrId>3b0e5a4c1d2f4a6b9c8d7e6f5a4b3c2d</InstrId><EndToEndId>3b0e5a4c1d2f4a6b9c8d7e6f5a4b3c2d</EndToEndId></PmtId>',
    );
    expect(xml).toContain('<Id>05400000123</Id>');
  });

  it('tells of every text it cuts: what the system holds and what the file carries', () => {
    expect(truncations).toEqual([
      {
        disbursementId: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
        referenceNumber: 'MHP-2027-0044',
        field: 'recipientName',
        maxLength: 70,
        original: LONG_NAME,
        sent: Array.from(LONG_NAME).slice(0, 70).join(''),
      },
      {
        disbursementId: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
        referenceNumber: 'MHP-2027-0044',
        field: 'message',
        maxLength: 140,
        original: LONG_MESSAGE,
        sent: Array.from(LONG_MESSAGE.replace(' & ', ' og ')).slice(0, 140).join(''),
      },
    ]);
  });

  it("stays schema-valid and inside the banks' character set with hostile names", async () => {
    const hostile = [
      'Kvinner & barn «Trygg» havn',
      'Evil\u202eKNAB\u202c AS', // a right-to-left override would show "BANK" reversed
      'Line\r\nbreak\u0000and\u0007bell\ttab',
      '\u200b\u2066Zero\u200dwidth\u2069\ufeff',
      '<script>alert("x")</script>; DROP TABLE',
      'Müller & Söhne — Café «Ærlig» ™ 😀 Ωmega',
      `${'Å'.repeat(69)}&`,
    ];
    const rows = hostile.map((recipientName, i) =>
      sampleRow({ disbursementId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, recipientName }),
    );
    const cuts: TextTruncation[] = [];
    const sink = new CollectingSink();
    await writePain001(sampleHeader(rows), fromArray(rows), sink, (t) => cuts.push(t));
    const out = sink.text();
    expect(() => validatePain001(out)).not.toThrow();
    const names = [...out.matchAll(/<Cdtr><Nm>([^<]*)<\/Nm>/g)].map((m) => m[1].replace(/&apos;/g, "'"));
    expect(names).toEqual([
      "Kvinner og barn 'Trygg' havn",
      'EvilKNAB AS',
      'Line break and bell tab',
      'Zerowidth',
      "(script)alert('x')(/script), DROP TABLE",
      "Muller og Søhne - Cafe 'Ærlig' TM mega",
      'Å'.repeat(69),
    ]);
    for (const name of names) expect(name).toMatch(/^[A-Za-z0-9 /\-?:().,'+ÆØÅæøå]+$/);
    // "&" became " og ", which pushed the last name past 70 characters: the cut is told.
    expect(cuts).toEqual([
      expect.objectContaining({
        field: 'recipientName',
        original: `${'Å'.repeat(69)}&`,
        sent: 'Å'.repeat(69),
      }),
    ]);
  });

  it('cleans text for the bank', () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
    expect(transliterateForBank('  Linje 1\r\nLinje\t2\u0000 ')).toBe('Linje 1 Linje 2');
    // Decomposed å (a + combining ring) is the Norwegian letter, not an a.
    expect(transliterateForBank('Ba\u030arum')).toBe('Bårum');
    expect(bankText('😀😀 Ærlig', 3)).toEqual({ text: 'Ærl', truncated: true });
    expect(bankText('Ærlig', 5)).toEqual({ text: 'Ærlig', truncated: false });
  });

  it('validates with thousands of transactions', async () => {
    const count = 2_000;
    const sink = new CollectingSink();
    await writePain001(
      sampleHeader([], { count, totalOre: generatedTotalOre(count) }),
      generateRows(count),
      sink,
    );
    const big = sink.text();
    expect(() => validatePain001(big)).not.toThrow();
    expect(big.match(/<CdtTrfTxInf>/g)).toHaveLength(count);
    // 1 000 * 2 000 + (0 + 1 + … + 1 999) = 3 999 000 øre
    expect(big.match(/<CtrlSum>39990\.00<\/CtrlSum>/g)).toHaveLength(2);
    expect(big.match(/<NbOfTxs>2000<\/NbOfTxs>/g)).toHaveLength(2);
  });

  it('refuses a batch without disbursements and an account that is not 11 digits', async () => {
    await expect(writePain001(sampleHeader([]), fromArray([]), new CollectingSink())).rejects.toThrow(
      RangeError,
    );
    const rows = sampleRows();
    rows[0].bankAccount = '1234';
    await expect(writePain001(sampleHeader(rows), fromArray(rows), new CollectingSink())).rejects.toThrow(
      /11-digit/,
    );
  });
});
