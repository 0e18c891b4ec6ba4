import { Writable } from 'node:stream';

/** The three files a payment batch produces (docs/domain.md §7). */
export enum ExportFormat {
  Csv = 'csv',
  Xlsx = 'xlsx',
  Pain001 = 'pain001',
}

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  [ExportFormat.Csv]: 'text/csv; charset=utf-8',
  [ExportFormat.Xlsx]: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  [ExportFormat.Pain001]: 'application/xml',
};

export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = {
  [ExportFormat.Csv]: 'csv',
  [ExportFormat.Xlsx]: 'xlsx',
  [ExportFormat.Pain001]: 'xml',
};

/** The paying agency's account (from configuration). */
export interface Debtor {
  name: string;
  /** BBAN, 11 digits. */
  account: string;
  /** The debtor bank's BIC (FinInstnId). */
  bic: string;
  /** Organisasjonsnummer of the agency, 9 digits; the initiating party's id. */
  organisationNumber: string;
}

/** What every file of a batch carries: its identity and control total (count and sum). */
export interface BatchExportHeader {
  batchId: string;
  /** e.g. "UTB-2027-0042"; at most 35 characters (pain.001 MsgId). */
  batchNumber: string;
  createdAt: Date;
  /** Requested execution date, YYYY-MM-DD. */
  executionDate: string;
  count: number;
  totalOre: number;
  debtor: Debtor;
  exportedByName: string;
}

/** One disbursement as it appears in the files; snapshotted when the batch is built. */
export interface BatchExportRow {
  disbursementId: string;
  /** Case reference, e.g. "MHP-2027-0042". */
  referenceNumber: string;
  grantYear: number;
  schemeCode: string;
  budgetChapter: string;
  budgetPost: string;
  recipientName: string;
  organisationNumber: string;
  /** BBAN, 11 digits. */
  bankAccount: string;
  /** KID if any (none for grants so far). */
  kid: string | null;
  /** Unstructured remittance text, at most 140 characters, contains the case reference. */
  message: string;
  amountOre: number;
  /** YYYY-MM-DD */
  dueDate: string;
  instalmentNo: number;
  instalmentCount: number;
  attestedByName: string;
  attestedAt: Date;
  approvedByName: string;
  approvedAt: Date;
}

/** A text the payment file had to cut to fit its field (the lists show it in full); recorded with the batch. */
export interface TextTruncation {
  /** The disbursement whose row it is; null for the debtor (the paying agency). */
  disbursementId: string | null;
  referenceNumber: string | null;
  field: 'recipientName' | 'message' | 'debtorName';
  /** The field's limit in characters. */
  maxLength: number;
  /** The text as the system holds it. */
  original: string;
  /** The text as the file carries it (in the bank's character set, cut). */
  sent: string;
}

/** Told of every text a writer cut. */
export type TruncationListener = (truncation: TextTruncation) => void;

/**
 * Writes one file of a batch to `out`, reading rows one at a time (memory stays flat however many rows
 * there are), respects back-pressure, ends `out` and resolves when it has finished.
 */
export type BatchFileWriter = (
  header: BatchExportHeader,
  rows: AsyncIterable<BatchExportRow>,
  out: Writable,
  onTruncated?: TruncationListener,
) => Promise<void>;
