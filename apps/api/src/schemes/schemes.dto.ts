import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  AttachmentKind,
  DEFAULT_PAYMENT_PLAN,
  GrantType,
  OrganisationForm,
  ReportIndicator,
  TextLimit,
  TextLimits,
  PlannedInstalmentRule,
  PriorReportRule,
} from '@app/grants';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DigitsField, Optional, OreField, TextField, VersionField } from '../common/fields';
import { PageMeta } from '../common/page.dto';

const CODE = /^[a-z0-9_]{1,30}$/;

export class MeasureCategoryDto {
  /** Short code, e.g. "a". */
  @ApiProperty({ example: 'a' })
  @IsString()
  @Matches(CODE, { message: 'Koden kan bare ha små bokstaver, siffer og _ (høyst 30 tegn).' })
  code!: string;

  @TextField(300)
  name!: string;
}

export class AssessmentCriterionDto extends MeasureCategoryDto {
  /** Percent; all weights add up to 100. */
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 100 })
  @IsInt()
  @Min(1)
  @Max(100)
  weight!: number;
}

export class ReportIndicatorDto extends MeasureCategoryDto {
  @ApiProperty({ enum: ['none', 'gender', 'age_band', 'gender_and_age_band', 'region'] })
  @IsIn(['none', 'gender', 'age_band', 'gender_and_age_band', 'region'])
  breakdown!: ReportIndicator['breakdown'];
}

export class PaymentInstalmentDto implements PlannedInstalmentRule {
  /** Share of the granted amount in whole percent; the shares of a plan add up to 100. */
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 100, example: 100 })
  @IsInt()
  @Min(1)
  @Max(100)
  percent!: number;

  /** "acceptance" (due when the grant is accepted) or a day of the grant year as MM-DD. */
  @ApiProperty({ example: 'acceptance', pattern: '^(acceptance|\\d{2}-\\d{2})$' })
  @IsString()
  @Matches(/^(acceptance|\d{2}-\d{2})$/, {
    message: 'Forfall må være «acceptance» (ved aksept) eller en dato i tilskuddsåret på formen MM-DD.',
  })
  due!: string;
}

export class TextLimitDto implements TextLimit {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100000 })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  maxChars?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 20000 })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(20_000)
  maxWords?: number;
}

/** Limits per free-text field of an application; omitted fields have no limit. */
export class TextLimitsDto implements TextLimits {
  @ApiPropertyOptional({ type: TextLimitDto })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => TextLimitDto)
  title?: TextLimitDto;
  @ApiPropertyOptional({ type: TextLimitDto })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => TextLimitDto)
  summary?: TextLimitDto;
  @ApiPropertyOptional({ type: TextLimitDto })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => TextLimitDto)
  goals?: TextLimitDto;
  @ApiPropertyOptional({ type: TextLimitDto })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => TextLimitDto)
  targetGroup?: TextLimitDto;
  @ApiPropertyOptional({ type: TextLimitDto })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => TextLimitDto)
  area?: TextLimitDto;
  @ApiPropertyOptional({ type: TextLimitDto })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => TextLimitDto)
  plan?: TextLimitDto;
  @ApiPropertyOptional({ type: TextLimitDto })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => TextLimitDto)
  expectedResults?: TextLimitDto;
}

export class CreateSchemeRequest {
  /** Upper-case code used in reference numbers, e.g. "MHP". */
  @ApiProperty({ example: 'MHP' })
  @IsString()
  @Matches(/^[A-Z][A-Z0-9]{1,9}$/, {
    message: 'Koden må være 2–10 store bokstaver eller siffer, og starte med en bokstav.',
  })
  code!: string;

  @TextField(300)
  name!: string;

  /** The name in nynorsk; null removes it. */
  @TextField(300, { nullable: true })
  nameNn?: string | null;

  /**
   * The scheme's identifier on tilskudd.no, e.g. "DT-0044": the public award list carries it. Optional; null
   * removes it.
   */
  @ApiPropertyOptional({ type: String, nullable: true, example: 'DT-0044' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Z][A-Z0-9]{0,9}-[0-9]{1,10}$/, {
    message:
      'tilskudd.no-ID-en skrives som på tilskudd.no: store bokstaver, bindestrek og siffer, f.eks. «DT-0044».',
  })
  tilskuddNoId?: string | null;

  @TextField(5000)
  purpose!: string;

  @TextField(500)
  legalBasisTitle!: string;

  @ApiProperty({ example: ['§ 1', '§ 2', '§ 3'] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  legalBasisSections!: string[];

  @ApiProperty({ enum: OrganisationForm, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @IsEnum(OrganisationForm, { each: true })
  eligibleOrganisationForms!: OrganisationForm[];

  @ApiProperty()
  @IsBoolean()
  requiresVoluntaryRegistry!: boolean;

  @ApiProperty({ enum: GrantType, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @IsEnum(GrantType, { each: true })
  grantTypes!: GrantType[];

  @ApiProperty({ type: [MeasureCategoryDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => MeasureCategoryDto)
  measureCategories!: MeasureCategoryDto[];

  @ApiProperty({ type: [AssessmentCriterionDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => AssessmentCriterionDto)
  assessmentCriteria!: AssessmentCriterionDto[];

  @ApiProperty({ type: 'integer', example: 1 })
  @IsInt()
  @Min(0)
  @Max(100)
  scoreScaleMin!: number;

  @ApiProperty({ type: 'integer', example: 6 })
  @IsInt()
  @Min(1)
  @Max(100)
  scoreScaleMax!: number;

  @ApiProperty({ enum: AttachmentKind, isArray: true })
  @IsArray()
  @IsEnum(AttachmentKind, { each: true })
  requiredAttachmentKinds!: AttachmentKind[];

  @ApiProperty({ type: [ReportIndicatorDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ReportIndicatorDto)
  reportIndicators!: ReportIndicatorDto[];

  /** Character or word limits for the application's text fields (default: the standard limits). */
  @ApiPropertyOptional({ type: TextLimitsDto })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => TextLimitsDto)
  textLimits?: TextLimitsDto;

  /** Grant amount (øre) at or above which an auditor statement is required; NOK 200 000 = 20000000. */
  @OreField()
  auditorThresholdOre!: number;

  /** An overdue or unapproved report on an earlier grant: "warn" (default) or "block" at screening. */
  @ApiPropertyOptional({ enum: PriorReportRule })
  @Optional()
  @IsEnum(PriorReportRule)
  priorReportRule?: PriorReportRule;

  /** Instalments of an accepted grant (default: everything on acceptance). */
  @ApiPropertyOptional({ type: [PaymentInstalmentDto], example: DEFAULT_PAYMENT_PLAN })
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => PaymentInstalmentDto)
  paymentPlan?: PaymentInstalmentDto[];

  @TextField(300)
  appealBody!: string;

  @DigitsField(4, '0433')
  budgetChapter!: string;

  @DigitsField(2, '70')
  budgetPost!: string;
}

// skipNullProperties: false — a field left out is kept; null is validated (and refused) like any other value,
// except where it means "remove" (nameNn, tilskuddNoId).
export class UpdateSchemeRequest extends PartialType(OmitType(CreateSchemeRequest, ['code'] as const), {
  skipNullProperties: false,
}) {
  @VersionField()
  version!: number;
}

export class SchemeResponse {
  id!: string;
  code!: string;
  /** The scheme's identifier on tilskudd.no, e.g. "DT-0044". */
  @ApiProperty({ type: String, nullable: true })
  tilskuddNoId!: string | null;
  name!: string;
  @ApiPropertyOptional({ type: String, nullable: true })
  nameNn!: string | null;
  purpose!: string;
  legalBasisTitle!: string;
  legalBasisSections!: string[];
  @ApiProperty({ enum: OrganisationForm, isArray: true })
  eligibleOrganisationForms!: OrganisationForm[];
  requiresVoluntaryRegistry!: boolean;
  @ApiProperty({ enum: GrantType, isArray: true })
  grantTypes!: GrantType[];
  measureCategories!: MeasureCategoryDto[];
  assessmentCriteria!: AssessmentCriterionDto[];
  scoreScaleMin!: number;
  scoreScaleMax!: number;
  @ApiProperty({ enum: AttachmentKind, isArray: true })
  requiredAttachmentKinds!: AttachmentKind[];
  reportIndicators!: ReportIndicatorDto[];
  textLimits!: TextLimitsDto;
  auditorThresholdOre!: number;
  paymentPlan!: PaymentInstalmentDto[];
  @ApiProperty({ enum: PriorReportRule }) priorReportRule!: PriorReportRule;
  appealBody!: string;
  budgetChapter!: string;
  budgetPost!: string;
  version!: number;
  createdAt!: string;
  updatedAt!: string;
}

export class SchemePage extends PageMeta {
  items!: SchemeResponse[];
}

/** What the public sees of a scheme: the call text, no internal settings. */
export class PublicSchemeResponse {
  code!: string;
  name!: string;
  @ApiPropertyOptional({ type: String, nullable: true })
  nameNn!: string | null;
  purpose!: string;
  legalBasisTitle!: string;
  legalBasisSections!: string[];
  @ApiProperty({ enum: OrganisationForm, isArray: true })
  eligibleOrganisationForms!: OrganisationForm[];
  requiresVoluntaryRegistry!: boolean;
  @ApiProperty({ enum: GrantType, isArray: true })
  grantTypes!: GrantType[];
  measureCategories!: MeasureCategoryDto[];
  assessmentCriteria!: AssessmentCriterionDto[];
  @ApiProperty({ enum: AttachmentKind, isArray: true })
  requiredAttachmentKinds!: AttachmentKind[];
  textLimits!: TextLimitsDto;
  auditorThresholdOre!: number;
  appealBody!: string;
}
