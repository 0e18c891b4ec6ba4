import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { VersionedRecord } from '../kernel/versioned-record';
import { bigintOre } from '@app/platform';
import { User } from '../identity/user.entity';
import type { TextTruncation } from './exports/export-row';
import { Disbursement } from './disbursement.entity';

export enum PaymentBatchStatus {
  /** Files produced and handed to the bank; its disbursements are exported. */
  Exported = 'exported',
  /** Every disbursement in it is paid. */
  Paid = 'paid',
  /** Withdrawn before payment; its disbursements went back to attested. */
  Cancelled = 'cancelled',
}

/**
 * Utbetalingsliste: attested disbursements exported together, with a control total (count and sum) and
 * the three files stored as they were produced, so a later download gives the same bytes.
 */
@Entity('payment_batches')
@Unique('uq_payment_batches_number', ['number'])
@Check('ck_payment_batches_status', `status IN ('exported','paid','cancelled')`)
@Check('ck_payment_batches_control', `item_count > 0 AND total_ore > 0`)
@Check('ck_payment_batches_cancelled', `(status = 'cancelled') = (cancelled_at IS NOT NULL)`)
export class PaymentBatch extends VersionedRecord {
  /** Running number; shown as UTB-000042 and used as the payment file's message id. */
  @Column('integer')
  @Generated('increment')
  number!: number;

  @Column('text', { default: PaymentBatchStatus.Exported })
  status!: PaymentBatchStatus;

  /** The filter it was built from, kept for the record. */
  @Column('uuid', { nullable: true })
  roundId!: string | null;

  @Column('date')
  dueOnOrBefore!: string;

  /** Requested execution date in the payment file. */
  @Column('date')
  executionDate!: string;

  @Column('integer')
  itemCount!: number;

  @Column('bigint', { transformer: bigintOre })
  totalOre!: number;

  /**
   * Every text the payment file had to cut to fit its field (names at 70 characters, messages at 140), with the
   * text as the system holds it and as the bank got it, so finance sees which names were cut.
   */
  @Column('jsonb', { default: () => `'[]'` })
  truncations!: TextTruncation[];

  @Column('uuid')
  exportedBy!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'exported_by' })
  exportedByUser?: User;

  @Column('timestamptz')
  exportedAt!: Date;

  @Column('timestamptz', { nullable: true })
  cancelledAt!: Date | null;

  @Column('uuid', { nullable: true })
  cancelledBy!: string | null;

  @Column('text', { nullable: true })
  cancelReason!: string | null;
}

/**
 * A disbursement in a batch, with what the files show about it. `live` is true until the batch is
 * cancelled; the partial unique index lets a disbursement be in one live batch only.
 */
@Entity('payment_batch_items')
@Index('uq_payment_batch_items_live', ['disbursementId'], { unique: true, where: 'live' })
@Index('ix_payment_batch_items_disbursement', ['disbursementId'])
@Check('ck_payment_batch_items_amount', `amount_ore > 0`)
export class PaymentBatchItem {
  @PrimaryColumn('uuid')
  batchId!: string;

  @ManyToOne(() => PaymentBatch, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'batch_id' })
  batch?: PaymentBatch;

  @PrimaryColumn('uuid')
  disbursementId!: string;

  @ManyToOne(() => Disbursement, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'disbursement_id' })
  disbursement?: Disbursement;

  /** Order of the rows in the files. */
  @Column('integer')
  position!: number;

  @Column('boolean', { default: true })
  live!: boolean;

  /** The row as the files show it (BatchExportRow), frozen when the batch was built. */
  @Column('jsonb')
  row!: Record<string, unknown>;

  @Column('bigint', { transformer: bigintOre })
  amountOre!: number;
}

/** A file of a batch, stored in chunks so neither writing nor downloading holds it all in memory. */
@Entity('payment_batch_files')
@Unique('uq_payment_batch_files_format', ['batchId', 'format'])
@Check('ck_payment_batch_files_format', `format IN ('csv','xlsx','pain001')`)
export class PaymentBatchFile {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  batchId!: string;

  @ManyToOne(() => PaymentBatch, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'batch_id' })
  batch?: PaymentBatch;

  @Column('text')
  format!: string;

  @Column('text')
  fileName!: string;

  @Column('bigint')
  sizeBytes!: string;

  @Column('char', { length: 64 })
  sha256!: string;

  @Column('integer')
  chunkCount!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

@Entity('payment_batch_file_chunks')
export class PaymentBatchFileChunk {
  @PrimaryColumn('uuid')
  fileId!: string;

  @ManyToOne(() => PaymentBatchFile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'file_id' })
  file?: PaymentBatchFile;

  @PrimaryColumn('integer')
  seq!: number;

  @Column('bytea')
  data!: Buffer;
}
