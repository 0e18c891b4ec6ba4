import { formatKroner } from './kroner';

const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('formatKroner', () => {
  it.each([
    [123456700, 'kr 1 234 567'],
    [3_920_000_000, 'kr 39 200 000'],
    [100, 'kr 1'],
    [0, 'kr 0'],
    [123450, 'kr 1 234,50'],
    [5, 'kr 0,05'],
    [-250000, 'kr -2 500'],
  ])('%i øre → %s', (ore, text) => {
    expect(plain(formatKroner(ore))).toBe(text);
  });
  it('groups with no-break spaces', () => {
    expect(formatKroner(123456700)).toBe('kr 1\u00a0234\u00a0567');
  });
  it('refuses non-integers', () => {
    expect(() => formatKroner(1.5)).toThrow(RangeError);
  });
});
