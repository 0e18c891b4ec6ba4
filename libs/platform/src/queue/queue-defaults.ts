import { DefaultJobOptions } from 'bullmq';

/** Set once for every queue: retries with backoff, failed jobs kept for inspection, bounded retention. */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 10000 },
  removeOnFail: { age: 90 * 24 * 3600 },
};
