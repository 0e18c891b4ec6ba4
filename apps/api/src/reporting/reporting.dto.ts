import { ApiProperty, ApiPropertyOptional, ApiPropertyOptions } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { PageMeta } from '../common/page.dto';
import { FormatQuery } from './table-response';

export class YearStatisticsQuery extends FormatQuery {
  /** Only this scheme (default: every scheme). */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'Må være en gyldig id.' })
  schemeId?: string;
}

export class FiguresResponse {
  /** Submitted applications. */
  @ApiProperty({ type: 'integer' }) applications!: number;
  /** Sum applied for. */
  @ApiProperty({ type: 'integer' }) appliedOre!: number;
  /** Applications granted in full. */
  @ApiProperty({ type: 'integer' }) grantedInFull!: number;
  /** Applications granted in part. */
  @ApiProperty({ type: 'integer' }) grantedInPart!: number;
  /** Applications rejected (avslag). */
  @ApiProperty({ type: 'integer' }) rejected!: number;
  /** Applications dismissed at the formal check (avvist). */
  @ApiProperty({ type: 'integer' }) dismissed!: number;
  /** Applications without a decision yet. */
  @ApiProperty({ type: 'integer' }) undecided!: number;
  /** Grants that lapsed (declined or not accepted in time). */
  @ApiProperty({ type: 'integer' }) lapsed!: number;
  /** Sum granted by decisions in force. */
  @ApiProperty({ type: 'integer' }) grantedOre!: number;
}

export class GroupResponse extends FiguresResponse {
  /** The group's code (measure category code, county name or organisation form code). */
  key!: string;
  /**
   * The group's name in Norwegian.
   * @example "Oslo"
   */
  label!: string;
}

/** A figure about people: a whole number, "≤5" (1–5, or 0–5 when the total is "≤5"), or ":" (over 5, withheld). */
const SUPPRESSIBLE: ApiPropertyOptions = {
  oneOf: [{ type: 'integer' }, { type: 'string', pattern: '^(≤\\d+|:)$' }],
};

export class IndicatorCellResponse {
  /**
   * The breakdown cell (e.g. a gender or age band).
   * @example "female"
   */
  cell!: string;
  /**
   * A whole number; "≤5" for 1 to 5 people (the limit is STATISTICS_SMALL_CELL_LIMIT); ":" withheld (more than
   * the limit) so that a small figure cannot be worked out.
   */
  @ApiProperty(SUPPRESSIBLE)
  value!: number | string;
}

export class IndicatorSumResponse {
  /** The indicator's code in the scheme. */
  code!: string;
  /** The indicator's name. */
  name!: string;
  /** How many approved reports the sum covers. */
  @ApiProperty({ type: 'integer' }) reports!: number;
  /** The sum per breakdown cell, suppressed where small. */
  cells!: IndicatorCellResponse[];
  /** The sum of the cells, suppressed by the same rules. */
  @ApiProperty(SUPPRESSIBLE)
  total!: number | string;
}

export class RoundStatisticsResponse {
  /** The round. */
  roundId!: string;
  /**
   * The grant year.
   * @example 2027
   */
  year!: number;
  /**
   * Code of the scheme.
   * @example "MHP"
   */
  schemeCode!: string;
  /** The round's title. */
  title!: string;
  /** The figures for the whole round. */
  totals!: FiguresResponse;
  /** The figures per measure category. */
  byMeasureCategory!: GroupResponse[];
  /** The figures per county of the applicant. */
  byCounty!: GroupResponse[];
  /** The figures per organisation form. */
  byOrganisationForm!: GroupResponse[];
  /** Figures about people from 1 to this many show as "≤limit". */
  @ApiProperty({ type: 'integer' }) smallCellLimit!: number;
  /** Report indicators (figures about people) summed across recipients, with small-cell suppression. */
  indicators!: IndicatorSumResponse[];
}

export class YearStatisticsResponse extends FiguresResponse {
  /**
   * Code of the scheme.
   * @example "MHP"
   */
  schemeCode!: string;
  /**
   * The grant year.
   * @example 2027
   */
  year!: number;
  /** The scheme's round of that year. */
  roundId!: string;
  /** The year's indicator sums: the scheme's one round of the year, suppressed exactly as in its round view. */
  indicators!: IndicatorSumResponse[];
}

export class AwardResponse {
  /**
   * The grant year.
   * @example 2027
   */
  year!: number;
  /** The scheme's identifier on tilskudd.no (e.g. "DT-0044"), null until set on the scheme. */
  tilskuddNoId!: string | null;
  /**
   * Code of the scheme.
   * @example "MHP"
   */
  schemeCode!: string;
  /** The scheme's name. */
  schemeName!: string;
  /** The recipient organisation's name. */
  recipient!: string;
  /** The recipient's organisasjonsnummer, 9 digits. */
  organisationNumber!: string;
  @ApiProperty({ type: 'integer' }) amountOre!: number;
  /** The measure category (innsatsområde) of the grant. */
  measureCategory!: string;
}

export class AwardListResponse {
  /** The round. */
  roundId!: string;
  /**
   * The grant year.
   * @example 2027
   */
  year!: number;
  /** The scheme's identifier on tilskudd.no; null until set on the scheme. */
  tilskuddNoId!: string | null;
  /**
   * Code of the scheme.
   * @example "MHP"
   */
  schemeCode!: string;
  /** The scheme's name. */
  schemeName!: string;
  /** The accepted grants in force, one line each. */
  awards!: AwardResponse[];
  @ApiProperty({ type: 'integer' }) totalOre!: number;
}

/** A decided round whose award list is public: only what the award list itself says, summed. */
export class PublicAwardListResponse {
  /** The round; its award list is GET /api/public/rounds/{id}/awards (JSON, or format=csv|xlsx). */
  roundId!: string;
  /**
   * The grant year (tilskuddsår).
   * @example 2027
   */
  @ApiProperty({ type: 'integer' }) year!: number;
  /** The call's title. */
  title!: string;
  /** The scheme's identifier on tilskudd.no (e.g. "DT-0044"); null until set on the scheme. */
  tilskuddNoId!: string | null;
  /**
   * Code of the scheme.
   * @example "MHP"
   */
  schemeCode!: string;
  /** The scheme's name. */
  schemeName!: string;
  /** How many grants the award list has (accepted grants in force, one line each). */
  @ApiProperty({ type: 'integer' }) grants!: number;
  /** The sum of the award list's grants. */
  @ApiProperty({ type: 'integer' }) totalOre!: number;
  /**
   * The day (Europe/Oslo) the round was marked decided and its award list became public; null only for a round
   * set decided outside the application.
   * @example "2027-03-15"
   */
  @ApiProperty({ type: String, format: 'date', nullable: true }) decidedAt!: string | null;
}

export class PublicAwardListPage extends PageMeta {
  /** The decided rounds on this page, newest grant year first. */
  items!: PublicAwardListResponse[];
}
