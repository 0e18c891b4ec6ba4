/**
 * Small-cell suppression of figures about people (docs/domain.md §2 and §5): report indicators summed across
 * recipients — people helped, nights, contacts, by gender, age band or region. Figures about organisations and
 * money (applications, amounts) are public (docs/domain.md §8) and never pass through here.
 *
 * One indicator of one round is one table: its breakdown cells and their total. What is published, and so what
 * anyone reading it knows (the rules below are public; the suppression is checked against exactly that knowledge):
 *
 * - A cell of 1 to `limit` people shows as `≤limit` (primary suppression): the reader knows it is 1..limit.
 * - A 0 is shown as 0: it describes nobody, and hiding zeros would make every sparse table unreadable. The
 *   exception is a table whose total is itself 1..limit: then every cell shows `≤limit`, zeros too (the reader
 *   knows each is 0..limit), because zeros beside a small total tell which group the few people are in, and five
 *   cells of 1 under a total of 5 could otherwise be worked out exactly.
 * - Secondary suppression: as long as a suppressed figure could be worked out exactly from the total, the visible
 *   cells and what the symbols say (a `≤5` is at least 1, a `:` at least limit + 1), one more figure is withheld and
 *   shown as `:` (more than `limit`, as Statistics Norway marks it): the one that protects the most, preferring a
 *   cell to the total, then the smallest. Withholding the total always suffices (see suppressTable), so it ends.
 */
export const DEFAULT_SMALL_CELL_LIMIT = 5;

/** A figure withheld by secondary suppression: more than the limit. */
export const WITHHELD = ':';

/** The symbol of a small figure, e.g. "≤5". */
export function smallCellSymbol(limit: number): string {
  return `≤${limit}`;
}

/** A published figure: the number, `≤limit` or `:`. */
export type CellValue = number | string;

export interface SuppressedTable {
  cells: CellValue[];
  total: CellValue;
}

interface Figure {
  value: number;
  suppressed: boolean;
  /** What the symbols tell a reader about a suppressed figure. */
  lower: number;
  upper: number;
}

/**
 * The range a reader can narrow each suppressed figure down to, from the published table: cells sum to the total.
 * Returns, for each figure (cells, then the total), whether it can be worked out exactly.
 */
function exposed(cells: Figure[], total: Figure): boolean[] {
  const visible = cells.filter((c) => !c.suppressed).reduce((sum, c) => sum + c.value, 0);
  const hidden = cells.filter((c) => c.suppressed);
  const sumOthers = (skip: Figure, bound: 'lower' | 'upper') =>
    hidden.reduce((sum, c) => (c === skip ? sum : sum + c[bound]), 0);
  const result = cells.map((cell) => {
    if (!cell.suppressed) return false;
    // The cell is the total less the visible cells and the other hidden ones.
    const [low, high] = total.suppressed ? [total.lower, total.upper] : [total.value, total.value];
    const min = Math.max(cell.lower, low - visible - sumOthers(cell, 'upper'));
    const max = Math.min(cell.upper, high - visible - sumOthers(cell, 'lower'));
    return min >= max;
  });
  if (total.suppressed) {
    const min = Math.max(total.lower, visible + sumOthers(total, 'lower'));
    const max = Math.min(total.upper, visible + sumOthers(total, 'upper'));
    result.push(min >= max);
  } else result.push(false);
  return result;
}

function countExposed(cells: Figure[], total: Figure): number {
  return exposed(cells, total).filter(Boolean).length;
}

function isLess(a: number[], b: number[]): boolean {
  const i = a.findIndex((x, j) => x !== b[j]);
  return i >= 0 && a[i] < b[i];
}

function withhold(figure: Figure, limit: number): void {
  figure.suppressed = true;
  figure.lower = figure.value <= limit ? 1 : limit + 1;
  figure.upper = figure.value <= limit ? limit : Infinity;
}

/**
 * Suppresses one table of counts of people (its breakdown cells; the total is their sum) for publication.
 *
 * Why it ends: once the total (more than `limit`) is withheld, no figure is exposed. A hidden cell below the limit
 * can rise with the unbounded total; one at the limit can fall with the total, or — if the total is limit + 1 —
 * trade with the only other person's cell (1, below the limit); a `:` cell can always rise with the total; and the
 * total lies strictly between its bounds because the visible cells are 0 or more than `limit`.
 */
export function suppressTable(values: number[], limit: number): SuppressedTable {
  if (!Number.isInteger(limit) || limit < 2)
    throw new RangeError(`the limit must be a whole number ≥ 2 (got ${limit})`);
  for (const v of values) {
    if (!Number.isSafeInteger(v) || v < 0)
      throw new RangeError(`a count must be a whole number ≥ 0 (got ${v})`);
  }
  const small = smallCellSymbol(limit);
  const sum = values.reduce((a, b) => a + b, 0);
  if (sum === 0) return { cells: [...values], total: 0 };
  if (sum <= limit) return { cells: values.map(() => small), total: small };

  const cells: Figure[] = values.map((value) => ({ value, suppressed: false, lower: value, upper: value }));
  const total: Figure = { value: sum, suppressed: false, lower: sum, upper: sum };
  for (const cell of cells) if (cell.value >= 1 && cell.value <= limit) withhold(cell, limit);

  while (countExposed(cells, total) > 0) {
    // Zeros are never withheld (a `:` says "more than the limit"); cells before the total, fewest exposed first.
    const candidates = [
      ...cells.filter((c) => !c.suppressed && c.value > limit),
      ...(total.suppressed ? [] : [total]),
    ];
    let best: { figure: Figure; score: number[] } | undefined;
    for (const figure of candidates) {
      const saved = { ...figure };
      withhold(figure, limit);
      const score = [countExposed(cells, total), figure === total ? 1 : 0, figure.value];
      Object.assign(figure, saved);
      if (!best || isLess(score, best.score)) best = { figure, score };
    }
    if (!best) throw new Error('small-cell suppression found no figure to withhold'); // unreachable, see above
    withhold(best.figure, limit);
  }

  const show = (f: Figure): CellValue => (!f.suppressed ? f.value : f.value <= limit ? small : WITHHELD);
  return { cells: cells.map(show), total: show(total) };
}
