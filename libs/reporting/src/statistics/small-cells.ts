/**
 * Small-cell suppression (DOMAIN.md §2 and §5): a published or cross-recipient figure for a group of
 * 5 or fewer people is shown as "≤5", so that nobody in a small group can be singled out.
 * Zero is suppressed too: "nobody" is itself information about a group that small.
 */
export const SMALL_CELL_LIMIT = 5;
export const SUPPRESSED = '≤5';

/**
 * Secondary suppression: a figure that is not small itself but would let a suppressed one be worked out by
 * subtraction (a total beside a single suppressed cell) is withheld and shown as ":", as Statistics Norway does.
 */
export const WITHHELD = ':';

export type CellValue = number | typeof SUPPRESSED | typeof WITHHELD;

export function suppressSmallCell(count: number, limit = SMALL_CELL_LIMIT): CellValue {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`a count must be a whole number ≥ 0 (got ${count})`);
  return count <= limit ? SUPPRESSED : count;
}
