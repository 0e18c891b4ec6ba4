import { EventEmitter } from 'node:events';
import type * as ExcelJS from 'exceljs';
import { ControlTotals } from './control-totals';
import { formatKronerGrouped } from './decimal';
import { BatchExportHeader, BatchExportRow, BatchFileWriter } from './export-row';
import {
  AMOUNT_COLUMN_INDEX,
  formatInstalment,
  isoDateAsUtc,
  kidOrMessage,
  LIST_COLUMNS,
  osloWallClockAsUtc,
} from './list-columns';
import { awaitCapacity, outputFinished, runExport, waitFor, yieldToEventLoop } from './output';

export const XLSX_SHEET_NAME = 'Utbetalingsliste';
/** Row numbers (1-based) of the fixed part: title, payment date, control total, a blank row, column titles. */
export const XLSX_TITLE_ROW = 1;
export const XLSX_DATE_ROW = 2;
export const XLSX_CONTROL_ROW = 3;
export const XLSX_HEADER_ROW = 5;
export const XLSX_FIRST_DATA_ROW = XLSX_HEADER_ROW + 1;

export const AMOUNT_FORMAT = '#,##0.00';
export const DATE_FORMAT = 'dd.mm.yyyy';
export const TIMESTAMP_FORMAT = 'dd.mm.yyyy hh:mm';

/** The amount column's letter ("K"); the list has fewer than 27 columns. */
export const AMOUNT_COLUMN_LETTER = String.fromCharCode('A'.charCodeAt(0) + AMOUNT_COLUMN_INDEX);

/**
 * ExcelJS 4.4 writes a sheet into an in-memory buffer piped into a PassThrough that the zip compresses from, and
 * that pipe ignores back-pressure: left alone, a fast source piles the whole uncompressed sheet up in memory
 * (measured: ~37 MB for 100 000 rows). So the writer waits whenever that PassThrough asks for a pause. It is
 * internal to ExcelJS; `zipInputOf` checks its shape, and a spec fails if an upgrade changes it.
 */
interface ZipInput extends EventEmitter {
  _writableState: { needDrain: boolean };
}

/** The stream the zip reads the sheet from, if ExcelJS's internals look as expected. */
export function zipInputOf(sheet: ExcelJS.Worksheet): ZipInput | undefined {
  const stream = (sheet as unknown as { stream?: { pipes?: unknown } }).stream;
  const input: unknown = Array.isArray(stream?.pipes) ? stream.pipes[0] : undefined;
  if (!(input instanceof EventEmitter)) return undefined;
  const state = (input as Partial<ZipInput>)._writableState;
  return typeof state?.needDrain === 'boolean' ? (input as ZipInput) : undefined;
}

/** Without a zip input to watch, the writer at least lets the zip run every so many rows. */
const ROWS_PER_YIELD = 20;

/** Cell values of one disbursement; the position of each matches LIST_COLUMNS. */
function rowValues(row: BatchExportRow): ExcelJS.CellValue[] {
  return [
    row.disbursementId,
    row.referenceNumber,
    row.grantYear,
    row.schemeCode,
    row.budgetChapter,
    row.budgetPost,
    row.recipientName,
    row.organisationNumber,
    row.bankAccount,
    kidOrMessage(row),
    row.amountOre / 100,
    isoDateAsUtc(row.dueDate),
    formatInstalment(row),
    row.attestedByName,
    osloWallClockAsUtc(row.attestedAt),
    row.approvedByName,
    osloWallClockAsUtc(row.approvedAt),
  ];
}

/** Excel's text format: what is typed into the cell stays text, so an edited "0433" does not become 433. */
export const TEXT_FORMAT = '@';

/**
 * Number formats by column title. Identifiers (chapter "0433", organisation and account numbers, KID, case and
 * disbursement ids) are string cells with the text format, so they keep their leading zeros, never show in
 * scientific notation, and stay text when someone edits them.
 */
const FORMAT_BY_TITLE: Readonly<Record<string, string>> = {
  'Utbetalings-ID': TEXT_FORMAT,
  Saksnummer: TEXT_FORMAT,
  Ordning: TEXT_FORMAT,
  Kapittel: TEXT_FORMAT,
  Post: TEXT_FORMAT,
  Organisasjonsnummer: TEXT_FORMAT,
  Kontonummer: TEXT_FORMAT,
  'KID/melding': TEXT_FORMAT,
  'Beløp (NOK)': AMOUNT_FORMAT,
  Forfallsdato: DATE_FORMAT,
  Attestert: TIMESTAMP_FORMAT,
  Godkjent: TIMESTAMP_FORMAT,
};
/**
 * One style object per column, shared by all its cells: ExcelJS caches a style's id by object identity, so a shared
 * object is resolved once, where a fresh object per cell (what `cell.numFmt = …` makes) is serialised per cell.
 */
const COLUMN_STYLES: readonly Partial<ExcelJS.Style>[] = LIST_COLUMNS.map((column) => {
  const numFmt = FORMAT_BY_TITLE[column.title];
  return numFmt ? { numFmt } : {};
});

function writeTitle(sheet: ExcelJS.Worksheet, header: BatchExportHeader): void {
  const title = sheet.getRow(XLSX_TITLE_ROW);
  title.getCell(1).value = `Utbetalingsliste ${header.batchNumber}`;
  title.getCell(1).font = { bold: true, size: 14 };
  title.commit();

  const date = sheet.getRow(XLSX_DATE_ROW);
  date.getCell(1).value = 'Betalingsdato';
  date.getCell(1).font = { bold: true };
  date.getCell(2).value = isoDateAsUtc(header.executionDate);
  date.getCell(2).numFmt = DATE_FORMAT;
  date.getCell(2).alignment = { horizontal: 'left' };
  date.commit();

  const control = sheet.getRow(XLSX_CONTROL_ROW);
  const noun = header.count === 1 ? 'utbetaling' : 'utbetalinger';
  control.getCell(1).value =
    `Kontrollsum: ${header.count} ${noun}, kr ${formatKronerGrouped(header.totalOre)}`;
  control.commit();

  const titles = sheet.getRow(XLSX_HEADER_ROW);
  LIST_COLUMNS.forEach((column, index) => {
    const cell = titles.getCell(index + 1);
    cell.value = column.title;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  titles.commit();
}

function writeTotals(sheet: ExcelJS.Worksheet, rowNumber: number, totals: ControlTotals): void {
  const row = sheet.getRow(rowNumber);
  row.getCell(1).value = 'SUM';
  row.getCell(2).value = `Antall: ${totals.count}`;
  const amount = row.getCell(AMOUNT_COLUMN_INDEX + 1);
  const lastDataRow = rowNumber - 1;
  amount.value =
    totals.count > 0
      ? {
          formula: `SUM(${AMOUNT_COLUMN_LETTER}${XLSX_FIRST_DATA_ROW}:${AMOUNT_COLUMN_LETTER}${lastDataRow})`,
          result: totals.totalOre / 100,
        }
      : 0;
  amount.numFmt = AMOUNT_FORMAT;
  row.font = { bold: true };
  row.getCell(1).border = { top: { style: 'thin' } };
  amount.border = { top: { style: 'thin' } };
  row.commit();
}

/**
 * The disbursement list as an Excel workbook, streamed row by row: title, payment date and control total on top,
 * frozen column titles, real numbers and dates in the cells, and a SUM row at the end (docs/domain.md §7).
 */
export const writeXlsx: BatchFileWriter = (header, rows, out) =>
  runExport(out, async () => {
    // WorkbookWriter pipes its zip into `out` and ends it; commit() resolves on out's 'finish'.
    // Loaded here, not at import: ExcelJS costs a process about 28 MB, and the worker never writes a workbook.
    const excel = await import('exceljs');
    const workbook = new excel.stream.xlsx.WorkbookWriter({
      stream: out,
      useStyles: true,
      useSharedStrings: false,
    });
    workbook.creator = header.exportedByName;
    workbook.lastModifiedBy = header.exportedByName;
    workbook.created = header.createdAt;
    workbook.modified = header.createdAt;

    // The view is written when the sheet is created and the column widths with its first row: set both first.
    const sheet = workbook.addWorksheet(XLSX_SHEET_NAME, {
      views: [{ state: 'frozen', xSplit: 0, ySplit: XLSX_HEADER_ROW }],
    });
    sheet.columns = LIST_COLUMNS.map((column) => ({ width: column.width }));
    writeTitle(sheet, header);
    const zipInput = zipInputOf(sheet);

    const totals = new ControlTotals();
    let rowNumber = XLSX_FIRST_DATA_ROW;
    for await (const source of rows) {
      totals.add(source);
      const row = sheet.getRow(rowNumber);
      rowValues(source).forEach((value, index) => {
        const cell = row.getCell(index + 1);
        cell.value = value;
        cell.style = COLUMN_STYLES[index];
      });
      row.commit();
      rowNumber += 1;
      if (zipInput) {
        if (zipInput._writableState.needDrain) await waitFor(out, 'drain', zipInput);
      } else if ((rowNumber - XLSX_FIRST_DATA_ROW) % ROWS_PER_YIELD === 0) {
        await yieldToEventLoop();
      }
      await awaitCapacity(out);
    }
    totals.verify(header);
    writeTotals(sheet, rowNumber, totals);

    sheet.commit();
    await workbook.commit();
    await outputFinished(out);
  });
