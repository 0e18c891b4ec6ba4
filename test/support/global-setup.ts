/**
 * Once per run: a fresh test database (owned by the owner role, with the application role granted) with every
 * migration applied, and a clean Redis key space.
 */
import { clearRedisPrefix, dropDatabase, migrateDatabase } from './database';
import { testDatabaseUrl } from './env';

export default async function globalSetup(): Promise<void> {
  await dropDatabase(testDatabaseUrl());
  migrateDatabase(testDatabaseUrl());
  await clearRedisPrefix(process.env.TEST_QUEUE_PREFIX ?? 'tilskudd-test');
}
