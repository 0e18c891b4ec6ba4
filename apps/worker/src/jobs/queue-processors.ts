import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Type } from '@nestjs/common';
import { JOB_QUEUE, QueueName } from '@app/platform';
import { Job } from 'bullmq';
import { JobRegistry } from './job-registry';

/** One BullMQ processor per queue that has jobs; each hands the job to the registry. */
function processorFor(queue: QueueName, concurrency: number): Type<WorkerHost> {
  @Processor(queue, { concurrency })
  class QueueProcessor extends WorkerHost {
    constructor(readonly registry: JobRegistry) {
      super();
    }

    async process(job: Job): Promise<void> {
      await this.registry.dispatch(job);
    }
  }
  Object.defineProperty(QueueProcessor, 'name', { value: `${queue}QueueProcessor` });
  return QueueProcessor;
}

const CONCURRENCY: Record<QueueName, number> = {
  [QueueName.System]: 1,
  [QueueName.Letters]: 2,
  [QueueName.Mail]: 5,
  [QueueName.Reminders]: 1,
};

export const queueProcessors = [...new Set(Object.values(JOB_QUEUE))].map((queue) =>
  processorFor(queue, CONCURRENCY[queue]),
);
