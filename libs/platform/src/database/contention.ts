import { QueryFailedError } from 'typeorm';
import { DomainError } from '../errors/domain-error';

/** PostgreSQL deadlock_detected and serialization_failure: the transaction lost a race and was rolled back. */
const CONTENTION_CODES = new Set(['40P01', '40001']);

/** Whether an error is a deadlock or serialization failure, after which the whole transaction may be run again. */
export function isContention(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  return CONTENTION_CODES.has((error.driverError as { code?: string }).code ?? '');
}

/**
 * Runs a transaction again, a bounded number of times, when PostgreSQL rolled it back for a deadlock or a
 * serialization failure; after the last attempt the caller gets a 409 (never a 500). Only for work whose every
 * effect is inside the transaction (rows, audit, outbox), so running it again is the same as running it once.
 */
export async function retryOnContention<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isContention(error)) throw error;
      if (attempt >= attempts) throw DomainError.contention();
      // A short, jittered pause so the two contenders do not collide again in step.
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}
