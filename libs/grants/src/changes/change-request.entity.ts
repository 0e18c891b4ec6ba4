import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { VersionedRecord } from '../kernel/versioned-record';
import { bigintOre } from '@app/platform';
import { BudgetLine } from '../kernel/application-content';
import { Application } from '../applications/application.entity';
import { DecisionReasons } from '../kernel/decision-reasons';

export enum ChangeKind {
  /** Extend the grant period. */
  Period = 'period',
  /** Move money between budget lines (or add to the budget with more money). */
  Budget = 'budget',
  /** Change what the project does. */
  Content = 'content',
}

export enum ChangeRequestStatus {
  Pending = 'pending',
  /** Approved by the caseworker, but it needs more money: an approver makes the new decision. */
  AwaitingDecision = 'awaiting_decision',
  Approved = 'approved',
  Rejected = 'rejected',
}

/**
 * Endringssøknad: after acceptance, the recipient asks to extend the period, move money between budget lines or
 * change the project. A caseworker approves or rejects it with reasons; an approval that needs more money is a new
 * decision through approval and the frame check. The approved changes make the plan the report is measured against.
 */
@Entity('change_requests')
@Index('ix_change_requests_application', ['applicationId', 'requestedAt'])
// One request at a time per grant.
@Index('uq_change_requests_open', ['applicationId'], {
  unique: true,
  where: `status IN ('pending','awaiting_decision')`,
})
@Check('ck_change_requests_kind', `kind IN ('period','budget','content')`)
@Check('ck_change_requests_status', `status IN ('pending','awaiting_decision','approved','rejected')`)
@Check('ck_change_requests_additional', `additional_amount_ore >= 0`)
@Check('ck_change_requests_period', `kind <> 'period' OR proposed_period_end IS NOT NULL`)
@Check('ck_change_requests_budget', `kind <> 'budget' OR proposed_budget_lines IS NOT NULL`)
@Check('ck_change_requests_content', `kind <> 'content' OR proposed_content IS NOT NULL`)
@Check('ck_change_requests_four_eyes', `approved_by IS NULL OR approved_by <> handled_by`)
export class ChangeRequest extends VersionedRecord {
  @Column('uuid')
  applicationId!: string;

  @ManyToOne(() => Application, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  /** The decision in force when the request was made. */
  @Column('uuid')
  decisionId!: string;

  @Column('text')
  kind!: ChangeKind;

  /** Why the organisation asks for the change. */
  @Column('text')
  reason!: string;

  /** YYYY-MM-DD */
  @Column('date', { nullable: true })
  proposedPeriodEnd!: string | null;

  /** The whole budget as it would be after the change. */
  @Column('jsonb', { nullable: true })
  proposedBudgetLines!: BudgetLine[] | null;

  @Column('text', { nullable: true })
  proposedContent!: string | null;

  /** More money asked for with the change; above 0 the approval is a new decision. */
  @Column('bigint', { default: 0, transformer: bigintOre })
  additionalAmountOre!: number;

  @Column('text')
  status!: ChangeRequestStatus;

  @Column('uuid')
  requestedBy!: string;

  @Column('timestamptz')
  requestedAt!: Date;

  /** The caseworker who approved or rejected it. */
  @Column('uuid', { nullable: true })
  handledBy!: string | null;

  @Column('timestamptz', { nullable: true })
  handledAt!: Date | null;

  /** Reasons for a rejection, or for an approval that needs more money (forvaltningsloven §§ 24–25). */
  @Column('jsonb', { nullable: true })
  reasons!: DecisionReasons | null;

  @Column('text', { nullable: true })
  comment!: string | null;

  /** The approver who made the new decision (more money); never the caseworker who handled it. */
  @Column('uuid', { nullable: true })
  approvedBy!: string | null;

  @Column('uuid', { nullable: true })
  newDecisionId!: string | null;
}
