import { formatKronerGrouped, oreToDecimal } from './decimal';

describe('øre as decimal kroner', () => {
  it('writes two decimals with the chosen separator and no grouping', () => {
    expect(oreToDecimal(123_450, ',')).toBe('1234,50');
    expect(oreToDecimal(123_450, '.')).toBe('1234.50');
    expect(oreToDecimal(1, '.')).toBe('0.01');
    expect(oreToDecimal(0, ',')).toBe('0,00');
    expect(oreToDecimal(-5, ',')).toBe('-0,05');
    expect(oreToDecimal(100_000_000_001, '.')).toBe('1000000000.01');
  });

  it('is exact up to the largest safe integer', () => {
    expect(oreToDecimal(Number.MAX_SAFE_INTEGER, '.')).toBe('90071992547409.91');
    expect(oreToDecimal(-Number.MAX_SAFE_INTEGER, ',')).toBe('-90071992547409,91');
    expect(oreToDecimal(70_368_744_177_699, ',')).toBe('703687441776,99');
  });

  it('refuses amounts that are not whole øre', () => {
    expect(() => oreToDecimal(1.5, '.')).toThrow(RangeError);
    expect(() => oreToDecimal(Number.MAX_SAFE_INTEGER + 1, '.')).toThrow(RangeError);
  });

  it('groups thousands with no-break spaces for people', () => {
    expect(formatKronerGrouped(123_456_750)).toBe('1\u00a0234\u00a0567,50');
    expect(formatKronerGrouped(100_000)).toBe('1\u00a0000,00');
    expect(formatKronerGrouped(99)).toBe('0,99');
  });
});
