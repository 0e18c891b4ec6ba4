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

  it('reads the JSON body limits from the environment, defaulting to 16 levels and 10 000 items', () => {
    expect(loadConfig({}).requestLimits).toEqual({ jsonMaxDepth: 16, jsonMaxItems: 10_000 });
    const config = loadConfig({ REQUEST_JSON_MAX_DEPTH: '32', REQUEST_JSON_MAX_ITEMS: '50000' });
    expect(config.requestLimits).toEqual({ jsonMaxDepth: 32, jsonMaxItems: 50_000 });
    expect(() => loadConfig({ REQUEST_JSON_MAX_DEPTH: '3000' })).toThrow(
      'REQUEST_JSON_MAX_DEPTH must be between 4 and 256 (got 3000)',
    );
  });

  it.each([
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
    };
    expect(loadConfig({ ...production, ...payments }).databaseAdminUrl).toBeNull();
  });

  it('does not depend on TZ', () => {
    expect(loadConfig({ TZ: 'America/New_York' })).toEqual(loadConfig({ TZ: 'Asia/Tokyo' }));
  });
});
