import { endOfOsloDayAfter } from './deadline';
import {
  formatOsloIso,
  formatOsloNorwegian,
  InvalidLocalTimeError,
  osloDate,
  osloLocalToInstant,
  osloOffsetMinutes,
  osloParts,
} from './oslo';

describe('Europe/Oslo time, independent of the process time zone', () => {
  it('converts winter and summer wall-clock times to instants', () => {
    expect(osloLocalToInstant('2026-12-01T23:59:59').toISOString()).toBe('2026-12-01T22:59:59.000Z');
    expect(osloLocalToInstant('2027-06-15T12:00').toISOString()).toBe('2027-06-15T10:00:00.000Z');
    expect(osloLocalToInstant('2027-04-01').toISOString()).toBe('2027-03-31T22:00:00.000Z');
  });

  it('handles the spring change (last Sunday of March 2027: 02:00 → 03:00)', () => {
    expect(osloLocalToInstant('2027-03-28T01:59:59').toISOString()).toBe('2027-03-28T00:59:59.000Z');
    expect(() => osloLocalToInstant('2027-03-28T02:30:00')).toThrow(InvalidLocalTimeError);
    expect(osloLocalToInstant('2027-03-28T03:00:00').toISOString()).toBe('2027-03-28T01:00:00.000Z');
  });

  it('resolves the repeated autumn hour (31 October 2027, 02:00–03:00 twice) to the first, summer-time instant', () => {
    expect(osloLocalToInstant('2027-10-31T02:30:00').toISOString()).toBe('2027-10-31T00:30:00.000Z');
    expect(osloLocalToInstant('2027-10-31T03:00:00').toISOString()).toBe('2027-10-31T02:00:00.000Z');
  });

  it('refuses impossible dates and junk', () => {
    for (const bad of ['2027-02-30', '2027-13-01T00:00', '2027-01-01T24:00', '1. desember', '']) {
      expect(() => osloLocalToInstant(bad)).toThrow(InvalidLocalTimeError);
    }
  });

  it('formats instants as Oslo local time with the right offset', () => {
    expect(osloOffsetMinutes(new Date('2027-01-15T12:00:00Z'))).toBe(60);
    expect(osloOffsetMinutes(new Date('2027-07-15T12:00:00Z'))).toBe(120);
    expect(formatOsloIso(new Date('2026-12-01T22:59:59Z'))).toBe('2026-12-01T23:59:59+01:00');
    expect(formatOsloIso(new Date('2027-03-28T01:00:00Z'))).toBe('2027-03-28T03:00:00+02:00');
    expect(formatOsloNorwegian(new Date('2026-12-01T22:59:59Z'))).toBe('1. desember 2026 kl. 23:59');
    expect(formatOsloNorwegian(new Date('2027-03-31T22:00:00Z'), false)).toBe('1. april 2027');
  });
});

describe('Oslo calendar arithmetic', () => {
  it('ends the day 21 days later in local time, across the autumn change', () => {
    // Notified 15 October 2027 at 10:00 Oslo (summer time); the deadline is 5 November 23:59:59 (winter time).
    expect(endOfOsloDayAfter(new Date('2027-10-15T08:00:00Z'), 21).toISOString()).toBe(
      '2027-11-05T22:59:59.000Z',
    );
  });
  it('uses the Oslo date, not the UTC date, near midnight', () => {
    // 00:30 on 2 December in Oslo is still 1 December in UTC.
    expect(osloDate(new Date('2027-12-01T23:30:00Z'))).toBe('2027-12-02');
    expect(endOfOsloDayAfter(new Date('2027-12-01T23:30:00Z'), 0).toISOString()).toBe(
      '2027-12-02T22:59:59.000Z',
    );
  });
});

describe('osloParts (offset cached per UTC hour)', () => {
  it('agrees with Intl for instants around every DST change from 2000 to 2040 and at random', () => {
    const intl = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Oslo',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    const viaIntl = (d: Date) => {
      const p: Record<string, string> = {};
      for (const part of intl.formatToParts(d)) p[part.type] = part.value;
      return ['year', 'month', 'day', 'hour', 'minute', 'second'].map((k) => Number(p[k]));
    };
    const instants: Date[] = [];
    for (let year = 2000; year <= 2040; year++) {
      for (const month of [2, 9]) {
        // The last Sunday of March and of October, from the Saturday to the Monday, every 14 min 23 s.
        const lastDay = new Date(Date.UTC(year, month + 1, 0));
        const sunday = Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay());
        for (let t = sunday - 86_400_000; t < sunday + 2 * 86_400_000; t += 863_000)
          instants.push(new Date(t));
      }
    }
    let seed = 42;
    for (let i = 0; i < 5000; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      instants.push(new Date(Date.UTC(1990, 0, 1) + (seed / 2 ** 31) * 50 * 365 * 86_400_000));
    }
    for (const instant of instants) {
      const p = osloParts(instant);
      expect([p.year, p.month, p.day, p.hour, p.minute, p.second]).toEqual(viaIntl(instant));
    }
  });
});
