import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuditService, Role } from '@app/grants';
import { Roles } from '../auth/decorators';
import { mapPage, pageRequest } from '../common/page.dto';
import { AuditChainResponse, AuditPage, AuditQuery } from './audit.dto';
import { pick } from '../common/mapping';
import { ApiProblems, AUTHENTICATED } from '../common/api-problems';

/** The audit trail, newest first, for the system owner. Reads only: the table is append-only. */
@ApiTags('admin')
@ApiBearerAuth()
@Roles(Role.Admin)
@ApiProblems(...AUTHENTICATED)
@Controller('admin/audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /**
   * The audit trail, newest first (admin)
   *
   * @remarks Admin only. Filter by entity type and id and by actor; paged. Reads only: the trail is append-only
   * and hash-chained.
   */
  @Get()
  async list(@Query() query: AuditQuery): Promise<AuditPage> {
    const { entityType, entityId, actorUserId } = query;
    const page = await this.audit.list({ entityType, entityId, actorUserId }, pageRequest(query));
    return mapPage(page, (e) => ({
      ...pick(
        e,
        'id',
        'actorUserId',
        'actorRoles',
        'action',
        'entityType',
        'entityId',
        'before',
        'after',
        'requestId',
      ),
      occurredAt: e.occurredAt.toISOString(),
    }));
  }

  /**
   * Verify the audit trail's hash chain (admin)
   *
   * @remarks Admin only. Recomputes the hash chain of the whole trail and names the first event that does not
   * verify (changed content, a broken link, missing rows or a missing tail).
   */
  @Get('verify')
  async verify(): Promise<AuditChainResponse> {
    const { intact, checked, head, firstBroken } = await this.audit.verifyChain();
    return { intact, checked, head, firstBroken };
  }
}
