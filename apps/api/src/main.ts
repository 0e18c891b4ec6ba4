import 'reflect-metadata';
import { loadConfigOrExit } from '@app/platform';
import { createApiApp } from './app.factory';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const { app, logger } = await createApiApp();
  await app.listen({ port: config.port, host: '0.0.0.0' });
  logger.event('info', 'api listening', { port: config.port });
}

main().catch((error: unknown) => {
  console.error('API failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
