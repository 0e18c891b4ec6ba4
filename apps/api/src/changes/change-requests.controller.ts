import { Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor, ChangeRequest, ChangeRequestsService, Role } from '@app/grants';
import { CurrentActor } from '../auth/decorators';
import { VersionRequest } from '../common/version.dto';
import { CaseStep, IdBodyActor } from '../common/case-step';
import { ChangeHandlingRequest, ChangeRequestRequest, ChangeRequestResponse } from './change-requests.dto';
import { pick } from '../common/mapping';
import { ApiProblems, AUTHENTICATED } from '../common/api-problems';

/** Endringssøknader after acceptance: extend the period, move budget, change the project. */
@ApiTags('change requests')
@ApiBearerAuth()
@ApiProblems(...AUTHENTICATED)
@Controller()
export class ChangeRequestsController {
  constructor(private readonly changes: ChangeRequestsService) {}

  /**
   * Request a change to an accepted grant (endringssøknad)
   *
   * @remarks Members of the organisation, for an accepted grant (409 invalid-state otherwise), one at a time
   * (409): extend the period, move budget between lines, or change the project content, with a reason;
   * extra money as additionalAmountOre.
   */
  @ApiProblems(409, 422)
  @Post('applications/:id/change-requests')
  @IdBodyActor()
  async request(id: string, body: ChangeRequestRequest, actor: Actor): Promise<ChangeRequestResponse> {
    return mapChange(await this.changes.request(actor, id, body));
  }

  /**
   * The change requests of a grant
   *
   * @remarks Members of the organisation and Sfk staff.
   */
  @Get('applications/:id/change-requests')
  async list(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<ChangeRequestResponse[]> {
    return (await this.changes.forApplication(actor, id)).map(mapChange);
  }

  /**
   * Approve or reject a change request
   *
   * @remarks Caseworkers only; rejecting needs reasons (422). The organisation gets a letter either way. A change
   * that needs extra money waits for an approver's new decision. A handled request answers 409
   * invalid-state.
   */
  @ApiProblems(422)
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

  /**
   * Grant the extra money a change needs
   *
   * @remarks Approvers with budget authority only: a new decision within the round's frame (422), never on a
   * change they handled themselves (two-person rule).
   */
  @ApiProblems(422)
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
