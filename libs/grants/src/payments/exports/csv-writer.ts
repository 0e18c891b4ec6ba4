import { ControlTotals } from './control-totals';
import { oreToDecimal } from './decimal';
import { BatchExportRow, BatchFileWriter } from './export-row';
import {
  AMOUNT_COLUMN_INDEX,
  formatInstalment,
  formatNorwegianDate,
  formatOsloTimestamp,
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

/** An identifier as a quoted CSV field (quotes doubled), whatever it holds. */
export function quotedCsvField(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

interface Field {
  value: string;
  /** Outside text: neutralised against formulas. */
  text: boolean;
  /** An identifier: always quoted. */
  identifier?: boolean;
}

/** One CSV line; `text` marks the fields that carry outside text and must be neutralised. */
function csvLine(fields: readonly Field[]): string {
  return (
    fields
      .map(({ value, text, identifier }) => {
        const safe = text ? neutraliseFormula(value) : value;
        return identifier ? quotedCsvField(safe) : csvField(safe);
      })
      .join(SEPARATOR) + LINE_END
  );
}

const text = (value: string): Field => ({ value, text: true });
const made = (value: string): Field => ({ value, text: false });
/**
 * Identifiers (chapter "0433", organisation and account numbers, KID, case and disbursement ids) are quoted: text
 * to any CSV reader, and a spreadsheet that formats quoted fields as text (LibreOffice's import option "Format quoted
 * field as text") keeps their leading zeros. Excel's and LibreOffice's defaults still read them as numbers; the README
 * says how to open the file, and the XLSX list has them as text cells.
 */
const identifier = (value: string): Field => ({ value, text: true, identifier: true });

function rowLine(row: BatchExportRow): string {
  return csvLine([
    identifier(row.disbursementId),
    identifier(row.referenceNumber),
    made(String(row.grantYear)),
    identifier(row.schemeCode),
    identifier(row.budgetChapter),
    identifier(row.budgetPost),
    text(row.recipientName),
    identifier(row.organisationNumber),
    identifier(row.bankAccount),
    row.kid !== null ? identifier(row.kid) : text(row.message),
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
 * header row, one line per disbursement and a control line with count and total (docs/domain.md §7). Identifiers are
 * quoted text (see `identifier`); the file is meant for machines (DFØ) first, the XLSX list for people.
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
