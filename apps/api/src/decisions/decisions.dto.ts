import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DecisionOutcome, RecommendedOutcome, ScreeningOutcome } from '@app/grants';
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
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Optional, OreField, TextField, VersionField } from '../common/fields';
import { PageMeta } from '../common/page.dto';
import { ApplicationResponse } from '../applications/applications.dto';

export class DeclareImpartialityRequest {
  /** True when something makes you partial in this case (forvaltningsloven § 6). */
  @ApiProperty()
  @IsBoolean()
  hasConflict!: boolean;

  @ApiPropertyOptional({ description: 'Required with a conflict: what makes you partial.' })
  @Optional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class ConflictDeclarationResponse {
  applicationId!: string;
  userId!: string;
  hasConflict!: boolean;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  declaredAt!: string;
}

/** Reasons in the form forvaltningsloven §§ 24–25 asks for. */
export class DecisionReasonsDto {
  /** The rules applied: forskrift and sections. */
  @TextField(5000)
  rulesApplied!: string;

  /** The facts the decision relies on. */
  @TextField(10000)
  factsReliedOn!: string;

  /** The main considerations in the discretionary assessment. */
  @TextField(10000)
  mainConsiderations!: string;
}

/** Optional fvl §§ 24–25 reasons, validated part by part. */
export function ReasonsField() {
  return applyDecorators(
    ApiPropertyOptional({ type: DecisionReasonsDto }),
    Optional(),
    IsObject(),
    ValidateNested(),
    Type(() => DecisionReasonsDto),
  );
}

/** Optional list of conditions for a grant. */
export function ConditionsField() {
  return applyDecorators(
    ApiPropertyOptional({ type: [String] }),
    Optional(),
    IsArray(),
    ArrayMaxSize(30),
    IsString({ each: true }),
    MaxLength(2000, { each: true }),
  );
}

export class ScreeningRequest {
  @VersionField()
  version!: number;

  @ApiProperty({ enum: ScreeningOutcome })
  @IsEnum(ScreeningOutcome)
  outcome!: ScreeningOutcome;

  /** Required when a municipality applies: why voluntary organisations offer no satisfactory measure. */
  @TextField(5000, { optional: true })
  municipalityJustification?: string;

  /** Required for a dismissal. */
  @ReasonsField()
  reasons?: DecisionReasonsDto;
}

export class PriorReportsFindingDto {
  @ApiProperty({ type: 'integer' }) overdue!: number;
  @ApiProperty({ type: 'integer' }) unapproved!: number;
}

export class ScreeningFindingsResponse {
  organisationForm!: string;
  eligibleOrganisationForm!: boolean;
  @ApiProperty({ type: Boolean, nullable: true }) voluntaryRegistry!: boolean | null;
  deadlineMet!: boolean;
  requiredAttachments!: boolean;
  /** Reports on the organisation's earlier grants: not submitted in time, or not yet approved. */
  @ApiProperty({ type: PriorReportsFindingDto, nullable: true }) priorReports!: PriorReportsFindingDto | null;
  /** What the scheme does about them: warn, or block the formal check. */
  @ApiProperty({ enum: ['warn', 'block'] }) priorReportRule!: string;
}

export class CriterionScoreDto {
  @ApiProperty({ example: 'relevance' })
  @IsString()
  @MaxLength(30)
  criterion!: string;

  @ApiProperty({ type: 'integer' })
  @IsInt()
  score!: number;

  @TextField(5000)
  comment!: string;
}

export class AssessmentRequest {
  @VersionField()
  version!: number;

  @ApiProperty({ type: [CriterionScoreDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => CriterionScoreDto)
  scores!: CriterionScoreDto[];

  @ApiProperty({ enum: RecommendedOutcome })
  @IsEnum(RecommendedOutcome)
  recommendedOutcome!: RecommendedOutcome;

  @OreField()
  recommendedAmountOre!: number;

  /** Required for partial grants and rejections. */
  @ReasonsField()
  reasons?: DecisionReasonsDto;

  /** Conditions for a grant. */
  @ConditionsField()
  conditions?: string[];
}

export class AssessmentResponse {
  applicationId!: string;
  scores!: CriterionScoreDto[];
  /** Weighted total, e.g. 4.35. */
  weightedScore!: number;
  @ApiProperty({ enum: RecommendedOutcome }) recommendedOutcome!: RecommendedOutcome;
  recommendedAmountOre!: number;
  @ApiProperty({ type: DecisionReasonsDto, nullable: true }) reasons!: DecisionReasonsDto | null;
  conditions!: string[];
  assessedBy!: string;
  assessedAt!: string;
  version!: number;
}

export const APPROVABLE = [
  DecisionOutcome.Granted,
  DecisionOutcome.PartlyGranted,
  DecisionOutcome.Rejected,
] as const;

export class ApprovalRequest {
  /** The application's version. */
  @VersionField()
  version!: number;

  /** Omit to approve the recommendation as it stands; give to decide otherwise (reasons required). */
  @ApiPropertyOptional({ enum: APPROVABLE })
  @Optional()
  @IsIn(APPROVABLE)
  outcome?: (typeof APPROVABLE)[number];

  @OreField({ optional: true })
  amountOre?: number;

  /** Required when the approver changes outcome or amount. */
  @ReasonsField()
  reasons?: DecisionReasonsDto;

  /** Replaces the recommended conditions. */
  @ConditionsField()
  conditions?: string[];
}

export class BatchApprovalItem {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  applicationId!: string;

  @VersionField()
  version!: number;
}

export class BatchApprovalRequest {
  /** Recommendations approved as they stand, all or none. */
  @ApiProperty({ type: [BatchApprovalItem] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => BatchApprovalItem)
  items!: BatchApprovalItem[];
}

export class DecisionResponse {
  id!: string;
  applicationId!: string;
  roundId!: string;
  @ApiProperty({ enum: DecisionOutcome }) outcome!: DecisionOutcome;
  amountOre!: number;
  conditions!: string[];
  @ApiProperty({ type: DecisionReasonsDto, nullable: true }) reasons!: DecisionReasonsDto | null;
  preparedBy!: string;
  @ApiProperty({ type: String, nullable: true }) approvedBy!: string | null;
  decidedAt!: string;
  /** Letters and payments wait for the Storting's budget decision. */
  madeUnderBudgetReservation!: boolean;
  /** When the decision letter reached the organisation. */
  @ApiProperty({ type: String, nullable: true }) notifiedAt!: string | null;
  /** 3 weeks from notification (forvaltningsloven § 29). */
  @ApiProperty({ type: String, nullable: true }) appealDeadline!: string | null;
  /** Grants: accept the conditions by then. */
  @ApiProperty({ type: String, nullable: true }) acceptanceDeadline!: string | null;
  @ApiProperty({ type: String, nullable: true }) acceptedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) lapsedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) lapseReason!: string | null;
  @ApiProperty({ type: String, nullable: true }) supersededBy!: string | null;
}

export class AcceptanceRequest {
  /** The application's version. */
  @VersionField()
  version!: number;

  /** True accepts the conditions; false declines the grant (it lapses). */
  @ApiProperty()
  @IsBoolean()
  accept!: boolean;

  /** Required when declining. */
  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

/** The answer to the conditions: the application as it now is (status, version) and the decision it answered. */
export class AcceptanceResponse {
  application!: ApplicationResponse;
  decision!: DecisionResponse;
}

export class OverviewRowResponse {
  applicationId!: string;
  @ApiProperty({ type: String, nullable: true }) referenceNumber!: string | null;
  organisationName!: string;
  /** The viewer is disqualified from the case (declared conflict or member of the organisation): its content is withheld. */
  restricted!: boolean;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
  @ApiProperty({ type: String, nullable: true }) measureCategory!: string | null;
  status!: string;
  @ApiProperty({ type: 'integer', nullable: true }) requestedAmountOre!: number | null;
  @ApiProperty({ type: Number, nullable: true }) weightedScore!: number | null;
  @ApiProperty({ type: String, nullable: true }) recommendedOutcome!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) recommendedAmountOre!: number | null;
  @ApiProperty({ type: String, nullable: true }) decisionOutcome!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) decidedAmountOre!: number | null;
}

export class OverviewTotals {
  applications!: number;
  budgetFrameOre!: number;
  requestedOre!: number;
  recommendedOre!: number;
  /** Cases the viewer is disqualified from: listed without content, left out of requestedOre and recommendedOre. */
  restricted!: number;
  grantedOre!: number;
  remainingOre!: number;
  byStatus!: Record<string, number>;
}

export class RoundOverviewResponse extends PageMeta {
  roundId!: string;
  totals!: OverviewTotals;
  items!: OverviewRowResponse[];
}
