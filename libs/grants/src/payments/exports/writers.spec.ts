import { Writable } from 'node:stream';
import { ExportTotalsMismatchError } from './control-totals';
import { BATCH_FILE_WRITERS, ExportFormat } from './index';
import { CollectingSink, fromArray, sampleHeader, sampleRows } from './testing';

/** A destination that fails, like a full disk or a dropped upload. */
class FailingSink extends Writable {
  constructor(private readonly afterBytes: number) {
    super({ highWaterMark: 64 });
  }
  private written = 0;

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.written += chunk.length;
    if (this.written > this.afterBytes) callback(new Error('disk full'));
    else callback();
  }
}

/** A destination that goes away without an error, like a client that hangs up. */
class ClosingSink extends Writable {
  constructor(private readonly afterBytes: number) {
    super({ highWaterMark: 64 });
  }
  private written = 0;

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.written += chunk.length;
    if (this.written > this.afterBytes) this.destroy();
    else setImmediate(callback);
  }
}

describe.each(Object.values(ExportFormat))('%s writer', (format) => {
  const write = BATCH_FILE_WRITERS[format];

  it('refuses rows that do not match the control total and destroys the output', async () => {
    const rows = sampleRows();
    const sink = new CollectingSink();
    const header = sampleHeader(rows, { totalOre: sampleHeader(rows).totalOre + 1 });
    await expect(write(header, fromArray(rows), sink)).rejects.toThrow(ExportTotalsMismatchError);
    expect(sink.destroyed).toBe(true);
    expect(sink.writableFinished).toBe(false);

    const fewer = sampleHeader(rows, { count: 2 });
    await expect(write(fewer, fromArray(rows), new CollectingSink())).rejects.toThrow(
      ExportTotalsMismatchError,
    );
  });

  it('rejects when the destination fails', async () => {
    const rows = sampleRows();
    await expect(write(sampleHeader(rows), fromArray(rows), new FailingSink(100))).rejects.toThrow(
      'disk full',
    );
  });

  it('rejects (rather than waits for ever) when the destination closes early', async () => {
    const rows = sampleRows();
    await expect(write(sampleHeader(rows), fromArray(rows), new ClosingSink(100))).rejects.toThrow(
      /closed before/,
    );
  });

  it('rejects when the source fails, and stops reading it', async () => {
    const rows = sampleRows();
    let pulled = 0;
    async function* failing(): AsyncGenerator<(typeof rows)[number]> {
      for (const row of rows) {
        pulled += 1;
        if (pulled === 2) throw new Error('connection lost');
        await Promise.resolve();
        yield row;
      }
    }
    const sink = new CollectingSink();
    await expect(write(sampleHeader(rows), failing(), sink)).rejects.toThrow('connection lost');
    expect(sink.destroyed).toBe(true);
    expect(pulled).toBe(2);
  });

  it('refuses an amount that is not a positive number of øre', async () => {
    const rows = sampleRows();
    rows[1].amountOre = 0;
    await expect(write(sampleHeader(rows), fromArray(rows), new CollectingSink())).rejects.toThrow(
      RangeError,
    );
  });
});

describe.each([ExportFormat.Csv, ExportFormat.Pain001])('%s file', (format) => {
  it('is the same bytes every time it is produced from the same batch', async () => {
    const produce = async (): Promise<Buffer> => {
      const rows = sampleRows();
      const sink = new CollectingSink();
      await BATCH_FILE_WRITERS[format](sampleHeader(rows), fromArray(rows), sink);
      return sink.buffer();
    };
    expect((await produce()).equals(await produce())).toBe(true);
  });
});

describe('BATCH_FILE_WRITERS', () => {
  it('has a writer for every format', () => {
    expect(Object.keys(BATCH_FILE_WRITERS).sort()).toEqual(['csv', 'pain001', 'xlsx']);
  });
});
