import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageMeta, PageQuery } from '../common/page.dto';

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityType?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  entityId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  actorUserId?: string;
}

export class AuditEventResponse {
  id!: string;
  @ApiProperty({ type: String, nullable: true })
  actorUserId!: string | null;
  actorRoles!: string[];
  action!: string;
  entityType!: string;
  entityId!: string;
  @ApiProperty({ type: Object, nullable: true })
  before!: Record<string, unknown> | null;
  @ApiProperty({ type: Object, nullable: true })
  after!: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true })
  requestId!: string | null;
  occurredAt!: string;
}

export class AuditPage extends PageMeta {
  items!: AuditEventResponse[];
}

export class AuditChainBreakResponse {
  @ApiProperty({ enum: ['content_changed', 'link_broken', 'rows_missing', 'tail_missing'] })
  reason!: 'content_changed' | 'link_broken' | 'rows_missing' | 'tail_missing';
  /** The first audit event that does not verify; null when the newest events are gone. */
  @ApiProperty({ type: String, nullable: true })
  eventId!: string | null;
  /** Its place in the chain (1, 2, 3, …). */
  position!: string;
  detail!: string;
}

export class AuditChainHeadResponse {
  position!: string;
  /** sha256, hex. */
  hash!: string;
}

export class AuditChainResponse {
  intact!: boolean;
  checked!: number;
  head!: AuditChainHeadResponse;
  @ApiProperty({ type: AuditChainBreakResponse, nullable: true })
  firstBroken!: AuditChainBreakResponse | null;
}
