import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import type { ConnectionOptions } from 'bullmq';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { QueueName } from './jobs';
import { DEFAULT_JOB_OPTIONS } from './queue-defaults';
import { QueueErrorLogger } from './queue-errors';
import { redisConnectionOptions } from '../redis/redis-options';

/** BullMQ connection and queues. The API only enqueues; processors are registered in the worker alone. */
@Module({})
export class QueueModule {
  static forRoot(): DynamicModule {
    const queues = BullModule.registerQueue(...Object.values(QueueName).map((name) => ({ name })));
    return {
      module: QueueModule,
      global: true,
      imports: [
        BullModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            connection: redisConnectionOptions(config.redisUrl) as ConnectionOptions,
            prefix: config.queuePrefix,
            defaultJobOptions: DEFAULT_JOB_OPTIONS,
          }),
        }),
        queues,
      ],
      providers: [QueueErrorLogger],
      exports: [queues],
    };
  }
}
