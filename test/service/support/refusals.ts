import { DomainError, DomainErrorCode } from '@app/platform';

/**
 * The HTTP status the API's problem filter gives each domain error code (apps/api/src/common/problem.filter.ts).
 * A service test names the status a user would see, and checks the code that leads to it.
 */
export const STATUS_OF_CODE: Record<DomainErrorCode, number> = {
  [DomainErrorCode.NotFound]: 404,
  [DomainErrorCode.InvalidState]: 409,
  [DomainErrorCode.StaleVersion]: 409,
  [DomainErrorCode.Duplicate]: 409,
  [DomainErrorCode.Contention]: 409,
  [DomainErrorCode.RuleViolation]: 422,
  [DomainErrorCode.Forbidden]: 403,
  [DomainErrorCode.Unauthenticated]: 401,
  [DomainErrorCode.RateLimited]: 429,
  [DomainErrorCode.Unavailable]: 503,
};

export interface Refusal {
  /** The status the API answers with. */
  status: number;
  code: `${DomainErrorCode}`;
  /** For a 409 from a state machine: the state the refusal names. */
  currentState?: string;
  currentVersion?: number;
  /** For a broken rule: the field and rule named (each must be among the errors). */
  errors?: { field: string; rule: string }[];
  /** A part of the message the user reads. */
  message?: RegExp;
}

/** Awaits a refusal of the domain: a DomainError with this code (mapped to this status) and these details. */
export async function refused(work: Promise<unknown>, expected: Refusal): Promise<DomainError> {
  let error: unknown;
  try {
    await work;
  } catch (caught) {
    error = caught;
  }
  if (!(error instanceof DomainError)) {
    const got =
      error === undefined ? 'success' : error instanceof Error ? error.message : JSON.stringify(error);
    throw new Error(`expected a DomainError ${expected.code}, got ${got}`);
  }
  expect({ status: STATUS_OF_CODE[error.code], code: error.code }).toEqual({
    status: expected.status,
    code: expected.code,
  });
  if (expected.currentState !== undefined) expect(error.details.currentState).toBe(expected.currentState);
  if (expected.currentVersion !== undefined)
    expect(error.details.currentVersion).toBe(expected.currentVersion);
  if (expected.errors) {
    expect(error.details.errors ?? []).toEqual(
      expect.arrayContaining(expected.errors.map((e) => expect.objectContaining(e))),
    );
  }
  if (expected.message) expect(error.message).toMatch(expected.message);
  return error;
}

/**
 * Shorthands for the refusals every stage has. Evaluate every other argument before the refused call starts
 * (`const current = await version(…)` first): a rejection left without a handler while an argument is still being
 * awaited is an unhandled rejection, which fails the run when the database is slow.
 */
export const notFound = (work: Promise<unknown>, message?: RegExp) =>
  refused(work, { status: 404, code: 'not_found', message });

export const forbidden = (work: Promise<unknown>, message?: RegExp) =>
  refused(work, { status: 403, code: 'forbidden', message });

export const invalidState = (work: Promise<unknown>, currentState: string, message?: RegExp) =>
  refused(work, { status: 409, code: 'invalid_state', currentState, message });

export const stale = (work: Promise<unknown>, currentVersion: number) =>
  refused(work, { status: 409, code: 'stale_version', currentVersion });

export const ruleBroken = (work: Promise<unknown>, ...errors: { field: string; rule: string }[]) =>
  refused(work, { status: 422, code: 'rule_violation', errors });

/** Of simultaneous attempts, exactly one succeeds; returns the winner's value and the losers' errors. */
export async function oneWins<T>(
  attempts: Promise<T>[],
): Promise<{ winner: Awaited<T>; losers: DomainError[] }> {
  const results = await Promise.allSettled(attempts);
  const won = results.filter((r): r is PromiseFulfilledResult<Awaited<T>> => r.status === 'fulfilled');
  const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  expect({ won: won.length, lost: lost.length }).toEqual({ won: 1, lost: attempts.length - 1 });
  for (const loser of lost) {
    if (!(loser.reason instanceof DomainError)) throw loser.reason;
  }
  return { winner: won[0].value, losers: lost.map((l) => l.reason as DomainError) };
}
