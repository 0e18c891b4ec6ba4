import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ChangeKind, ChangeRequestStatus } from '@app/grants';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsObject, ValidateNested } from 'class-validator';
import { BudgetLineDto } from '../applications/applications.dto';
import {
  DateField,
  Optional,
  OreField,
  OreSumWithinCeiling,
  TextField,
  VersionField,
} from '../common/fields';
import { DecisionReasonsDto, ReasonsField } from '../decisions/decisions.dto';

export class ChangeRequestRequest {
  @ApiProperty({ enum: ChangeKind })
  @IsEnum(ChangeKind)
  kind!: ChangeKind;

  /** Why the organisation asks for the change. */
  @TextField(10000)
  reason!: string;

  /** kind "period": the new end of the grant period. */
  @DateField({ optional: true })
  periodEnd?: string;

  /** kind "budget": the whole budget after the change (the same total, unless more money is asked for). */
  @ApiPropertyOptional({ type: [BudgetLineDto] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => BudgetLineDto)
  @OreSumWithinCeiling()
  budgetLines?: BudgetLineDto[];

  /** kind "content": how the project changes. */
  @TextField(20000, { optional: true })
  content?: string;

  /** More money asked for with the change: its approval is a new decision. */
  @OreField({ optional: true })
  additionalAmountOre?: number;
}

export class ChangeHandlingRequest {
  @VersionField()
  version!: number;

  /** True approves the change; false rejects it (reasons required). */
  @ApiProperty()
  @IsBoolean()
  approve!: boolean;

  /** Required for a rejection, and for an approval that needs more money. */
  @ReasonsField()
  reasons?: DecisionReasonsDto;

  /** A comment to the organisation, quoted in the letter. */
  @TextField(10000, { optional: true })
  comment?: string;
}

export class ChangeRequestResponse {
  /** The change request's id. */
  id!: string;
  /** The application (case) it belongs to. */
  applicationId!: string;
  /** The decision in force the change applies to. */
  decisionId!: string;
  @ApiProperty({ enum: ChangeKind }) kind!: ChangeKind;
  /** Why the organisation asks for the change. */
  reason!: string;
  /** kind "period": the new end of the grant period; null otherwise. */
  @ApiProperty({ type: String, format: 'date', nullable: true }) periodEnd!: string | null;
  /** kind "budget": the whole budget after the change; null otherwise. */
  @ApiProperty({ type: [BudgetLineDto], nullable: true }) budgetLines!: BudgetLineDto[] | null;
  /** kind "content": how the project changes; null otherwise. */
  content!: string | null;
  @ApiProperty({ type: 'integer' }) additionalAmountOre!: number;
  @ApiProperty({ enum: ChangeRequestStatus }) status!: ChangeRequestStatus;
  requestedAt!: string;
  handledAt!: string | null;
  /** The reasons of the handling (forvaltningsloven §§ 24–25); null until handled or when not needed. */
  @ApiProperty({ type: DecisionReasonsDto, nullable: true }) reasons!: DecisionReasonsDto | null;
  /** The caseworker's comment to the organisation; null when none. */
  comment!: string | null;
  /** The new decision granting extra money; null unless one was made. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) newDecisionId!: string | null;
  /** The version to send with the next step (optimistic locking). */
  version!: number;
}
