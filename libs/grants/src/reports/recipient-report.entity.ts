import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { Application } from '../applications/application.entity';
import { Decision } from '../decisions/decision.entity';
import { Signatory } from '../kernel/application-content';
import { StoredFile } from '../kernel/attachments/stored-file';
import { VersionedRecord } from '../kernel/versioned-record';
import { bigintOre } from '@app/platform';

export enum ReportStatus {
  /** Being filled in by the organisation (the obligation itself is "due" until a report exists). */
  Draft = 'draft',
  Submitted = 'submitted',
  /** Sent back for revision with the caseworker's comments; the organisation edits and resubmits. */
  Returned = 'returned',
  Approved = 'approved',
  /** Reviewed with a claim to repay (the claim is a repayment_claims row). */
  RepaymentClaimed = 'repayment_claimed',
}

/** Aggregate figures per indicator code and breakdown cell, e.g. { people_helped: { female: 12, male: 7 } }. */
export type IndicatorFigures = Record<string, Record<string, number>>;

/** The actual spending on one budget line of the application (by its position in the application's budget). */
export interface ActualLine {
  line: number;
  actualOre: number;
}

/**
 * Rapport fra tilskuddsmottaker: one per grant (decision in force). Aggregates only — no field holds data about
 * a person (docs/domain.md §5). The unspent amount is computed by the system, never entered.
 */
@Entity('recipient_reports')
@Unique('uq_recipient_reports_decision', ['decisionId'])
@Index('ix_recipient_reports_organisation', ['organisationId', 'status'])
@Index('ix_recipient_reports_round', ['roundId', 'status'])
@Check(
  'ck_recipient_reports_status',
  `status IN ('draft','submitted','returned','approved','repayment_claimed')`,
)
@Check(
  'ck_recipient_reports_amounts',
  `grant_ore > 0 AND other_income_ore >= 0 AND unspent_ore BETWEEN 0 AND grant_ore`,
)
@Check('ck_recipient_reports_submitted', `status IN ('draft') OR submitted_at IS NOT NULL`)
export class RecipientReport extends VersionedRecord {
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

  @Column('uuid')
  roundId!: string;

  @Column('text', { default: ReportStatus.Draft })
  status!: ReportStatus;

  @Column('timestamptz')
  dueAt!: Date;

  /** Måloppnåelse. */
  @Column('text', { nullable: true })
  goalAchievement!: string | null;

  /** Gjennomførte aktiviteter. */
  @Column('text', { nullable: true })
  activities!: string | null;

  /** Avvik fra planen, og hvorfor. */
  @Column('text', { nullable: true })
  deviations!: string | null;

  @Column('jsonb', { default: () => `'{}'` })
  indicators!: IndicatorFigures;

  @Column('jsonb', { default: () => `'[]'` })
  actuals!: ActualLine[];

  @Column('bigint', { default: 0, transformer: bigintOre })
  otherIncomeOre!: number;

  /** The granted amount, copied from the decision. */
  @Column('bigint', { transformer: bigintOre })
  grantOre!: number;

  /** grant − (actual costs − other income), at least 0: computed on every save. */
  @Column('bigint', { default: 0, transformer: bigintOre })
  unspentOre!: number;

  @Column('jsonb', { nullable: true })
  signatory!: Signatory | null;

  @Column('timestamptz', { nullable: true })
  submittedAt!: Date | null;

  @Column('uuid', { nullable: true })
  submittedBy!: string | null;

  @Column('timestamptz', { nullable: true })
  reviewedAt!: Date | null;

  @Column('uuid', { nullable: true })
  reviewedBy!: string | null;

  /** The caseworker's comments when returning the report. */
  @Column('text', { nullable: true })
  reviewComment!: string | null;
}

/** The auditor's statement (ISRS 4400) attached to a report; one per report, replaced on a new upload. */
@Entity('report_attachments')
@Unique('uq_report_attachments_kind', ['reportId', 'kind'])
@Check('ck_report_attachments_kind', `kind IN ('auditor_statement')`)
@Check('ck_report_attachments_warnings', `warnings <@ ARRAY['pdfJavaScript','notScanned']::text[]`)
export class ReportAttachment extends StoredFile {
  @Column('uuid')
  reportId!: string;

  @ManyToOne(() => RecipientReport, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'report_id' })
  report?: RecipientReport;

  @Column('text')
  kind!: 'auditor_statement';

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
