/**
 * Europe/Oslo wall-clock time, computed with Intl so the process time zone (TZ) never matters.
 * Deadlines are defined in Oslo local time and stored as instants.
 */
export const OSLO = 'Europe/Oslo';

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: OSLO,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const HOUR_MS = 3_600_000;
/** Oslo's offset from UTC (ms) per UTC hour; Oslo's offset only ever changes on a whole UTC hour. */
const offsetByUtcHour = new Map<number, number>();

function offsetMs(ms: number): number {
  const hour = Math.floor(ms / HOUR_MS);
  let offset = offsetByUtcHour.get(hour);
  if (offset === undefined) {
    // formatToParts is the expensive part: once per hour of time seen, not once per call.
    const parts: Record<string, string> = {};
    for (const part of partsFormatter.formatToParts(new Date(hour * HOUR_MS))) parts[part.type] = part.value;
    const asUtc = Date.UTC(
      Number(parts.year),
      Number(parts.month) - 1,
      Number(parts.day),
      Number(parts.hour),
      Number(parts.minute),
      Number(parts.second),
    );
    offset = asUtc - hour * HOUR_MS;
    if (offsetByUtcHour.size >= 100_000) offsetByUtcHour.clear();
    offsetByUtcHour.set(hour, offset);
  }
  return offset;
}

export function osloParts(instant: Date): LocalParts {
  const ms = instant.getTime();
  const local = new Date(ms + offsetMs(ms));
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

/** Offset of Oslo from UTC at an instant, in minutes (+60 in winter, +120 in summer). */
export function osloOffsetMinutes(instant: Date): number {
  return offsetMs(instant.getTime()) / 60_000;
}

const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

export class InvalidLocalTimeError extends Error {}

/** A wall-clock time that never happens in Oslo: the hour skipped when the clocks go forward in spring. */
export class SkippedLocalTimeError extends InvalidLocalTimeError {
  constructor(readonly local: string) {
    super(`"${local}" does not exist in Europe/Oslo (skipped by the daylight-saving change)`);
  }
}

/**
 * Converts an Oslo wall-clock time ("2026-12-01T23:59:59" or "2026-12-01") to the instant.
 * A time that does not exist (skipped by the spring change) is refused; an ambiguous one
 * (repeated in the autumn) resolves to the earlier instant, i.e. summer time.
 */
export function osloLocalToInstant(local: string): Date {
  const m = LOCAL_RE.exec(local);
  if (!m) throw new InvalidLocalTimeError(`"${local}" is not a local date-time (YYYY-MM-DDTHH:mm[:ss])`);
  const [year, month, day, hour, minute, second] = [
    m[1],
    m[2],
    m[3],
    m[4] ?? '0',
    m[5] ?? '0',
    m[6] ?? '0',
  ].map(Number);
  const naiveUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(naiveUtc);
  if (
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    throw new InvalidLocalTimeError(`"${local}" is not a valid date-time`);
  }
  // Try both offsets Oslo can have; keep those that map back to the same wall-clock time.
  const candidates = [120, 60]
    .map((offset) => new Date(naiveUtc - offset * 60000))
    .filter((instant) => {
      const p = osloParts(instant);
      return p.year === year && p.month === month && p.day === day && p.hour === hour && p.minute === minute;
    });
  if (candidates.length === 0) {
    throw new SkippedLocalTimeError(local);
  }
  return candidates[0];
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** ISO 8601 with the Oslo offset, e.g. "2026-12-01T23:59:59+01:00". */
export function formatOsloIso(instant: Date): string {
  const p = osloParts(instant);
  const offset = osloOffsetMinutes(instant);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Month names, the same in bokmål and nynorsk. */
export const MONTHS_NB: readonly string[] = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];

/** "1. desember 2026 kl. 23:59" — how a deadline is stated to a Norwegian reader (same in nb and nn). */
export function formatOsloNorwegian(instant: Date, withTime = true): string {
  const p = osloParts(instant);
  const date = `${p.day}. ${MONTHS_NB[p.month - 1]} ${p.year}`;
  return withTime ? `${date} kl. ${pad(p.hour)}:${pad(p.minute)}` : date;
}

/** "2027-03-28": the Oslo calendar date of an instant. */
export function osloDate(instant: Date): string {
  const p = osloParts(instant);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}
