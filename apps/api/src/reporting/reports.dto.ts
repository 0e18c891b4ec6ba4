import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RepaymentClaimOrigin, RepaymentClaimStatus, ReportStatus } from '@app/grants';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsUUID,
  Min,
  ValidateNested,
} from 'class-validator';
import { DateField, Optional, OreField, TextField, VersionField } from '../common/fields';
import { SignatoryDto } from '../applications/applications.dto';
import { PageMeta, PageQuery } from '../common/page.dto';
import { StoredFileResponse } from '../common/stored-file.dto';

const LONG_TEXT = 20_000;
const NO_PERSONAL_DATA =
  'Beskriv tiltaket samlet. Ikke skriv navn, fødselsnummer, kontaktopplysninger eller annet som kan identifisere en person.';

export class ActualLineDto {
  /** Position of the budget line in the application's budget (0 = the first). */
  @ApiProperty({ type: 'integer', minimum: 0 })
  @IsInt()
  @Min(0)
  line!: number;

  @OreField()
  actualOre!: number;
}

/**
 * The report's content; every field optional while drafting. null clears a text or the signatory (an emptied
 * field in the form); the figures cannot be null.
 */
export class SaveReportRequest {
  /** The version you last read; omitted when the report is started. */
  @ApiPropertyOptional({ type: 'integer' })
  @Optional()
  @IsInt()
  @Min(1)
  version?: number;

  /** Måloppnåelse. No personal data. */
  @TextField(LONG_TEXT, { nullable: true })
  @ApiPropertyOptional({ description: NO_PERSONAL_DATA, maxLength: LONG_TEXT, type: String, nullable: true })
  goalAchievement?: string | null;

  /** Gjennomførte aktiviteter. No personal data. */
  @TextField(LONG_TEXT, { nullable: true })
  @ApiPropertyOptional({ description: NO_PERSONAL_DATA, maxLength: LONG_TEXT, type: String, nullable: true })
  activities?: string | null;

  /** Avvik fra planen og hvorfor. No personal data. */
  @TextField(LONG_TEXT, { nullable: true })
  @ApiPropertyOptional({ description: NO_PERSONAL_DATA, maxLength: LONG_TEXT, type: String, nullable: true })
  deviations?: string | null;

  /**
   * Aggregate figures per indicator of the scheme and breakdown cell, whole numbers, e.g.
   * `{ "people_helped": { "female": 12, "male": 7, "other_or_unknown": 0 } }`.
   */
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'object', additionalProperties: { type: 'integer', minimum: 0 } },
  })
  @Optional()
  @IsObject()
  indicators?: Record<string, Record<string, number>>;

  /** Actual spending per budget line of the application. */
  @ApiPropertyOptional({ type: [ActualLineDto] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => ActualLineDto)
  actuals?: ActualLineDto[];

  /** Other income of the measure (øre). */
  @OreField({ optional: true })
  otherIncomeOre?: number;

  /** Who signs the report for the organisation (required before submission); null clears it. */
  @ApiPropertyOptional({ type: SignatoryDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => SignatoryDto)
  signatory?: SignatoryDto | null;
}

export class SubmitReportRequest {
  @VersionField()
  version!: number;
}

export class ClaimRequest {
  /** Default: the unspent amount the report shows. */
  @OreField({ optional: true, min: 1 })
  amountOre?: number;

  /** Why Sfk claims money back (quoted in the claim letter). */
  @TextField(5000)
  reason!: string;

  /** The day the repayment is due (YYYY-MM-DD). */
  @DateField({ example: '2028-06-30' })
  dueDate!: string;
}

export class ReviewReportRequest {
  @VersionField()
  version!: number;

  /** approve; return for revision (with a comment); or claim repayment (with `claim`). */
  @ApiProperty({ enum: ['approve', 'return', 'claim'] })
  @IsIn(['approve', 'return', 'claim'])
  outcome!: 'approve' | 'return' | 'claim';

  /** With outcome `claim`: the repayment claim (required then, 422). */
  @ApiPropertyOptional({ type: ClaimRequest })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => ClaimRequest)
  claim?: ClaimRequest;

  /** Required when the report is returned: what the organisation must revise. */
  @TextField(5000, { optional: true })
  comment?: string;
}

export class RepaymentRequest {
  @VersionField()
  version!: number;

  @OreField({ min: 1 })
  amountOre!: number;

  /** The day the money reached Sfk's account. */
  @DateField({ example: '2028-05-02' })
  receivedOn!: string;
}

export class RepaymentClaimResponse {
  /** The claim's id. */
  id!: string;
  /** The application (case). */
  applicationId!: string;
  @ApiProperty({ type: 'integer' }) amountOre!: number;
  @ApiProperty({ type: 'integer' }) repaidOre!: number;
  /** Why Sfk claims money back. */
  reason!: string;
  /** The day the repayment is due. */
  @ApiProperty({ format: 'date' }) dueDate!: string;
  @ApiProperty({ enum: RepaymentClaimStatus }) status!: string;
  /** The amount before a new decision on appeal changed it; null when it never has. */
  @ApiProperty({ type: 'integer', nullable: true }) amountBeforeRevisionOre!: number | null;
  /** `report`: made at report review; `changed_decision`: a new decision left more paid than granted. */
  @ApiProperty({ enum: RepaymentClaimOrigin }) origin!: RepaymentClaimOrigin;
  /** When the claim letter was delivered to the organisation (the claim's notification); null until then. */
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) notifiedAt!: string | null;
  /** Three weeks from notification; null until the letter is delivered. */
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) appealDeadline!: string | null;
  /** The version to send with the next step (optimistic locking). */
  version!: number;
  createdAt!: string;
}

export class ReportFileResponse extends StoredFileResponse {}

/** A line of the approved budget the report's actuals are given against. */
export class PlannedBudgetLineDto {
  /** The position to give as `line` in `actuals`. */
  @ApiProperty({ type: 'integer' }) line!: number;
  /** The budget category (code as in BudgetLineDto.category). */
  category!: string;
  /** What the budget line covers. */
  description!: string;
  @ApiProperty({ type: 'integer' }) budgetOre!: number;
}

export class ReportResponse {
  /** The application (case). */
  applicationId!: string;
  /** The decision in force the report answers. */
  decisionId!: string;
  /** "due" until the organisation has started the report. */
  @ApiProperty({ enum: ['due', ...Object.values(ReportStatus)] })
  status!: string;
  dueAt!: string;
  /** Past the due date and not submitted. */
  overdue!: boolean;
  @ApiProperty({ type: 'integer' }) grantOre!: number;
  /**
   * The grant is at or above the scheme's auditor threshold: an auditor's statement must be uploaded before
   * submission.
   */
  auditorStatementRequired!: boolean;
  /** The uploaded auditor's statement; null until uploaded. */
  @ApiProperty({ type: ReportFileResponse, nullable: true }) auditorStatement!: ReportFileResponse | null;
  /** The approved budget: the application's, as changed by approved change requests. */
  budget!: PlannedBudgetLineDto[];
  /** The approved period (an approved extension moves the end). */
  @ApiProperty({ type: String, format: 'date', nullable: true }) periodStart!: string | null;
  /** Last day of the approved period. */
  @ApiProperty({ type: String, format: 'date', nullable: true }) periodEnd!: string | null;
  /** Approved changes of the project content, oldest first. */
  contentChanges!: string[];
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Indicator code → breakdown cells.',
  })
  indicatorCells!: Record<string, string[]>;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Indicator code → its name as the scheme gives it (what the form shows).',
  })
  indicatorNames!: Record<string, string>;
  /** Måloppnåelse, as written by the organisation; null until written. */
  goalAchievement!: string | null;
  /** Gjennomførte aktiviteter; null until written. */
  activities!: string | null;
  /** Avvik fra planen og hvorfor; null until written. */
  deviations!: string | null;
  /** Aggregate figures per indicator and breakdown cell (indicator code → cell → whole number). */
  @ApiProperty({ type: 'object', additionalProperties: true }) indicators!: Record<
    string,
    Record<string, number>
  >;
  /** Actual spending per budget line. */
  actuals!: ActualLineDto[];
  @ApiProperty({ type: 'integer' }) otherIncomeOre!: number;
  /** Computed: grant − (actual costs − other income), at least 0. */
  @ApiProperty({ type: 'integer' }) unspentOre!: number;
  /** Who signs the report; null until given. */
  @ApiProperty({ type: SignatoryDto, nullable: true }) signatory!: SignatoryDto | null;
  submittedAt!: string | null;
  reviewedAt!: string | null;
  /** The caseworker's comment when the report was returned or reviewed; null otherwise. */
  reviewComment!: string | null;
  /** The repayment claim made at review; null when none. */
  @ApiProperty({ type: RepaymentClaimResponse, nullable: true })
  repaymentClaim!: RepaymentClaimResponse | null;
  /** 0 until the report is started. */
  version!: number;
}

export class ClaimListQuery extends PageQuery {
  /** Only claims on grants of this round. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'Må være en gyldig id.' })
  roundId?: string;

  /** Only claims in this status. */
  @ApiPropertyOptional({ enum: RepaymentClaimStatus })
  @IsOptional()
  @IsEnum(RepaymentClaimStatus)
  status?: RepaymentClaimStatus;
}

export class ClaimPage extends PageMeta {
  /** The repayment claims on this page. */
  @ApiProperty({ type: () => [RepaymentClaimResponse] })
  items!: RepaymentClaimResponse[];
}

export class ObligationListQuery extends PageQuery {
  /** Only reports on grants of this round. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'Må være en gyldig id.' })
  roundId?: string;

  /** Only reports in this status (`due`: not started). */
  @ApiPropertyOptional({ enum: ['due', ...Object.values(ReportStatus)] })
  @IsOptional()
  @IsIn(['due', ...Object.values(ReportStatus)])
  status?: 'due' | ReportStatus;

  /** Only reports past their deadline and not submitted. */
  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => value === true || value === 'true')
  @IsBoolean()
  overdue?: boolean;
}

export class ObligationResponse {
  /** The application (case). */
  applicationId!: string;
  /**
   * The case reference.
   * @example "MHP-2027-0042"
   */
  referenceNumber!: string;
  /** The recipient organisation's name. */
  organisationName!: string;
  /** The round. */
  roundId!: string;
  @ApiProperty({ type: 'integer' }) grantOre!: number;
  dueAt!: string;
  @ApiProperty({ enum: ['due', ...Object.values(ReportStatus)] }) status!: string;
  /** Past the due date and not submitted. */
  overdue!: boolean;
  submittedAt!: string | null;
}

export class ObligationPage extends PageMeta {
  /** The report obligations on this page. */
  items!: ObligationResponse[];
}
