import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DisbursementStatus, PaymentBatchStatus } from '@app/grants';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { DateField, Optional, TextField, VersionField } from '../common/fields';
import { PageMeta, PageQuery } from '../common/page.dto';

export class VersionRequest {
  @VersionField()
  version!: number;
}

export class MarkPaidRequest extends VersionRequest {
  /** The day the money left Sfk's account (bank statement); not before the batch's execution date. */
  @DateField({ example: '2027-02-01' })
  paidOn!: string;
}

export class CancelBatchRequest extends VersionRequest {
  /** Why the batch is cancelled (required). */
  @TextField(1000)
  reason!: string;
}

export class BuildBatchRequest {
  /** Only disbursements of this round (default: all rounds). */
  @ApiPropertyOptional({ format: 'uuid' })
  @Optional()
  @IsUUID('all', { message: 'Må være en gyldig id.' })
  roundId?: string;

  /** Disbursements due on or before this day (a batch pays what is due, never "everything"). */
  @DateField({ example: '2027-03-31' })
  dueOnOrBefore!: string;

  /**
   * Requested execution date in the payment file: not in the past and not before any disbursement in the batch is
   * due (default: today, or the latest due date in the batch if later).
   */
  @DateField({ optional: true, example: '2027-02-01' })
  executionDate?: string;
}

export class DisbursementListQuery extends PageQuery {
  /** Only disbursements in this status. */
  @ApiPropertyOptional({ enum: DisbursementStatus })
  @IsOptional()
  @IsEnum(DisbursementStatus)
  status?: DisbursementStatus;

  /** Only disbursements of this round. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'Må være en gyldig id.' })
  roundId?: string;

  /** Only disbursements to this organisation. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'Må være en gyldig id.' })
  organisationId?: string;

  /** Only disbursements due on or before this day (YYYY-MM-DD). */
  @DateField({ optional: true })
  dueOnOrBefore?: string;
}

export class BatchListQuery extends PageQuery {
  /** Only batches in this status. */
  @ApiPropertyOptional({ enum: PaymentBatchStatus })
  @IsOptional()
  @IsEnum(PaymentBatchStatus)
  status?: PaymentBatchStatus;
}

export class LedgerQuery {
  /** The budget year. */
  @ApiProperty({ type: 'integer', example: 2027 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  /** Only this round. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'Må være en gyldig id.' })
  roundId?: string;
}

export class DisbursementResponse {
  /** The disbursement's id. */
  id!: string;
  /** The decision it pays out. */
  decisionId!: string;
  /** The application (case). */
  applicationId!: string;
  /** The recipient organisation. */
  organisationId!: string;
  /** The round. */
  roundId!: string;
  /**
   * Which instalment of the payment plan this is, from 1.
   * @example 1
   */
  instalmentNo!: number;
  /**
   * How many instalments the payment plan has.
   * @example 2
   */
  instalmentCount!: number;
  @ApiProperty({ type: 'integer' }) amountOre!: number;
  /** The day the instalment is due. */
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty({ enum: DisbursementStatus }) status!: DisbursementStatus;
  /** The finance officer who attested it; null until attested. */
  attestedBy!: string | null;
  attestedAt!: string | null;
  /** The account it is paid to, fixed at attestation; null before. */
  bankAccount!: string | null;
  /** Above NOK 1 000 000: a second person must check it before it is exported. */
  requiresExtraControl!: boolean;
  /** Who did the extra control; null until done or when not required. */
  extraControlBy!: string | null;
  extraControlAt!: string | null;
  /** The day the money left Sfk's account; null until paid. */
  @ApiProperty({ type: String, nullable: true, format: 'date' }) paidOn!: string | null;
  /** The version to send with the next step (optimistic locking). */
  version!: number;
}

export class DisbursementPage extends PageMeta {
  /** The disbursements on this page. */
  items!: DisbursementResponse[];
}

export class BatchFileResponse {
  @ApiProperty({ enum: ['csv', 'xlsx', 'pain001'] }) format!: string;
  /**
   * The file name.
   * @example "UTB-000042.xml"
   */
  fileName!: string;
  /** The size in bytes. */
  @ApiProperty({ type: 'integer' }) sizeBytes!: number;
  /** SHA-256 of the file, hex. */
  sha256!: string;
  /** Where to download it. */
  href!: string;
}

export class TextTruncationResponse {
  /** The disbursement whose row it is; null for the paying agency's own name. */
  disbursementId!: string | null;
  /** The case reference of the row; null for the paying agency's own name. */
  referenceNumber!: string | null;
  @ApiProperty({ enum: ['recipientName', 'message', 'debtorName'] }) field!: string;
  /** The field's limit in the payment file, in characters. */
  @ApiProperty({ type: 'integer' }) maxLength!: number;
  /** The text as the system holds it (and the CSV/XLSX lists show it). */
  original!: string;
  /** The text as the pain.001 file carries it: in the banks' character set, cut. */
  sent!: string;
}

export class PaymentBatchResponse {
  /** The batch's id. */
  id!: string;
  /** e.g. UTB-000042; the payment file's message id. */
  number!: string;
  @ApiProperty({ enum: PaymentBatchStatus }) status!: PaymentBatchStatus;
  /** The round the batch was limited to; null for all rounds. */
  roundId!: string | null;
  /** The batch took disbursements due on or before this day. */
  @ApiProperty({ type: String, nullable: true, format: 'date' }) dueOnOrBefore!: string | null;
  /** Requested execution date in the payment file. */
  @ApiProperty({ format: 'date' }) executionDate!: string;
  /** Control total: number of disbursements and their sum. */
  @ApiProperty({ type: 'integer' }) itemCount!: number;
  @ApiProperty({ type: 'integer' }) totalOre!: number;
  /** Every text the payment file had to cut to fit (names at 70, messages at 140 characters). */
  @ApiProperty({ type: [TextTruncationResponse] }) truncations!: TextTruncationResponse[];
  /** The finance officer who built the batch. */
  exportedBy!: string;
  exportedAt!: string;
  cancelledAt!: string | null;
  /** Why the batch was cancelled; null unless cancelled. */
  cancelReason!: string | null;
  /** The version to send with the next step (optimistic locking). */
  version!: number;
  /** The batch's files (CSV, XLSX, pain.001), with where to download each. */
  @ApiPropertyOptional({ type: [BatchFileResponse] }) files?: BatchFileResponse[];
}

export class SkippedDisbursementResponse {
  /** The attested disbursement left out. */
  disbursementId!: string;
  /** Why it could not go with this batch. */
  @ApiProperty({
    enum: [
      'bank_account_unverified',
      'bank_account_changed',
      'organisation_flagged',
      'extra_control_missing',
      'budget_reservation',
    ],
  })
  reason!: string;
}

export class BuiltBatchResponse extends PaymentBatchResponse {
  /** Attested disbursements matching the filter that could not go with this batch, and why. */
  skipped!: SkippedDisbursementResponse[];
}

export class PaymentBatchPage extends PageMeta {
  /** The payment batches on this page. */
  items!: PaymentBatchResponse[];
}

export class BatchItemResponse {
  /** The row as the files show it. */
  @ApiProperty({ type: 'object', additionalProperties: true }) row!: Record<string, unknown>;
  @ApiProperty({ enum: DisbursementStatus }) status!: string;
  /** False once the batch is cancelled. */
  live!: boolean;
}

export class BatchItemPage extends PageMeta {
  /** The rows of the batch on this page. */
  items!: BatchItemResponse[];
}

export class LedgerFiguresResponse {
  /** The budget frame. */
  @ApiProperty({ type: 'integer' }) frameOre!: number;
  /** Granted by decisions in force. */
  @ApiProperty({ type: 'integer' }) grantedOre!: number;
  /** Granted and accepted (a commitment). */
  @ApiProperty({ type: 'integer' }) committedOre!: number;
  /** Granted but not yet accepted. */
  @ApiProperty({ type: 'integer' }) awaitingAcceptanceOre!: number;
  /** Paid out. */
  @ApiProperty({ type: 'integer' }) paidOre!: number;
  /** Committed but not yet paid. */
  @ApiProperty({ type: 'integer' }) unpaidOre!: number;
  /** Granted but lapsed (declined or not accepted in time). */
  @ApiProperty({ type: 'integer' }) lapsedOre!: number;
  /** Frame left to grant. */
  @ApiProperty({ type: 'integer' }) remainingOre!: number;
  /** Claimed back by repayment claims. */
  @ApiProperty({ type: 'integer' }) claimedOre!: number;
  /** Repaid against the claims. */
  @ApiProperty({ type: 'integer' }) repaidOre!: number;
  /** Chapter of the state budget, 4 digits. */
  budgetChapter!: string;
  /** Post of the chapter, 2 digits. */
  budgetPost!: string;
}

export class LedgerRoundResponse extends LedgerFiguresResponse {
  /** The round. */
  roundId!: string;
  /**
   * The grant year.
   * @example 2027
   */
  year!: number;
  /** The round's title. */
  title!: string;
  /**
   * Code of the scheme.
   * @example "MHP"
   */
  schemeCode!: string;
}

export class LedgerResponse {
  /**
   * The budget year the ledger covers.
   * @example 2027
   */
  year!: number;
  /** The figures per round of the year. */
  rounds!: LedgerRoundResponse[];
  /** The figures per budget chapter and post. */
  chapterPosts!: LedgerFiguresResponse[];
}
