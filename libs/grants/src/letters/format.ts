import { formatKroner, formatOsloNorwegian, MONTHS_NB } from '@app/platform';
import { formatOrganisationNumber } from '../kernel/identifiers';

/**
 * Norwegian formatting for letters. Month names are the same in bokmål and nynorsk, so nothing here depends on
 * the letter's language.
 */

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Øre → "kr 1 234 567" (thousands grouped with U+00A0, so an amount never breaks across lines). */
export function formatAmount(ore: number): string {
  return formatKroner(ore);
}

/** An instant → its Oslo calendar date, "1. desember 2026". */
export function formatDate(instant: Date): string {
  return formatOsloNorwegian(instant, false);
}

/** An instant → its Oslo wall-clock time, "1. desember 2026 kl. 14:03". */
export function formatDateTime(instant: Date): string {
  return formatOsloNorwegian(instant, true);
}

/** A calendar date "2027-01-01" → "1. januar 2027". Refuses anything that is not a real date. */
export function formatIsoDate(iso: string): string {
  const m = ISO_DATE_RE.exec(iso);
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [NaN, NaN, NaN];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (
    !m ||
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  ) {
    throw new RangeError(`"${iso}" is not a calendar date (YYYY-MM-DD)`);
  }
  return `${day}. ${MONTHS_NB[month - 1]} ${year}`;
}

/** True for a string formatIsoDate accepts. */
export function isIsoDate(value: string | null | undefined): boolean {
  if (!value) return false;
  try {
    formatIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

/** "988077917" → "988 077 917". */
export function formatOrgNumber(value: string): string {
  return formatOrganisationNumber(value);
}

/** ["§ 2", "§ 3", "§ 5"] → "§ 2, § 3 og § 5" ("og" in bokmål and nynorsk alike). */
export function joinList(items: string[]): string {
  const list = items.map((s) => s.trim()).filter(Boolean);
  if (list.length <= 1) return list.join('');
  return `${list.slice(0, -1).join(', ')} og ${list[list.length - 1]}`;
}

/** A valid Date (not Invalid Date). */
export function isValidDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}
