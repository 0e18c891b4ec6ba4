import { isStoreOutage, StoreUnavailableError, withTimeout } from './outage';

describe('store outages', () => {
  it.each([
    [
      'a refused connection',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    ],
    [
      'PostgreSQL shutting down (57P01)',
      Object.assign(new Error('terminating connection'), { code: '57P01' }),
    ],
    [
      'PostgreSQL starting up (57P03)',
      Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
    ],
    ['a connection exception (08006)', Object.assign(new Error('x'), { code: '08006' })],
    ['the statement timeout (57014)', Object.assign(new Error('canceling statement'), { code: '57014' })],
    ['the pool acquire timeout', new Error('timeout exceeded when trying to connect')],
    ['a connection that ended', new Error('Connection terminated unexpectedly')],
    ['the client query timeout', new Error('Query read timeout')],
    ['a Redis command timeout', new Error('Command timed out')],
    [
      'a TypeORM error around a driver error',
      Object.assign(new Error('q'), { driverError: { code: '57P01' } }),
    ],
    [
      'an AggregateError of refused addresses',
      new AggregateError([Object.assign(new Error(), { code: 'ECONNREFUSED' })]),
    ],
    ['our own timeout', new StoreUnavailableError('redis', 'slow')],
  ])('counts %s as an outage', (_, error) => {
    expect(isStoreOutage(error)).toBe(true);
  });

  it.each([
    ['a unique violation', Object.assign(new Error('duplicate key'), { code: '23505' })],
    ['a syntax error', Object.assign(new Error('syntax error'), { code: '42601' })],
    ['a programming error', new TypeError('x is undefined')],
    ['a non-error', 'boom'],
  ])('does not count %s as an outage', (_, error) => {
    expect(isStoreOutage(error)).toBe(false);
  });

  it('gives up after the time allowed', async () => {
    await expect(withTimeout(new Promise(() => undefined), 20, 'redis')).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
    await expect(withTimeout(Promise.resolve(7), 20, 'redis')).resolves.toBe(7);
  });
});
