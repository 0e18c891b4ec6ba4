import { Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  AcceptanceService,
  BudgetReservationService,
  Actor,
  ApplicationsService,
  AssessmentService,
  DecisionsService,
  DismissalService,
  ImpartialityService,
  Role,
  RoundOverviewService,
  RoundsService,
  ScreeningOutcome,
  ScreeningService,
} from '@app/grants';
import { Clock } from '@app/platform';
import { mapApplication } from '../applications/application.mapper';
import { ApplicationResponse } from '../applications/applications.dto';
import { CurrentActor, Roles } from '../auth/decorators';
import { PageQuery, pageRequest } from '../common/page.dto';
import { VersionRequest } from '../common/version.dto';
import { CaseStep, IdBodyActor } from '../common/case-step';
import { mapRound } from '../rounds/round.mapper';
import { RoundResponse } from '../rounds/rounds.dto';
import { mapAssessment, mapDeclaration, mapDecision, mapOverview } from './decision.mapper';
import {
  AcceptanceRequest,
  AcceptanceResponse,
  ApprovalRequest,
  AssessmentRequest,
  AssessmentResponse,
  BatchApprovalRequest,
  ConflictDeclarationResponse,
  DeclareImpartialityRequest,
  DecisionResponse,
  RoundOverviewResponse,
  ScreeningFindingsResponse,
  ScreeningRequest,
} from './decisions.dto';

/** Sfk's handling of a case: impartiality, formal check, assessment, four-eyes decision (docs/domain.md §10). */
@ApiTags('case handling')
@ApiBearerAuth()
@Controller()
export class CaseHandlingController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly impartiality: ImpartialityService,
    private readonly screening: ScreeningService,
    private readonly dismissal: DismissalService,
    private readonly assessments: AssessmentService,
    private readonly decisions: DecisionsService,
    private readonly overview: RoundOverviewService,
    private readonly rounds: RoundsService,
    private readonly acceptance: AcceptanceService,
    private readonly budgetReservation: BudgetReservationService,
    private readonly clock: Clock,
  ) {}

  /**
   * A signatory of the organisation accepts (or declines) the conditions of the grant before the deadline.
   * Answers with both resources the answer changed: the application (new status and version, to continue
   * with) and the decision (accepted or lapsed).
   */
  @CaseStep('applications/:id/acceptance')
  async answer(id: string, body: AcceptanceRequest, actor: Actor): Promise<AcceptanceResponse> {
    const decision = body.accept
      ? await this.acceptance.accept(actor, id, body.version)
      : await this.acceptance.decline(actor, id, body.version, body.reason ?? '');
    return {
      application: mapApplication(await this.applications.get(actor, id)),
      decision: mapDecision(decision),
    };
  }

  /** Declare impartiality (or a conflict, with the reason) before handling the case. */
  @Post('applications/:id/impartiality')
  @Roles(Role.Caseworker, Role.Approver, Role.Finance)
  @IdBodyActor()
  async declare(
    id: string,
    body: DeclareImpartialityRequest,
    actor: Actor,
  ): Promise<ConflictDeclarationResponse> {
    return mapDeclaration(await this.impartiality.declare(actor, id, body.hasConflict, body.reason ?? null));
  }

  /** What the system finds for the formal check. */
  @Get('applications/:id/screening-findings')
  @Roles(Role.Caseworker)
  async findings(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<ScreeningFindingsResponse> {
    const findings = await this.screening.findings(actor, id);
    return { ...findings, priorReports: findings.priorReports ?? null };
  }

  /** Formal check: pass to assessment, or dismiss (avvisning) with reasons — a decision. */
  @CaseStep('applications/:id/screening', Role.Caseworker)
  async screen(id: string, body: ScreeningRequest, actor: Actor): Promise<ApplicationResponse> {
    const { version, ...input } = body;
    // A dismissal is a decision: the decisions stage makes it (and records the formal check through screening).
    if (input.outcome === ScreeningOutcome.Dismissed) await this.dismissal.dismiss(actor, id, version, input);
    else await this.screening.screen(actor, id, version, input);
    return mapApplication(await this.applications.get(actor, id));
  }

  /** Score every criterion and recommend; may be revised until the decision is approved. */
  @CaseStep('applications/:id/assessment', Role.Caseworker)
  async assess(id: string, body: AssessmentRequest, actor: Actor): Promise<AssessmentResponse> {
    const { version, ...input } = body;
    return mapAssessment(await this.assessments.assess(actor, id, version, input));
  }

  /** Sfk's working material: for caseworkers and approvers (not finance, not the organisation). */
  @Get('applications/:id/assessment')
  @Roles(Role.Caseworker, Role.Approver)
  async assessment(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<AssessmentResponse> {
    return mapAssessment(await this.assessments.get(actor, id));
  }

  /** Approve the decision (never one's own assessment); checks the round's frame. */
  @Post('applications/:id/decision')
  @Roles(Role.Approver)
  @IdBodyActor()
  async approve(id: string, body: ApprovalRequest, actor: Actor): Promise<DecisionResponse> {
    const { version, ...input } = body;
    return mapDecision(await this.decisions.approve(actor, id, version, input));
  }

  /** The decisions of an application, newest first (visible to the organisation too). */
  @Get('applications/:id/decisions')
  async decisionsOf(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<DecisionResponse[]> {
    return (await this.decisions.forApplication(actor, id)).map(mapDecision);
  }

  /** Approve several recommendations in a round at once, all or none. */
  @Post('rounds/:id/approvals')
  @Roles(Role.Approver)
  @IdBodyActor()
  async approveMany(id: string, body: BatchApprovalRequest, actor: Actor): Promise<DecisionResponse[]> {
    return (await this.decisions.approveMany(actor, id, body.items)).map(mapDecision);
  }

  /** Every submitted application with requested, recommended and decided amounts and the frame. */
  @Get('rounds/:id/overview')
  @Roles(Role.Caseworker, Role.Approver)
  async roundOverview(
    @Param('id') id: string,
    @Query() query: PageQuery,
    @CurrentActor() actor: Actor,
  ): Promise<RoundOverviewResponse> {
    return mapOverview(await this.overview.overview(actor, id, pageRequest(query)));
  }

  /** The Storting has decided the budget: payments may go out, and every organisation granted under it is told. */
  @CaseStep('rounds/:id/lift-budget-reservation', Role.Admin)
  async liftReservation(id: string, body: VersionRequest, actor: Actor): Promise<RoundResponse> {
    await this.budgetReservation.lift(id, body.version, actor);
    return mapRound(await this.rounds.get(id), this.clock.now());
  }
}
