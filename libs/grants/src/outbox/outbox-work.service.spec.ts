import { loadConfig } from '@app/platform';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import { OutboxWorkService } from './outbox-work.service';

describe('OutboxWorkService retry schedule: temporary failures are retried over hours, not seconds', () => {
  const service = (env: Record<string, string> = {}) =>
    new OutboxWorkService({} as DataSource, loadConfig({ NODE_ENV: 'test', ...env }));

  it('waits 30 s, 1 min, 2 min, … and at most an hour between attempts', () => {
    const s = service();
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 40].map((n) => s.retryDelaySeconds(n))).toEqual([
      30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600,
    ]);
  });

  it('keeps trying for the whole 24-hour window (about 30 attempts), not 30 seconds', () => {
    const s = service();
    let elapsed = 0;
    let attempts = 1;
    while (elapsed + s.retryDelaySeconds(attempts) <= 24 * 3600) {
      elapsed += s.retryDelaySeconds(attempts);
      attempts++;
    }
    expect(attempts).toBeGreaterThanOrEqual(28);
    expect(attempts).toBeLessThanOrEqual(32);
  });

  it('follows the configured schedule', () => {
    const s = service({ DELIVERY_RETRY_BASE_SECONDS: '1', DELIVERY_RETRY_MAX_DELAY_SECONDS: '2' });
    expect([1, 2, 3, 10].map((n) => s.retryDelaySeconds(n))).toEqual([1, 2, 2, 2]);
  });
});

describe('OutboxWorkService recording: an outcome survives the database going away after the side effect', () => {
  /** A database that leases every row and refuses connections for the first `outageTries` transactions. */
  function flakyDatabase(outageTries: number, completedAlready = false) {
    const state = { transactions: 0, written: 0 };
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const leaseRow = [{ id: '7', topic: 'letter_delivery', payload: {}, attempts: 1 }];
    const db = {
      query: async () => [leaseRow, 1],
      transaction: async <T>(work: (manager: EntityManager) => Promise<T>): Promise<T> => {
        state.transactions++;
        if (state.transactions <= outageTries) throw refused;
        const manager = { query: async () => [completedAlready ? [] : [{ id: '7' }], 1] };
        return work(manager as unknown as EntityManager);
      },
    };
    return { db: db as unknown as DataSource, state };
  }

  it('records the outcome once the database answers again instead of sending the letter twice', async () => {
    jest.useFakeTimers({ advanceTimers: true });
    try {
      const { db, state } = flakyDatabase(3);
      const service = new OutboxWorkService(
        db,
        loadConfig({ NODE_ENV: 'test', DELIVERY_LEASE_SECONDS: '20' }),
      );
      const outcome = await service.perform('7', async (_message, complete) => {
        expect(await complete(async () => void state.written++)).toBe(true);
      });
      expect(outcome).toBe('done');
      expect(state.transactions).toBe(4);
      expect(state.written).toBe(1);
    } finally {
      jest.useRealTimers();
    }
  });

  it('gives up after twice the lease; the error reaches the caller, the row stays for the sweeper', async () => {
    jest.useFakeTimers({ advanceTimers: 50 });
    try {
      const { db, state } = flakyDatabase(Number.MAX_SAFE_INTEGER);
      const service = new OutboxWorkService(
        db,
        loadConfig({ NODE_ENV: 'test', DELIVERY_LEASE_SECONDS: '2' }),
      );
      await expect(service.perform('7', async (_m, complete) => void (await complete()))).rejects.toThrow(
        /ECONNREFUSED/,
      );
      expect(state.transactions).toBeGreaterThanOrEqual(4);
      expect(state.transactions).toBeLessThanOrEqual(6);
    } finally {
      jest.useRealTimers();
    }
  });

  it('does not retry a real error, and a row another worker completed is not written twice', async () => {
    const { db, state } = flakyDatabase(0, true);
    const service = new OutboxWorkService(db, loadConfig({ NODE_ENV: 'test' }));
    await service.perform('7', async (_m, complete) => {
      expect(await complete(async () => void state.written++)).toBe(false);
    });
    expect(state.written).toBe(0);
  });
});
