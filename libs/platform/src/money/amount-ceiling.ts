import { FieldError } from '../errors/domain-error';
import { formatKroner } from './kroner';

/**
 * The largest amount the system takes in any one amount field, and in any sum of amounts it adds up: NOK 1 000 000 000
 * (10^11 øre). The whole scheme is some NOK 40 million a year, so no real budget line, frame or grant comes near it,
 * while any sum of such amounts (a budget of 200 lines, a round's frame) stays far below 2^53 øre, where JavaScript
 * numbers stop being exact.
 */
export const MAX_AMOUNT_ORE = 100_000_000_000;

export const AMOUNT_CEILING_MESSAGE = `Beløpet kan ikke være større enn ${formatKroner(MAX_AMOUNT_ORE)}.`;

export function withinAmountCeiling(ore: number): boolean {
  return Number.isSafeInteger(ore) && Math.abs(ore) <= MAX_AMOUNT_ORE;
}

/** A list of amounts (budget lines, other funding) whose sum must stay within the ceiling too; names the list. */
export function amountSumErrors(
  field: string,
  items: readonly { amountOre: number }[] | undefined | null,
): FieldError[] {
  if (!items || items.length === 0) return [];
  const sum = items.reduce((total, item) => total + item.amountOre, 0);
  if (withinAmountCeiling(sum)) return [];
  return [
    {
      field,
      rule: 'amountCeiling',
      message: `Summen av beløpene kan ikke være større enn ${formatKroner(MAX_AMOUNT_ORE)}.`,
    },
  ];
}
