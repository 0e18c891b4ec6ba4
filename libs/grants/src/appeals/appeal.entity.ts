import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { StoredFile } from '../kernel/attachments/stored-file';
import { VersionedRecord } from '../kernel/versioned-record';
import { Application } from '../applications/application.entity';
import { DecisionReasons } from '../kernel/decision-reasons';
import { DecisionOutcome } from '../kernel/decision-reasons';

/** What an appeal is against: a decision on the application, or a repayment claim (libs/reporting). */
export enum AppealSubject {
  Decision = 'decision',
  RepaymentClaim = 'repayment_claim',
}

/** docs/domain.md §10: notified ──appeal──▶ under appeal ──reverse | forward──▶ … */
export enum AppealStatus {
  /** Lodged with Sfk, not yet prepared. */
  Lodged = 'lodged',
  /** Lodged late and not considered (forvaltningsloven § 31): ends the appeal. */
  NotConsidered = 'not_considered',
  /** The caseworker proposes that Sfk reverses its decision (§ 33); an approver decides. */
  ReversalProposed = 'reversal_proposed',
  /** Upheld by Sfk and sent to the appeal body. */
  Forwarded = 'forwarded',
  /** The appeal body changed or quashed the decision: Sfk makes the new decision, the same way as a reversal. */
  ToBeRedecided = 'to_be_redecided',
  /** A new decision replaced the one appealed against. */
  Redecided = 'redecided',
  /** The appeal body upheld the decision. */
  Upheld = 'upheld',
}

export enum AppealBodyOutcome {
  Upheld = 'upheld',
  Changed = 'changed',
  Quashed = 'quashed',
}

/**
 * The terms a caseworker proposes for the new decision (reversal, or carrying out the appeal body's decision).
 * Against a repayment claim only the amount (the claim's new amount) and the reasons count; the outcome is null.
 */
export interface ProposedTerms {
  outcome: DecisionOutcome.Granted | DecisionOutcome.PartlyGranted | DecisionOutcome.Rejected | null;
  amountOre: number;
  reasons: DecisionReasons;
  conditions: string[];
}

/**
 * Klage (forvaltningsloven §§ 28–33). Lodged with Sfk by the organisation; whether it is in time is computed from
 * the notification of what it is against. Prepared by a caseworker who did not prepare that decision.
 */
@Entity('appeals')
@Index('ix_appeals_application', ['applicationId', 'lodgedAt'])
// One appeal at a time against the same decision or claim.
@Index('uq_appeals_open_subject', ['subjectId'], {
  unique: true,
  where: `status IN ('lodged','reversal_proposed','forwarded','to_be_redecided')`,
})
@Check('ck_appeals_subject', `subject_type IN ('decision','repayment_claim')`)
@Check(
  'ck_appeals_status',
  `status IN ('lodged','not_considered','reversal_proposed','forwarded','to_be_redecided','redecided','upheld')`,
)
@Check(
  'ck_appeals_body_outcome',
  `appeal_body_outcome IS NULL OR appeal_body_outcome IN ('upheld','changed','quashed')`,
)
@Check('ck_appeals_late_considered', `late OR late_considered IS NULL`)
@Check('ck_appeals_not_considered', `status <> 'not_considered' OR (late AND late_considered = false)`)
@Check('ck_appeals_preparer', `caseworker_id IS NULL OR caseworker_id <> original_preparer_id`)
export class Appeal extends VersionedRecord {
  @Column('uuid')
  applicationId!: string;

  @ManyToOne(() => Application, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  @Column('uuid')
  roundId!: string;

  @Column('text')
  subjectType!: AppealSubject;

  /** The decision or repayment claim appealed against. */
  @Column('uuid')
  subjectId!: string;

  /** When what is appealed against was decided (printed in the appeal letters). */
  @Column('timestamptz')
  subjectDecidedAt!: Date;

  /** Who prepared what is appealed against: never the appeal's caseworker (a CHECK). */
  @Column('uuid')
  originalPreparerId!: string;

  @Column('text')
  grounds!: string;

  @Column('uuid')
  lodgedBy!: string;

  @Column('timestamptz')
  lodgedAt!: Date;

  /** When what is appealed against reached the organisation; null when it had not yet (then never late). */
  @Column('timestamptz', { nullable: true })
  subjectNotifiedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  deadline!: Date | null;

  @Column('boolean')
  late!: boolean;

  /** A late appeal: whether Sfk considers it anyway (§ 31), with the reason. */
  @Column('boolean', { nullable: true })
  lateConsidered!: boolean | null;

  @Column('text', { nullable: true })
  lateReason!: string | null;

  @Column('text')
  status!: AppealStatus;

  @Column('uuid', { nullable: true })
  caseworkerId!: string | null;

  @Column('jsonb', { nullable: true })
  proposedTerms!: ProposedTerms | null;

  /** Sfk's statement when it upholds its decision and forwards the appeal. */
  @Column('text', { nullable: true })
  forwardingStatement!: string | null;

  @Column('timestamptz', { nullable: true })
  forwardedAt!: Date | null;

  @Column('text', { nullable: true })
  appealBodyOutcome!: AppealBodyOutcome | null;

  /** YYYY-MM-DD */
  @Column('date', { nullable: true })
  appealBodyDecidedOn!: string | null;

  @Column('text', { nullable: true })
  appealBodyReference!: string | null;

  /** When Sfk registered the appeal body's outcome. */
  @Column('timestamptz', { nullable: true })
  appealBodyRegisteredAt!: Date | null;

  /** The decision that replaced the one appealed against. */
  @Column('uuid', { nullable: true })
  newDecisionId!: string | null;
}

/** A file with the appeal (documentation of the grounds), typed by its bytes like application attachments. */
@Entity('appeal_attachments')
@Index('ix_appeal_attachments_appeal', ['appealId'])
@Check('ck_appeal_attachments_size', `size_bytes BETWEEN 1 AND 10485760`)
@Check('ck_appeal_attachments_sha', `sha256 ~ '^[0-9a-f]{64}$'`)
@Check('ck_appeal_attachments_warnings', `warnings <@ ARRAY['pdfJavaScript','notScanned']::text[]`)
export class AppealAttachment extends StoredFile {
  @Column('uuid')
  appealId!: string;

  @ManyToOne(() => Appeal, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'appeal_id' })
  appeal?: Appeal;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
