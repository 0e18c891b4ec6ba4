import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ApplicationStatus,
  AttachmentKind,
  BudgetCategory,
  FundingStatus,
  GrantType,
  SignatoryRole,
} from '@app/grants';
import { PageQuery } from '../common/page.dto';
import { VersionRequest } from '../common/version.dto';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  DateField,
  EmailField,
  NestedList,
  Optional,
  OreField,
  OreSumWithinCeiling,
  TextField,
  VersionField,
} from '../common/fields';

/** Long free text: hard upper bound here; the scheme's own word/character limits are checked by the service. */
const LONG_TEXT = 50_000;
/**
 * A title is a line, not a text: its hard upper bound is far below LONG_TEXT (the scheme's limit, 150 characters by
 * default, is checked by the service). 50 000 here made the OpenAPI document promise titles no scheme takes.
 */
const TITLE_MAX = 1_000;

export class BudgetLineDto {
  @ApiProperty({ enum: BudgetCategory })
  @IsEnum(BudgetCategory)
  category!: BudgetCategory;

  /**
   * What the budget line covers.
   * @example "Lønn prosjektleder 50 % stilling"
   */
  @TextField(500)
  description!: string;

  @OreField({ min: 1 })
  amountOre!: number;
}

export class OtherFundingDto {
  /** Who funds: e.g. "Oslo kommune", "Stiftelsen Dam". */
  @TextField(300)
  source!: string;

  @OreField({ min: 1 })
  amountOre!: number;

  @ApiProperty({ enum: FundingStatus })
  @IsEnum(FundingStatus)
  status!: FundingStatus;
}

export class PartnerDto {
  /** The partner organisation's name. */
  @TextField(300)
  name!: string;

  /** The partner's organisasjonsnummer (9 digits); null when it has none. */
  @ApiPropertyOptional({ type: String, nullable: true, example: '988077917' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{9}$/, { message: 'Må være 9 siffer.' })
  organisationNumber?: string | null;

  /** What the partner does in the measure. */
  @TextField(1000)
  role!: string;
}

export class ContactPersonDto {
  /** The contact person's full name. */
  @TextField(200)
  name!: string;

  /** The contact person's e-mail address. */
  @EmailField()
  email!: string;

  /**
   * The contact person's phone number, as written (at most 30 characters).
   * @example "+47 22 33 44 55"
   */
  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  phone?: string | null;
}

export class SignatoryDto {
  /** Full name of the person who signs for the organisation. */
  @TextField(200)
  name!: string;

  /** Chair of the board, general manager, or someone else with signing authority. */
  @ApiProperty({ enum: SignatoryRole })
  @IsEnum(SignatoryRole)
  role!: SignatoryRole;
}

/** The application content; every field optional while drafting (null clears a field). */
export class ApplicationContentDto {
  /**
   * Project title. The limit that applies is the scheme's `textLimits.title` (150 characters by default; see
   * `scheme.textLimits` of GET /api/public/rounds/{id}), checked on every save (422 maxChars/maxWords); `maxLength`
   * here is only the hard upper bound.
   * @example "Trygge steder – oppsøkende arbeid i Oslo"
   */
  @TextField(TITLE_MAX, { nullable: true })
  title?: string | null;

  /** Code of one of the scheme's measure categories (a–e for MHP). */
  @ApiPropertyOptional({ example: 'a', type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  measureCategory?: string | null;

  @ApiPropertyOptional({ enum: GrantType, nullable: true })
  @IsOptional()
  @IsEnum(GrantType)
  grantType?: GrantType | null;

  /**
   * Short summary of the measure. The limit that applies is the scheme's `textLimits.summary` (300 words by
   * default; see `scheme.textLimits` of GET /api/public/rounds/{id}), checked on every save (422
   * maxChars/maxWords); `maxLength` here is only the hard upper bound.
   */
  @TextField(LONG_TEXT, { nullable: true })
  summary?: string | null;

  /**
   * The goals of the measure. The limit that applies is the scheme's `textLimits.goals` (500 words by default; see
   * `scheme.textLimits` of GET /api/public/rounds/{id}), checked on every save (422 maxChars/maxWords); `maxLength`
   * here is only the hard upper bound.
   */
  @TextField(LONG_TEXT, { nullable: true })
  goals?: string | null;

  /**
   * Who the measure is for. The limit that applies is the scheme's `textLimits.targetGroup` (300 words by default;
   * see `scheme.textLimits` of GET /api/public/rounds/{id}), checked on every save (422 maxChars/maxWords);
   * `maxLength` here is only the hard upper bound.
   */
  @TextField(LONG_TEXT, { nullable: true })
  targetGroup?: string | null;

  /** Geographic area the measure covers. */
  @TextField(LONG_TEXT, { nullable: true })
  area?: string | null;

  /** Implementation plan. */
  @TextField(LONG_TEXT, { nullable: true })
  plan?: string | null;

  /** null empties the list. */
  @NestedList(PartnerDto, 50, { nullable: true })
  partners?: PartnerDto[];

  /** First day of the project period (YYYY-MM-DD). */
  @DateField({ nullable: true, example: '2027-01-01' })
  periodStart?: string | null;

  /** Last day of the project period (YYYY-MM-DD); not before `periodStart` (422 afterStart). */
  @DateField({ nullable: true, example: '2027-12-31' })
  periodEnd?: string | null;

  /**
   * The results the organisation expects. The limit that applies is the scheme's `textLimits.expectedResults` (500
   * words by default; see `scheme.textLimits` of GET /api/public/rounds/{id}), checked on every save (422
   * maxChars/maxWords); `maxLength` here is only the hard upper bound.
   */
  @TextField(LONG_TEXT, { nullable: true })
  expectedResults?: string | null;

  /** null empties the list. */
  @NestedList(BudgetLineDto, 200, { nullable: true })
  @OreSumWithinCeiling()
  budgetLines?: BudgetLineDto[];

  /** null empties the list. */
  @NestedList(OtherFundingDto, 50, { nullable: true })
  @OreSumWithinCeiling()
  otherFunding?: OtherFundingDto[];

  /** Amount applied for, in øre. */
  @OreField({ nullable: true, min: 1 })
  requestedAmountOre?: number | null;

  /** The person Sfk contacts about the application; null clears it. */
  @ApiPropertyOptional({ type: ContactPersonDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactPersonDto)
  contactPerson?: ContactPersonDto | null;

  /** Who signs the application for the organisation (required before submission); null clears it. */
  @ApiPropertyOptional({ type: SignatoryDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SignatoryDto)
  signatory?: SignatoryDto | null;
}

export class CreateApplicationRequest extends ApplicationContentDto {
  /** The round (utlysning) applied to; it must be published and open. */
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  roundId!: string;

  /** The organisation applying; the caller must be a member of it. */
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organisationId!: string;
}

export class UpdateApplicationRequest extends ApplicationContentDto {
  @VersionField()
  version!: number;
}

/** Body of a submission: the version you read and, from the web, the applicant's declaration. */
export class SubmitApplicationRequest extends VersionRequest {
  @ApiPropertyOptional({
    type: Boolean,
    enum: [true],
    description:
      'The applicant declares that the information in the application is correct and that they may apply on ' +
      "the organisation's behalf (the wording of the web's check-answers page). `true` records who declared, when " +
      "and which wording (the response's `declaration`); `false` is refused (422, field `declaration`). " +
      'Optional, so that existing API clients keep working: left out, the application is submitted without a ' +
      'recorded declaration (`declaration` null).',
    example: true,
  })
  @Optional()
  @IsBoolean()
  declaration?: boolean;
}

export class WithdrawApplicationRequest {
  @VersionField()
  version!: number;

  /** Why the organisation withdraws the application. */
  @TextField(2000)
  reason!: string;
}

const SORTS = [
  'submittedAt',
  '-submittedAt',
  'referenceNumber',
  '-referenceNumber',
  'requestedAmountOre',
  '-requestedAmountOre',
  'title',
  '-updatedAt',
] as const;

export class ApplicationListQuery extends PageQuery {
  /** Only applications to this round. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  roundId?: string;

  /** Only applications in this status. */
  @ApiPropertyOptional({ enum: ApplicationStatus })
  @IsOptional()
  @IsEnum(ApplicationStatus)
  status?: ApplicationStatus;

  /** Only applications in this measure category (its code). */
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(30)
  measureCategory?: string;

  /** Only applications from this organisation. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  /** Free text over title and summary (Norwegian stemming), or a reference number. */
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  /** Sort field; a leading "-" sorts descending. Default -updatedAt. */
  @ApiPropertyOptional({ enum: SORTS })
  @IsOptional()
  @IsIn(SORTS)
  sort?: (typeof SORTS)[number];
}

/** Multipart form fields sent with the file (before the file part). */
export class UploadAttachmentFields {
  @ApiProperty({ enum: AttachmentKind })
  @IsEnum(AttachmentKind)
  kind!: AttachmentKind;

  /** Exempt from public access (offentleglova); needs the legal basis. */
  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @Optional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  exemptFromPublic?: boolean;

  @ApiPropertyOptional()
  @ValidateIf((o: UploadAttachmentFields) => o.exemptFromPublic === true || o.exemptionBasis !== undefined)
  @IsString()
  @MaxLength(300)
  exemptionBasis?: string;
}

export class SetExemptionRequest {
  /** Exempt the attachment from public access (offentleglova). */
  @ApiProperty()
  @IsBoolean()
  exemptFromPublic!: boolean;

  /** The legal basis for the exemption; required when `exemptFromPublic` is true (422). */
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'offentleglova § 13 jf. forvaltningsloven § 13',
  })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  exemptionBasis?: string | null;
}
