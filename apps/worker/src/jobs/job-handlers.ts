import { JobName, JobPayloads } from '@app/platform';
import { Job } from 'bullmq';

export type HandlerFn<K extends JobName> = (
  payload: JobPayloads[K],
  job: Job<JobPayloads[K]>,
) => Promise<void>;
export type HandlerMap = { [K in JobName]?: HandlerFn<K> };

/**
 * A provider that handles jobs. Handlers are thin: load by id, call one lib service method,
 * and return early when the work is already done (jobs may run more than once).
 */
export abstract class JobHandlers {
  abstract handlers(): HandlerMap;
}

/** Injection token for the list of JobHandlers providers. */
export const JOB_HANDLERS = Symbol('JOB_HANDLERS');
