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
import { Application } from '../applications/application.entity';

/**
 * A rendered letter, stored once per (subject, type, template version) with its SHA-256: re-running a
 * job never makes a second letter. The delivery columns record the e-mail that carried it.
 */
@Entity('letters')
@Unique('uq_letters_subject_type_version', ['subjectId', 'type', 'templateVersion'])
@Index('ix_letters_application', ['applicationId', 'createdAt'])
@Check(
  'ck_letters_type',
  `type IN ('receipt','interim_reply','grant','partial_grant','rejection','dismissal','report_approval','repayment_claim','appeal_forwarded','appeal_not_considered','change_approved','change_rejected','claim_revised','budget_reservation_lifted')`,
)
@Check('ck_letters_language', `language IN ('nb','nn')`)
@Check('ck_letters_sha', `sha256 ~ '^[0-9a-f]{64}$'`)
export class Letter {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The application (receipt, interim reply), the decision (decision letters), the report, the repayment claim or the appeal. */
  @Column('uuid')
  subjectId!: string;

  @Column('uuid')
  applicationId!: string;

  @ManyToOne(() => Application, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  @Column('uuid', { nullable: true })
  decisionId!: string | null;

  @Column('text')
  type!: string;

  @Column('text')
  language!: string;

  @Column('integer')
  templateVersion!: number;

  @Column('text')
  title!: string;

  @Column('bytea', { select: false })
  pdf!: Buffer;

  @Column('char', { length: 64 })
  sha256!: string;

  @Column('integer')
  sizeBytes!: number;

  /** Deadlines as printed in a decision letter (a repayment claim states its appeal deadline). */
  @Column('timestamptz', { nullable: true })
  statedAppealDeadline!: Date | null;

  @Column('timestamptz', { nullable: true })
  statedAcceptanceDeadline!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  deliveredAt!: Date | null;

  @Column('text', { nullable: true })
  deliveredTo!: string | null;

  @Column('text', { nullable: true })
  deliveryMessageId!: string | null;
}
