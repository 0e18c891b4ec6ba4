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
import { ApplicationViews } from '../applications/application-views';
import { ApplicationResponse } from '../applications/application-responses.dto';
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
import { ApiProblems, AUTHENTICATED } from '../common/api-problems';

/** Sfk's handling of a case: impartiality, formal check, assessment, four-eyes decision (docs/domain.md §10). */
@ApiTags('case handling')
@ApiBearerAuth()
@ApiProblems(...AUTHENTICATED)
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
    private readonly views: ApplicationViews,
  ) {}

  /**
   * Accept or decline the conditions of a grant
   *
   * @remarks A signatory of the organisation (403 otherwise) answers before the acceptance deadline (422 deadline
   * after it); declining needs a reason (422). Send the application's version (409 stale-version
   * otherwise; 409 invalid-state when the application is not awaiting acceptance). Answers with both
   * resources the answer changed: the application (new status and version, to continue with) and the
   * decision (accepted or lapsed).
   */
  @ApiProblems(422)
  @CaseStep('applications/:id/acceptance')
  async answer(id: string, body: AcceptanceRequest, actor: Actor): Promise<AcceptanceResponse> {
    const decision = body.accept
      ? await this.acceptance.accept(actor, id, body.version)
      : await this.acceptance.decline(actor, id, body.version, body.reason ?? '');
    return {
      application: await this.views.detail(actor, id),
      decision: mapDecision(decision),
    };
  }

  /**
   * Declare impartiality, or a conflict of interest, for a case
   *
   * @remarks Caseworkers, approvers and finance, before handling the case (forvaltningsloven §§ 6–10). A conflict
   * needs a reason (422) and cannot be withdrawn later (409 invalid-state); a member of the applicant
   * organisation cannot declare themselves impartial (422 memberOfApplicant). Recorded in the audit
   * trail.
   */
  @ApiProblems(409, 422)
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

  /**
   * What the system finds for the formal check
   *
   * @remarks Caseworkers only. Eligibility of the organisation form, registration in Frivillighetsregisteret where
   * the scheme requires it, the deadline, the required attachments and earlier reports owed. Staff must
   * have declared impartiality for the case first; a declared conflict keeps them out of it (403,
   * forvaltningsloven §§ 6–10).
   */
  @Get('applications/:id/screening-findings')
  @Roles(Role.Caseworker)
  async findings(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<ScreeningFindingsResponse> {
    const findings = await this.screening.findings(actor, id);
    return { ...findings, priorReports: findings.priorReports ?? null };
  }

  /**
   * Formal check: pass to assessment, or dismiss (avvisning)
   *
   * @remarks Caseworkers only, on a submitted application. Dismissing is an individual decision and needs reasons
   * (422); passing moves the case to assessment. Staff must have declared impartiality for the case
   * first; a declared conflict keeps them out of it (403, forvaltningsloven §§ 6–10). Send the version
   * you read (409 stale-version or invalid-state otherwise).
   */
  @ApiProblems(422)
  @CaseStep('applications/:id/screening', Role.Caseworker)
  async screen(id: string, body: ScreeningRequest, actor: Actor): Promise<ApplicationResponse> {
    const { version, ...input } = body;
    // A dismissal is a decision: the decisions stage makes it (and records the formal check through screening).
    if (input.outcome === ScreeningOutcome.Dismissed) await this.dismissal.dismiss(actor, id, version, input);
    else await this.screening.screen(actor, id, version, input);
    return await this.views.detail(actor, id);
  }

  /**
   * Score every criterion and recommend
   *
   * @remarks Caseworkers only. Every criterion of the scheme gets a score on the scheme's scale (422
   * everyCriterion, schemeCriterion, scale); a recommendation to grant needs a recommended amount (422).
   * May be revised until the decision is approved. Staff must have declared impartiality for the case
   * first; a declared conflict keeps them out of it (403, forvaltningsloven §§ 6–10). Send the version
   * you read.
   */
  @ApiProblems(422)
  @CaseStep('applications/:id/assessment', Role.Caseworker)
  async assess(id: string, body: AssessmentRequest, actor: Actor): Promise<AssessmentResponse> {
    const { version, ...input } = body;
    return mapAssessment(await this.assessments.assess(actor, id, version, input));
  }

  /**
   * The assessment of a case (Sfk's working material)
   *
   * @remarks Caseworkers and approvers only (not finance, not the organisation): exempt from public access as
   * internal working material. Staff must have declared impartiality for the case first; a declared
   * conflict keeps them out of it (403, forvaltningsloven §§ 6–10).
   */
  @Get('applications/:id/assessment')
  @Roles(Role.Caseworker, Role.Approver)
  async assessment(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<AssessmentResponse> {
    return mapAssessment(await this.assessments.get(actor, id));
  }

  /**
   * Approve the decision (four-eyes)
   *
   * @remarks Approvers with budget authority only (403 otherwise), never on a case they assessed themselves
   * (two-person rule). The decision needs reasons (422, forvaltningsloven § 25) and a granted amount
   * within the round's remaining frame (422 withinFrame). Staff must have declared impartiality for the
   * case first; a declared conflict keeps them out of it (403, forvaltningsloven §§ 6–10). Send the
   * version you read (409 stale-version or invalid-state).
   */
  @ApiProblems(409, 422)
  @Post('applications/:id/decision')
  @Roles(Role.Approver)
  @IdBodyActor()
  async approve(id: string, body: ApprovalRequest, actor: Actor): Promise<DecisionResponse> {
    const { version, ...input } = body;
    return mapDecision(await this.decisions.approve(actor, id, version, input));
  }

  /**
   * The decisions of an application, newest first
   *
   * @remarks Staff and members of the organisation (others get 404). A decision replaced by a newer one (after an
   * appeal or a change) says so.
   */
  @Get('applications/:id/decisions')
  async decisionsOf(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<DecisionResponse[]> {
    return (await this.decisions.forApplication(actor, id)).map(mapDecision);
  }

  /**
   * Approve several recommendations in a round at once
   *
   * @remarks Approvers with budget authority only; all or none: every application must belong to the round (422
   * sameRound), each must pass the rules of a single approval (two-person rule, reasons, impartiality)
   * and the sum must stay within the frame (422).
   */
  @ApiProblems(409, 422)
  @Post('rounds/:id/approvals')
  @Roles(Role.Approver)
  @IdBodyActor()
  async approveMany(id: string, body: BatchApprovalRequest, actor: Actor): Promise<DecisionResponse[]> {
    return (await this.decisions.approveMany(actor, id, body.items)).map(mapDecision);
  }

  /**
   * The round's applications with requested, recommended and decided amounts
   *
   * @remarks Caseworkers and approvers. Every submitted application with its amounts and the round's frame, paged.
   * Cases where the caller declared a conflict are listed without their working material.
   */
  @Get('rounds/:id/overview')
  @Roles(Role.Caseworker, Role.Approver)
  async roundOverview(
    @Param('id') id: string,
    @Query() query: PageQuery,
    @CurrentActor() actor: Actor,
  ): Promise<RoundOverviewResponse> {
    return mapOverview(await this.overview.overview(actor, id, pageRequest(query)));
  }

  /**
   * Lift the round's reservation about the budget
   *
   * @remarks Admin only. The Storting has decided the budget: payments may go out, and every organisation granted
   * under the round is told. Only a round granted with a budget reservation (409 invalid-state
   * otherwise). Send the round's version.
   */
  @CaseStep('rounds/:id/lift-budget-reservation', Role.Admin)
  async liftReservation(id: string, body: VersionRequest, actor: Actor): Promise<RoundResponse> {
    await this.budgetReservation.lift(id, body.version, actor);
    return mapRound(await this.rounds.get(id), this.clock.now());
  }
}
