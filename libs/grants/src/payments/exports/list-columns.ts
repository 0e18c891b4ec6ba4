import { osloParts } from '@app/platform';
import { BatchExportRow } from './export-row';

/** The disbursement list's columns (CSV and XLSX), in order, with the width they get in Excel. */
export const LIST_COLUMNS: readonly { title: string; width: number }[] = [
  { title: 'Utbetalings-ID', width: 38 },
  { title: 'Saksnummer', width: 16 },
  { title: 'Tilskuddsår', width: 11 },
  { title: 'Ordning', width: 12 },
  { title: 'Kapittel', width: 9 },
  { title: 'Post', width: 6 },
  { title: 'Mottaker', width: 40 },
  { title: 'Organisasjonsnummer', width: 20 },
  { title: 'Kontonummer', width: 14 },
  { title: 'KID/melding', width: 45 },
  { title: 'Beløp (NOK)', width: 18 },
  { title: 'Forfallsdato', width: 12 },
  { title: 'Avdrag', width: 8 },
  { title: 'Attestert av', width: 24 },
  { title: 'Attestert', width: 17 },
  { title: 'Godkjent av', width: 24 },
  { title: 'Godkjent', width: 17 },
];

/** Zero-based position of "Beløp (NOK)". */
export const AMOUNT_COLUMN_INDEX = LIST_COLUMNS.findIndex((column) => column.title === 'Beløp (NOK)');

const pad = (n: number): string => String(n).padStart(2, '0');

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Year, month and day of a "YYYY-MM-DD" date; refuses anything else. */
export function parseIsoDate(date: string): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`"${date}" is not a date (YYYY-MM-DD)`);
  const [year, month, day] = [match[1], match[2], match[3]].map(Number);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`"${date}" is not a valid date`);
  }
  return { year, month, day };
}

/** "2027-04-15" → "15.04.2027". */
export function formatNorwegianDate(date: string): string {
  const { year, month, day } = parseIsoDate(date);
  return `${pad(day)}.${pad(month)}.${year}`;
}

/** An instant as Oslo wall-clock time, "28.03.2027 00:30". */
export function formatOsloTimestamp(instant: Date): string {
  const p = osloParts(instant);
  return `${pad(p.day)}.${pad(p.month)}.${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** An instant as Oslo wall-clock time without offset, "2027-07-01T10:05:09" (ISO 8601 local time). */
export function formatOsloLocalIso(instant: Date): string {
  const p = osloParts(instant);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

/**
 * The Oslo wall-clock time of an instant, as a Date whose UTC fields carry it. Excel date cells have no time zone
 * and ExcelJS converts Dates by their UTC value, so this makes the cell show Oslo time.
 */
export function osloWallClockAsUtc(instant: Date): Date {
  const p = osloParts(instant);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second));
}

/** A calendar date as midnight UTC, the form ExcelJS writes as that date. */
export function isoDateAsUtc(date: string): Date {
  const { year, month, day } = parseIsoDate(date);
  return new Date(Date.UTC(year, month - 1, day));
}

/** "1 av 3". */
export function formatInstalment(row: BatchExportRow): string {
  return `${row.instalmentNo} av ${row.instalmentCount}`;
}

/** The KID if the payment has one, otherwise the message. */
export function kidOrMessage(row: BatchExportRow): string {
  return row.kid ?? row.message;
}
