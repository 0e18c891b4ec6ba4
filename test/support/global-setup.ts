/**
 * Once per run: a fresh test database (owned by the owner role, with the application role granted) with every
 * migration applied, a clean Redis key space, and the project's clamd answering (started, and installed from
 * Debian when missing and run as root, by scripts/clamd.ts; it keeps running for the next run).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import Redis from 'ioredis';
import { ensureClamd } from '../../scripts/clamd';
import { testAppDatabaseUrl, testDatabaseUrl, testOwnerDatabaseUrl } from './env';

export default async function globalSetup(): Promise<void> {
  await ensureClamd((line) => process.stdout.write(`${line}\n`), { install: true });

  const url = new URL(testDatabaseUrl());
  const name = url.pathname.slice(1);
  const admin = new URL(url.toString());
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();

  // The same migrate command `npm start` and CI use, as its own process: it creates the roles and the database.
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
        DATABASE_URL: testAppDatabaseUrl(),
        DATABASE_OWNER_URL: testOwnerDatabaseUrl(),
        DATABASE_ADMIN_URL: url.toString(),
        NODE_ENV: 'test',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );

  const prefix = process.env.TEST_QUEUE_PREFIX ?? 'tilskudd-test';
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length) await redis.del(...keys);
  } while (cursor !== '0');
  await redis.quit();
}
