/**
 * Environment for the e2e tests: a database and a Redis key prefix of their own, so a test run
 * never touches the development system that `npm start` runs on the same machine.
 *
 * TEST_DATABASE_URL connects as a superuser (it creates the roles and the database). The app under test
 * connects as the application role, as in production, so the suite proves the application needs no more;
 * tests that must act as someone else (an attacker with a superuser, a migration) use the URLs below.
 */
import { join } from 'node:path';

const base = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/tilskudd';

/**
 * The superuser connection to the test database. A project with stores of its own (the browser tests: TEST_STORES,
 * set by test/support/browser-env.ts and passed by its global setup) gets a database beside it, `…_browser`, so
 * what other suites create at the same time (hundreds of open calls) does not crowd the pages it drives.
 */
export function testDatabaseUrl(stores = process.env.TEST_STORES): string {
  const url = new URL(process.env.TEST_DATABASE_URL ?? base);
  if (!process.env.TEST_DATABASE_URL) {
    url.username = 'postgres';
    url.password = '';
    url.pathname = '/tilskudd_test';
  }
  if (stores) url.pathname = `${url.pathname}_${stores}`;
  return url.toString();
}

/** The Redis key prefix of the test queues, likewise one per set of stores. */
export function testQueuePrefix(stores = process.env.TEST_STORES): string {
  const prefix = process.env.TEST_QUEUE_PREFIX ?? 'tilskudd-test';
  return stores ? `${prefix}-${stores}` : prefix;
}

function asUser(user: string): string {
  const url = new URL(testDatabaseUrl());
  url.username = user;
  url.password = '';
  return url.toString();
}

export const testAppDatabaseUrl = (): string => asUser('tilskudd_app');
export const testOwnerDatabaseUrl = (): string => asUser('tilskudd_owner');

process.env.NODE_ENV = 'test';
process.env.DATABASE_URL = testAppDatabaseUrl();
process.env.DATABASE_OWNER_URL = testOwnerDatabaseUrl();
process.env.DATABASE_ADMIN_URL = testDatabaseUrl();
process.env.QUEUE_PREFIX = testQueuePrefix();
process.env.WORKER_HEARTBEAT_SECONDS = '1';
process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'error';

// Every suite's requests come from 127.0.0.1, one client address, and share one Redis key prefix: limits per client
// and in all would count the whole run together. The rate-limit suite (throttling.e2e-spec.ts) sets its own limits.
process.env.AUTH_LOGIN_CLIENT_LIMIT ??= '100000/86400';
process.env.RATE_LIMIT_REGISTER_CLIENT ??= '100000/3600';
process.env.RATE_LIMIT_REGISTER_GLOBAL ??= '100000/3600';
process.env.RATE_LIMIT_PASSWORD_RESET_CLIENT ??= '100000/3600';
process.env.RATE_LIMIT_PUBLIC_EXPORT_CLIENT ??= '100000/60';

/** Runs `body` (which creates an app or a worker) with the given environment, restoring it afterwards. */
export async function withEnv<T>(env: Record<string, string>, body: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    return await body();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
// Uploads are scanned by the real clamd: the project's own (started by the global setup) unless CLAMAV_URL names
// another. Scanning is never off in the tests; a test that needs it off or unreachable says so itself.
process.env.CLAMAV = 'on';
process.env.CLAMAV_URL = process.env.CLAMAV_URL ?? `unix:${join(__dirname, '../../var/clamav/clamd.sock')}`;
