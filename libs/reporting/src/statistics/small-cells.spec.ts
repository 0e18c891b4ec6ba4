import { CellValue, smallCellSymbol, suppressTable, WITHHELD } from './small-cells';

/** A seeded PRNG (mulberry32), so a failing table can be reproduced from the seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Known {
  lower: number;
  upper: number;
}

/**
 * What a reader knows about each figure (cells, then the total) from the published table and the published rules
 * alone: a number is exact; `≤L` is 1..L, or 0..L for a cell when the total itself is `≤L`; `:` is more than L.
 * `cap` bounds the open-ended ranges for the enumeration below (no alternative beyond it is needed).
 */
function readerKnowledge(
  table: { cells: CellValue[]; total: CellValue },
  limit: number,
  cap: number,
): Known[] {
  const small = smallCellSymbol(limit);
  const smallTotal = table.total === small;
  const know = (v: CellValue, isCell: boolean): Known => {
    if (typeof v === 'number') return { lower: v, upper: v };
    if (v === small) return { lower: isCell && smallTotal ? 0 : 1, upper: limit };
    if (v === WITHHELD) return { lower: limit + 1, upper: cap };
    throw new Error(`unknown symbol ${v}`);
  };
  return [...table.cells.map((c) => know(c, true)), know(table.total, false)];
}

/** Sums reachable by choosing each figure within its range: a boolean per sum (dynamic programming). */
function reachableSums(ranges: Known[], max: number): Uint8Array {
  let reach = new Uint8Array(max + 1);
  reach[0] = 1;
  for (const { lower, upper } of ranges) {
    // next[s] = some reach[s − v] for v in lower..upper: a sliding window over a prefix count.
    const prefix = new Int32Array(max + 2);
    for (let s = 0; s <= max; s++) prefix[s + 1] = prefix[s] + reach[s];
    const next = new Uint8Array(max + 1);
    for (let s = 0; s <= max; s++) {
      const from = s - Math.min(upper, s);
      const to = s - lower;
      if (to >= 0 && prefix[to + 1] - prefix[from] > 0) next[s] = 1;
    }
    reach = next;
  }
  return reach;
}

/**
 * Every value a suppressed figure could have, given everything the reader knows: the cells (index < k) add up to
 * the total (index k). Enumerated, not derived: for each candidate value, is there a choice of all other figures
 * within what the reader knows that adds up?
 */
function possibleValues(known: Known[], index: number, max: number): number[] {
  const k = known.length - 1;
  const cells = known.slice(0, k);
  const total = known[k];
  const values: number[] = [];
  if (index === k) {
    const sums = reachableSums(cells, max);
    for (let x = total.lower; x <= total.upper; x++) if (sums[x]) values.push(x);
    return values;
  }
  const others = reachableSums(
    cells.filter((_, i) => i !== index),
    max,
  );
  for (let x = known[index].lower; x <= known[index].upper; x++) {
    let possible = false;
    for (let t = Math.max(total.lower, x); t <= Math.min(total.upper, max) && !possible; t++) {
      possible = others[t - x] === 1;
    }
    if (possible) values.push(x);
  }
  return values;
}

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
    const random = prng(20261202);
    const failures: string[] = [];
    let suppressedFigures = 0;
    for (let n = 0; n < 5_000; n++) {
      const limit = [2, 3, 5, 5, 5, 10][Math.floor(random() * 6)];
      const values = randomTable(random, limit);
      const truth = [...values, values.reduce((a, b) => a + b, 0)];
      const table = suppressTable(values, limit);
      const published = [...table.cells, table.total];
      const fail = (what: string) =>
        failures.push(`limit ${limit}, ${JSON.stringify(values)} → ${JSON.stringify(published)}: ${what}`);

      // Truthful: numbers are exact, "≤L" only for 0..L, ":" only above L, and every 1..L is suppressed.
      published.forEach((shown, i) => {
        if (typeof shown === 'number' && shown !== truth[i]) fail(`figure ${i} shown wrong`);
        if (shown === WITHHELD && truth[i] <= limit) fail(`figure ${i} is ":" but small`);
        if (typeof shown === 'string' && shown !== WITHHELD && truth[i] > limit)
          fail(`figure ${i} is "≤" but large`);
        if (truth[i] >= 1 && truth[i] <= limit && typeof shown === 'number')
          fail(`figure ${i} is small but shown`);
      });

      // Not recomputable: everything the reader knows still allows at least two values for each suppressed figure.
      const cap = truth[truth.length - 1] + limit + 2;
      const known = readerKnowledge(table, limit, cap);
      published.forEach((shown, i) => {
        if (typeof shown === 'number') return;
        suppressedFigures++;
        const possible = possibleValues(known, i, cap + limit);
        if (!possible.includes(truth[i])) fail(`figure ${i}: the rules rule out its true value`);
        if (possible.length < 2) fail(`figure ${i} can be worked out: ${possible.join()}`);
      });
    }
    expect(failures.slice(0, 10)).toEqual([]);
    expect(suppressedFigures).toBeGreaterThan(5_000);
  });
});
