import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { BatchExportHeader, BatchExportRow } from './export-row';

/** Test helpers for the export writers (not exported from index.ts). */

/** The schema, committed to the repository; PAIN001_XSD overrides it. */
export const PAIN001_XSD =
  process.env.PAIN001_XSD ?? path.resolve(__dirname, '../../../../../test/fixtures/xsd/pain.001.001.03.xsd');

/** Collects everything written to it. */
export class CollectingSink extends Writable {
  private readonly chunks: Buffer[] = [];

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.chunks.push(chunk);
    callback();
  }

  buffer(): Buffer {
    return Buffer.concat(this.chunks);
  }

  text(): string {
    return this.buffer().toString('utf8');
  }
}

/**
 * A slow consumer with a tiny buffer: each write completes on a later turn of the event loop. It records the most
 * that was ever waiting in its buffer, which stays small only if the producer waits for 'drain'.
 */
export class SlowSink extends Writable {
  maxBuffered = 0;
  drains = 0;
  bytes = 0;
  lines = 0;
  lastChunk = '';
  private readonly chunks: Buffer[] = [];

  /** `keep`: also keep what was written (for reading the file back). */
  constructor(
    highWaterMark: number,
    private readonly keep = false,
  ) {
    super({ highWaterMark });
    this.on('drain', () => {
      this.drains += 1;
    });
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.maxBuffered = Math.max(this.maxBuffered, this.writableLength);
    this.bytes += chunk.length;
    for (const byte of chunk) if (byte === 0x0a) this.lines += 1;
    this.lastChunk = chunk.toString('utf8');
    if (this.keep) this.chunks.push(chunk);
    setImmediate(() => callback());
  }

  buffer(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

/** Yields the items one at a time, asynchronously, as a database cursor would. */
export async function* fromArray<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) {
    await Promise.resolve();
    yield item;
  }
}

export function sampleHeader(
  rows: readonly BatchExportRow[],
  overrides: Partial<BatchExportHeader> = {},
): BatchExportHeader {
  return {
    batchId: '7f9c2d3e-0000-4000-8000-000000000001',
    batchNumber: 'UTB-2027-0042',
    createdAt: new Date('2027-07-01T08:05:09.123Z'),
    executionDate: '2027-07-05',
    count: rows.length,
    totalOre: rows.reduce((sum, row) => sum + row.amountOre, 0),
    debtor: {
      name: 'Stiftelsen for kulturtilskudd',
      account: '76940512345',
      bic: 'DNBANOKKXXX',
      organisationNumber: '974760673',
    },
    exportedByName: 'Kari Nordmann',
    ...overrides,
  };
}

export function sampleRow(overrides: Partial<BatchExportRow> = {}): BatchExportRow {
  return {
    disbursementId: '3b0e5a4c-1d2f-4a6b-9c8d-7e6f5a4b3c2d',
    referenceNumber: 'MHP-2027-0042',
    grantYear: 2027,
    schemeCode: 'MHP',
    budgetChapter: '0433',
    budgetPost: '70',
    recipientName: 'Bygdelaget',
    organisationNumber: '912345678',
    bankAccount: '05400000123',
    kid: null,
    message: 'Tilskudd MHP-2027-0042, utbetaling 1 av 1',
    amountOre: 100_000,
    dueDate: '2027-07-05',
    instalmentNo: 1,
    instalmentCount: 1,
    attestedByName: 'Ola Attestant',
    attestedAt: new Date('2027-03-27T23:30:00Z'),
    approvedByName: 'Berit Budsjett',
    approvedAt: new Date('2027-06-30T22:15:00Z'),
    ...overrides,
  };
}

/** 150 characters with an ampersand inside the first 140. */
export const LONG_MESSAGE = `Tilskudd MHP-2027-0044 & sluttrapport ${'ø'.repeat(112)}`;
export const LONG_NAME = `Foreningen for ${'Æ'.repeat(70)} i Sør`;

/**
 * Three disbursements that test the awkward cases: XML and CSV specials, æøå, a name starting with `=`,
 * a KID, a long message and name, and amounts that do not add up nicely (sum 100 033 333 335 øre).
 */
export function sampleRows(): BatchExportRow[] {
  return [
    sampleRow({
      recipientName: 'Søn & <Ærlige> Øst; avd. "Å"',
      amountOre: 33_333_333,
      dueDate: '2027-04-15',
      instalmentNo: 1,
      instalmentCount: 3,
    }),
    sampleRow({
      disbursementId: '00000000-1111-4222-8333-444455556666',
      referenceNumber: 'MHP-2027-0043',
      recipientName: '=HYPERLINK("http://x.invalid")',
      organisationNumber: '987654321',
      bankAccount: '12345678903',
      kid: '1234567890128',
      amountOre: 1,
      instalmentNo: 2,
      instalmentCount: 3,
    }),
    sampleRow({
      disbursementId: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
      referenceNumber: 'MHP-2027-0044',
      recipientName: LONG_NAME,
      message: LONG_MESSAGE,
      amountOre: 100_000_000_001,
      dueDate: '2027-12-31',
      instalmentNo: 3,
      instalmentCount: 3,
    }),
  ];
}

/** Synthetic rows for volume tests. */
export async function* generateRows(count: number): AsyncGenerator<BatchExportRow> {
  for (let i = 0; i < count; i += 1) {
    await Promise.resolve();
    yield sampleRow({
      disbursementId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      recipientName: `Mottaker nr. ${i}`,
      amountOre: 1_000 + i,
    });
  }
}

/** Sum of 1 000 + i øre for i in 0..count-1. */
export function generatedTotalOre(count: number): number {
  return 1_000 * count + (count * (count - 1)) / 2;
}

/**
 * Validates an XML document against the pain.001.001.03 schema with xmllint. Throws (with xmllint's message) when
 * it does not validate, and also when xmllint is missing — the test must fail, not pass unchecked.
 */
export function validatePain001(xml: string): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'pain001-'));
  const file = path.join(dir, 'batch.xml');
  try {
    writeFileSync(file, xml, 'utf8');
    execFileSync('xmllint', ['--noout', '--schema', PAIN001_XSD, file], { stdio: 'pipe' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** xmllint's stderr when validation fails; throws if the document unexpectedly validates. */
export function pain001ValidationErrors(xml: string): string {
  try {
    validatePain001(xml);
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr;
    if (stderr) return stderr.toString('utf8');
    throw error;
  }
  throw new Error('the document validated, but it should not have');
}
