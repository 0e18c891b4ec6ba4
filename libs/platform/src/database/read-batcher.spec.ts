import { ReadBatcher } from './read-batcher';

/** A fetch that records the keys of each call and answers the even numbers only. */
function evenRows(): { calls: number[][]; fetch: (keys: number[]) => Promise<Map<string, string>> } {
  const calls: number[][] = [];
  return {
    calls,
    fetch: (keys) => {
      calls.push(keys);
      return Promise.resolve(new Map(keys.filter((k) => k % 2 === 0).map((k) => [String(k), `row ${k}`])));
    },
  };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('read batcher', () => {
  it('answers reads of one turn with one fetch, each with its own row or undefined', async () => {
    const { calls, fetch } = evenRows();
    const batcher = new ReadBatcher(fetch, String);
    const results = await Promise.all([batcher.load(2), batcher.load(3), batcher.load(4)]);
    expect(results).toEqual(['row 2', undefined, 'row 4']);
    expect(calls).toEqual([[2, 3, 4]]);
  });

  it('asks for a key once however many reads want it', async () => {
    const { calls, fetch } = evenRows();
    const batcher = new ReadBatcher(fetch, String);
    expect(await Promise.all([batcher.load(2), batcher.load(2), batcher.load(6)])).toEqual([
      'row 2',
      'row 2',
      'row 6',
    ]);
    expect(calls).toEqual([[2, 6]]);
  });

  it('starts a new batch for reads of a later turn', async () => {
    const { calls, fetch } = evenRows();
    const batcher = new ReadBatcher(fetch, String);
    expect(await batcher.load(2)).toBe('row 2');
    await tick();
    expect(await batcher.load(4)).toBe('row 4');
    expect(calls).toEqual([[2], [4]]);
  });

  it('splits a turn into batches of at most maxBatch keys', async () => {
    const { calls, fetch } = evenRows();
    const batcher = new ReadBatcher(fetch, String, 2);
    const results = await Promise.all([0, 2, 4, 6, 8].map((k) => batcher.load(k)));
    expect(results).toEqual(['row 0', 'row 2', 'row 4', 'row 6', 'row 8']);
    expect(calls).toEqual([[0, 2], [4, 6], [8]]);
  });

  it('fails every read of a batch whose fetch fails, and recovers for the next batch', async () => {
    let fail = true;
    const batcher = new ReadBatcher<number, string>((keys) => {
      if (fail) return Promise.reject(new Error('connection lost'));
      return Promise.resolve(new Map(keys.map((k) => [String(k), `row ${k}`])));
    }, String);
    const failed = await Promise.allSettled([batcher.load(1), batcher.load(2)]);
    expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect((failed[0] as PromiseRejectedResult).reason).toEqual(new Error('connection lost'));
    fail = false;
    expect(await batcher.load(1)).toBe('row 1');
  });

  it('turns a fetch that throws synchronously into failed reads', async () => {
    const batcher = new ReadBatcher<number, string>(() => {
      throw new Error('bad keys');
    }, String);
    await expect(batcher.load(1)).rejects.toThrow('bad keys');
  });
});
