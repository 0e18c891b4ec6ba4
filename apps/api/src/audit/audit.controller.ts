import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuditService, Role } from '@app/grants';
import { Roles } from '../auth/decorators';
import { mapPage, pageRequest } from '../common/page.dto';
import { AuditChainResponse, AuditPage, AuditQuery } from './audit.dto';

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

  /** Recomputes the hash chain of the whole trail and names the first event that does not verify. */
  @Get('verify')
  async verify(): Promise<AuditChainResponse> {
    const { intact, checked, head, firstBroken } = await this.audit.verifyChain();
    return { intact, checked, head, firstBroken };
  }
}
