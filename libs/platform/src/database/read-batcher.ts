/**
 * Coalesces reads of one kind that arrive in the same turn of the event loop into one query.
 *
 * Under load many requests for different rows are parsed in one turn; answering them with one statement costs
 * PostgreSQL one execution and this process one socket write and one wake-up instead of one of each per request,
 * and those writes were the largest single cost of the application detail under load (docs/decisions.md §11).
 * A lone read waits only until the end of the current turn (`setImmediate`), so it is not slower when idle.
 *
 * `fetch` gets distinct keys and answers with the rows it found, keyed by `keyOf`; a key without a row resolves to
 * `undefined`. If `fetch` fails, every read in that batch fails with the same error.
 */
export class ReadBatcher<K, R> {
  private pending: { key: K; resolve: (row: R | undefined) => void; reject: (error: unknown) => void }[] = [];
  private scheduled = false;

  constructor(
    private readonly fetch: (keys: K[]) => Promise<Map<string, R>>,
    private readonly keyOf: (key: K) => string,
    private readonly maxBatch = 100,
  ) {}

  load(key: K): Promise<R | undefined> {
    return new Promise((resolve, reject) => {
      this.pending.push({ key, resolve, reject });
      if (this.pending.length >= this.maxBatch) {
        this.flush();
      } else if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.flush();
        });
      }
    });
  }

  private flush(): void {
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    const distinct = new Map<string, K>();
    for (const { key } of batch) distinct.set(this.keyOf(key), key);
    // Called inside then(), so a fetch that throws instead of rejecting fails the batch the same way.
    Promise.resolve([...distinct.values()])
      .then((keys) => this.fetch(keys))
      .then(
        (rows) => {
          for (const read of batch) read.resolve(rows.get(this.keyOf(read.key)));
        },
        (error: unknown) => {
          for (const read of batch) read.reject(error);
        },
      );
  }
}
