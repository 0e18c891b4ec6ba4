import { applyDecorators } from '@nestjs/common';
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

const CODE = /^[a-z0-9_]{1,30}$/;

export class MeasureCategoryDto {
  /** Short code, e.g. "a". */
  @ApiProperty({ example: 'a' })
  @IsString()
  @Matches(CODE, { message: 'Koden kan bare ha små bokstaver, siffer og _ (høyst 30 tegn).' })
  code!: string;

  /** The name shown to applicants, in bokmål. */
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
  /** At most this many characters; none when left out. */
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100000 })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  maxChars?: number;

  /** At most this many words (separated by white space); none when left out. */
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 20000 })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(20_000)
  maxWords?: number;
}

/** An optional limit of one text field, validated as a TextLimitDto. */
function TextLimitField(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: TextLimitDto }),
    Optional(),
    IsObject(),
    ValidateNested(),
    Type(() => TextLimitDto),
  );
}

/** Limits per free-text field of an application; omitted fields have no limit. */
export class TextLimitsDto implements TextLimits {
  /**
   * Limit of the project title (default 150 characters). The title's hard bound is 1 000 characters, so a larger
   * maxChars has no effect.
   */
  @TextLimitField()
  title?: TextLimitDto;
  /** Limit of the summary (default 300 words). */
  @TextLimitField()
  summary?: TextLimitDto;
  /** Limit of the goals (default 500 words). */
  @TextLimitField()
  goals?: TextLimitDto;
  /** Limit of the target group (default 300 words). */
  @TextLimitField()
  targetGroup?: TextLimitDto;
  /** Limit of the geographic area (default 500 characters). */
  @TextLimitField()
  area?: TextLimitDto;
  /** Limit of the implementation plan (default 1 500 words). */
  @TextLimitField()
  plan?: TextLimitDto;
  /** Limit of the expected results (default 500 words). */
  @TextLimitField()
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

  /**
   * The scheme's name in bokmål.
   * @example "Tilskudd til tiltak mot menneskehandel og prostitusjon"
   */
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

  /** The purpose of the scheme, as the regulation states it (shown in the call). */
  @TextField(5000)
  purpose!: string;

  /**
   * Title of the regulation the scheme is laid down in (cited in decision letters).
   * @example "Forskrift om tilskudd til tiltak mot menneskehandel og prostitusjon"
   */
  @TextField(500)
  legalBasisTitle!: string;

  /** Sections of the regulation, cited in decision letters. */
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

  /** The organisation must be registered in Frivillighetsregisteret (checked at the formal check). */
  @ApiProperty()
  @IsBoolean()
  requiresVoluntaryRegistry!: boolean;

  @ApiProperty({ enum: GrantType, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @IsEnum(GrantType, { each: true })
  grantTypes!: GrantType[];

  /** The measure categories (innsatsområder) an application chooses one of. */
  @ApiProperty({ type: [MeasureCategoryDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => MeasureCategoryDto)
  measureCategories!: MeasureCategoryDto[];

  /** The criteria every application is scored on, with their weights (adding up to 100). */
  @ApiProperty({ type: [AssessmentCriterionDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => AssessmentCriterionDto)
  assessmentCriteria!: AssessmentCriterionDto[];

  /** Lowest score on the assessment scale. */
  @ApiProperty({ type: 'integer', example: 1 })
  @IsInt()
  @Min(0)
  @Max(100)
  scoreScaleMin!: number;

  /** Highest score on the assessment scale; above `scoreScaleMin`. */
  @ApiProperty({ type: 'integer', example: 6 })
  @IsInt()
  @Min(1)
  @Max(100)
  scoreScaleMax!: number;

  @ApiProperty({ enum: AttachmentKind, isArray: true })
  @IsArray()
  @IsEnum(AttachmentKind, { each: true })
  requiredAttachmentKinds!: AttachmentKind[];

  /** The figures a recipient reports (e.g. people reached), with how each is broken down. */
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

  /**
   * The appeal body (klageinstans) named in decision letters.
   * @example "Justis- og beredskapsdepartementet"
   */
  @TextField(300)
  appealBody!: string;

  /** Chapter (kapittel) of the state budget the grants are paid from, 4 digits. */
  @DigitsField(4, '0433')
  budgetChapter!: string;

  /** Post of the state budget chapter, 2 digits. */
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
