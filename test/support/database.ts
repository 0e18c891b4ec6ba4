import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import Redis from 'ioredis';

/** The URL with another user (no password), as the roles of the test cluster need none. */
export function asRole(url: string, user: string): string {
  const u = new URL(url);
  u.username = user;
  u.password = '';
  return u.toString();
}

/** Drops the database the superuser URL names (none is fine), from the `postgres` maintenance database. */
export async function dropDatabase(superuserUrl: string): Promise<void> {
  const url = new URL(superuserUrl);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/**
 * Creates the database the superuser URL names with every migration applied, by the same migrate command
 * `npm start` and CI use, as its own process (it creates the roles and the database).
 */
export function migrateDatabase(superuserUrl: string): void {
  execFileSync(
    process.execPath,
    [
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      join(__dirname, '../../scripts/migrate.ts'),
    ],
    {
      env: {
        ...process.env,
        DATABASE_URL: asRole(superuserUrl, 'tilskudd_app'),
        DATABASE_OWNER_URL: asRole(superuserUrl, 'tilskudd_owner'),
        DATABASE_ADMIN_URL: superuserUrl,
        NODE_ENV: 'test',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

/** Deletes every Redis key under the prefix. */
export async function clearRedisPrefix(prefix: string): Promise<void> {
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    await redis.quit();
  }
}
