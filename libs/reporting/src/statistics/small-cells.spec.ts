import { SUPPRESSED, suppressSmallCell } from './small-cells';

describe('small-cell suppression', () => {
  it.each([0, 1, 5])('shows %i as "≤5"', (n) => {
    expect(suppressSmallCell(n)).toBe(SUPPRESSED);
  });
  it.each([6, 7, 1234])('shows %i as itself', (n) => {
    expect(suppressSmallCell(n)).toBe(n);
  });
  it('refuses counts that are not whole non-negative numbers', () => {
    expect(() => suppressSmallCell(-1)).toThrow(RangeError);
    expect(() => suppressSmallCell(2.5)).toThrow(RangeError);
  });
});
