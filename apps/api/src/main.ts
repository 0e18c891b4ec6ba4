import 'reflect-metadata';
import { describeStartupError, loadConfigOrExit, VirusScanner } from '@app/platform';
import { createApiApp } from './app.factory';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const { app, logger } = await createApiApp();
  await app.listen({ port: config.port, host: '0.0.0.0' });
  logger.event('info', 'api listening', { port: config.port });
  // Say plainly whether uploads are scanned: off by setting, or on but refused until clamd answers.
  const scanner = await app.get(VirusScanner).state();
  if (scanner.status === 'off') {
    logger.event('warn', 'virus scanning is OFF (CLAMAV=off): uploads are stored without a ClamAV scan', {});
  } else if (scanner.status === 'down') {
    logger.event('warn', 'virus scanner does not answer: uploads are refused (503) until it does', {
      address: scanner.address,
    });
  } else {
    logger.event('info', 'virus scanning on', { address: scanner.address, version: scanner.version });
  }
}

main().catch((error: unknown) => {
  // Name the component that failed (PostgreSQL at DATABASE_URL, Redis at REDIS_URL …), password masked.
  console.error(`API failed to start: ${describeStartupError(error, loadConfigOrExit())}`);
  process.exit(1);
});
