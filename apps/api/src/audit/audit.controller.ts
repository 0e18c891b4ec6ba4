import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { AuditService, Role } from '@app/grants';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Roles } from '../auth/decorators';
import { mapPage, PageMeta, PageQuery, pageRequest } from '../common/page.dto';

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

/** The audit trail, newest first, for the system owner. Reads only: the table is append-only. */
@ApiTags('admin')
@ApiBearerAuth()
@Roles(Role.Admin)
@Controller('admin/audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  async list(@Query() query: AuditQuery): Promise<AuditPage> {
    const { entityType, entityId, actorUserId } = query;
    const page = await this.audit.list({ entityType, entityId, actorUserId }, pageRequest(query));
    return mapPage(page, (e) => ({
      id: e.id,
      actorUserId: e.actorUserId,
      actorRoles: e.actorRoles,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      before: e.before,
      after: e.after,
      requestId: e.requestId,
      occurredAt: e.occurredAt.toISOString(),
    }));
  }
}
