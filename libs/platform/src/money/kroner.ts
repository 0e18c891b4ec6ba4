/**
 * Money is whole øre in the domain; this is the one place it becomes text for people:
 * "kr 1 234 567" (øre shown only when there are any: "kr 1 234,50"). Thousands are grouped with a
 * no-break space so an amount never breaks across lines in a letter.
 */
export const THOUSANDS_SEPARATOR = '\u00a0';

export function formatKroner(ore: number): string {
  if (!Number.isSafeInteger(ore))
    throw new RangeError(`an amount in øre must be a safe integer (got ${ore})`);
  const negative = ore < 0;
  const abs = Math.abs(ore);
  const kroner = Math.floor(abs / 100);
  const rest = abs % 100;
  const grouped = String(kroner).replace(/\B(?=(\d{3})+(?!\d))/g, THOUSANDS_SEPARATOR);
  return `kr ${negative ? '-' : ''}${grouped}${rest ? `,${String(rest).padStart(2, '0')}` : ''}`;
}
