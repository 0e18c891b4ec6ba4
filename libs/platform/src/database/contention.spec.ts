import { QueryFailedError } from 'typeorm';
import { DomainError, DomainErrorCode } from '../errors/domain-error';
import { isContention, retryOnContention } from './contention';

const pgError = (code: string) =>
  new QueryFailedError('SELECT …', [], Object.assign(new Error('pg'), { code }));

describe('a lost race in PostgreSQL is retried a bounded number of times, then a 409, never a 500', () => {
  it('recognises deadlocks and serialization failures, and nothing else', () => {
    expect(isContention(pgError('40P01'))).toBe(true);
    expect(isContention(pgError('40001'))).toBe(true);
    expect(isContention(pgError('23505'))).toBe(false);
    expect(isContention(new Error('40P01'))).toBe(false);
  });

  it('runs the transaction again after a deadlock and returns its result', async () => {
    let calls = 0;
    const result = await retryOnContention(async () => {
      calls++;
      if (calls < 3) throw pgError('40P01');
      return 'done';
    });
    expect({ result, calls }).toEqual({ result: 'done', calls: 3 });
  });

  it('gives up after the last attempt with a contention error (409)', async () => {
    let calls = 0;
    const attempt = retryOnContention(async () => {
      calls++;
      throw pgError('40001');
    }, 3);
    await expect(attempt).rejects.toBeInstanceOf(DomainError);
    await expect(attempt).rejects.toMatchObject({ code: DomainErrorCode.Contention });
    expect(calls).toBe(3);
  });

  it('passes any other error through at once', async () => {
    let calls = 0;
    const attempt = retryOnContention(async () => {
      calls++;
      throw DomainError.stale('Søknaden', 4);
    });
    await expect(attempt).rejects.toMatchObject({ code: DomainErrorCode.StaleVersion });
    expect(calls).toBe(1);
  });
});
