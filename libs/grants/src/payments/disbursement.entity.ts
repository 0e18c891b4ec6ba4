import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { VersionedRecord } from '../kernel/versioned-record';
import { bigintOre } from '@app/platform';
import { Application } from '../applications/application.entity';
import { Decision } from '../decisions/decision.entity';
import { Organisation } from '../organisations/organisation.entity';
import { GrantRound } from '../rounds/grant-round.entity';
import { User } from '../identity/user.entity';

export enum DisbursementStatus {
  Planned = 'planned',
  Attested = 'attested',
  /** In a live payment batch, whose files went to the bank. */
  Exported = 'exported',
  Paid = 'paid',
  Cancelled = 'cancelled',
}

/**
 * Utbetaling: instalment n of m of an accepted grant. The segregation rules are CHECKs as well as
 * service rules: the attestant is neither the decision's approver nor the verifier of the bank account
 * paid to, and the extra control of a large disbursement is made by someone other than the attestant.
 */
@Entity('disbursements')
@Unique('uq_disbursements_instalment', ['decisionId', 'instalmentNo'])
@Index('ix_disbursements_status_due', ['status', 'dueDate'])
@Index('ix_disbursements_round', ['roundId', 'status'])
@Index('ix_disbursements_application', ['applicationId'])
@Check('ck_disbursements_status', `status IN ('planned','attested','exported','paid','cancelled')`)
@Check('ck_disbursements_amount', `amount_ore > 0`)
@Check('ck_disbursements_instalment', `instalment_no BETWEEN 1 AND instalment_count`)
@Check(
  'ck_disbursements_attested',
  `status IN ('planned','cancelled') OR (attested_by IS NOT NULL AND attested_at IS NOT NULL AND bank_account IS NOT NULL)`,
)
@Check(
  'ck_disbursements_attestant_not_approver',
  `attested_by IS NULL OR attested_by <> decision_approved_by`,
)
@Check(
  'ck_disbursements_attestant_not_account_verifier',
  `attested_by IS NULL OR attested_by <> bank_account_verified_by`,
)
@Check(
  'ck_disbursements_extra_control',
  `extra_control_by IS NULL OR (extra_control_by <> attested_by AND extra_control_by <> decision_approved_by)`,
)
// Whether a disbursement needs an extra control is decided when it is planned, against the configured threshold
// (PAYMENT_EXTRA_CONTROL_ABOVE_NOK); the database holds that an extra control is only recorded where one is required.
@Check('ck_disbursements_extra_control_required', `extra_control_by IS NULL OR requires_extra_control`)
@Check('ck_disbursements_paid', `(status = 'paid') = (paid_on IS NOT NULL)`)
export class Disbursement extends VersionedRecord {
  @Column('uuid')
  decisionId!: string;

  @ManyToOne(() => Decision, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decision_id' })
  decision?: Decision;

  @Column('uuid')
  applicationId!: string;

  @ManyToOne(() => Application, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column('uuid')
  roundId!: string;

  @ManyToOne(() => GrantRound, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'round_id' })
  round?: GrantRound;

  @Column('smallint')
  instalmentNo!: number;

  @Column('smallint')
  instalmentCount!: number;

  @Column('bigint', { transformer: bigintOre })
  amountOre!: number;

  /** YYYY-MM-DD */
  @Column('date')
  dueDate!: string;

  @Column('text', { default: DisbursementStatus.Planned })
  status!: DisbursementStatus;

  /** Copied from the decision so the database itself can refuse an approver attesting. */
  @Column('uuid')
  decisionApprovedBy!: string;

  @Column('uuid', { nullable: true })
  attestedBy!: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'attested_by' })
  attestedByUser?: User;

  @Column('timestamptz', { nullable: true })
  attestedAt!: Date | null;

  /** The verified account the attestant checked; the batch pays to this account only. */
  @Column('char', { length: 11, nullable: true })
  bankAccount!: string | null;

  @Column('uuid', { nullable: true })
  bankAccountVerifiedBy!: string | null;

  /** Set when planned: amount above the configured threshold then (PAYMENT_EXTRA_CONTROL_ABOVE_NOK). */
  @Column('boolean')
  requiresExtraControl!: boolean;

  @Column('uuid', { nullable: true })
  extraControlBy!: string | null;

  @Column('timestamptz', { nullable: true })
  extraControlAt!: Date | null;

  /** The day the money left Sfk's account (from the bank statement), YYYY-MM-DD. */
  @Column('date', { nullable: true })
  paidOn!: string | null;

  @Column('uuid', { nullable: true })
  paidRecordedBy!: string | null;

  @Column('text', { nullable: true })
  cancelReason!: string | null;
}
