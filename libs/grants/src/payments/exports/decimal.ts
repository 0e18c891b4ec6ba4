import { THOUSANDS_SEPARATOR } from '@app/platform';

function splitOre(ore: number): { sign: string; kroner: number; ore: string } {
  if (!Number.isSafeInteger(ore))
    throw new RangeError(`an amount in øre must be a safe integer (got ${ore})`);
  const abs = Math.abs(ore);
  const rest = abs % 100;
  // (abs - rest) is a multiple of 100, so the quotient is an exact integer: no fraction is ever rounded.
  return { sign: ore < 0 ? '-' : '', kroner: (abs - rest) / 100, ore: String(rest).padStart(2, '0') };
}

/**
 * Whole øre as kroner with two decimals and no grouping: "1234.50" (pain.001) or "1234,50" (CSV).
 * Integer arithmetic only, so no amount ever picks up a floating-point error.
 */
export function oreToDecimal(ore: number, separator: '.' | ','): string {
  const parts = splitOre(ore);
  return `${parts.sign}${parts.kroner}${separator}${parts.ore}`;
}

/** "1 234 567,50": kroner grouped by thousands (no-break spaces) and always two decimals. */
export function formatKronerGrouped(ore: number): string {
  const parts = splitOre(ore);
  const grouped = String(parts.kroner).replace(/\B(?=(\d{3})+(?!\d))/g, THOUSANDS_SEPARATOR);
  return `${parts.sign}${grouped},${parts.ore}`;
}
