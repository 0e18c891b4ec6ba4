import { ApiProperty, ApiPropertyOptional, ApiPropertyOptions } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { FormatQuery } from './table-response';

export class YearStatisticsQuery extends FormatQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'Må være en gyldig id.' })
  schemeId?: string;
}

export class FiguresResponse {
  @ApiProperty({ type: 'integer' }) applications!: number;
  @ApiProperty({ type: 'integer' }) appliedOre!: number;
  @ApiProperty({ type: 'integer' }) grantedInFull!: number;
  @ApiProperty({ type: 'integer' }) grantedInPart!: number;
  @ApiProperty({ type: 'integer' }) rejected!: number;
  @ApiProperty({ type: 'integer' }) dismissed!: number;
  @ApiProperty({ type: 'integer' }) undecided!: number;
  @ApiProperty({ type: 'integer' }) lapsed!: number;
  @ApiProperty({ type: 'integer' }) grantedOre!: number;
}

export class GroupResponse extends FiguresResponse {
  key!: string;
  label!: string;
}

/** A figure about people: a whole number, "≤5" (1–5, or 0–5 when the total is "≤5"), or ":" (over 5, withheld). */
const SUPPRESSIBLE: ApiPropertyOptions = {
  oneOf: [{ type: 'integer' }, { type: 'string', pattern: '^(≤\\d+|:)$' }],
};

export class IndicatorCellResponse {
  cell!: string;
  /**
   * A whole number; "≤5" for 1 to 5 people (the limit is STATISTICS_SMALL_CELL_LIMIT); ":" withheld (more than
   * the limit) so that a small figure cannot be worked out.
   */
  @ApiProperty(SUPPRESSIBLE)
  value!: number | string;
}

export class IndicatorSumResponse {
  code!: string;
  name!: string;
  @ApiProperty({ type: 'integer' }) reports!: number;
  cells!: IndicatorCellResponse[];
  /** The sum of the cells, suppressed by the same rules. */
  @ApiProperty(SUPPRESSIBLE)
  total!: number | string;
}

export class RoundStatisticsResponse {
  roundId!: string;
  year!: number;
  schemeCode!: string;
  title!: string;
  totals!: FiguresResponse;
  byMeasureCategory!: GroupResponse[];
  byCounty!: GroupResponse[];
  byOrganisationForm!: GroupResponse[];
  /** Figures about people from 1 to this many show as "≤limit". */
  @ApiProperty({ type: 'integer' }) smallCellLimit!: number;
  /** Report indicators (figures about people) summed across recipients, with small-cell suppression. */
  indicators!: IndicatorSumResponse[];
}

export class YearStatisticsResponse extends FiguresResponse {
  schemeCode!: string;
  year!: number;
  roundId!: string;
  /** The year's indicator sums: the scheme's one round of the year, suppressed exactly as in its round view. */
  indicators!: IndicatorSumResponse[];
}

export class AwardResponse {
  year!: number;
  /** The scheme's identifier on tilskudd.no (e.g. "DT-0044"), null until set on the scheme. */
  @ApiProperty({ type: String, nullable: true }) tilskuddNoId!: string | null;
  schemeCode!: string;
  schemeName!: string;
  recipient!: string;
  organisationNumber!: string;
  @ApiProperty({ type: 'integer' }) amountOre!: number;
  measureCategory!: string;
}

export class AwardListResponse {
  roundId!: string;
  year!: number;
  @ApiProperty({ type: String, nullable: true }) tilskuddNoId!: string | null;
  schemeCode!: string;
  schemeName!: string;
  awards!: AwardResponse[];
  @ApiProperty({ type: 'integer' }) totalOre!: number;
}
