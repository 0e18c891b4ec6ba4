import ExcelJS from 'exceljs';
import { LIST_COLUMNS } from './list-columns';
import {
  CollectingSink,
  fromArray,
  generateRows,
  generatedTotalOre,
  LONG_NAME,
  sampleHeader,
  sampleRows,
  SlowSink,
} from './testing';
import { writeXlsx, zipInputOf } from './xlsx-writer';

async function readBack(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Utbetalingsliste');
  if (!sheet) throw new Error('no sheet "Utbetalingsliste"');
  return sheet;
}

describe('XLSX disbursement list', () => {
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    const rows = sampleRows();
    const sink = new CollectingSink();
    await writeXlsx(sampleHeader(rows), fromArray(rows), sink);
    expect(sink.writableFinished).toBe(true);
    sheet = await readBack(sink.buffer());
  });

  it('starts with the title, the payment date and the control total', () => {
    expect(sheet.getCell('A1').value).toBe('Utbetalingsliste UTB-2027-0042');
    expect(sheet.getCell('A2').value).toBe('Betalingsdato');
    expect(sheet.getCell('B2').value).toEqual(new Date(Date.UTC(2027, 6, 5)));
    expect(sheet.getCell('B2').numFmt).toBe('dd.mm.yyyy');
    expect(sheet.getCell('A3').value).toBe('Kontrollsum: 3 utbetalinger, kr 1\u00a0000\u00a0333\u00a0333,35');
    expect(sheet.getRow(4).hasValues).toBe(false);
  });

  it('has bold column titles in row 5 with the pane frozen below them', () => {
    const titles = LIST_COLUMNS.map((_, index) => sheet.getRow(5).getCell(index + 1).value);
    expect(titles).toEqual(LIST_COLUMNS.map((column) => column.title));
    expect(sheet.getCell('K5').value).toBe('Beløp (NOK)');
    expect(sheet.getCell('A5').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(sheet.getColumn(1).width).toBe(38);
  });

  it('writes identifiers as text, amounts as numbers and dates as date cells in Oslo time', () => {
    expect(sheet.getCell('A6').value).toBe('3b0e5a4c-1d2f-4a6b-9c8d-7e6f5a4b3c2d');
    expect(sheet.getCell('C6').value).toBe(2027);
    expect(sheet.getCell('E6').value).toBe('0433');
    expect(sheet.getCell('H6').value).toBe('912345678');
    expect(sheet.getCell('I6').value).toBe('05400000123');
    expect(sheet.getCell('G6').value).toBe('Søn & <Ærlige> Øst; avd. "Å"');
    expect(sheet.getCell('G8').value).toBe(LONG_NAME);
    expect(sheet.getCell('J7').value).toBe('1234567890128');

    expect(sheet.getCell('K6').value).toBe(333_333.33);
    expect(sheet.getCell('K7').value).toBe(0.01);
    expect(sheet.getCell('K8').value).toBe(1_000_000_000.01);
    for (const address of ['K6', 'K7', 'K8']) expect(sheet.getCell(address).numFmt).toBe('#,##0.00');

    expect(sheet.getCell('L6').value).toEqual(new Date(Date.UTC(2027, 3, 15)));
    expect(sheet.getCell('L6').numFmt).toBe('dd.mm.yyyy');
    expect(sheet.getCell('M6').value).toBe('1 av 3');
    expect(sheet.getCell('O6').value).toEqual(new Date(Date.UTC(2027, 2, 28, 0, 30)));
    expect(sheet.getCell('O6').numFmt).toBe('dd.mm.yyyy hh:mm');
    expect(sheet.getCell('Q6').value).toEqual(new Date(Date.UTC(2027, 6, 1, 0, 15)));
  });

  it('writes every identifier as a string cell with the text format "@", leading zeros kept', () => {
    // Columns A (disbursement id), B (case), D (scheme), E (chapter), F (post), H (organisation number),
    // I (account), J (KID or message), in every data row.
    for (const row of [6, 7, 8]) {
      for (const column of ['A', 'B', 'D', 'E', 'F', 'H', 'I', 'J']) {
        const cell = sheet.getCell(`${column}${row}`);
        expect({ address: cell.address, type: cell.type, numFmt: cell.numFmt }).toEqual({
          address: `${column}${row}`,
          type: ExcelJS.ValueType.String,
          numFmt: '@',
        });
      }
    }
    expect(sheet.getCell('E6').value).toBe('0433');
    expect(sheet.getCell('I6').value).toBe('05400000123');
    expect(sheet.getCell('J7').value).toBe('1234567890128');
  });

  it('keeps a name starting with "=" as a text cell, not a formula', () => {
    expect(sheet.getCell('G7').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('G7').value).toBe('=HYPERLINK("http://x.invalid")');
  });

  it('ends with a SUM row whose formula result is the control total', () => {
    expect(sheet.getCell('A9').value).toBe('SUM');
    expect(sheet.getCell('B9').value).toBe('Antall: 3');
    expect(sheet.getCell('K9').value).toEqual({ formula: 'SUM(K6:K8)', result: 1_000_333_333.35 });
    expect(sheet.getCell('K9').numFmt).toBe('#,##0.00');
    expect(sheet.rowCount).toBe(9);
  });

  it('streams many rows into a slow consumer and they all arrive', async () => {
    const count = 5_000;
    const sink = new SlowSink(4096, true);
    await writeXlsx(
      sampleHeader([], { count, totalOre: generatedTotalOre(count) }),
      generateRows(count),
      sink,
    );
    expect(sink.drains).toBeGreaterThan(0);

    const big = await readBack(sink.buffer());
    const totalRow = 5 + count + 1;
    expect(big.rowCount).toBe(totalRow);
    expect(big.getCell(`G${totalRow - 1}`).value).toBe(`Mottaker nr. ${count - 1}`);
    expect(big.getCell(`K${totalRow}`).value).toEqual({
      formula: `SUM(K6:K${totalRow - 1})`,
      result: generatedTotalOre(count) / 100,
    });
  });

  it('finds the ExcelJS-internal stream it throttles on (fails if an ExcelJS upgrade changes it)', async () => {
    const sink = new CollectingSink();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: false });
    const draft = workbook.addWorksheet('Prøve');
    const input = zipInputOf(draft);
    expect(input).toBeDefined();
    // ExcelJS hands the sheet to the zip in 64 KB pieces; one of them is more than the stream wants at once.
    for (let n = 1; n <= 2_000; n += 1) {
      const row = draft.getRow(n);
      row.getCell(1).value = 'x'.repeat(100);
      row.commit();
    }
    expect(input?._writableState.needDrain).toBe(true);
    draft.commit();
    await workbook.commit();
    expect(sink.writableFinished).toBe(true);
  });
});
