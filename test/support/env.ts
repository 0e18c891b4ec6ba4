/**
 * Environment for the e2e tests: a database and a Redis key prefix of their own, so a test run
 * never touches the development system that `npm start` runs on the same machine.
 */
const base = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/tilskudd';

export function testDatabaseUrl(): string {
  if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
  const url = new URL(base);
  url.pathname = '/tilskudd_test';
  return url.toString();
}

process.env.NODE_ENV = 'test';
process.env.DATABASE_URL = testDatabaseUrl();
process.env.QUEUE_PREFIX = process.env.TEST_QUEUE_PREFIX ?? 'tilskudd-test';
process.env.WORKER_HEARTBEAT_SECONDS = '1';
process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'error';
