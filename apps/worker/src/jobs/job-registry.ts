import { Inject, Injectable } from '@nestjs/common';
import { ALL_JOB_NAMES, JobName } from '@app/platform';
import { Job } from 'bullmq';
import { HandlerFn, JOB_HANDLERS, JobHandlers } from './job-handlers';

/** Routes a job to its one handler. Built at start-up, where a missing or doubled handler stops the worker. */
@Injectable()
export class JobRegistry {
  private readonly byName = new Map<JobName, HandlerFn<JobName>>();

  constructor(@Inject(JOB_HANDLERS) providers: JobHandlers[]) {
    const counts = new Map<JobName, number>();
    for (const provider of providers) {
      for (const [name, fn] of Object.entries(provider.handlers()) as [JobName, HandlerFn<JobName>][]) {
        counts.set(name, (counts.get(name) ?? 0) + 1);
        this.byName.set(name, fn.bind(provider));
      }
    }
    const problems = ALL_JOB_NAMES.filter((name) => counts.get(name) !== 1).map(
      (name) => `${name} has ${counts.get(name) ?? 0} handlers`,
    );
    const unknown = [...counts.keys()].filter((name) => !ALL_JOB_NAMES.includes(name));
    if (problems.length || unknown.length) {
      throw new Error(
        `Job registry: every job needs exactly one handler: ${[...problems, ...unknown.map((n) => `${n} is not a registered job`)].join('; ')}`,
      );
    }
  }

  async dispatch(job: Job): Promise<void> {
    const handler = this.byName.get(job.name as JobName);
    if (!handler) throw new Error(`No handler for job ${job.name}`);
    await handler(job.data as never, job as never);
  }
}
