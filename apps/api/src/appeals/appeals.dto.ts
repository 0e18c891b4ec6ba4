import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AppealBodyOutcome, AppealStatus, AppealSubject } from '@app/grants';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsObject, IsUUID, ValidateNested } from 'class-validator';
import { DateField, Optional, OreField, TextField, VersionField } from '../common/fields';
import { APPROVABLE, ConditionsField, DecisionReasonsDto } from '../decisions/decisions.dto';
import { StoredFileResponse } from '../common/stored-file.dto';

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

  /** Why the late appeal is, or is not, considered (quoted in the letter when it is not). */
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

  /** Conditions of a new grant; none when left out. */
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

  /** The day the appeal body decided (YYYY-MM-DD); not before the appeal was forwarded (422 withinAppeal). */
  @DateField()
  decidedOn!: string;

  /** The appeal body's own reference. */
  @TextField(200, { optional: true })
  reference?: string;
}

export class AppealAttachmentResponse extends StoredFileResponse {
  /** The file's id. */
  id!: string;
  /**
   * The file type judged from the bytes.
   * @example "application/pdf"
   */
  contentType!: string;
}

export class ProposedTermsResponse {
  @ApiProperty({ enum: APPROVABLE, nullable: true }) outcome!: string | null;
  @ApiProperty({ type: 'integer' }) amountOre!: number;
  /** The reasons of the proposed decision (forvaltningsloven §§ 24–25). */
  reasons!: DecisionReasonsDto;
  /** The conditions of the proposed grant. */
  conditions!: string[];
}

export class AppealResponse {
  /** The appeal's id. */
  id!: string;
  /** The application (case) it belongs to. */
  applicationId!: string;
  @ApiProperty({ enum: AppealSubject }) subjectType!: AppealSubject;
  /** The decision or repayment claim appealed against. */
  subjectId!: string;
  /** What the organisation appeals against and why. */
  grounds!: string;
  lodgedAt!: string;
  /** When what is appealed against reached the organisation; the deadline runs from it. */
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) subjectNotifiedAt!: string | null;
  /**
   * The appeal deadline: three weeks from when the subject reached the organisation (forvaltningsloven § 29); null
   * when it never reached it.
   */
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deadline!: string | null;
  /** Lodged after the deadline. */
  late!: boolean;
  /** For a late appeal: whether Sfk considers it anyway (§ 31); null until decided or when in time. */
  @ApiProperty({ type: Boolean, nullable: true }) lateConsidered!: boolean | null;
  /** Why the late appeal is, or is not, considered. */
  lateReason!: string | null;
  @ApiProperty({ enum: AppealStatus }) status!: AppealStatus;
  /** The caseworker who took the appeal; null until taken. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) caseworkerId!: string | null;
  /** The proposed new decision; null until proposed. */
  @ApiProperty({ type: ProposedTermsResponse, nullable: true }) proposedTerms!: ProposedTermsResponse | null;
  /** Sfk's statement to the appeal body; null unless forwarded. */
  forwardingStatement!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) forwardedAt!: string | null;
  @ApiProperty({ enum: AppealBodyOutcome, nullable: true }) appealBodyOutcome!: AppealBodyOutcome | null;
  /** The day the appeal body decided; null until registered. */
  @ApiProperty({ type: String, format: 'date', nullable: true }) appealBodyDecidedOn!: string | null;
  /** The appeal body's own reference; null when not given. */
  appealBodyReference!: string | null;
  /** The decision that replaced the one appealed against. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) newDecisionId!: string | null;
  /** The version to send with the next step (optimistic locking). */
  version!: number;
}
