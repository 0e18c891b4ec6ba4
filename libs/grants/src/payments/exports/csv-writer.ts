import { ControlTotals } from './control-totals';
import { oreToDecimal } from './decimal';
import { BatchExportRow, BatchFileWriter } from './export-row';
import {
  AMOUNT_COLUMN_INDEX,
  formatInstalment,
  formatNorwegianDate,
  formatOsloTimestamp,
  kidOrMessage,
  LIST_COLUMNS,
} from './list-columns';
import { endOutput, runExport, writeChunk } from './output';

/** Excel in Norway reads a UTF-8 file correctly only when it starts with a byte order mark. */
const BOM = '\uFEFF';
const SEPARATOR = ';';
const LINE_END = '\r\n';

const NEEDS_QUOTES = /[;"\r\n]/;
// OWASP "CSV injection": a cell starting with one of these is run as a formula by spreadsheet programs.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A field as CSV: quoted (quotes doubled) when it holds a separator, a quote or a line break. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Text that came from users or registers: prefixed with `'` when a spreadsheet would take it for a formula. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One CSV line; `text` marks the fields that carry outside text and must be neutralised. */
function csvLine(fields: readonly { value: string; text: boolean }[]): string {
  return (
    fields.map(({ value, text }) => csvField(text ? neutraliseFormula(value) : value)).join(SEPARATOR) +
    LINE_END
  );
}

const text = (value: string): { value: string; text: boolean } => ({ value, text: true });
const made = (value: string): { value: string; text: boolean } => ({ value, text: false });

function rowLine(row: BatchExportRow): string {
  return csvLine([
    text(row.disbursementId),
    text(row.referenceNumber),
    made(String(row.grantYear)),
    text(row.schemeCode),
    text(row.budgetChapter),
    text(row.budgetPost),
    text(row.recipientName),
    text(row.organisationNumber),
    text(row.bankAccount),
    text(kidOrMessage(row)),
    made(oreToDecimal(row.amountOre, ',')),
    made(formatNorwegianDate(row.dueDate)),
    made(formatInstalment(row)),
    text(row.attestedByName),
    made(formatOsloTimestamp(row.attestedAt)),
    text(row.approvedByName),
    made(formatOsloTimestamp(row.approvedAt)),
  ]);
}

function controlLine(totals: ControlTotals): string {
  const fields = LIST_COLUMNS.map(() => made(''));
  fields[0] = made('KONTROLLSUM');
  fields[1] = made(`Antall: ${totals.count}`);
  fields[AMOUNT_COLUMN_INDEX] = made(oreToDecimal(totals.totalOre, ','));
  return csvLine(fields);
}

/**
 * The disbursement list as CSV for Norwegian Excel: UTF-8 with BOM, `;`, CRLF, comma decimals, Oslo time; a
 * header row, one line per disbursement and a control line with count and total (DESIGN.md §7).
 */
export const writeCsv: BatchFileWriter = (header, rows, out) =>
  runExport(out, async () => {
    await writeChunk(out, BOM + csvLine(LIST_COLUMNS.map((column) => made(column.title))));
    const totals = new ControlTotals();
    for await (const row of rows) {
      totals.add(row);
      await writeChunk(out, rowLine(row));
    }
    totals.verify(header);
    await writeChunk(out, controlLine(totals));
    await endOutput(out);
  });
