import { resolve } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

describe('configuration', () => {
  it('has defaults that work on a development machine', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      databaseUrl: 'postgres://tilskudd_app@127.0.0.1:5432/tilskudd',
      databaseOwnerUrl: 'postgres://tilskudd_owner@127.0.0.1:5432/tilskudd',
      databaseAdminUrl: 'postgres://postgres@127.0.0.1:5432/postgres',
      databasePoolSize: 10,
      redisUrl: 'redis://127.0.0.1:6379',
      smtpUrl: 'smtp://127.0.0.1:1025',
    });
    expect(config.auth.jwtSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('reads the small-cell limit and the extra-control threshold from the environment, defaulting to 5 and NOK 1 000 000', () => {
    expect(loadConfig({}).statistics.smallCellLimit).toBe(5);
    expect(loadConfig({}).payments.extraControlAboveOre).toBe(100_000_000);
    const config = loadConfig({
      STATISTICS_SMALL_CELL_LIMIT: '10',
      PAYMENT_EXTRA_CONTROL_ABOVE_NOK: '500000',
    });
    expect(config.statistics.smallCellLimit).toBe(10);
    expect(config.payments.extraControlAboveOre).toBe(50_000_000);
  });

  it('throttles logins and limits anonymous endpoints by default, and trusts no proxy unless told', () => {
    const config = loadConfig({});
    expect(config.auth.login).toEqual({
      maxFailures: 5,
      lockSeconds: 900,
      clientLimit: { points: 100, seconds: 86400 },
      accountLimit: { points: 50, seconds: 86400 },
      slowSeconds: 30,
      knownClientDays: 90,
    });
    expect(config.rateLimits).toEqual({
      registerAddress: { points: 3, seconds: 86400 },
      registerClient: { points: 10, seconds: 3600 },
      registerGlobal: { points: 200, seconds: 3600 },
      passwordResetAddress: { points: 3, seconds: 3600 },
      passwordResetClient: { points: 10, seconds: 3600 },
      publicExportClient: { points: 60, seconds: 60 },
    });
    expect(config.trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: 'off' }).trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 10.1.0.0/16,2001:db8::/32,loopback' }).trustProxy).toEqual([
      '10.0.0.5',
      '10.1.0.0/16',
      '2001:db8::/32',
      'loopback',
    ]);
    expect(loadConfig({ AUTH_LOGIN_ACCOUNT_LIMIT: '20/3600' }).auth.login.accountLimit).toEqual({
      points: 20,
      seconds: 3600,
    });
  });

  it('reads the JSON body limits from the environment, defaulting to 16 levels and 10 000 items', () => {
    expect(loadConfig({}).requestLimits).toEqual({ jsonMaxDepth: 16, jsonMaxItems: 10_000 });
    const config = loadConfig({ REQUEST_JSON_MAX_DEPTH: '32', REQUEST_JSON_MAX_ITEMS: '50000' });
    expect(config.requestLimits).toEqual({ jsonMaxDepth: 32, jsonMaxItems: 50_000 });
    expect(() => loadConfig({ REQUEST_JSON_MAX_DEPTH: '3000' })).toThrow(
      'REQUEST_JSON_MAX_DEPTH must be between 4 and 256 (got 3000)',
    );
  });

  it.each([
    [
      { TRUST_PROXY: 'true' },
      'TRUST_PROXY must be off or a comma-separated list of proxy addresses or CIDR ranges, like 10.0.0.5,10.1.0.0/16 (or loopback, linklocal, uniquelocal) (got "true")',
    ],
    [{ TRUST_PROXY: '10.0.0.0/33' }, 'TRUST_PROXY must be off or a comma-separated list'],
    [{ TRUST_PROXY: '10.0.0.1,,10.0.0.2' }, 'TRUST_PROXY must be off or a comma-separated list'],
    [{ TRUST_PROXY: '2' }, 'TRUST_PROXY must be off or a comma-separated list'],
    [
      { AUTH_LOGIN_CLIENT_LIMIT: '100 per day' },
      'AUTH_LOGIN_CLIENT_LIMIT must be <attempts>/<seconds>, like 100/86400, with 1–1000000 attempts in 1–2592000 seconds (got "100 per day")',
    ],
    [{ RATE_LIMIT_REGISTER_CLIENT: '0/3600' }, 'RATE_LIMIT_REGISTER_CLIENT must be <attempts>/<seconds>'],
    [{ RATE_LIMIT_REGISTER_GLOBAL: '10/0' }, 'RATE_LIMIT_REGISTER_GLOBAL must be <attempts>/<seconds>'],
    [{ AUTH_LOGIN_SLOW_SECONDS: '0' }, 'AUTH_LOGIN_SLOW_SECONDS must be between 1 and 3600 (got 0)'],
  ])('refuses a malformed limit or proxy list naming the variable: %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(`Configuration error: ${message}`);
  });

  it('scans uploads with the project clamd by default; CLAMAV=off switches scanning off; CLAMAV_URL names another', () => {
    expect(loadConfig({}).virusScan).toEqual({
      enabled: true,
      clamd: { socket: resolve('var/clamav/clamd.sock') },
      timeoutMs: 15000,
    });
    expect(loadConfig({ CLAMAV: 'off', CLAMAV_URL: 'nonsense' }).virusScan).toEqual({ enabled: false });
    expect(loadConfig({ CLAMAV_URL: 'tcp://clamav:3310', CLAMAV_TIMEOUT_MS: '5000' }).virusScan).toEqual({
      enabled: true,
      clamd: { host: 'clamav', port: 3310 },
      timeoutMs: 5000,
    });
    expect(loadConfig({ CLAMAV_URL: 'unix:///run/clamav/clamd.ctl' }).virusScan).toMatchObject({
      clamd: { socket: '/run/clamav/clamd.ctl' },
    });
  });

  it.each([
    [{ CLAMAV: 'no' }, 'CLAMAV must be one of on, off (got "no")'],
    [{ CLAMAV_URL: 'http://clamav:3310' }, 'CLAMAV_URL must be unix:<socket path> or tcp://host:port'],
    [{ CLAMAV_URL: 'tcp://clamav' }, 'CLAMAV_URL must be unix:<socket path> or tcp://host:port'],
    [{ CLAMAV_TIMEOUT_MS: '10' }, 'CLAMAV_TIMEOUT_MS must be between 100 and 300000 (got 10)'],
    [{ PORT: 'eighty' }, 'PORT must be a whole number (got "eighty")'],
    [{ PORT: '70000' }, 'PORT must be between 1 and 65535 (got 70000)'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must use postgres: or postgresql: (got "mysql:")'],
    [{ DATABASE_POOL_SIZE: '1' }, 'DATABASE_POOL_SIZE must be between 2 and 200 (got 1)'],
    [{ REDIS_URL: 'not a url' }, 'REDIS_URL must be a URL like redis://host:port (got "not a url")'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV must be one of development, test, production (got "staging")'],
    [{ AUTH_JWT_SECRET: 'short' }, 'AUTH_JWT_SECRET must be at least 32 characters'],
    [{ NODE_ENV: 'production' }, 'AUTH_JWT_SECRET is required but not set'],
    [
      { NODE_ENV: 'production', AUTH_JWT_SECRET: 'x'.repeat(40) },
      'PAYMENT_DEBTOR_ACCOUNT is required but not set',
    ],
    [
      { PAYMENT_DEBTOR_ACCOUNT: '8601.11.17947' },
      'PAYMENT_DEBTOR_ACCOUNT must be 11 digits (kontonummer) (got "8601.11.17947")',
    ],
    [
      {
        NODE_ENV: 'production',
        AUTH_JWT_SECRET: 'x'.repeat(40),
        PAYMENT_DEBTOR_ACCOUNT: '86011117947',
        PAYMENT_DEBTOR_ORGANISATION_NUMBER: '988077917',
        PAYMENT_DEBTOR_BIC: 'DNBANOKKXXX',
      },
      'PUBLIC_BASE_URL is required but not set',
    ],
    [{ PUBLIC_BASE_URL: 'ftp://tilskudd.example' }, 'PUBLIC_BASE_URL must use http: or https: (got "ftp:")'],
    [
      { AUTH_PASSWORD_RESET_TTL_SECONDS: '10' },
      'AUTH_PASSWORD_RESET_TTL_SECONDS must be between 60 and 86400 (got 10)',
    ],
    [{ PAYMENT_DEBTOR_BIC: 'dnb' }, 'PAYMENT_DEBTOR_BIC must be a BIC like DNBANOKKXXX (got "dnb")'],
    [{ STATISTICS_SMALL_CELL_LIMIT: '1' }, 'STATISTICS_SMALL_CELL_LIMIT must be between 2 and 100 (got 1)'],
    [
      { PAYMENT_EXTRA_CONTROL_ABOVE_NOK: '1 000 000' },
      'PAYMENT_EXTRA_CONTROL_ABOVE_NOK must be a whole number (got "1 000 000")',
    ],
  ])('stops with one line naming the variable: %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(`Configuration error: ${message}`);
  });

  it('reaches the owner and the superuser where DATABASE_URL points, and no superuser in production unless given', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://app:secret@db.example:6543/grants' });
    expect(config.databaseOwnerUrl).toBe('postgres://tilskudd_owner@db.example:6543/grants');
    expect(config.databaseAdminUrl).toBe('postgres://postgres@db.example:6543/postgres');
    const production = { NODE_ENV: 'production', AUTH_JWT_SECRET: 'x'.repeat(40) };
    const payments = {
      PAYMENT_DEBTOR_ACCOUNT: '86011117947',
      PAYMENT_DEBTOR_ORGANISATION_NUMBER: '988077917',
      PAYMENT_DEBTOR_BIC: 'DNBANOKKXXX',
      PUBLIC_BASE_URL: 'https://tilskudd.example/',
    };
    const inProduction = loadConfig({ ...production, ...payments });
    expect(inProduction.databaseAdminUrl).toBeNull();
    expect(inProduction.publicBaseUrl).toBe('https://tilskudd.example');
  });

  it('serves the API docs in development and test, not in production unless API_DOCS=public', () => {
    const production = {
      NODE_ENV: 'production',
      AUTH_JWT_SECRET: 'x'.repeat(40),
      PAYMENT_DEBTOR_ACCOUNT: '86011117947',
      PAYMENT_DEBTOR_ORGANISATION_NUMBER: '988077917',
      PAYMENT_DEBTOR_BIC: 'DNBANOKKXXX',
      PUBLIC_BASE_URL: 'https://tilskudd.example.no',
    };
    expect(loadConfig({}).apiDocs).toBe('public');
    expect(loadConfig({ NODE_ENV: 'test' }).apiDocs).toBe('public');
    expect(loadConfig(production).apiDocs).toBe('off');
    expect(loadConfig({ ...production, API_DOCS: 'public' }).apiDocs).toBe('public');
    expect(loadConfig({ API_DOCS: 'off' }).apiDocs).toBe('off');
    expect(() => loadConfig({ API_DOCS: 'login' })).toThrow(
      'Configuration error: API_DOCS must be one of public, off (got "login")',
    );
  });

  it('times browser sessions out after 30 idle minutes and 12 hours, with a __Host- Secure cookie in production', () => {
    expect(loadConfig({}).auth.session).toEqual({
      idleMinutes: 30,
      absoluteHours: 12,
      cookieName: 'tilskudd_session',
      secureCookie: false,
    });
    const production = {
      NODE_ENV: 'production',
      AUTH_JWT_SECRET: 'x'.repeat(40),
      PAYMENT_DEBTOR_ACCOUNT: '86011117947',
      PAYMENT_DEBTOR_ORGANISATION_NUMBER: '988077917',
      PAYMENT_DEBTOR_BIC: 'DNBANOKKXXX',
      PUBLIC_BASE_URL: 'https://tilskudd.example.no',
      SESSION_IDLE_MINUTES: '15',
      SESSION_ABSOLUTE_HOURS: '8',
    };
    expect(loadConfig(production).auth.session).toEqual({
      idleMinutes: 15,
      absoluteHours: 8,
      cookieName: '__Host-tilskudd_session',
      secureCookie: true,
    });
    expect(() => loadConfig({ SESSION_IDLE_MINUTES: '0' })).toThrow(
      'Configuration error: SESSION_IDLE_MINUTES must be between 1 and 1440 (got 0)',
    );
  });

  it('serves the web application from dist/web under the working directory unless WEB_ROOT says otherwise', () => {
    expect(loadConfig({}).webRoot).toBe(resolve('dist/web'));
    expect(loadConfig({ WEB_ROOT: '/srv/tilskudd/web/' }).webRoot).toBe('/srv/tilskudd/web');
  });

  it('does not depend on TZ', () => {
    expect(loadConfig({ TZ: 'America/New_York' })).toEqual(loadConfig({ TZ: 'Asia/Tokyo' }));
  });
});
