import { Controller, Get, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  Actor,
  breakdownCells,
  MAX_ATTACHMENT_BYTES,
  RepaymentClaim,
  RepaymentClaimsService,
  ReportObligationsService,
  reportOverdue,
  ReportReviewService,
  ReportsService,
  ReportView,
  Role,
} from '@app/grants';
import { Clock } from '@app/platform';
import { sendFile } from '../common/file-reply';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CaseStep, IdBodyActor } from '../common/case-step';
import { CurrentActor, Roles } from '../auth/decorators';
import { readSingleFileUpload } from '../applications/multipart';
import {
  ClaimListQuery,
  ClaimPage,
  ObligationListQuery,
  ObligationPage,
  RepaymentClaimResponse,
  RepaymentRequest,
  ReportResponse,
  ReviewReportRequest,
  SaveReportRequest,
  SubmitReportRequest,
} from './reports.dto';
import { mapPage, pageRequest } from '../common/page.dto';
import { pick } from '../common/mapping';
import { ApiProblems, AUTHENTICATED } from '../common/api-problems';

/** The recipient's report on a grant: the organisation writes it, a caseworker reviews it. */
@ApiTags('reports')
@ApiBearerAuth()
@ApiProblems(...AUTHENTICATED)
@Controller('applications/:id/report')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly reviews: ReportReviewService,
    private readonly clock: Clock,
  ) {}

  /**
   * The report on a grant (as far as written)
   *
   * @remarks Members of the organisation and Sfk staff; 404 for anyone else, and 409 when the application has no
   * accepted grant with a reporting duty. Shows the due date, whether it is overdue, the budget to report
   * against, the scheme's indicators and whether an auditor's statement is required.
   */
  @Get()
  @ApiProblems(409)
  async get(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<ReportResponse> {
    return this.map(await this.reports.view(actor, id));
  }

  /**
   * Save the report (over several sittings)
   *
   * @remarks Members of the organisation, until it is submitted (409 invalid-state after, until it is returned).
   * Once started, send the version you read (422 without it, 409 stale-version when stale). Amounts in
   * øre; actuals per budget line; indicators in the cells of the scheme's breakdown.
   */
  @Put()
  @IdBodyActor()
  @ApiProblems(409, 422)
  async save(id: string, body: SaveReportRequest, actor: Actor): Promise<ReportResponse> {
    const { version, ...content } = body;
    return this.map(await this.reports.save(actor, id, version, content));
  }

  /**
   * Upload the auditor's statement (ISRS 4400) as a PDF
   *
   * @remarks Members of the organisation, for a saved report not yet submitted (409 invalid-state otherwise).
   * multipart/form-data with one `file`: a PDF (judged by the bytes, 422 fileType), at most 10 MB (422
   * maxSize), scanned for viruses.
   */
  @Post('auditor-statement')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: {
        file: {
          type: 'string',
          format: 'binary',
          description: "The auditor's statement as a PDF (judged by the bytes), at most 10 MB.",
        },
      },
    },
  })
  @ApiProblems(400, 409, 413, 422)
  async uploadAuditorStatement(
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @CurrentActor() actor: Actor,
  ): Promise<ReportResponse> {
    const upload = await readSingleFileUpload(request, MAX_ATTACHMENT_BYTES);
    return this.map(await this.reports.uploadAuditorStatement(actor, id, upload.fileName, upload.bytes));
  }

  /**
   * Download the auditor's statement
   *
   * @remarks Members of the organisation and Sfk staff; 404 when none is uploaded. Every download is recorded in
   * the audit trail.
   */
  @Get('auditor-statement')
  @ApiProduces('application/pdf')
  async auditorStatement(
    @Param('id') id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return sendFile(reply, await this.reports.auditorStatementFile(actor, id));
  }

  /**
   * Submit the report
   *
   * @remarks Members of the organisation. Every required part must be filled and an auditor's statement uploaded
   * where the grant requires one (422, every missing item at once). A report not started or submitted
   * already answers 409. Send the version you read.
   */
  @CaseStep('submit')
  @ApiProblems(422)
  async submit(id: string, body: SubmitReportRequest, actor: Actor): Promise<ReportResponse> {
    return this.map(await this.reports.submit(actor, id, body.version));
  }

  /**
   * Review the report: approve, return, or claim repayment
   *
   * @remarks Caseworkers only, on a submitted report (409 invalid-state otherwise). Returning needs a comment
   * saying what to correct (422); claiming repayment of unspent money needs the claim's reason and due
   * date (422). The organisation gets a letter. Send the version you read.
   */
  @CaseStep('review', Role.Caseworker)
  @ApiProblems(422)
  async review(id: string, body: ReviewReportRequest, actor: Actor): Promise<ReportResponse> {
    return this.map(
      await this.reviews.review(
        actor,
        id,
        body.version,
        body.outcome,
        body.comment ?? null,
        body.claim ?? null,
      ),
    );
  }

  private map(view: ReportView): ReportResponse {
    const r = view.report;
    return {
      applicationId: view.applicationId,
      decisionId: view.decisionId,
      status: r?.status ?? 'due',
      dueAt: view.dueAt.toISOString(),
      overdue: reportOverdue(r?.status ?? null, view.dueAt, this.clock.now()),
      grantOre: view.grantOre,
      auditorStatementRequired: view.auditorStatementRequired,
      auditorStatement: view.auditorStatement
        ? {
            fileName: view.auditorStatement.fileName,
            sizeBytes: view.auditorStatement.sizeBytes,
            sha256: view.auditorStatement.sha256,
            warnings: view.auditorStatement.warnings,
            uploadedAt: view.auditorStatement.createdAt.toISOString(),
          }
        : null,
      budget: view.plan.budgetLines.map((l, line) => ({
        line,
        category: l.category,
        description: l.description,
        budgetOre: l.amountOre,
      })),
      periodStart: view.plan.periodStart,
      periodEnd: view.plan.periodEnd,
      contentChanges: view.plan.contentChanges,
      indicatorCells: Object.fromEntries(
        view.scheme.reportIndicators.map((i) => [i.code, breakdownCells(i.breakdown)]),
      ),
      indicatorNames: Object.fromEntries(view.scheme.reportIndicators.map((i) => [i.code, i.name])),
      goalAchievement: r?.goalAchievement ?? null,
      activities: r?.activities ?? null,
      deviations: r?.deviations ?? null,
      indicators: r?.indicators ?? {},
      actuals: r?.actuals ?? [],
      otherIncomeOre: r?.otherIncomeOre ?? 0,
      unspentOre: r?.unspentOre ?? view.grantOre,
      signatory: r?.signatory ?? null,
      submittedAt: r?.submittedAt?.toISOString() ?? null,
      reviewedAt: r?.reviewedAt?.toISOString() ?? null,
      reviewComment: r?.reviewComment ?? null,
      repaymentClaim: view.claim ? mapClaim(view.claim) : null,
      version: r?.version ?? 0,
    };
  }
}

/** The repayment claims of one application, for its organisation and for staff. */
@ApiTags('reports')
@ApiBearerAuth()
@ApiProblems(...AUTHENTICATED)
@Controller('applications/:id/repayment-claims')
export class ApplicationClaimsController {
  constructor(private readonly claims: RepaymentClaimsService) {}

  /**
   * The repayment claims of a grant
   *
   * @remarks Members of the organisation and Sfk staff; anyone else gets 404.
   */
  @Get()
  async list(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<RepaymentClaimResponse[]> {
    return (await this.claims.claimsForApplication(actor, id)).map(mapClaim);
  }
}

/** Report obligations across grants, for caseworkers and approvers following up who has reported. */
@ApiTags('reports')
@ApiBearerAuth()
@ApiProblems(...AUTHENTICATED)
@Controller('reports')
export class ReportObligationsController {
  constructor(private readonly obligations: ReportObligationsService) {}

  /**
   * Report obligations across grants
   *
   * @remarks Caseworkers and approvers following up who has reported: due date, status and whether overdue; filter
   * and page.
   */
  @Get()
  @Roles(Role.Caseworker, Role.Approver)
  async list(@Query() query: ObligationListQuery, @CurrentActor() actor: Actor): Promise<ObligationPage> {
    const { limit: _l, offset: _o, ...filter } = query;
    return mapPage(await this.obligations.obligations(actor, filter, pageRequest(query)), (o) => ({
      ...o,
      dueAt: o.dueAt.toISOString(),
      submittedAt: o.submittedAt?.toISOString() ?? null,
    }));
  }
}

export function mapClaim(c: RepaymentClaim): RepaymentClaimResponse {
  return {
    ...pick(
      c,
      'id',
      'applicationId',
      'amountOre',
      'repaidOre',
      'reason',
      'dueDate',
      'status',
      'amountBeforeRevisionOre',
      'origin',
    ),
    notifiedAt: c.notifiedAt?.toISOString() ?? null,
    appealDeadline: c.appealDeadline?.toISOString() ?? null,
    version: c.version,
    createdAt: c.createdAt.toISOString(),
  };
}

/** Finance records repayments received against a claim. */
@ApiTags('reports')
@ApiBearerAuth()
@ApiProblems(...AUTHENTICATED)
@Controller('repayment-claims')
export class RepaymentClaimsController {
  constructor(private readonly claims: RepaymentClaimsService) {}

  /**
   * Repayment claims across grants
   *
   * @remarks Caseworkers, approvers and finance: finance finds the claims to record repayments against;
   * caseworkers follow them up. Filter by status; paged.
   */
  @Get()
  @Roles(Role.Caseworker, Role.Approver, Role.Finance)
  async list(@Query() query: ClaimListQuery, @CurrentActor() actor: Actor): Promise<ClaimPage> {
    const { limit: _l, offset: _o, ...filter } = query;
    return mapPage(await this.claims.claims(actor, filter, pageRequest(query)), mapClaim);
  }

  /**
   * Record a repayment received against a claim
   *
   * @remarks Finance only. The amount in øre cannot exceed what is outstanding (422 withinClaim) and the date
   * cannot be in the future (422 notInFuture); a settled claim answers 409. Send the version you read.
   */
  @CaseStep(':id/repayments', Role.Finance)
  @ApiProblems(422)
  async record(id: string, body: RepaymentRequest, actor: Actor): Promise<RepaymentClaimResponse> {
    return mapClaim(
      await this.claims.recordRepayment(actor, id, body.version, body.amountOre, body.receivedOn),
    );
  }
}
