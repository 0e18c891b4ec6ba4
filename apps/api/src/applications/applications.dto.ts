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

export class BudgetLineDto {
  @ApiProperty({ enum: BudgetCategory })
  @IsEnum(BudgetCategory)
  category!: BudgetCategory;

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
  @TextField(300)
  name!: string;

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
  @TextField(200)
  name!: string;

  @EmailField()
  email!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  phone?: string | null;
}

export class SignatoryDto {
  @TextField(200)
  name!: string;

  /** Chair of the board, general manager, or someone else with signing authority. */
  @ApiProperty({ enum: SignatoryRole })
  @IsEnum(SignatoryRole)
  role!: SignatoryRole;
}

/** The application content; every field optional while drafting (null clears a field). */
export class ApplicationContentDto {
  @TextField(LONG_TEXT, { nullable: true })
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

  @TextField(LONG_TEXT, { nullable: true })
  summary?: string | null;

  @TextField(LONG_TEXT, { nullable: true })
  goals?: string | null;

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

  @DateField({ nullable: true, example: '2027-01-01' })
  periodStart?: string | null;

  @DateField({ nullable: true, example: '2027-12-31' })
  periodEnd?: string | null;

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

  @ApiPropertyOptional({ type: ContactPersonDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ContactPersonDto)
  contactPerson?: ContactPersonDto | null;

  @ApiPropertyOptional({ type: SignatoryDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SignatoryDto)
  signatory?: SignatoryDto | null;
}

export class CreateApplicationRequest extends ApplicationContentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  roundId!: string;

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
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  roundId?: string;

  @ApiPropertyOptional({ enum: ApplicationStatus })
  @IsOptional()
  @IsEnum(ApplicationStatus)
  status?: ApplicationStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(30)
  measureCategory?: string;

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
  @ApiProperty()
  @IsBoolean()
  exemptFromPublic!: boolean;

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
  id!: string;
  @ApiProperty({ enum: AttachmentKind })
  kind!: AttachmentKind;
  fileName!: string;
  contentType!: string;
  sizeBytes!: number;
  sha256!: string;
  exemptFromPublic!: boolean;
  @ApiProperty({ type: String, nullable: true })
  exemptionBasis!: string | null;
  /**
   * Content warnings for the caseworker: `pdfJavaScript` — the PDF contains JavaScript (open it with JavaScript
   * switched off); `notScanned` — stored while virus scanning was off (CLAMAV=off).
   */
  @ApiProperty({ enum: UploadWarning, enumName: 'UploadWarning', isArray: true })
  warnings!: UploadWarning[];
  uploadedBy!: string;
  uploadedAt!: string;
}

export class FieldProblem implements FieldError {
  field!: string;
  rule!: string;
  message!: string;
}

export class ApplicationOrganisation {
  id!: string;
  name!: string;
  organisationNumber!: string;
}

export class ApplicationRound {
  id!: string;
  title!: string;
  year!: number;
  schemeCode!: string;
  applicationDeadline!: string;
  /** "1. desember 2026 kl. 23:59" */
  applicationDeadlineText!: string;
}

export class ApplicationResponse {
  id!: string;
  @ApiProperty({ type: String, nullable: true, example: 'MHP-2027-0042' })
  referenceNumber!: string | null;
  @ApiProperty({ enum: ApplicationStatus })
  status!: ApplicationStatus;
  organisation!: ApplicationOrganisation;
  round!: ApplicationRound;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: String, nullable: true }) measureCategory!: string | null;
  @ApiProperty({ enum: GrantType, nullable: true }) grantType!: GrantType | null;
  @ApiProperty({ type: String, nullable: true }) summary!: string | null;
  @ApiProperty({ type: String, nullable: true }) goals!: string | null;
  @ApiProperty({ type: String, nullable: true }) targetGroup!: string | null;
  @ApiProperty({ type: String, nullable: true }) area!: string | null;
  @ApiProperty({ type: String, nullable: true }) plan!: string | null;
  partners!: PartnerDto[];
  @ApiProperty({ type: String, nullable: true, format: 'date' }) periodStart!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) periodEnd!: string | null;
  @ApiProperty({ type: String, nullable: true }) expectedResults!: string | null;
  budgetLines!: BudgetLineDto[];
  otherFunding!: OtherFundingDto[];
  @ApiProperty({ type: 'integer', nullable: true }) requestedAmountOre!: number | null;
  /** Sum of the budget lines. */
  budgetTotalOre!: number;
  otherFundingTotalOre!: number;
  /** The most that can be requested: budget total minus other funding. */
  maxRequestableOre!: number;
  @ApiProperty({ type: ContactPersonDto, nullable: true }) contactPerson!: ContactPersonDto | null;
  @ApiProperty({ type: SignatoryDto, nullable: true }) signatory!: SignatoryDto | null;
  attachments!: AttachmentResponse[];
  /** What still stops a draft from being submitted; empty when it can be submitted (and after submission). */
  submissionProblems!: FieldProblem[];
  @ApiProperty({ type: String, nullable: true }) submittedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) withdrawnAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) withdrawalReason!: string | null;
  version!: number;
  createdAt!: string;
  updatedAt!: string;
}

export class ApplicationListItemResponse {
  id!: string;
  @ApiProperty({ type: String, nullable: true }) referenceNumber!: string | null;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ enum: ApplicationStatus }) status!: ApplicationStatus;
  roundId!: string;
  organisationId!: string;
  organisationName!: string;
  @ApiProperty({ type: String, nullable: true }) measureCategory!: string | null;
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
  items!: ApplicationListItemResponse[];
}
