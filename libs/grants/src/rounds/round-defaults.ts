import { osloLocalToInstant } from '@app/platform';

/** docs/domain.md §2 defaults, all overridable per round. */

/** Application deadline: 1 December the year before the grant year, 23:59 Europe/Oslo (the whole minute counts). */
export function defaultApplicationDeadline(grantYear: number): Date {
  return osloLocalToInstant(`${grantYear - 1}-12-01T23:59:59`);
}

/** Report deadline: 1 April the year after the grant year, end of day Europe/Oslo (tilskudd.no DT-0044). */
export function defaultReportDeadline(grantYear: number): Date {
  return osloLocalToInstant(`${grantYear + 1}-04-01T23:59:59`);
}

/** Acceptance of conditions: 3 weeks from notification. */
export const DEFAULT_ACCEPTANCE_PERIOD_DAYS = 21;
