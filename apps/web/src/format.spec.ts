import { countWords, formatAmount, formatDate, formatDateTime, parseKroner, timeLeft } from './format';

describe('Norwegian formats in the web app', () => {
  it('writes instants in Oslo time as the letters do', () => {
    expect(formatDateTime('2026-12-01T22:59:00Z')).toBe('1. desember 2026 kl. 23:59');
    // Summer time: UTC+2.
    expect(formatDateTime('2027-06-15T10:02:00Z')).toBe('15. juni 2027 kl. 12:02');
    expect(formatDate('2027-01-01')).toBe('1. januar 2027');
  });

  it('writes øre as kroner with spaces between thousands', () => {
    expect(formatAmount(25_000_000).replace(/\s/g, ' ')).toBe('kr 250 000');
    expect(formatAmount(25_000_050).replace(/\s/g, ' ')).toBe('kr 250 000,50');
    expect(formatAmount(0)).toBe('kr\u00a00');
  });

  it('reads kroner as typed', () => {
    expect(parseKroner('250 000')).toBe(25_000_000);
    expect(parseKroner('kr 1\u00a0000,5')).toBe(100_050);
    expect(parseKroner('12a')).toBeNull();
    expect(parseKroner('')).toBeNull();
  });

  it('counts words and the time left as the API does', () => {
    expect(countWords('  to   ord ')).toBe(2);
    expect(countWords('')).toBe(0);
    expect(timeLeft('2026-12-03T12:00:00Z', new Date('2026-12-01T09:00:00Z'))).toEqual({
      days: 2,
      hours: 3,
      passed: false,
    });
    expect(timeLeft('2026-12-01T08:00:00Z', new Date('2026-12-01T09:00:00Z')).passed).toBe(true);
  });
});
