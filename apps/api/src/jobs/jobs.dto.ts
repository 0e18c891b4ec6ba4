import { ApiPropertyOptional } from '@nestjs/swagger';
import { QueueName } from '@app/platform';
import { IsEnum, IsOptional } from 'class-validator';
import { PageQuery } from '../common/page.dto';

export class FailedJobsQuery extends PageQuery {
  /** Only this queue (default: all). */
  @ApiPropertyOptional({ enum: QueueName })
  @IsOptional()
  @IsEnum(QueueName)
  queue?: QueueName;
}

export class FailedJobResponse {
  /**
   * The queue.
   * @example "letters"
   */
  queue!: string;
  /** The job's id in its queue. */
  id!: string;
  /**
   * The job's name.
   * @example "letter.render"
   */
  name!: string;
  /** Ids only (job payloads never carry personal data). */
  data!: Record<string, unknown>;
  /** How many times it was tried. */
  attemptsMade!: number;
  /** The last error message. */
  failedReason!: string;
  /** When it failed for the last time; null when unknown. */
  failedAt!: string | null;
}

export class QueueCountsResponse {
  /**
   * The queue.
   * @example "mail"
   */
  queue!: string;
  /** Jobs waiting to run. */
  waiting!: number;
  /** Jobs running now. */
  active!: number;
  /** Jobs waiting for a later time (retries, scheduled). */
  delayed!: number;
  /** Jobs that failed for good. */
  failed!: number;
  /** Jobs done (kept for a while). */
  completed!: number;
}

export class FailedJobsResponse {
  /** Job counts per queue. */
  counts!: QueueCountsResponse[];
  /** The failed jobs on this page, newest first. */
  items!: FailedJobResponse[];
  /** The page size used. */
  limit!: number;
  /** How many failed jobs were skipped. */
  offset!: number;
}
