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
import { ApplicationResponse } from '../applications/application-responses.dto';

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
  /** The application (case) it belongs to. */
  applicationId!: string;
  /** The staff member who declared. */
  userId!: string;
  /** True when the staff member declared a conflict of interest (inhabilitet) and is kept out of the case. */
  hasConflict!: boolean;
  /** What makes the staff member partial; null without a conflict. */
  reason!: string | null;
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
  /** Reports on the organisation's earlier grants not submitted in time. */
  @ApiProperty({ type: 'integer' }) overdue!: number;
  /** Reports on earlier grants submitted but not approved yet. */
  @ApiProperty({ type: 'integer' }) unapproved!: number;
}

export class ScreeningFindingsResponse {
  /** The applicant's organisation form (code, as in OrganisationResponse.form). */
  organisationForm!: string;
  /** The scheme accepts this organisation form. */
  eligibleOrganisationForm!: boolean;
  /** Registered in Frivillighetsregisteret as recorded by Sfk; null when the scheme does not require it. */
  @ApiProperty({ type: Boolean, nullable: true }) voluntaryRegistry!: boolean | null;
  /** Submitted before the application deadline. */
  deadlineMet!: boolean;
  /** Every attachment kind the scheme requires is present. */
  requiredAttachments!: boolean;
  /** Reports on the organisation's earlier grants: not submitted in time, or not yet approved. */
  @ApiProperty({ type: PriorReportsFindingDto, nullable: true }) priorReports!: PriorReportsFindingDto | null;
  /** What the scheme does about them: warn, or block the formal check. */
  @ApiProperty({ enum: ['warn', 'block'] }) priorReportRule!: string;
}

export class CriterionScoreDto {
  /** Code of one of the scheme's assessment criteria. */
  @ApiProperty({ example: 'relevance' })
  @IsString()
  @MaxLength(30)
  criterion!: string;

  /**
   * The score, on the scheme's scale (scoreScaleMin–scoreScaleMax).
   * @example 5
   */
  @ApiProperty({ type: 'integer' })
  @IsInt()
  score!: number;

  /** Why the score: the caseworker's assessment of the criterion. */
  @TextField(5000)
  comment!: string;
}

export class AssessmentRequest {
  @VersionField()
  version!: number;

  /** A score for every criterion of the scheme, each once (422 everyCriterion, schemeCriterion, scale). */
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
  /** The application (case) it belongs to. */
  applicationId!: string;
  /** The score of every criterion. */
  scores!: CriterionScoreDto[];
  /** Weighted total, e.g. 4.35. */
  weightedScore!: number;
  @ApiProperty({ enum: RecommendedOutcome }) recommendedOutcome!: RecommendedOutcome;
  recommendedAmountOre!: number;
  /** The reasons (forvaltningsloven §§ 24–25); null when not given. */
  @ApiProperty({ type: DecisionReasonsDto, nullable: true }) reasons!: DecisionReasonsDto | null;
  /** The recommended conditions of a grant. */
  conditions!: string[];
  /** The caseworker who assessed. */
  assessedBy!: string;
  assessedAt!: string;
  /** The application's version after the assessment (send it with the next step). */
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
  /** An application in the round with a recommendation to approve. */
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
  /** The decision's id. */
  id!: string;
  /** The application (case) it belongs to. */
  applicationId!: string;
  /** The round of the application. */
  roundId!: string;
  @ApiProperty({ enum: DecisionOutcome }) outcome!: DecisionOutcome;
  amountOre!: number;
  /** The conditions of the grant, as listed in the decision letter. */
  conditions!: string[];
  /** The reasons (forvaltningsloven §§ 24–25); null for a grant in full without them. */
  @ApiProperty({ type: DecisionReasonsDto, nullable: true }) reasons!: DecisionReasonsDto | null;
  /** The caseworker who prepared the decision (assessment). */
  preparedBy!: string;
  /** The approver who made the decision (never the one who prepared it). */
  approvedBy!: string | null;
  decidedAt!: string;
  /** Letters and payments wait for the Storting's budget decision. */
  madeUnderBudgetReservation!: boolean;
  /** When the decision letter reached the organisation. */
  notifiedAt!: string | null;
  /** 3 weeks from notification (forvaltningsloven § 29). */
  appealDeadline!: string | null;
  /** Grants: accept the conditions by then. */
  acceptanceDeadline!: string | null;
  acceptedAt!: string | null;
  lapsedAt!: string | null;
  /** Why the grant lapsed (declined or not accepted in time); null unless lapsed. */
  lapseReason!: string | null;
  /** The id of the decision that replaced this one (after an appeal or a change); null while it is in force. */
  supersededBy!: string | null;
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
  /** The application as it is now (status and version, to continue with). */
  application!: ApplicationResponse;
  /** The decision the answer concerned: accepted or lapsed. */
  decision!: DecisionResponse;
}

export class OverviewRowResponse {
  /** The application's id. */
  applicationId!: string;
  /**
   * The case reference.
   * @example "MHP-2027-0042"
   */
  referenceNumber!: string | null;
  /** The applying organisation's name. */
  organisationName!: string;
  /** The viewer is disqualified from the case (declared conflict or member of the organisation): its content is withheld. */
  restricted!: boolean;
  /** Project title; null when withheld (`restricted`). */
  title!: string | null;
  /** Code of the measure category; null when withheld. */
  measureCategory!: string | null;
  /** The application's status (code as in ApplicationResponse.status). */
  status!: string;
  @ApiProperty({ type: 'integer', nullable: true }) requestedAmountOre!: number | null;
  /**
   * Weighted assessment score; null before assessment or when withheld.
   * @example 4.35
   */
  @ApiProperty({ type: Number, nullable: true }) weightedScore!: number | null;
  /** The caseworker's recommendation (granted, partly_granted, rejected); null before assessment. */
  recommendedOutcome!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) recommendedAmountOre!: number | null;
  /** The decision's outcome; null before the decision. */
  decisionOutcome!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) decidedAmountOre!: number | null;
}

export class OverviewTotals {
  /** Submitted applications in the round. */
  applications!: number;
  budgetFrameOre!: number;
  requestedOre!: number;
  recommendedOre!: number;
  /** Cases the viewer is disqualified from: listed without content, left out of requestedOre and recommendedOre. */
  restricted!: number;
  grantedOre!: number;
  remainingOre!: number;
  /** How many applications are in each status (status code → count). */
  byStatus!: Record<string, number>;
}

export class RoundOverviewResponse extends PageMeta {
  /** The round. */
  roundId!: string;
  /** Sums over the whole round (not only this page) and the frame. */
  totals!: OverviewTotals;
  /** The applications on this page. */
  items!: OverviewRowResponse[];
}
