import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { GrantRound } from '../rounds/grant-round.entity';
import { User } from '../identity/user.entity';
import { Application } from '../applications/application.entity';
import { bigintOre } from '@app/platform';
import { DecisionOutcome, DecisionReasons } from '../kernel/decision-reasons';

/**
 * Vedtak. Grants, partial grants and rejections are prepared by a caseworker and approved by an approver
 * who is someone else (a CHECK in the database); a dismissal at screening is made by the caseworker.
 */
@Entity('decisions')
@Index('ix_decisions_application', ['applicationId', 'createdAt'])
@Index('ix_decisions_round_outcome', ['roundId', 'outcome'])
@Check('ck_decisions_outcome', `outcome IN ('granted','partly_granted','rejected','dismissed')`)
@Check(
  'ck_decisions_amount',
  `(outcome IN ('granted','partly_granted') AND amount_ore > 0) OR (outcome IN ('rejected','dismissed') AND amount_ore = 0)`,
)
@Check('ck_decisions_accept_or_lapse', `accepted_at IS NULL OR lapsed_at IS NULL`)
@Check(
  'ck_decisions_four_eyes',
  `outcome = 'dismissed' OR (approved_by IS NOT NULL AND approved_by <> prepared_by)`,
)
@Check(
  'ck_decisions_reasons',
  `outcome = 'granted' OR (reasons ? 'rulesApplied' AND reasons ? 'factsReliedOn' AND reasons ? 'mainConsiderations')`,
)
export class Decision {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  applicationId!: string;

  @ManyToOne(() => Application, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  /** Denormalised for the budget-frame sum, which runs under the round's lock. */
  @Column('uuid')
  roundId!: string;

  @ManyToOne(() => GrantRound, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'round_id' })
  round?: GrantRound;

  @Column('text')
  outcome!: DecisionOutcome;

  @Column('bigint', { transformer: bigintOre })
  amountOre!: number;

  @Column('text', { array: true, default: () => `'{}'` })
  conditions!: string[];

  @Column('jsonb', { nullable: true })
  reasons!: DecisionReasons | null;

  /** The caseworker who assessed (or dismissed). */
  @Column('uuid')
  preparedBy!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'prepared_by' })
  preparedByUser?: User;

  @Column('uuid', { nullable: true })
  approvedBy!: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'approved_by' })
  approvedByUser?: User;

  @Column('timestamptz')
  decidedAt!: Date;

  /** The round was subject to the Storting's budget decision: letters and payments wait until it is lifted. */
  @Column('boolean', { default: false })
  madeUnderBudgetReservation!: boolean;

  /** When the decision letter reached the organisation (e-mail delivered): the notification time. */
  @Column('timestamptz', { nullable: true })
  notifiedAt!: Date | null;

  /** forvaltningsloven § 29: 3 weeks from notification, end of that day (Oslo). */
  @Column('timestamptz', { nullable: true })
  appealDeadline!: Date | null;

  /** Grants: the conditions must be accepted by then, or the grant lapses. */
  @Column('timestamptz', { nullable: true })
  acceptanceDeadline!: Date | null;

  @Column('timestamptz', { nullable: true })
  acceptedAt!: Date | null;

  @Column('uuid', { nullable: true })
  acceptedBy!: string | null;

  /** Declined, or not accepted in time: the amount no longer counts against the frame. */
  @Column('timestamptz', { nullable: true })
  lapsedAt!: Date | null;

  @Column('text', { nullable: true })
  lapseReason!: string | null;

  /** Null while in force; set when a later decision (appeal, reversal) replaces it. */
  @Column('uuid', { nullable: true })
  supersededBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
