/**
 * Once per run: a fresh test database (owned by the owner role, with the application role granted) with every
 * migration applied, a clean Redis key space, and the project's clamd answering (started, and installed from
 * Debian when missing and run as root, by scripts/clamd.ts; it keeps running for the next run), and the web app
 * built into dist/web when it is missing or older than its sources (the browser tests drive the built app).
 */
import { ensureClamd } from '../../scripts/clamd';
import { clearRedisPrefix, dropDatabase, migrateDatabase } from './database';
import { testDatabaseUrl } from './env';
import { ensureWebBuild } from './web-build';

export default async function globalSetup(): Promise<void> {
  await ensureClamd((line) => process.stdout.write(`${line}\n`), { install: true });
  await dropDatabase(testDatabaseUrl());
  migrateDatabase(testDatabaseUrl());
  ensureWebBuild((line) => process.stdout.write(`${line}\n`));
  await clearRedisPrefix(process.env.TEST_QUEUE_PREFIX ?? 'tilskudd-test');
}
