import { endOfOsloDayAfter } from '@app/platform';

/** forvaltningsloven § 29: the appeal period is three weeks from notification. */
export const APPEAL_PERIOD_DAYS = 21;

/**
 * Delivery is notification (forvaltningsloven § 27): the appeal period runs three weeks from it, to the end of that
 * day in Oslo, and never ends earlier than the date the letter states.
 */
export function appealDeadlineOnDelivery(deliveredAt: Date, stated: Date | null): Date {
  return later(endOfOsloDayAfter(deliveredAt, APPEAL_PERIOD_DAYS), stated);
}

/** The later of a date and an optional one. */
export function later(a: Date, b: Date | null): Date {
  return b && b > a ? b : a;
}
