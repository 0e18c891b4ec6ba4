/**
 * Once per run: a fresh test database (owned by the owner role, with the application role granted) with every
 * migration applied, a clean Redis key space, and the project's clamd answering (started, and installed from
 * Debian when missing and run as root, by scripts/clamd.ts; it keeps running for the next run). The browser tests
 * have a setup of their own (browser-global-setup.ts).
 */
import { ensureClamd } from '../../scripts/clamd';
import { clearRedisPrefix, dropDatabase, migrateDatabase } from './database';
import { testDatabaseUrl, testQueuePrefix } from './env';

/** The stores of one set of tests (the shared ones, or a project's own: see testDatabaseUrl), made fresh. */
export async function prepareStores(stores?: string): Promise<void> {
  await ensureClamd((line) => process.stdout.write(`${line}\n`), { install: true });
  await dropDatabase(testDatabaseUrl(stores));
  migrateDatabase(testDatabaseUrl(stores));
  await clearRedisPrefix(testQueuePrefix(stores));
}

export default async function globalSetup(): Promise<void> {
  await prepareStores();
}
