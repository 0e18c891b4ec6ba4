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
