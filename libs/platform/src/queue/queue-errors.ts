import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Queue } from 'bullmq';
import { QueueName } from './jobs';

/**
 * A queue whose Redis is unreachable emits 'error' on every reconnect attempt. Log it once per outage
 * rather than once per attempt; the health endpoint is where the outage shows.
 */
@Injectable()
export class QueueErrorLogger implements OnModuleInit {
  private readonly logger = new Logger('Queue');
  private readonly failing = new Set<string>();

  constructor(private readonly moduleRef: ModuleRef) {}

  onModuleInit(): void {
    for (const name of Object.values(QueueName)) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      queue.on('error', (error: Error) => {
        if (this.failing.has(name)) return;
        this.failing.add(name);
        this.logger.error(`queue ${name}: ${error.message}`);
      });
      void queue.waitUntilReady().then(
        () => this.failing.delete(name),
        () => undefined,
      );
    }
  }
}
