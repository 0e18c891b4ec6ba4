import { osloLocalToInstant, osloParts } from './oslo';

/**
 * The one rule for deadlines (fristregelen), used by every deadline in the system: the application deadline,
 * the acceptance deadline, the appeal deadline, the report deadline and a repayment claim's due date.
 *
 * A deadline is stored as the instant its last whole second begins; "by the end of 21 December" is
 * 21 December 23:59:59.000 Europe/Oslo. The whole of that second is in time (23:59:59.000, .400 and .999);
 * the next second (00:00:00.000) is late. Deadlines given to the second elsewhere (a round's deadline at
 * 12:00:00) follow the same rule: the named second counts.
 */

const SECOND_MS = 1000;

const pad = (n: number): string => String(n).padStart(2, '0');

/** The deadline that ends an Oslo calendar day ("2027-03-28"): 23:59:59.000 local time that day. */
export function deadlineAtEndOfOsloDay(date: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`"${date}" is not a date (YYYY-MM-DD)`);
  return osloLocalToInstant(`${date}T23:59:59`);
}

/** Whether an act at `instant` (lodged, submitted, accepted …) is in time for `deadline`: up to and including its last second. */
export function isWithinDeadline(instant: Date, deadline: Date): boolean {
  return startOfSecond(instant) <= deadline.getTime();
}

/** Whether `deadline` has passed at `instant` — the negation of {@link isWithinDeadline}. */
export function isPastDeadline(instant: Date, deadline: Date): boolean {
  return !isWithinDeadline(instant, deadline);
}

/**
 * For queries: a stored deadline has passed at `now` exactly when `deadline < passedDeadlineBound(now)`, and is
 * still open when `deadline >= passedDeadlineBound(now)` (the same rule as {@link isWithinDeadline}, in SQL).
 */
export function passedDeadlineBound(now: Date): Date {
  return new Date(startOfSecond(now));
}

/** The deadline at the end of the Oslo calendar day `days` after the Oslo day of `instant`. */
export function endOfOsloDayAfter(instant: Date, days: number): Date {
  return deadlineAtEndOfOsloDay(osloDateAfter(instant, days));
}

/** "2027-03-28": the Oslo calendar date `days` after the Oslo date of `instant`. */
export function osloDateAfter(instant: Date, days: number): string {
  const p = osloParts(instant);
  const day = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  return `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
}

function startOfSecond(instant: Date): number {
  return Math.floor(instant.getTime() / SECOND_MS) * SECOND_MS;
}
