import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { JsonLogger, loadConfigOrExit } from '@app/platform';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = new JsonLogger('worker', config.logLevel);
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger, bufferLogs: true });
  // SIGTERM/SIGINT close the BullMQ workers (finishing jobs in hand) and the connections.
  app.enableShutdownHooks();
  logger.event('info', 'worker started', { queuePrefix: config.queuePrefix });
}

main().catch((error: unknown) => {
  console.error('Worker failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
