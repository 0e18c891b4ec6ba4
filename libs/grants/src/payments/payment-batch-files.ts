import { AppConfig, ConfigError, DomainError } from '@app/platform';
import { EntityManager } from 'typeorm';
import { isValidBankAccount, isValidOrganisationNumber } from '../kernel/identifiers';
import { batchRows, ChunkedFileSink } from './batch-file-store';
import { BATCH_FILE_WRITERS } from './exports';
import {
  BatchExportHeader,
  Debtor,
  EXPORT_EXTENSIONS,
  ExportFormat,
  TextTruncation,
  TruncationListener,
} from './exports/export-row';
import { formatNorwegianDate } from './exports/list-columns';
import { PaymentBatch, PaymentBatchFile } from './payment-batch.entity';

/**
 * A payment batch's files: its number, the requested execution date, the paying account, the header every file
 * carries, and the files themselves, written into chunked storage.
 */

const BATCH_NUMBER_PREFIX = 'UTB-';

export function batchNumber(batch: Pick<PaymentBatch, 'number'>): string {
  return `${BATCH_NUMBER_PREFIX}${String(batch.number).padStart(6, '0')}`;
}

/**
 * The day the bank is asked to pay: never before a disbursement of the batch is due, so money of a grant year is not
 * paid before that year begins (a due date is never before 1 January of the grant year). Without a requested date,
 * today or the latest due date in the batch, whichever is later.
 */
export function paymentExecutionDate(
  requested: string | undefined,
  today: string,
  disbursements: readonly { due_date: string }[],
): string {
  const latestDue = disbursements.reduce((latest, d) => (d.due_date > latest ? d.due_date : latest), today);
  if (requested === undefined) return latestDue;
  if (requested < latestDue) {
    const early = disbursements.filter((d) => d.due_date > requested).length;
    throw DomainError.rule(
      'executionDate',
      'notBeforeDueDate',
      `Betalingsdatoen ${formatNorwegianDate(requested)} er før forfallsdatoen til ${early} av utbetalingene (seneste forfall ${formatNorwegianDate(latestDue)}). Velg en betalingsdato på eller etter ${formatNorwegianDate(latestDue)}, eller en tidligere dato for «forfall til og med».`,
    );
  }
  return requested;
}

/** The paying account from configuration, its identifiers checked (MOD11) before any file is written. */
export function paymentDebtor(config: AppConfig): Debtor {
  const { debtorName, debtorAccount, debtorBic, debtorOrganisationNumber } = config.payments;
  if (!isValidBankAccount(debtorAccount))
    throw new ConfigError('PAYMENT_DEBTOR_ACCOUNT', 'is not a valid kontonummer (MOD11)');
  if (!isValidOrganisationNumber(debtorOrganisationNumber))
    throw new ConfigError('PAYMENT_DEBTOR_ORGANISATION_NUMBER', 'is not a valid organisasjonsnummer (MOD11)');
  return {
    name: debtorName,
    account: debtorAccount,
    bic: debtorBic,
    organisationNumber: debtorOrganisationNumber,
  };
}

/** What every file of the batch carries: identity, control total, the paying account, who exported it. */
export async function batchExportHeader(
  manager: EntityManager,
  batch: PaymentBatch,
  debtor: Debtor,
): Promise<BatchExportHeader> {
  const [user] = await manager.query<{ name: string }[]>(`SELECT name FROM users WHERE id = $1`, [
    batch.exportedBy,
  ]);
  return {
    batchId: batch.id,
    batchNumber: batchNumber(batch),
    createdAt: batch.exportedAt,
    executionDate: batch.executionDate,
    count: batch.itemCount,
    totalOre: batch.totalOre,
    debtor,
    exportedByName: user?.name ?? batch.exportedBy,
  };
}

/**
 * Produces one file of a batch from its stored rows, into chunked storage, in the caller's transaction; texts the
 * file had to cut are told to `onTruncated`.
 */
export async function writeBatchFile(
  manager: EntityManager,
  header: BatchExportHeader,
  format: ExportFormat,
  onTruncated?: TruncationListener,
): Promise<PaymentBatchFile> {
  const file = await manager.save(
    manager.create(PaymentBatchFile, {
      batchId: header.batchId,
      format,
      fileName: `${header.batchNumber}.${EXPORT_EXTENSIONS[format]}`.replace('.xml', '.pain001.xml'),
      sizeBytes: '0',
      sha256: '0'.repeat(64),
      chunkCount: 0,
    }),
  );
  const sink = new ChunkedFileSink(manager, file.id);
  await BATCH_FILE_WRITERS[format](header, batchRows(manager, header.batchId), sink, onTruncated);
  file.sizeBytes = String(sink.size);
  file.sha256 = sink.digest();
  file.chunkCount = sink.chunkCount;
  await manager.save(file);
  return file;
}

/** The batch's three files (CSV, XLSX, pain.001), written in the caller's transaction, and what they had to cut. */
export async function writeBatchFiles(
  manager: EntityManager,
  batch: PaymentBatch,
  debtor: Debtor,
): Promise<{ files: PaymentBatchFile[]; truncations: TextTruncation[] }> {
  const header = await batchExportHeader(manager, batch, debtor);
  const files: PaymentBatchFile[] = [];
  const truncations: TextTruncation[] = [];
  for (const format of Object.values(ExportFormat)) {
    files.push(await writeBatchFile(manager, header, format, (t) => truncations.push(t)));
  }
  return { files, truncations };
}
