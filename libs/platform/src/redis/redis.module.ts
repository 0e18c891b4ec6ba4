import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { redisConnectionOptions } from './redis-options';

export const REDIS = Symbol('REDIS');

/** A Redis that accepts connections but does not answer (paused, swapping) must not hang a request. */
export const REDIS_COMMAND_TIMEOUT_MS = 2000;

/** A plain Redis client for counters and heartbeats (rate limits, worker liveness); every command is bounded. */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new Redis({
          ...redisConnectionOptions(config.redisUrl),
          keyPrefix: `${config.queuePrefix}:`,
          // Commands issued while the connection is (re)opening wait for it; when Redis is down they fail
          // after one reconnection attempt instead of queueing forever.
          maxRetriesPerRequest: 1,
          commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
          enableOfflineQueue: true,
          lazyConnect: false,
        }),
    },
  ],
  exports: [REDIS],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
