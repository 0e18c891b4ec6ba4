import { asRole, clearRedisPrefix, dropDatabase, migrateDatabase } from '../database';
import { testDatabaseUrl } from '../env';

/**
 * The fuzz run gets a database and a Redis key prefix of its own: its valid requests build payment batches,
 * decide rounds and register users, which must not reach into the tests running beside it on the shared test
 * database, and everything it creates is dropped when it ends (the database does not grow run after run).
 * Returns the function that drops it all again.
 */
export async function isolatedStores(): Promise<() => Promise<void>> {
  const url = new URL(testDatabaseUrl());
  url.pathname = `${url.pathname}_fuzzing`;
  const superuser = url.toString();
  const prefix = `${process.env.QUEUE_PREFIX ?? 'tilskudd-test'}-fuzzing`;
  await dropDatabase(superuser);
  migrateDatabase(superuser);
  await clearRedisPrefix(prefix);
  const saved = {
    DATABASE_URL: process.env.DATABASE_URL,
    DATABASE_OWNER_URL: process.env.DATABASE_OWNER_URL,
    DATABASE_ADMIN_URL: process.env.DATABASE_ADMIN_URL,
    QUEUE_PREFIX: process.env.QUEUE_PREFIX,
  };
  process.env.DATABASE_URL = asRole(superuser, 'tilskudd_app');
  process.env.DATABASE_OWNER_URL = asRole(superuser, 'tilskudd_owner');
  process.env.DATABASE_ADMIN_URL = superuser;
  process.env.QUEUE_PREFIX = prefix;
  return async () => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    await dropDatabase(superuser);
    await clearRedisPrefix(prefix);
  };
}
