import { formatAmount, formatDate, formatDateTime, formatIsoDate, isIsoDate, joinList } from './format';
import { keepTogether } from './letter-document';

describe('letter formatting', () => {
  it('formats amounts as "kr 1 234 567" with no-break spaces', () => {
    expect(formatAmount(123_456_700)).toBe('kr 1\u00a0234\u00a0567');
    expect(formatAmount(30_000_000)).toBe('kr 300\u00a0000');
  });

  it('formats instants as Oslo dates, in winter and summer time', () => {
    expect(formatDate(new Date('2026-12-01T22:59:00Z'))).toBe('1. desember 2026');
    expect(formatDate(new Date('2026-12-01T23:00:00Z'))).toBe('2. desember 2026');
    expect(formatDate(new Date('2027-06-30T22:30:00Z'))).toBe('1. juli 2027');
    expect(formatDateTime(new Date('2026-11-30T13:03:00Z'))).toBe('30. november 2026 kl. 14:03');
  });

  it('formats ISO calendar dates and refuses impossible ones', () => {
    expect(formatIsoDate('2027-01-01')).toBe('1. januar 2027');
    expect(formatIsoDate('2028-02-29')).toBe('29. februar 2028');
    expect(() => formatIsoDate('2027-02-29')).toThrow(RangeError);
    expect(() => formatIsoDate('1.1.2027')).toThrow(RangeError);
    expect(isIsoDate('2027-13-01')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });

  it('joins lists the Norwegian way', () => {
    expect(joinList(['§ 1'])).toBe('§ 1');
    expect(joinList(['§ 1', '§ 2', '§ 3'])).toBe('§ 1, § 2 og § 3');
    expect(joinList([])).toBe('');
  });

  it('keeps section signs and "kr" together with their numbers', () => {
    expect(keepTogether('jf. forvaltningsloven §§ 18 og 19 og § 24, kr 300 000')).toBe(
      'jf. forvaltningsloven §§\u00a018 og 19 og §\u00a024, kr\u00a0300 000',
    );
    expect(keepTogether('Vi kr ikke')).toBe('Vi kr ikke');
  });
});
