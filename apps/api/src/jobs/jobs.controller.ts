import { InjectQueue } from '@nestjs/bullmq';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Role } from '@app/grants';
import { QueueName, withTimeout } from '@app/platform';
import { Queue } from 'bullmq';
import { Roles } from '../auth/decorators';
import { pageRequest } from '../common/page.dto';
import { pick } from '../common/mapping';
import { ApiProblems, AUTHENTICATED } from '../common/api-problems';
import { FailedJobsQuery, FailedJobsResponse } from './jobs.dto';

/** The queues' own Redis connection waits for ever (workers need that); this page does not. */
const QUEUE_READ_TIMEOUT_MS = 3000;

/** Failed jobs stay visible to the system owner until they are retried or expire (90 days). */
@ApiTags('admin')
@ApiBearerAuth()
@Roles(Role.Admin)
@ApiProblems(...AUTHENTICATED)
@Controller('admin/jobs')
export class JobsController {
  private readonly queues: Queue[];

  constructor(
    @InjectQueue(QueueName.System) system: Queue,
    @InjectQueue(QueueName.Letters) letters: Queue,
    @InjectQueue(QueueName.Mail) mail: Queue,
    @InjectQueue(QueueName.Reminders) reminders: Queue,
  ) {
    this.queues = [system, letters, mail, reminders];
  }

  /**
   * Failed background jobs and queue counts (admin)
   *
   * @remarks Admin only. Failed jobs of the system, letters, mail and reminders queues stay visible until retried
   * or expired (90 days); filter by queue; paged. Answers 503 within a few seconds when Redis is down or
   * does not answer.
   */
  @Get()
  failed(@Query() query: FailedJobsQuery): Promise<FailedJobsResponse> {
    return withTimeout(this.read(query), QUEUE_READ_TIMEOUT_MS, 'redis');
  }

  private async read(query: FailedJobsQuery): Promise<FailedJobsResponse> {
    const page = pageRequest(query);
    const queues = this.queues.filter((q) => !query.queue || q.name === String(query.queue));
    const counts = await Promise.all(
      queues.map(async (q) => {
        const c = await q.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed');
        return {
          queue: q.name,
          ...pick(c, 'waiting', 'active', 'delayed', 'failed', 'completed'),
        };
      }),
    );
    const failed = (
      await Promise.all(queues.map((q) => q.getFailed(0, page.offset + page.limit - 1)))
    ).flat();
    failed.sort((a, b) => (b.finishedOn ?? 0) - (a.finishedOn ?? 0));
    const items = failed.slice(page.offset, page.offset + page.limit).map((job) => ({
      queue: job.queueName,
      id: String(job.id),
      name: job.name,
      data: job.data as Record<string, unknown>,
      attemptsMade: job.attemptsMade,
      failedReason: job.failedReason,
      failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
    }));
    return { counts, items, ...page };
  }
}
