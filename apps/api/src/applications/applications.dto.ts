import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ApplicationStatus,
  AttachmentKind,
  BudgetCategory,
  FundingStatus,
  GrantType,
  SignatoryRole,
  UploadWarning,
} from '@app/grants';
import { FieldError } from '@app/platform';
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
import { PageMeta, PageQuery } from '../common/page.dto';

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

export class AttachmentResponse {
  /** The attachment's id. */
  id!: string;
  @ApiProperty({ enum: AttachmentKind })
  kind!: AttachmentKind;
  /**
   * The file name as uploaded.
   * @example "vedtekter.pdf"
   */
  fileName!: string;
  /**
   * The file type judged from the bytes (not from the name).
   * @example "application/pdf"
   */
  contentType!: string;
  /** The size in bytes (at most 10 MB). */
  sizeBytes!: number;
  /** SHA-256 of the stored bytes, hex. */
  sha256!: string;
  /** Exempt from public access (offentleglova). */
  exemptFromPublic!: boolean;
  /** The legal basis of the exemption; null when not exempt. */
  @ApiProperty({ type: String, nullable: true })
  exemptionBasis!: string | null;
  /**
   * Content warnings for the caseworker: `pdfJavaScript` — the PDF contains JavaScript (open it with JavaScript
   * switched off); `notScanned` — stored while virus scanning was off (CLAMAV=off).
   */
  @ApiProperty({ enum: UploadWarning, enumName: 'UploadWarning', isArray: true })
  warnings!: UploadWarning[];
  /** Id of the user who uploaded it. */
  uploadedBy!: string;
  uploadedAt!: string;
}

export class FieldProblem implements FieldError {
  /** The field the problem concerns, e.g. `budgetLines` or `signatory`. */
  field!: string;
  /** Machine-readable name of the rule, e.g. `required`, `deadline`, `attachments`. */
  rule!: string;
  /** What is missing or wrong, in Norwegian. */
  message!: string;
}

export class ApplicationOrganisation {
  /** The organisation's id. */
  id!: string;
  /** The organisation's name. */
  name!: string;
  /** Organisasjonsnummer (9 digits). */
  organisationNumber!: string;
}

export class ApplicationRound {
  /** The round's id. */
  id!: string;
  /** The round's title. */
  title!: string;
  /**
   * The budget year of the round.
   * @example 2027
   */
  year!: number;
  /**
   * Code of the grant scheme.
   * @example "MHP"
   */
  schemeCode!: string;
  /**
   * The application deadline (ISO 8601, UTC); `applicationDeadlineText` says it in Norwegian, Oslo time.
   * @example "2027-03-01T11:00:00.000Z"
   */
  applicationDeadline!: string;
  /** "1. desember 2026 kl. 23:59" */
  applicationDeadlineText!: string;
}

export class ApplicationResponse {
  /** The application's id. */
  id!: string;
  /** The case reference, given on submission; null for a draft. */
  @ApiProperty({ type: String, nullable: true, example: 'MHP-2027-0042' })
  referenceNumber!: string | null;
  @ApiProperty({ enum: ApplicationStatus })
  status!: ApplicationStatus;
  /** The applying organisation. */
  organisation!: ApplicationOrganisation;
  /** The round applied to. */
  round!: ApplicationRound;
  /** Project title (limit: the scheme's `textLimits.title`). */
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  /** Code of one of the scheme's measure categories (innsatsområder). */
  @ApiProperty({ type: String, nullable: true }) measureCategory!: string | null;
  @ApiProperty({ enum: GrantType, nullable: true }) grantType!: GrantType | null;
  /** Short summary of the measure. */
  @ApiProperty({ type: String, nullable: true }) summary!: string | null;
  /** The goals of the measure. */
  @ApiProperty({ type: String, nullable: true }) goals!: string | null;
  /** Who the measure is for. */
  @ApiProperty({ type: String, nullable: true }) targetGroup!: string | null;
  /** Geographic area the measure covers. */
  @ApiProperty({ type: String, nullable: true }) area!: string | null;
  /** Implementation plan. */
  @ApiProperty({ type: String, nullable: true }) plan!: string | null;
  /** Partners in the measure. */
  partners!: PartnerDto[];
  /** First day of the project period. */
  @ApiProperty({ type: String, nullable: true, format: 'date' }) periodStart!: string | null;
  /** Last day of the project period. */
  @ApiProperty({ type: String, nullable: true, format: 'date' }) periodEnd!: string | null;
  /** The results the organisation expects. */
  @ApiProperty({ type: String, nullable: true }) expectedResults!: string | null;
  /** The budget, line by line. */
  budgetLines!: BudgetLineDto[];
  /** Funding from others, applied for or granted. */
  otherFunding!: OtherFundingDto[];
  @ApiProperty({ type: 'integer', nullable: true }) requestedAmountOre!: number | null;
  /** Sum of the budget lines. */
  budgetTotalOre!: number;
  otherFundingTotalOre!: number;
  /** The most that can be requested: budget total minus other funding. */
  maxRequestableOre!: number;
  /** The person Sfk contacts about the application. */
  @ApiProperty({ type: ContactPersonDto, nullable: true }) contactPerson!: ContactPersonDto | null;
  /** Who signs the application for the organisation. */
  @ApiProperty({ type: SignatoryDto, nullable: true }) signatory!: SignatoryDto | null;
  /** The attachments (vedlegg). */
  attachments!: AttachmentResponse[];
  /** What still stops a draft from being submitted; empty when it can be submitted (and after submission). */
  submissionProblems!: FieldProblem[];
  @ApiProperty({ type: String, nullable: true }) submittedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) withdrawnAt!: string | null;
  /** Why the organisation withdrew the application; null unless withdrawn. */
  @ApiProperty({ type: String, nullable: true }) withdrawalReason!: string | null;
  /** The version to send with the next change or step (optimistic locking). */
  version!: number;
  createdAt!: string;
  updatedAt!: string;
}

export class ApplicationListItemResponse {
  /** The application's id. */
  id!: string;
  /**
   * The case reference, given on submission; null for a draft.
   * @example "MHP-2027-0042"
   */
  @ApiProperty({ type: String, nullable: true }) referenceNumber!: string | null;
  /** Project title; null when withheld (`restricted`) or not written yet. */
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ enum: ApplicationStatus }) status!: ApplicationStatus;
  /** The round applied to. */
  roundId!: string;
  /** The applying organisation. */
  organisationId!: string;
  /** The applying organisation's name. */
  organisationName!: string;
  /** Code of the measure category; null when withheld or not chosen. */
  @ApiProperty({ type: String, nullable: true }) measureCategory!: string | null;
  /** Operating or project grant; null when withheld or not chosen. */
  @ApiProperty({ type: String, nullable: true }) grantType!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) requestedAmountOre!: number | null;
  @ApiProperty({ type: String, nullable: true }) submittedAt!: string | null;
  updatedAt!: string;
  /**
   * You declared a conflict in this case (forvaltningsloven § 6): title, measure category, grant type and amount
   * are withheld (null), and the case itself is refused you.
   */
  restricted!: boolean;
}

export class ApplicationPage extends PageMeta {
  /** The applications on this page. */
  items!: ApplicationListItemResponse[];
}
