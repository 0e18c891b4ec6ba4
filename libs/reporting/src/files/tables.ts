import { csvField, neutraliseFormula } from '@app/grants';
import type * as ExcelJS from 'exceljs';

/** A column of a published or internal table: its title, how to read a cell from a row, and its Excel format. */
export interface TableColumn<T> {
  title: string;
  value: (row: T) => string | number | null;
  /** Excel number format for numeric cells, e.g. '#,##0.00'. */
  numFmt?: string;
  /** Kroner from øre: the cell shows kroner with two decimals. */
  ore?: boolean;
  width?: number;
}

export interface Table<T> {
  /** The sheet's name in XLSX (at most 31 characters). */
  sheet: string;
  /** Lines above the table (title, scope); plain text. */
  caption: string[];
  columns: TableColumn<T>[];
  rows: T[];
}

const BOM = '\uFEFF';
const KRONER_FORMAT = '#,##0.00';

function cellText<T>(column: TableColumn<T>, row: T): string {
  const value = column.value(row);
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!column.ore) return String(value);
    const sign = value < 0 ? '-' : '';
    const abs = Math.abs(value);
    return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
  }
  return neutraliseFormula(value);
}

// Tables of different row types go into one file; each is rendered through its own columns.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTable = Table<any>;

function csvLines<T>(table: Table<T>): string[] {
  return [
    ...table.caption.map((line) => csvField(neutraliseFormula(line))),
    table.columns.map((c) => csvField(c.title)).join(';'),
    ...table.rows.map((row) => table.columns.map((c) => csvField(cellText(c, row))).join(';')),
  ];
}

/**
 * Tables as CSV for Norwegian Excel: UTF-8 with BOM, `;`, CRLF, comma decimals; per table its caption lines (one
 * field each), the header and the rows, and an empty line between tables. Text from users is neutralised against
 * formula injection.
 */
export function tablesToCsv(tables: AnyTable[]): Buffer {
  const lines = tables.flatMap((table, i) => [...(i > 0 ? [''] : []), ...csvLines(table)]);
  return Buffer.from(BOM + lines.join('\r\n') + '\r\n', 'utf8');
}

/** Tables as Excel sheets: caption lines, a bold frozen header, numbers as numbers, kroner formatted. */
export async function tablesToXlsx(tables: AnyTable[]): Promise<Buffer> {
  // Loaded here, not at import: ExcelJS costs a process about 28 MB, and the worker never writes a workbook.
  const excel = await import('exceljs');
  const workbook = new excel.Workbook();
  workbook.creator = 'Tilskudd — Sekretariatet for konfliktrådene';
  for (const table of tables) addSheet(workbook, table);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addSheet<T>(workbook: ExcelJS.Workbook, table: Table<T>): void {
  const sheet = workbook.addWorksheet(table.sheet, {
    views: [{ state: 'frozen', ySplit: table.caption.length + 1 }],
  });
  table.caption.forEach((line, i) => {
    sheet.getCell(i + 1, 1).value = line;
    if (i === 0) sheet.getCell(i + 1, 1).font = { bold: true, size: 14 };
  });
  const headerRow = sheet.getRow(table.caption.length + 1);
  table.columns.forEach((column, i) => {
    const cell = headerRow.getCell(i + 1);
    cell.value = column.title;
    cell.font = { bold: true };
    sheet.getColumn(i + 1).width = column.width ?? Math.max(12, column.title.length + 2);
  });
  table.rows.forEach((row, r) => {
    const excelRow = sheet.getRow(table.caption.length + 2 + r);
    table.columns.forEach((column, i) => {
      const value = column.value(row);
      const cell = excelRow.getCell(i + 1);
      if (typeof value === 'number' && column.ore) {
        cell.value = value / 100;
        cell.numFmt = KRONER_FORMAT;
      } else {
        cell.value = value;
        if (column.numFmt) cell.numFmt = column.numFmt;
      }
    });
  });
}
