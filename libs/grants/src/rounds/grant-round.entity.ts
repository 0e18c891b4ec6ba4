import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { VersionedRecord } from '../kernel/versioned-record';
import { bigintOre } from '@app/platform';
import { GrantScheme } from '../schemes/grant-scheme.entity';
import { RoundStatus } from './round-status';

/** Utlysning: one grant year of a scheme, with its frame and deadlines (stored as instants). */
@Entity('grant_rounds')
@Unique('uq_grant_rounds_scheme_year', ['schemeId', 'year'])
@Index('ix_grant_rounds_status', ['status'])
@Check('ck_grant_rounds_status', `status IN ('draft','published','closed','decided','archived')`)
@Check('ck_grant_rounds_frame', `budget_frame_ore > 0`)
@Check('ck_grant_rounds_dates', `opens_at < application_deadline AND application_deadline < report_deadline`)
@Check('ck_grant_rounds_acceptance', `acceptance_period_days BETWEEN 1 AND 365`)
@Check('ck_grant_rounds_year', `year BETWEEN 2000 AND 2100`)
@Check('ck_grant_rounds_budget_chapter', `budget_chapter ~ '^[0-9]{4}$' AND budget_post ~ '^[0-9]{2}$'`)
export class GrantRound extends VersionedRecord {
  @Column('uuid')
  schemeId!: string;

  @ManyToOne(() => GrantScheme, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'scheme_id' })
  scheme?: GrantScheme;

  /** The grant year (tilskuddsår). */
  @Column('integer')
  year!: number;

  @Column('text')
  title!: string;

  @Column('bigint', { transformer: bigintOre })
  budgetFrameOre!: number;

  @Column('timestamptz')
  opensAt!: Date;

  @Column('timestamptz')
  applicationDeadline!: Date;

  @Column('timestamptz')
  reportDeadline!: Date;

  /** Days from notification the organisation has to accept the conditions (default 3 weeks). */
  @Column('integer', { default: 21 })
  acceptancePeriodDays!: number;

  /** "Subject to the Storting's budget decision": letters and payments wait until lifted. */
  @Column('boolean', { default: false })
  budgetReservation!: boolean;

  @Column('char', { length: 4 })
  budgetChapter!: string;

  @Column('char', { length: 2 })
  budgetPost!: string;

  @Column('text', { default: RoundStatus.Draft })
  status!: RoundStatus;

  @Column('timestamptz', { nullable: true })
  publishedAt!: Date | null;

  /** Why the call was published with less than the minimum notice before its deadline (docs/domain.md §2). */
  @Column('text', { nullable: true })
  shortNoticeReason!: string | null;

  @Column('timestamptz', { nullable: true })
  closedAt!: Date | null;

  /** When the round was marked decided: from then on its award list is public. */
  @Column('timestamptz', { nullable: true })
  decidedAt!: Date | null;
}
