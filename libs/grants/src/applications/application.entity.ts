import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { VersionedRecord } from '../kernel/versioned-record';
import { bigintOre } from '@app/platform';
import { Organisation } from '../organisations/organisation.entity';
import { GrantRound } from '../rounds/grant-round.entity';
import { GrantType } from '../schemes/grant-scheme.entity';
import { BudgetLine, ContactPerson, OtherFunding, Partner, Signatory } from '../kernel/application-content';
import { ApplicationStatus } from './application-status';

export const APPLICATION_SEARCH_EXPRESSION = `to_tsvector('norwegian', coalesce(title, '') || ' ' || coalesce(summary, ''))`;

/** Søknad. Content is editable in draft and frozen at submission. */
@Entity('applications')
@Unique('uq_applications_reference_number', ['referenceNumber'])
@Unique('uq_applications_round_sequence', ['roundId', 'sequenceNumber'])
@Index('ix_applications_round_status_submitted', ['roundId', 'status', 'submittedAt'])
// The caseworker list's default order within its usual filter (round, status), newest change first.
@Index('ix_applications_round_status_updated', ['roundId', 'status', 'updatedAt', 'id'])
@Index('ix_applications_organisation', ['organisationId', 'createdAt'])
@Index('ix_applications_status_submitted', ['status', 'submittedAt'])
// Full-text search over title and summary (Norwegian stemming): an expression GIN index managed by the
// migration; queries use APPLICATION_SEARCH_EXPRESSION so the index applies.
@Index('ix_applications_search', { synchronize: false })
// Statistics (libs/reporting): a covering index, so a round's figures come from an index-only scan instead of
// reading the wide application rows. INCLUDE is not expressible in TypeORM; the migration manages it.
@Index('ix_applications_statistics', { synchronize: false })
@Check(
  'ck_applications_status',
  `status IN ('draft','submitted','in_assessment','assessed','decided','notified','accepted','paid','lapsed','withdrawn')`,
)
@Check('ck_applications_requested', `requested_amount_ore IS NULL OR requested_amount_ore > 0`)
@Check('ck_applications_period', `period_start IS NULL OR period_end IS NULL OR period_start <= period_end`)
@Check('ck_applications_submitted', `(status = 'draft') = (submitted_at IS NULL) OR status = 'withdrawn'`)
@Check('ck_applications_reference', `(reference_number IS NULL) = (sequence_number IS NULL)`)
// A declaration is who, when and which wording, all three or none; and only of a submitted application.
@Check(
  'ck_applications_declaration',
  `(declared_at IS NULL) = (declared_by IS NULL) AND (declared_at IS NULL) = (declaration_version IS NULL) AND (declared_at IS NULL OR submitted_at IS NOT NULL)`,
)
export class Application extends VersionedRecord {
  /** "MHP-2027-0042": consecutive per round, given at submission. */
  @Column('text', { nullable: true })
  referenceNumber!: string | null;

  @Column('integer', { nullable: true })
  sequenceNumber!: number | null;

  @Column('uuid')
  roundId!: string;

  @ManyToOne(() => GrantRound, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'round_id' })
  round?: GrantRound;

  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column('text', { default: ApplicationStatus.Draft })
  status!: ApplicationStatus;

  @Column('text', { nullable: true })
  title!: string | null;

  /** Code of one of the scheme's measure categories (a–e for MHP). */
  @Column('text', { nullable: true })
  measureCategory!: string | null;

  @Column('text', { nullable: true })
  grantType!: GrantType | null;

  @Column('text', { nullable: true })
  summary!: string | null;

  @Column('text', { nullable: true })
  goals!: string | null;

  @Column('text', { nullable: true })
  targetGroup!: string | null;

  /** Geographic area the measure covers. */
  @Column('text', { nullable: true })
  area!: string | null;

  /** Implementation plan. */
  @Column('text', { nullable: true })
  plan!: string | null;

  @Column('jsonb', { default: () => `'[]'` })
  partners!: Partner[];

  @Column('date', { nullable: true })
  periodStart!: string | null;

  @Column('date', { nullable: true })
  periodEnd!: string | null;

  @Column('text', { nullable: true })
  expectedResults!: string | null;

  @Column('jsonb', { default: () => `'[]'` })
  budgetLines!: BudgetLine[];

  @Column('jsonb', { default: () => `'[]'` })
  otherFunding!: OtherFunding[];

  @Column('bigint', { nullable: true, transformer: bigintOre })
  requestedAmountOre!: number | null;

  @Column('jsonb', { nullable: true })
  contactPerson!: ContactPerson | null;

  @Column('jsonb', { nullable: true })
  signatory!: Signatory | null;

  @Column('uuid')
  createdBy!: string;

  /** Server time of submission; decides the deadline and the one-month interim reply. */
  @Column('timestamptz', { nullable: true })
  submittedAt!: Date | null;

  @Column('uuid', { nullable: true })
  submittedBy!: string | null;

  @Column('timestamptz', { nullable: true })
  withdrawnAt!: Date | null;

  @Column('uuid', { nullable: true })
  withdrawnBy!: string | null;

  @Column('text', { nullable: true })
  withdrawalReason!: string | null;

  /**
   * When the applicant declared that the information is correct (the check-answers page's declaration), set in the
   * submission's transaction: the same moment as `submittedAt`. Null when the application was submitted without a
   * declaration (the API leaves it optional for its clients) or is not submitted.
   */
  @Column('timestamptz', { nullable: true })
  declaredAt!: Date | null;

  /** Who declared: the user who submitted. */
  @Column('uuid', { nullable: true })
  declaredBy!: string | null;

  /** Which wording was declared: `APPLICATION_DECLARATION.version` at submission (declaration.ts). */
  @Column('text', { nullable: true })
  declarationVersion!: string | null;

  /**
   * Who made the change that gave the row its current version (set by `create` and by every step through
   * `moveApplication`); null when the system made it (the worker). With `updatedAt`, the «who changed it» of a
   * stale-version conflict.
   */
  @Column('uuid', { nullable: true })
  lastChangedBy!: string | null;
}
