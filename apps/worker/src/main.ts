import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { describeStartupError, JsonLogger, loadConfigOrExit } from '@app/platform';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = new JsonLogger('worker', config.logLevel);
  const app = await NestFactory.createApplicationContext(WorkerModule, {
    logger,
    bufferLogs: true,
    // A failed start reaches the catch below, which names the component before exiting.
    abortOnError: false,
  });
  // SIGTERM/SIGINT close the BullMQ workers (finishing jobs in hand) and the connections.
  app.enableShutdownHooks();
  logger.event('info', 'worker started', { queuePrefix: config.queuePrefix });
}

main().catch((error: unknown) => {
  // Name the component that failed (PostgreSQL at DATABASE_URL, Redis at REDIS_URL …), password masked.
  console.error(`Worker failed to start: ${describeStartupError(error, loadConfigOrExit())}`);
  process.exit(1);
});
