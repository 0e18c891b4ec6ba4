import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig, Clock, QueueName, REDIS, WORKER_HEARTBEAT_KEY } from '@app/platform';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { HandlerMap, JobHandlers } from '../jobs/job-handlers';

/**
 * The worker proves it consumes jobs: a scheduled heartbeat job goes through Redis and BullMQ,
 * and its handler records the time, which GET /api/health reads.
 */
@Injectable()
export class HeartbeatHandlers extends JobHandlers implements OnApplicationBootstrap {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(QueueName.System) private readonly systemQueue: Queue,
    private readonly clock: Clock,
  ) {
    super();
  }

  handlers(): HandlerMap {
    return { 'system.heartbeat': () => this.beat() };
  }

  /** Registered once however many workers run: upsertJobScheduler keys the schedule by id. */
  async onApplicationBootstrap(): Promise<void> {
    await this.systemQueue.upsertJobScheduler(
      'system.heartbeat',
      { every: this.config.worker.heartbeatSeconds * 1000 },
      { name: 'system.heartbeat', data: {}, opts: { attempts: 1, removeOnComplete: 10, removeOnFail: 100 } },
    );
  }

  private async beat(): Promise<void> {
    const ttlSeconds = this.config.worker.heartbeatSeconds * 10;
    await this.redis.set(WORKER_HEARTBEAT_KEY, this.clock.now().toISOString(), 'EX', ttlSeconds);
  }
}
