import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AppealBodyOutcome, AppealStatus, AppealSubject, UploadWarning } from '@app/grants';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsObject, IsUUID, ValidateNested } from 'class-validator';
import { DateField, Optional, OreField, TextField, VersionField } from '../common/fields';
import { APPROVABLE, ConditionsField, DecisionReasonsDto } from '../decisions/decisions.dto';

export class LodgeAppealRequest {
  /** What the appeal is against; a decision unless told otherwise. */
  @ApiPropertyOptional({ enum: AppealSubject, default: AppealSubject.Decision })
  @Optional()
  @IsEnum(AppealSubject)
  subjectType?: AppealSubject;

  /** The decision or repayment claim; omitted for a decision: the decision in force. */
  @ApiPropertyOptional({ format: 'uuid' })
  @Optional()
  @IsUUID()
  subjectId?: string;

  /** What the organisation appeals against and why (forvaltningsloven § 32). */
  @TextField(20000)
  grounds!: string;
}

export class LatenessRequest {
  @VersionField()
  version!: number;

  /** Whether the late appeal is considered anyway (forvaltningsloven § 31). */
  @ApiProperty()
  @IsBoolean()
  consider!: boolean;

  @TextField(10000)
  reason!: string;
}

export class NewDecisionProposalRequest {
  @VersionField()
  version!: number;

  /** Required against a decision; not given against a repayment claim. */
  @ApiPropertyOptional({ enum: APPROVABLE })
  @Optional()
  @IsIn(APPROVABLE)
  outcome?: (typeof APPROVABLE)[number];

  /** The new grant; against a repayment claim: the claim's new amount (0 drops it). */
  @OreField()
  amountOre!: number;

  /** A new decision after an appeal is always reasoned in full. */
  @ApiProperty({ type: DecisionReasonsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => DecisionReasonsDto)
  reasons!: DecisionReasonsDto;

  @ConditionsField()
  conditions?: string[];
}

export class ForwardingRequest {
  @VersionField()
  version!: number;

  /** Sfk's statement to the appeal body; the organisation gets it too. */
  @TextField(20000)
  statement!: string;
}

export class AppealBodyOutcomeRequest {
  @VersionField()
  version!: number;

  @ApiProperty({ enum: AppealBodyOutcome })
  @IsEnum(AppealBodyOutcome)
  outcome!: AppealBodyOutcome;

  @DateField()
  decidedOn!: string;

  /** The appeal body's own reference. */
  @TextField(200, { optional: true })
  reference?: string;
}

export class AppealAttachmentResponse {
  id!: string;
  fileName!: string;
  contentType!: string;
  @ApiProperty({ type: 'integer' }) sizeBytes!: number;
  sha256!: string;
  /**
   * Content warnings for the caseworker: `pdfJavaScript` — the PDF contains JavaScript (open it with JavaScript
   * switched off); `notScanned` — stored while virus scanning was off (CLAMAV=off).
   */
  @ApiProperty({ enum: UploadWarning, enumName: 'UploadWarning', isArray: true })
  warnings!: UploadWarning[];
  uploadedAt!: string;
}

export class ProposedTermsResponse {
  @ApiProperty({ enum: APPROVABLE, nullable: true }) outcome!: string | null;
  @ApiProperty({ type: 'integer' }) amountOre!: number;
  reasons!: DecisionReasonsDto;
  conditions!: string[];
}

export class AppealResponse {
  id!: string;
  applicationId!: string;
  @ApiProperty({ enum: AppealSubject }) subjectType!: AppealSubject;
  subjectId!: string;
  grounds!: string;
  lodgedAt!: string;
  /** When what is appealed against reached the organisation; the deadline runs from it. */
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) subjectNotifiedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deadline!: string | null;
  /** Lodged after the deadline. */
  late!: boolean;
  @ApiProperty({ type: Boolean, nullable: true }) lateConsidered!: boolean | null;
  @ApiProperty({ type: String, nullable: true }) lateReason!: string | null;
  @ApiProperty({ enum: AppealStatus }) status!: AppealStatus;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) caseworkerId!: string | null;
  @ApiProperty({ type: ProposedTermsResponse, nullable: true }) proposedTerms!: ProposedTermsResponse | null;
  @ApiProperty({ type: String, nullable: true }) forwardingStatement!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) forwardedAt!: string | null;
  @ApiProperty({ enum: AppealBodyOutcome, nullable: true }) appealBodyOutcome!: AppealBodyOutcome | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) appealBodyDecidedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) appealBodyReference!: string | null;
  /** The decision that replaced the one appealed against. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) newDecisionId!: string | null;
  version!: number;
}
