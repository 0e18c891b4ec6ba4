import { Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor, ChangeRequest, ChangeRequestsService, Role } from '@app/grants';
import { CurrentActor } from '../auth/decorators';
import { VersionRequest } from '../common/version.dto';
import { CaseStep, IdBodyActor } from '../common/case-step';
import { ChangeHandlingRequest, ChangeRequestRequest, ChangeRequestResponse } from './change-requests.dto';
import { pick } from '../common/mapping';

/** Endringssøknader after acceptance: extend the period, move budget, change the project. */
@ApiTags('change requests')
@ApiBearerAuth()
@Controller()
export class ChangeRequestsController {
  constructor(private readonly changes: ChangeRequestsService) {}

  @Post('applications/:id/change-requests')
  @IdBodyActor()
  async request(id: string, body: ChangeRequestRequest, actor: Actor): Promise<ChangeRequestResponse> {
    return mapChange(await this.changes.request(actor, id, body));
  }

  @Get('applications/:id/change-requests')
  async list(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<ChangeRequestResponse[]> {
    return (await this.changes.forApplication(actor, id)).map(mapChange);
  }

  /** A caseworker approves or rejects (with reasons); the organisation gets a letter either way. */
  @CaseStep('change-requests/:id/handling', Role.Caseworker)
  async handle(id: string, body: ChangeHandlingRequest, actor: Actor): Promise<ChangeRequestResponse> {
    return mapChange(
      await this.changes.handle(actor, id, body.version, {
        approve: body.approve,
        reasons: body.reasons ?? null,
        comment: body.comment ?? null,
      }),
    );
  }

  /** An approver grants the extra money a change needs: a new decision within the round's frame. */
  @CaseStep('change-requests/:id/new-decision', Role.Approver)
  async approve(id: string, body: VersionRequest, actor: Actor): Promise<ChangeRequestResponse> {
    return mapChange(await this.changes.approveNewDecision(actor, id, body.version));
  }
}

export function mapChange(c: ChangeRequest): ChangeRequestResponse {
  return {
    ...pick(c, 'id', 'applicationId', 'decisionId', 'kind', 'reason'),
    periodEnd: c.proposedPeriodEnd,
    budgetLines: c.proposedBudgetLines,
    content: c.proposedContent,
    additionalAmountOre: c.additionalAmountOre,
    status: c.status,
    requestedAt: c.requestedAt.toISOString(),
    handledAt: c.handledAt?.toISOString() ?? null,
    ...pick(c, 'reasons', 'comment', 'newDecisionId', 'version'),
  };
}
