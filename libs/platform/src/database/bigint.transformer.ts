import { ValueTransformer } from 'typeorm';

/**
 * Money is whole øre in PostgreSQL bigint. pg returns bigint as a string; the domain uses numbers,
 * which are exact up to 2^53 øre (about NOK 90 trillion), far above any grant budget.
 */
export const bigintOre: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => {
    if (value === null || value === undefined) return value;
    const n = Number(value);
    if (!Number.isSafeInteger(n)) throw new Error(`bigint ${value} is outside the safe integer range`);
    return n;
  },
};
