import { smallCellSymbol, suppressTable, WITHHELD } from './small-cells';
import { disclosureFailures, seededRandom } from './small-cells.testing';

const BREAKDOWN_SIZES = [1, 3, 5, 6, 15];

function randomTable(random: () => number, limit: number): number[] {
  const k = BREAKDOWN_SIZES[Math.floor(random() * BREAKDOWN_SIZES.length)];
  const style = random();
  return Array.from({ length: k }, () => {
    const r = random();
    if (style < 0.3) return Math.floor(random() * (limit + 2)); // mostly small figures
    if (r < 0.25) return 0;
    if (r < 0.6) return 1 + Math.floor(random() * limit);
    return limit + 1 + Math.floor(random() * (style < 0.6 ? 4 : 40));
  });
}

describe('small-cell suppression of figures about people', () => {
  const small = smallCellSymbol(5);

  it('shows 1 to 5 people as "≤5" and withholds another cell so that the small one cannot be worked out', () => {
    // 25 − 14 − 9 would give the 2 away; withholding the 9 leaves the 2 anywhere in 1..5.
    expect(suppressTable([14, 9, 2], 5)).toEqual({ cells: [14, WITHHELD, small], total: 25 });
  });

  it('withholds the total when no other cell can protect the small one', () => {
    // With the 6 withheld, 7 − 6 would still give 1 (a ":" is at least 6); the total must go instead.
    expect(suppressTable([6, 1, 0], 5)).toEqual({ cells: [6, small, 0], total: WITHHELD });
  });

  it('shows 0 as 0 beside a total above the limit, but every figure of a table with a small total as "≤5"', () => {
    expect(suppressTable([30, 0, 12], 5)).toEqual({ cells: [30, 0, 12], total: 42 });
    expect(suppressTable([1, 1, 1, 1, 1, 0], 5)).toEqual({ cells: Array(6).fill(small), total: small });
    expect(suppressTable([0, 0, 0], 5)).toEqual({ cells: [0, 0, 0], total: 0 });
  });

  it('uses the configured limit', () => {
    expect(suppressTable([14, 12, 7], 10)).toEqual({ cells: [14, WITHHELD, '≤10'], total: 33 });
  });

  it('refuses counts that are not whole non-negative numbers, and a limit below 2', () => {
    expect(() => suppressTable([-1, 3], 5)).toThrow(RangeError);
    expect(() => suppressTable([2.5], 5)).toThrow(RangeError);
    expect(() => suppressTable([3], 1)).toThrow(RangeError);
  });

  it('never lets a suppressed figure be recomputed from the total and the visible cells (5 000 random tables)', () => {
    const random = seededRandom(20261202);
    const failures: string[] = [];
    let suppressedFigures = 0;
    for (let n = 0; n < 5_000; n++) {
      const limit = [2, 3, 5, 5, 5, 10][Math.floor(random() * 6)];
      const values = randomTable(random, limit);
      const table = suppressTable(values, limit);
      failures.push(...disclosureFailures(values, table, limit));
      suppressedFigures += [...table.cells, table.total].filter((v) => typeof v === 'string').length;
    }
    expect(failures.slice(0, 10)).toEqual([]);
    expect(suppressedFigures).toBeGreaterThan(5_000);
  });
});
