import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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

export class IndicatorCellResponse {
  cell!: string;
  /** A whole number, or "≤5" for a group of 5 or fewer. */
  @ApiProperty({ oneOf: [{ type: 'integer' }, { type: 'string', enum: ['≤5'] }] })
  value!: number | '≤5' | ':';
}

export class IndicatorSumResponse {
  code!: string;
  name!: string;
  @ApiProperty({ type: 'integer' }) reports!: number;
  cells!: IndicatorCellResponse[];
  /** ":" when withheld so that a single suppressed cell cannot be worked out by subtraction. */
  @ApiProperty({ oneOf: [{ type: 'integer' }, { type: 'string', enum: ['≤5', ':'] }] })
  total!: number | '≤5' | ':';
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
  /** Report indicators summed across recipients; small groups suppressed. */
  indicators!: IndicatorSumResponse[];
}

export class YearStatisticsResponse extends FiguresResponse {
  schemeCode!: string;
  year!: number;
  roundId!: string;
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
