/**
 * Norwegian formats, as the letters and the API write them: "1. desember 2026 kl. 23:59" in Oslo time, "kr 250 000".
 * Amounts travel in øre; the browser shows kroner.
 */
const OSLO = 'Europe/Oslo';

const dateTimeParts = new Intl.DateTimeFormat('nb-NO', {
  timeZone: OSLO,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const dateParts = new Intl.DateTimeFormat('nb-NO', {
  timeZone: OSLO,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

const clock = new Intl.DateTimeFormat('nb-NO', {
  timeZone: OSLO,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? '';
}

/** "1. desember 2026 kl. 23:59" (Oslo time). */
export function formatDateTime(value: string | Date): string {
  const parts = dateTimeParts.formatToParts(new Date(value));
  return `${part(parts, 'day')}. ${part(parts, 'month')} ${part(parts, 'year')} kl. ${part(parts, 'hour')}:${part(parts, 'minute')}`;
}

/** "1. desember 2026" (Oslo date of an instant, or a calendar date "2027-01-01" as it is). */
export function formatDate(value: string | Date): string {
  const date =
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? new Date(`${value}T12:00:00Z`)
      : new Date(value);
  const parts = dateParts.formatToParts(date);
  return `${part(parts, 'day')}. ${part(parts, 'month')} ${part(parts, 'year')}`;
}

/** "14:02" (Oslo time). */
export function formatClock(value: string | Date): string {
  const parts = clock.formatToParts(new Date(value));
  return `${part(parts, 'hour')}:${part(parts, 'minute')}`;
}

const kroner = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 2 });

/** "kr 250 000" from øre ("kr 250 000,50" when there are øre). */
export function formatAmount(ore: number): string {
  const value = ore / 100;
  const text = Number.isInteger(value)
    ? kroner.format(value)
    : new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
  return `kr\u00a0${text.replace(/\u2212/g, '-')}`;
}

/** Kroner as typed ("250 000", "250000,50") into øre; null when it is not an amount. */
export function parseKroner(text: string): number | null {
  const cleaned = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^kr/i, '')
    .replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  return Math.round(Number(cleaned) * 100);
}

/** Kroner for an input field, without the "kr" ("250 000"). */
export function kronerText(ore: number | null | undefined): string {
  if (ore === null || ore === undefined) return '';
  return formatAmount(ore).slice(3);
}

/**
 * The moment a server-rendered page was rendered at: while the browser hydrates that page it counts time from the
 * same moment, so "time left" reads as the server wrote it (main.tsx sets and clears it); null otherwise.
 */
let renderedAt: number | null = null;

export function setRenderedAt(at: number | null): void {
  renderedAt = at;
}

/** Whole days and hours from now until `deadline`; negative when it has passed. */
export function timeLeft(
  deadline: string | Date,
  now: Date = new Date(renderedAt ?? Date.now()),
): { days: number; hours: number; passed: boolean } {
  const ms = new Date(deadline).getTime() - now.getTime();
  const passed = ms <= 0;
  const abs = Math.abs(ms);
  return { days: Math.floor(abs / 86_400_000), hours: Math.floor((abs % 86_400_000) / 3_600_000), passed };
}

/** Words as the API counts them (runs of non-space). */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}
