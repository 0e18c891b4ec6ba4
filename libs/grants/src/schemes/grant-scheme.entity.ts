import { Check, Column, Entity, Unique } from 'typeorm';
import { VersionedRecord } from '../kernel/versioned-record';
import { bigintOre } from '@app/platform';
import { OrganisationForm } from '../kernel/organisation-form';
import type { TextLimits } from '../kernel/application-content';
import type { PlannedInstalmentRule } from '../kernel/payment-plan';

export interface MeasureCategory {
  /** "a".."e" for MHP (forskrift § 3). */
  code: string;
  name: string;
}

export interface AssessmentCriterion {
  code: string;
  name: string;
  /** Percent; the weights of a scheme add up to 100. */
  weight: number;
}

export interface ReportIndicator {
  code: string;
  name: string;
  /** Aggregate breakdowns only (docs/domain.md §5); never per person. */
  breakdown: 'none' | 'gender' | 'age_band' | 'gender_and_age_band' | 'region';
}

export enum AttachmentKind {
  Statutes = 'statutes',
  AnnualAccounts = 'annual_accounts',
  AnnualReport = 'annual_report',
  Budget = 'budget',
  Other = 'other',
}

export enum GrantType {
  Operating = 'operating',
  Project = 'project',
}

/** What an overdue or unapproved report on an earlier grant does at screening (docs/domain.md §2). */
export enum PriorReportRule {
  /** Shown to the caseworker. */
  Warn = 'warn',
  /** The application cannot pass the formal check. */
  Block = 'block',
}

/** Tilskuddsordning: the rules and texts that every round of the scheme shares. */
@Entity('grant_schemes')
@Unique('uq_grant_schemes_code', ['code'])
@Unique('uq_grant_schemes_tilskudd_no_id', ['tilskuddNoId'])
@Check('ck_grant_schemes_code', `code ~ '^[A-Z][A-Z0-9]{1,9}$'`)
@Check('ck_grant_schemes_tilskudd_no_id', `tilskudd_no_id ~ '^[A-Z][A-Z0-9]{0,9}-[0-9]{1,10}$'`)
@Check('ck_grant_schemes_budget_chapter', `budget_chapter ~ '^[0-9]{4}$' AND budget_post ~ '^[0-9]{2}$'`)
@Check('ck_grant_schemes_auditor_threshold', `auditor_threshold_ore >= 0`)
@Check('ck_grant_schemes_score_scale', `score_scale_min < score_scale_max`)
@Check('ck_grant_schemes_prior_report_rule', `prior_report_rule IN ('warn','block')`)
export class GrantScheme extends VersionedRecord {
  @Column('text')
  code!: string;

  @Column('text')
  name!: string;

  /**
   * The scheme's identifier on tilskudd.no (DFØ's register of state grant schemes), e.g. "DT-0044"; the public award
   * list carries it, since tilskudd.no takes award lists by it (docs/domain.md §8). Null until the admin has set it.
   */
  @Column('text', { nullable: true })
  tilskuddNoId!: string | null;

  /** nynorsk name, used in letters to organisations that write nynorsk. */
  @Column('text', { nullable: true })
  nameNn!: string | null;

  @Column('text')
  purpose!: string;

  /** e.g. "Forskrift om tilskudd til tiltak mot menneskehandel og prostitusjon". */
  @Column('text')
  legalBasisTitle!: string;

  /** e.g. ["§ 1", "§ 2", "§ 3"]. */
  @Column('text', { array: true, default: () => `'{}'` })
  legalBasisSections!: string[];

  @Column('text', { array: true })
  eligibleOrganisationForms!: OrganisationForm[];

  /** Registration in Frivillighetsregisteret required at screening (docs/domain.md §1, default on). */
  @Column('boolean', { default: true })
  requiresVoluntaryRegistry!: boolean;

  @Column('text', { array: true, default: () => `'{operating,project}'` })
  grantTypes!: GrantType[];

  @Column('jsonb')
  measureCategories!: MeasureCategory[];

  @Column('jsonb')
  assessmentCriteria!: AssessmentCriterion[];

  @Column('integer', { default: 1 })
  scoreScaleMin!: number;

  @Column('integer', { default: 6 })
  scoreScaleMax!: number;

  @Column('text', { array: true, default: () => `'{}'` })
  requiredAttachmentKinds!: AttachmentKind[];

  @Column('jsonb', { default: () => `'[]'` })
  reportIndicators!: ReportIndicator[];

  /** Character or word limits per free-text field of an application, enforced by the server. */
  @Column('jsonb', { default: () => `'{}'` })
  textLimits!: TextLimits;

  /** Auditor statement (ISRS 4400) required at or above this grant amount. Default NOK 200 000. */
  @Column('bigint', { default: 20_000_000, transformer: bigintOre })
  auditorThresholdOre!: number;

  @Column('text', { default: PriorReportRule.Warn })
  priorReportRule!: PriorReportRule;

  /** How an accepted grant is paid: shares in percent, due on acceptance or on a day of the grant year. */
  @Column('jsonb', { default: () => `'[{"due": "acceptance", "percent": 100}]'` })
  paymentPlan!: PlannedInstalmentRule[];

  /** Klageinstans. */
  @Column('text')
  appealBody!: string;

  /** Default budget chapter/post for new rounds (kapittel/post). */
  @Column('char', { length: 4 })
  budgetChapter!: string;

  @Column('char', { length: 2 })
  budgetPost!: string;
}
