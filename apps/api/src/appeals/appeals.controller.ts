import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Actor, Appeal, AppealsService, AppealSubject, Role } from '@app/grants';
import { CurrentActor, Roles } from '../auth/decorators';
import { VersionRequest } from '../common/version.dto';
import {
  AppealBodyOutcomeRequest,
  AppealResponse,
  ForwardingRequest,
  LatenessRequest,
  LodgeAppealRequest,
  NewDecisionProposalRequest,
} from './appeals.dto';

/** Klage (forvaltningsloven §§ 28–33): lodged by the organisation, prepared and decided by Sfk. */
@ApiTags('appeals')
@ApiBearerAuth()
@Controller()
export class AppealsController {
  constructor(private readonly appeals: AppealsService) {}

  /** A member lodges an appeal; whether it is in time is computed from the notification. */
  @Post('applications/:id/appeals')
  async lodge(
    @Param('id') id: string,
    @Body() body: LodgeAppealRequest,
    @CurrentActor() actor: Actor,
  ): Promise<AppealResponse> {
    return mapAppeal(
      await this.appeals.lodge(actor, id, {
        subjectType: body.subjectType ?? AppealSubject.Decision,
        subjectId: body.subjectId,
        grounds: body.grounds,
      }),
    );
  }

  @Get('applications/:id/appeals')
  async list(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<AppealResponse[]> {
    return (await this.appeals.forApplication(actor, id)).map(mapAppeal);
  }

  @Get('appeals/:id')
  async get(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<AppealResponse> {
    return mapAppeal(await this.appeals.get(actor, id));
  }

  /** A caseworker who did not prepare the decision, and has declared no conflict, takes the appeal. */
  @Post('appeals/:id/take')
  @HttpCode(200)
  @Roles(Role.Caseworker)
  async take(
    @Param('id') id: string,
    @Body() body: VersionRequest,
    @CurrentActor() actor: Actor,
  ): Promise<AppealResponse> {
    return mapAppeal(await this.appeals.take(actor, id, body.version));
  }

  /** A late appeal: considered anyway or not (§ 31); not considered ends it, with a letter. */
  @Post('appeals/:id/lateness')
  @HttpCode(200)
  @Roles(Role.Caseworker)
  async lateness(
    @Param('id') id: string,
    @Body() body: LatenessRequest,
    @CurrentActor() actor: Actor,
  ): Promise<AppealResponse> {
    return mapAppeal(await this.appeals.decideLateness(actor, id, body.version, body.consider, body.reason));
  }

  /** The caseworker proposes a new decision: Sfk's reversal, or carrying out the appeal body's decision. */
  @Post('appeals/:id/new-decision-proposal')
  @HttpCode(200)
  @Roles(Role.Caseworker)
  async propose(
    @Param('id') id: string,
    @Body() body: NewDecisionProposalRequest,
    @CurrentActor() actor: Actor,
  ): Promise<AppealResponse> {
    return mapAppeal(
      await this.appeals.proposeNewDecision(actor, id, body.version, {
        outcome: body.outcome,
        amountOre: body.amountOre,
        reasons: body.reasons,
        conditions: body.conditions ?? [],
      }),
    );
  }

  /** An approver makes the proposed decision: frame check, letter, acceptance and payment as any decision. */
  @Post('appeals/:id/new-decision')
  @HttpCode(200)
  @Roles(Role.Approver)
  async approve(
    @Param('id') id: string,
    @Body() body: VersionRequest,
    @CurrentActor() actor: Actor,
  ): Promise<AppealResponse> {
    return mapAppeal(await this.appeals.approveNewDecision(actor, id, body.version));
  }

  /** Sfk upholds its decision and forwards the appeal to the appeal body, with a letter to the organisation. */
  @Post('appeals/:id/forwarding')
  @HttpCode(200)
  @Roles(Role.Caseworker)
  async forward(
    @Param('id') id: string,
    @Body() body: ForwardingRequest,
    @CurrentActor() actor: Actor,
  ): Promise<AppealResponse> {
    return mapAppeal(await this.appeals.forward(actor, id, body.version, body.statement));
  }

  /** The appeal body's outcome; changed or quashed opens the new-decision steps. */
  @Post('appeals/:id/appeal-body-outcome')
  @HttpCode(200)
  @Roles(Role.Caseworker)
  async bodyOutcome(
    @Param('id') id: string,
    @Body() body: AppealBodyOutcomeRequest,
    @CurrentActor() actor: Actor,
  ): Promise<AppealResponse> {
    return mapAppeal(
      await this.appeals.registerAppealBodyOutcome(actor, id, body.version, {
        outcome: body.outcome,
        decidedOn: body.decidedOn,
        reference: body.reference ?? null,
      }),
    );
  }
}

export function mapAppeal(a: Appeal): AppealResponse {
  return {
    id: a.id,
    applicationId: a.applicationId,
    subjectType: a.subjectType,
    subjectId: a.subjectId,
    grounds: a.grounds,
    lodgedAt: a.lodgedAt.toISOString(),
    subjectNotifiedAt: a.subjectNotifiedAt?.toISOString() ?? null,
    deadline: a.deadline?.toISOString() ?? null,
    late: a.late,
    lateConsidered: a.lateConsidered,
    lateReason: a.lateReason,
    status: a.status,
    caseworkerId: a.caseworkerId,
    proposedTerms: a.proposedTerms,
    forwardingStatement: a.forwardingStatement,
    forwardedAt: a.forwardedAt?.toISOString() ?? null,
    appealBodyOutcome: a.appealBodyOutcome,
    appealBodyDecidedOn: a.appealBodyDecidedOn,
    appealBodyReference: a.appealBodyReference,
    newDecisionId: a.newDecisionId,
    version: a.version,
  };
}
