import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { VersionedRecord } from '../kernel/versioned-record';
import { bigintOre } from '@app/platform';
import { RecipientReport } from './recipient-report.entity';

/** Why the claim was made. */
export enum RepaymentClaimOrigin {
  /** At report review: unspent or misused funds. */
  Report = 'report',
  /** A new decision (after an appeal) left more paid than granted. */
  ChangedDecision = 'changed_decision',
}

export enum RepaymentClaimStatus {
  Open = 'open',
  /** Repayments received add up to the claim. */
  Settled = 'settled',
  /** Dropped by a new decision on appeal (amount 0). */
  Cancelled = 'cancelled',
}

/**
 * Krav om tilbakebetaling, made at report review (by default the unspent part of the grant). A claim is an
 * individual decision: its letter carries reasons and the right to appeal, and the letter's delivery is the
 * notification from which the appeal period runs.
 */
@Entity('repayment_claims')
@Unique('uq_repayment_claims_report', ['reportId'])
@Index('ix_repayment_claims_round', ['roundId', 'status'])
@Check('ck_repayment_claims_status', `status IN ('open','settled','cancelled')`)
@Check('ck_repayment_claims_origin', `(origin = 'report') = (report_id IS NOT NULL)`)
@Check('ck_repayment_claims_amount', `amount_ore > 0 OR (status = 'cancelled' AND amount_ore = 0)`)
@Check('ck_repayment_claims_repaid', `repaid_ore BETWEEN 0 AND amount_ore`)
@Check(
  'ck_repayment_claims_settled',
  `status = 'cancelled' OR (status = 'settled') = (repaid_ore = amount_ore)`,
)
export class RepaymentClaim extends VersionedRecord {
  @Column('text', { default: RepaymentClaimOrigin.Report })
  origin!: RepaymentClaimOrigin;

  /** The report reviewed (origin `report`); null for a claim after a changed decision. */
  @Column('uuid', { nullable: true })
  reportId!: string | null;

  @ManyToOne(() => RecipientReport, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'report_id' })
  report?: RecipientReport;

  /** The decision in force when the claim was made. */
  @Column('uuid')
  decisionId!: string;

  /** Changed decision: what had been paid when the new decision lowered the grant. */
  @Column('bigint', { nullable: true, transformer: bigintOre })
  paidBeforeOre!: number | null;

  @Column('uuid')
  applicationId!: string;

  @Column('uuid')
  roundId!: string;

  @Column('bigint', { transformer: bigintOre })
  amountOre!: number;

  /** The amount before a new decision on appeal changed it (null when it never has). */
  @Column('bigint', { nullable: true, transformer: bigintOre })
  amountBeforeRevisionOre!: number | null;

  /** Repayments received so far (the sum of `repayments`); never more than the claim. */
  @Column('bigint', { default: 0, transformer: bigintOre })
  repaidOre!: number;

  @Column('text')
  reason!: string;

  /** YYYY-MM-DD */
  @Column('date')
  dueDate!: string;

  @Column('text', { default: RepaymentClaimStatus.Open })
  status!: RepaymentClaimStatus;

  @Column('uuid')
  claimedBy!: string;

  /** When the claim letter was delivered (forvaltningsloven § 27). */
  @Column('timestamptz', { nullable: true })
  notifiedAt!: Date | null;

  /** Three weeks from notification, to the end of that day in Oslo. */
  @Column('timestamptz', { nullable: true })
  appealDeadline!: Date | null;
}

/** A repayment received against a claim, recorded by finance from the bank statement. */
@Entity('repayments')
@Index('ix_repayments_claim', ['claimId'])
@Check('ck_repayments_amount', `amount_ore > 0`)
export class Repayment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  claimId!: string;

  @ManyToOne(() => RepaymentClaim, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'claim_id' })
  claim?: RepaymentClaim;

  @Column('bigint', { transformer: bigintOre })
  amountOre!: number;

  /** YYYY-MM-DD */
  @Column('date')
  receivedOn!: string;

  @Column('uuid')
  recordedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
