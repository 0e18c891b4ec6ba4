import { escapeXml, paymentText, writePain001 } from './pain001-writer';
import {
  CollectingSink,
  fromArray,
  generateRows,
  generatedTotalOre,
  LONG_MESSAGE,
  LONG_NAME,
  pain001ValidationErrors,
  sampleHeader,
  sampleRows,
  validatePain001,
} from './testing';

describe('pain.001.001.03 payment file', () => {
  let xml: string;

  beforeAll(async () => {
    const rows = sampleRows();
    const sink = new CollectingSink();
    await writePain001(sampleHeader(rows), fromArray(rows), sink);
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

  it('escapes names, truncates long texts by characters and uses KID as a structured reference', () => {
    expect(xml).toContain('<Nm>Søn &amp; &lt;Ærlige&gt; Øst; avd. &quot;Å&quot;</Nm>');
    expect(xml).toContain('<Nm>=HYPERLINK(&quot;http://x.invalid&quot;)</Nm>');
    expect(xml).toContain(`<Nm>${escapeXml(Array.from(LONG_NAME).slice(0, 70).join(''))}</Nm>`);
    expect(xml).toContain(`<Ustrd>${escapeXml(LONG_MESSAGE.slice(0, 140))}</Ustrd>`);
    expect(xml).toContain(
      '<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>1234567890128</Ref></CdtrRefInf></Strd></RmtInf>',
    );
    expect(xml).toContain(
      '<PmtId><InstrId>3b0e5a4c1d2f4a6b9c8d7e6f5a4b3c2d</InstrId><EndToEndId>3b0e5a4c1d2f4a6b9c8d7e6f5a4b3c2d</EndToEndId></PmtId>',
    );
    expect(xml).toContain('<Id>05400000123</Id>');
  });

  it('cleans text for the bank', () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&apos;f');
    expect(paymentText('  Linje 1\r\nLinje\t2\u0000 ', 140)).toBe('Linje 1 Linje 2');
    expect(paymentText('😀'.repeat(3), 2)).toBe('😀😀');
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
