import { BatchExportRow } from './export-row';
import { csvField, neutraliseFormula, writeCsv } from './csv-writer';
import {
  CollectingSink,
  fromArray,
  generateRows,
  generatedTotalOre,
  sampleHeader,
  sampleRows,
  SlowSink,
} from './testing';

const HEADER_LINE =
  'Utbetalings-ID;Saksnummer;Tilskuddsår;Ordning;Kapittel;Post;Mottaker;Organisasjonsnummer;Kontonummer;' +
  'KID/melding;Beløp (NOK);Forfallsdato;Avdrag;Attestert av;Attestert;Godkjent av;Godkjent';

async function csvOf(rows = sampleRows()): Promise<string> {
  const sink = new CollectingSink();
  await writeCsv(sampleHeader(rows), fromArray(rows), sink);
  return sink.text();
}

describe('CSV disbursement list', () => {
  it('is UTF-8 with a BOM, `;`-separated, CRLF, header first and a control line last', async () => {
    const csv = await csvOf();
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(6); // header, 3 rows, control line, and the empty string after the last CRLF
    expect(lines[5]).toBe('');
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(lines[0]).toBe(HEADER_LINE);
    // 33 333 333 + 1 + 100 000 000 001 øre
    expect(lines[4]).toBe('KONTROLLSUM;Antall: 3;;;;;;;;;1000333333,35;;;;;;');
  });

  it('writes amounts with comma decimals, dates as dd.mm.yyyy and Oslo time, and identifiers as quoted text with their leading zeros', async () => {
    const lines = (await csvOf()).slice(1).split('\r\n');
    expect(lines[1]).toBe(
      '"3b0e5a4c-1d2f-4a6b-9c8d-7e6f5a4b3c2d";"MHP-2027-0042";2027;"MHP";"0433";"70";"Søn & <Ærlige> Øst; avd. ""Å""";' +
        '"912345678";"05400000123";Tilskudd MHP-2027-0042, utbetaling 1 av 1;333333,33;15.04.2027;1 av 3;' +
        // 23:30 UTC the night before summer time starts is 00:30 in Oslo; 22:15 UTC in summer is 00:15.
        'Ola Attestant;28.03.2027 00:30;Berit Budsjett;01.07.2027 00:15',
    );
    const second = lines[2].split(';');
    expect(second[9]).toBe('"1234567890128"'); // the KID rather than the message
    expect(second[10]).toBe('0,01');
    expect(second[12]).toBe('2 av 3');
    expect(lines[3].split(';')[10]).toBe('1000000000,01');
  });

  it('neutralises a name that a spreadsheet would run as a formula', async () => {
    const lines = (await csvOf()).slice(1).split('\r\n');
    expect(lines[2]).toContain(`;"'=HYPERLINK(""http://x.invalid"")";`);
  });

  it('quotes separators, quotes and line breaks, and prefixes formula starts', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('si "hei"')).toBe('"si ""hei"""');
    expect(csvField('linje 1\nlinje 2')).toBe('"linje 1\nlinje 2"');
    expect(csvField('a\rb')).toBe('"a\rb"');
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(neutraliseFormula(`${start}1+1`)).toBe(`'${start}1+1`);
    }
    expect(neutraliseFormula('Bygdelaget')).toBe('Bygdelaget');
    expect(csvField(neutraliseFormula('\r=cmd'))).toBe(`"'\r=cmd"`);
  });

  it('streams 20 000 rows through a slow consumer without outrunning it', async () => {
    const count = 20_000;
    const sink = new SlowSink(1024);
    let produced = 0;
    let maxAhead = 0;
    async function* counted(): AsyncGenerator<BatchExportRow> {
      for await (const row of generateRows(count)) {
        produced += 1;
        maxAhead = Math.max(maxAhead, produced - sink.lines);
        yield row;
      }
    }
    const header = sampleHeader([], { count, totalOre: generatedTotalOre(count) });

    await writeCsv(header, counted(), sink);

    expect(sink.writableFinished).toBe(true);
    expect(sink.lines).toBe(count + 2);
    // 1 000 * 20 000 + (0 + 1 + … + 19 999) = 219 990 000 øre
    expect(sink.lastChunk).toBe('KONTROLLSUM;Antall: 20000;;;;;;;;;2199900,00;;;;;;\r\n');
    expect(sink.drains).toBeGreaterThan(100);
    // Without waiting for 'drain' the whole file (several MB) would pile up in the sink's buffer.
    expect(sink.bytes).toBeGreaterThan(4_000_000);
    expect(sink.maxBuffered).toBeLessThan(1024 + 400);
    expect(maxAhead).toBeLessThan(20);
  });
});
