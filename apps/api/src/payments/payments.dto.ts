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
  @ApiPropertyOptional({ enum: DisbursementStatus })
  @IsOptional()
  @IsEnum(DisbursementStatus)
  status?: DisbursementStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'Må være en gyldig id.' })
  roundId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'Må være en gyldig id.' })
  organisationId?: string;

  @DateField({ optional: true })
  dueOnOrBefore?: string;
}

export class BatchListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PaymentBatchStatus })
  @IsOptional()
  @IsEnum(PaymentBatchStatus)
  status?: PaymentBatchStatus;
}

export class LedgerQuery {
  @ApiProperty({ type: 'integer', example: 2027 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'Må være en gyldig id.' })
  roundId?: string;
}

export class DisbursementResponse {
  id!: string;
  decisionId!: string;
  applicationId!: string;
  organisationId!: string;
  roundId!: string;
  instalmentNo!: number;
  instalmentCount!: number;
  @ApiProperty({ type: 'integer' }) amountOre!: number;
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty({ enum: DisbursementStatus }) status!: DisbursementStatus;
  @ApiProperty({ type: String, nullable: true }) attestedBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) attestedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) bankAccount!: string | null;
  /** Above NOK 1 000 000: a second person must check it before it is exported. */
  requiresExtraControl!: boolean;
  @ApiProperty({ type: String, nullable: true }) extraControlBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) extraControlAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) paidOn!: string | null;
  version!: number;
}

export class DisbursementPage extends PageMeta {
  items!: DisbursementResponse[];
}

export class BatchFileResponse {
  @ApiProperty({ enum: ['csv', 'xlsx', 'pain001'] }) format!: string;
  fileName!: string;
  @ApiProperty({ type: 'integer' }) sizeBytes!: number;
  sha256!: string;
  /** Where to download it. */
  href!: string;
}

export class TextTruncationResponse {
  /** The disbursement whose row it is; null for the paying agency's own name. */
  @ApiProperty({ type: String, nullable: true }) disbursementId!: string | null;
  @ApiProperty({ type: String, nullable: true }) referenceNumber!: string | null;
  @ApiProperty({ enum: ['recipientName', 'message', 'debtorName'] }) field!: string;
  /** The field's limit in the payment file, in characters. */
  @ApiProperty({ type: 'integer' }) maxLength!: number;
  /** The text as the system holds it (and the CSV/XLSX lists show it). */
  original!: string;
  /** The text as the pain.001 file carries it: in the banks' character set, cut. */
  sent!: string;
}

export class PaymentBatchResponse {
  id!: string;
  /** e.g. UTB-000042; the payment file's message id. */
  number!: string;
  @ApiProperty({ enum: PaymentBatchStatus }) status!: PaymentBatchStatus;
  @ApiProperty({ type: String, nullable: true }) roundId!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) dueOnOrBefore!: string | null;
  @ApiProperty({ format: 'date' }) executionDate!: string;
  /** Control total: number of disbursements and their sum. */
  @ApiProperty({ type: 'integer' }) itemCount!: number;
  @ApiProperty({ type: 'integer' }) totalOre!: number;
  /** Every text the payment file had to cut to fit (names at 70, messages at 140 characters). */
  @ApiProperty({ type: [TextTruncationResponse] }) truncations!: TextTruncationResponse[];
  exportedBy!: string;
  exportedAt!: string;
  @ApiProperty({ type: String, nullable: true }) cancelledAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) cancelReason!: string | null;
  version!: number;
  @ApiPropertyOptional({ type: [BatchFileResponse] }) files?: BatchFileResponse[];
}

export class SkippedDisbursementResponse {
  disbursementId!: string;
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
  items!: BatchItemResponse[];
}

export class LedgerFiguresResponse {
  @ApiProperty({ type: 'integer' }) frameOre!: number;
  @ApiProperty({ type: 'integer' }) grantedOre!: number;
  @ApiProperty({ type: 'integer' }) committedOre!: number;
  @ApiProperty({ type: 'integer' }) awaitingAcceptanceOre!: number;
  @ApiProperty({ type: 'integer' }) paidOre!: number;
  @ApiProperty({ type: 'integer' }) unpaidOre!: number;
  @ApiProperty({ type: 'integer' }) lapsedOre!: number;
  @ApiProperty({ type: 'integer' }) remainingOre!: number;
  @ApiProperty({ type: 'integer' }) claimedOre!: number;
  @ApiProperty({ type: 'integer' }) repaidOre!: number;
  budgetChapter!: string;
  budgetPost!: string;
}

export class LedgerRoundResponse extends LedgerFiguresResponse {
  roundId!: string;
  year!: number;
  title!: string;
  schemeCode!: string;
}

export class LedgerResponse {
  year!: number;
  rounds!: LedgerRoundResponse[];
  chapterPosts!: LedgerFiguresResponse[];
}
