import { createHash, Hash } from 'node:crypto';
import { Writable } from 'node:stream';
import { EntityManager } from 'typeorm';
import { BatchExportRow } from './exports/export-row';

/** Stored chunk size: big enough for few round trips, small enough to keep memory flat. */
export const CHUNK_BYTES = 1024 * 1024;

interface Runner {
  query: (sql: string, params?: unknown[]) => Promise<unknown>;
}

/**
 * A Writable that stores what is written as numbered chunks of one file, inside the caller's transaction,
 * hashing and counting as it goes. Back-pressure: a full chunk is written to the database before more is taken.
 */
export class ChunkedFileSink extends Writable {
  private readonly hash: Hash = createHash('sha256');
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private seq = 0;
  size = 0;

  constructor(
    private readonly runner: Runner,
    private readonly fileId: string,
  ) {
    super();
  }

  get chunkCount(): number {
    return this.seq;
  }

  digest(): string {
    return this.hash.digest('hex');
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.hash.update(chunk);
    this.size += chunk.length;
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes < CHUNK_BYTES) return callback();
    this.flush().then(() => callback(), callback);
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.flush().then(() => callback(), callback);
  }

  private async flush(): Promise<void> {
    if (this.pendingBytes === 0) return;
    const data = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    await this.runner.query(
      `INSERT INTO payment_batch_file_chunks (file_id, seq, data) VALUES ($1, $2, $3)`,
      [this.fileId, this.seq++, data],
    );
  }
}

/** The chunks of a stored file, one query per chunk, in order. */
export async function* readStoredFile(
  runner: Runner,
  fileId: string,
  chunkCount: number,
): AsyncGenerator<Buffer> {
  for (let seq = 0; seq < chunkCount; seq++) {
    const rows = (await runner.query(
      `SELECT data FROM payment_batch_file_chunks WHERE file_id = $1 AND seq = $2`,
      [fileId, seq],
    )) as { data: Buffer }[];
    if (rows.length !== 1) throw new Error(`chunk ${seq} of file ${fileId} is missing`);
    yield rows[0].data;
  }
}

/**
 * The rows of a batch in file order through a server-side cursor, a page at a time, inside the caller's
 * transaction (the cursor lives until the transaction ends; it is closed when iteration stops).
 */
export async function* batchRows(
  manager: EntityManager,
  batchId: string,
  pageSize = 2000,
): AsyncGenerator<BatchExportRow> {
  const cursor = `batch_rows_${batchId.replace(/-/g, '')}`;
  await manager.query(
    `DECLARE ${cursor} NO SCROLL CURSOR FOR
       SELECT row FROM payment_batch_items WHERE batch_id = '${batchId}'::uuid AND live ORDER BY position`,
  );
  try {
    for (;;) {
      const page = await manager.query<{ row: Record<string, unknown> }[]>(
        `FETCH FORWARD ${pageSize} FROM ${cursor}`,
      );
      for (const { row } of page) yield toExportRow(row);
      if (page.length < pageSize) break;
    }
  } finally {
    await manager.query(`CLOSE ${cursor}`);
  }
}

function toExportRow(row: Record<string, unknown>): BatchExportRow {
  return {
    ...(row as unknown as BatchExportRow),
    attestedAt: new Date(row.attestedAt as string),
    approvedAt: new Date(row.approvedAt as string),
  };
}
