import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor, FailedSideEffect, OutboxFailuresService, Role } from '@app/grants';
import { CurrentActor, Roles } from '../auth/decorators';
import { mapPage, PageQuery, pageRequest } from '../common/page.dto';
import { pick } from '../common/mapping';
import { ApiProblems, AUTHENTICATED } from '../common/api-problems';
import { FailedDeliveryResponse, FailedDeliveryPage } from './deliveries.dto';

const mapFailed = (f: FailedSideEffect): FailedDeliveryResponse => ({
  ...pick(f, 'id', 'topic', 'subjectId', 'applicationId', 'referenceNumber', 'attempts', 'lastError'),
  createdAt: f.createdAt.toISOString(),
  failedAt: f.failedAt.toISOString(),
});

/**
 * Letters and e-mails that failed for good (a permanent SMTP error, a letter the code refuses to issue, or no
 * success within the 24-hour retry window). They stay here until the system owner retries them.
 */
@ApiTags('admin')
@ApiBearerAuth()
@Roles(Role.Admin)
@ApiProblems(...AUTHENTICATED)
@Controller('admin/deliveries')
export class DeliveriesController {
  constructor(private readonly failures: OutboxFailuresService) {}

  /**
   * Letters and e-mails that failed for good (admin)
   *
   * @remarks Admin only: a permanent SMTP error, a letter the code refuses to issue, or no success within the
   * 24-hour retry window. They stay here until retried; paged.
   */
  @Get('failed')
  async failed(@Query() query: PageQuery): Promise<FailedDeliveryPage> {
    return mapPage(await this.failures.failed(pageRequest(query)), mapFailed);
  }

  /**
   * Retry a failed letter or e-mail now (admin)
   *
   * @remarks Admin only. Tries again with a fresh retry window; audited as delivery.retried. Only a delivery that
   * has failed (409 invalid-state otherwise).
   */
  @ApiProblems(409)
  @Post(':id/retry')
  @HttpCode(204)
  async retry(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<void> {
    await this.failures.retry(actor, id);
  }
}
