/**
 * Once per run: a fresh test database (owned by the owner role, with the application role granted) with every
 * migration applied, a clean Redis key space, and the project's clamd answering (started, and installed from
 * Debian when missing and run as root, by scripts/clamd.ts; it keeps running for the next run).
 */
import { ensureClamd } from '../../scripts/clamd';
import { clearRedisPrefix, dropDatabase, migrateDatabase } from './database';
import { testDatabaseUrl } from './env';

export default async function globalSetup(): Promise<void> {
  await ensureClamd((line) => process.stdout.write(`${line}\n`), { install: true });
  await dropDatabase(testDatabaseUrl());
  migrateDatabase(testDatabaseUrl());
  await clearRedisPrefix(process.env.TEST_QUEUE_PREFIX ?? 'tilskudd-test');
}
