/**
 * Test support (not used by the application): checks a published indicator table the way a reader would attack it,
 * knowing the true figures only to judge the result. Used by the unit tests of small-cells.ts and the e2e tests of
 * the statistics endpoints.
 */
import { CellValue, smallCellSymbol, WITHHELD } from './small-cells';

/** A seeded PRNG (mulberry32), so a failing table can be reproduced from the seed. */
export function seededRandom(seed: number): () => number {
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

/**
 * What is wrong with a published table of the true `values` (cells; the total is their sum), as sentences: a figure
 * shown wrong, a small figure not suppressed, a symbol that lies, or a suppressed figure that a reader can work out
 * from the total, the visible cells and what the symbols say. Empty when the table is sound.
 */
export function disclosureFailures(
  values: number[],
  table: { cells: CellValue[]; total: CellValue },
  limit: number,
): string[] {
  const failures: string[] = [];
  const truth = [...values, values.reduce((a, b) => a + b, 0)];
  const published = [...table.cells, table.total];
  const fail = (what: string) =>
    failures.push(`limit ${limit}, ${JSON.stringify(values)} → ${JSON.stringify(published)}: ${what}`);
  if (published.length !== truth.length) return [`${published.length} figures published for ${truth.length}`];

  // Truthful: numbers are exact, "≤L" only for 0..L, ":" only above L, and every 1..L is suppressed.
  const small = smallCellSymbol(limit);
  published.forEach((shown, i) => {
    if (typeof shown === 'number' && shown !== truth[i]) fail(`figure ${i} shown wrong`);
    if (shown === WITHHELD && truth[i] <= limit) fail(`figure ${i} is ":" but small`);
    if (shown === small && truth[i] > limit) fail(`figure ${i} is "${small}" but large`);
    if (typeof shown === 'string' && shown !== small && shown !== WITHHELD)
      fail(`figure ${i} has symbol ${shown}`);
    if (truth[i] >= 1 && truth[i] <= limit && typeof shown === 'number')
      fail(`figure ${i} is small but shown`);
  });

  // Not recomputable: everything the reader knows still allows at least two values for each suppressed figure.
  const cap = truth[truth.length - 1] + limit + 2;
  const known = readerKnowledge(table, limit, cap);
  published.forEach((shown, i) => {
    if (typeof shown === 'number') return;
    const possible = possibleValues(known, i, cap + limit);
    if (!possible.includes(truth[i])) fail(`figure ${i}: the rules rule out its true value`);
    if (possible.length < 2) fail(`figure ${i} can be worked out: ${possible.join()}`);
  });
  return failures;
}
