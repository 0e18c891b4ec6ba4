import {
  deadlineAtEndOfOsloDay,
  endOfOsloDayAfter,
  isPastDeadline,
  isWithinDeadline,
  passedDeadlineBound,
} from './deadline';
import { osloLocalToInstant } from './oslo';

/** An instant `ms` milliseconds after an Oslo wall-clock time. */
const at = (local: string, ms = 0): Date => new Date(osloLocalToInstant(local).getTime() + ms);

describe('the one deadline rule: the whole last second is in time, the next second is late', () => {
  it.each([
    ['a winter day', '2026-12-21', '2026-12-22', '2026-12-21T22:59:59.000Z'],
    ['a summer day', '2027-06-21', '2027-06-22', '2027-06-21T21:59:59.000Z'],
    ['the spring change day (02:00 → 03:00)', '2027-03-28', '2027-03-29', '2027-03-28T21:59:59.000Z'],
    ['the day before the spring change', '2027-03-27', '2027-03-28', '2027-03-27T22:59:59.000Z'],
    ['the autumn change day (03:00 → 02:00)', '2027-10-31', '2027-11-01', '2027-10-31T22:59:59.000Z'],
    ['the day before the autumn change', '2027-10-30', '2027-10-31', '2027-10-30T21:59:59.000Z'],
  ])('%s: 23:59:59.000, .400 and .999 are in time; 00:00:00.000 is late', (_name, day, next, utc) => {
    const deadline = deadlineAtEndOfOsloDay(day);
    expect(deadline.toISOString()).toBe(utc);
    for (const ms of [0, 400, 999]) {
      const instant = at(`${day}T23:59:59`, ms);
      expect(isWithinDeadline(instant, deadline)).toBe(true);
      expect(isPastDeadline(instant, deadline)).toBe(false);
      // The bound a query compares stored deadlines with says the same.
      expect(deadline < passedDeadlineBound(instant)).toBe(false);
    }
    const midnight = at(`${next}T00:00:00`);
    expect(midnight.getTime() - deadline.getTime()).toBe(1000);
    expect(isWithinDeadline(midnight, deadline)).toBe(false);
    expect(isPastDeadline(midnight, deadline)).toBe(true);
    expect(deadline < passedDeadlineBound(midnight)).toBe(true);
  });

  it('counts the named second of a deadline set to the second, not only at the end of a day', () => {
    const noon = osloLocalToInstant('2027-05-03T12:00:00');
    expect(isWithinDeadline(new Date(noon.getTime() - 1), noon)).toBe(true);
    expect(isWithinDeadline(new Date(noon.getTime() + 999), noon)).toBe(true);
    expect(isWithinDeadline(new Date(noon.getTime() + 1000), noon)).toBe(false);
  });

  it('counts days in Oslo time and ends them with the same rule, across both clock changes', () => {
    // Notified 7 March 2027 (winter time): 21 days later is 28 March, the spring change day (summer time).
    expect(endOfOsloDayAfter(at('2027-03-07T10:00:00'), 21)).toEqual(deadlineAtEndOfOsloDay('2027-03-28'));
    expect(endOfOsloDayAfter(at('2027-03-07T10:00:00'), 21).toISOString()).toBe('2027-03-28T21:59:59.000Z');
    // Notified 10 October 2027 (summer time): 21 days later is 31 October, the autumn change day (winter time).
    expect(endOfOsloDayAfter(at('2027-10-10T10:00:00'), 21).toISOString()).toBe('2027-10-31T22:59:59.000Z');
    // Late in the evening in Oslo, already the next day in UTC in summer: the Oslo day counts.
    expect(endOfOsloDayAfter(at('2027-06-30T23:30:00'), 1).toISOString()).toBe('2027-07-01T21:59:59.000Z');
  });

  it('refuses what is not a calendar date', () => {
    expect(() => deadlineAtEndOfOsloDay('2027-02-30')).toThrow();
    expect(() => deadlineAtEndOfOsloDay('28.03.2027')).toThrow();
  });
});
