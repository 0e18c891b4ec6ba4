import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { RoundStatus } from '@app/grants';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { OsloDateTimeField } from '../common/deadline';
import { DigitsField, Optional, OreField, QueryInt, TextField, VersionField } from '../common/fields';
import { PageMeta, PageQuery } from '../common/page.dto';
import { VersionRequest } from '../common/version.dto';
import { PublicSchemeResponse } from '../schemes/scheme-responses.dto';

export class CreateRoundRequest {
  /** The grant scheme the round belongs to. */
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  schemeId!: string;

  /** The grant year (tilskuddsår). */
  @ApiProperty({ type: 'integer', example: 2027 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  /** The call's title; default: the scheme's name and the year. */
  @TextField(300, { optional: true })
  title?: string;

  /** Budget frame in øre (NOK 39 200 000 = 3920000000). */
  @OreField({ min: 1 })
  budgetFrameOre!: number;

  /** When applications may be started. */
  @OsloDateTimeField()
  opensAt!: Date;

  /** Default: 1 December the year before, 23:59 Europe/Oslo. */
  @OsloDateTimeField({ optional: true })
  applicationDeadline?: Date;

  /** Default: 1 April the year after, end of day Europe/Oslo. */
  @OsloDateTimeField({ optional: true })
  reportDeadline?: Date;

  /** Days to accept the conditions after notification (default 21). */
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 365 })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(365)
  acceptancePeriodDays?: number;

  /** Subject to the Storting's budget decision: letters and payments wait until lifted. */
  @ApiPropertyOptional()
  @Optional()
  @IsBoolean()
  budgetReservation?: boolean;

  /** Default: the scheme's chapter/post. */
  @Optional()
  @DigitsField(4, '0433')
  budgetChapter?: string;

  /** Default: the scheme's post; 2 digits. */
  @Optional()
  @DigitsField(2, '70')
  budgetPost?: string;
}

// skipNullProperties: false — a field left out is kept; null is validated (and refused) like any other value.
export class UpdateRoundRequest extends PartialType(
  OmitType(CreateRoundRequest, ['schemeId', 'year'] as const),
  { skipNullProperties: false },
) {
  @VersionField()
  version!: number;
}

export class RoundListQuery extends PageQuery {
  /** Only rounds of this scheme. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  schemeId?: string;

  /** Only rounds in this status. */
  @ApiPropertyOptional({ enum: RoundStatus })
  @IsOptional()
  @IsEnum(RoundStatus)
  status?: RoundStatus;

  /**
   * Only rounds of this grant year.
   * @example 2027
   */
  @QueryInt(2000, 2100)
  @Type(() => Number)
  year?: number;
}

export class RoundDeadline {
  /** The instant, UTC. */
  at!: string;
  /** The same instant as Oslo local time with offset, e.g. 2026-12-01T23:59:59+01:00. */
  local!: string;
  /** As stated to applicants: "1. desember 2026 kl. 23:59". */
  text!: string;
}

/** Publishing a call; a deadline closer than the minimum notice (six weeks by default) needs a reason. */
export class PublishRoundRequest extends VersionRequest {
  /** Why the call is published with less than the minimum notice before its deadline. */
  @TextField(2000, { optional: true })
  shortNoticeReason?: string;
}

export class RoundResponse {
  /** The round's id. */
  id!: string;
  /** The grant scheme. */
  schemeId!: string;
  /**
   * Code of the grant scheme.
   * @example "MHP"
   */
  schemeCode!: string;
  /**
   * The grant year (tilskuddsår).
   * @example 2027
   */
  year!: number;
  /** The call's title. */
  title!: string;
  budgetFrameOre!: number;
  /** When applications may be started: the instant, Oslo local time with offset and as text. */
  opensAt!: RoundDeadline;
  /** The application deadline (Europe/Oslo): the instant, Oslo local time with offset and as text. */
  applicationDeadline!: RoundDeadline;
  /** When the recipients' reports are due (Europe/Oslo). */
  reportDeadline!: RoundDeadline;
  /** Days an organisation has to accept the conditions after notification. */
  acceptancePeriodDays!: number;
  /** Granted subject to the Storting's budget decision: letters say so and payments wait until it is lifted. */
  budgetReservation!: boolean;
  /** Chapter of the state budget, 4 digits. */
  budgetChapter!: string;
  /** Post of the state budget chapter, 2 digits. */
  budgetPost!: string;
  @ApiProperty({ enum: RoundStatus })
  status!: RoundStatus;
  /** Published, opened and before the deadline. */
  openForApplications!: boolean;
  @ApiProperty({ type: String, nullable: true })
  publishedAt!: string | null;
  /** Why the call was published with less than the minimum notice, when it was. */
  @ApiProperty({ type: String, nullable: true })
  shortNoticeReason!: string | null;
  @ApiProperty({ type: String, nullable: true })
  closedAt!: string | null;
  /** The version to send with the next change or step (optimistic locking). */
  version!: number;
}

export class RoundPage extends PageMeta {
  /** The rounds on this page. */
  items!: RoundResponse[];
}

/** A published call as the public sees it. */
export class PublicRoundResponse {
  /** The round's id. */
  id!: string;
  /**
   * The grant year (tilskuddsår).
   * @example 2027
   */
  year!: number;
  /** The call's title. */
  title!: string;
  budgetFrameOre!: number;
  /** When applications may be started: the instant, Oslo local time with offset and as text. */
  opensAt!: RoundDeadline;
  /** The application deadline (Europe/Oslo): the instant, Oslo local time with offset and as text. */
  applicationDeadline!: RoundDeadline;
  /** When the recipients' reports are due (Europe/Oslo). */
  reportDeadline!: RoundDeadline;
  /** Grants are given subject to the Storting's budget decision. */
  budgetReservation!: boolean;
  /** Published, opened and before the deadline: applications can be started and submitted now. */
  openForApplications!: boolean;
  /** The grant scheme: its purpose, criteria, required attachments and text limits. */
  scheme!: PublicSchemeResponse;
}

export class PublicRoundPage extends PageMeta {
  /** The open calls on this page. */
  items!: PublicRoundResponse[];
}
