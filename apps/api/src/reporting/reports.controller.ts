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

/** The recipient's report on a grant: the organisation writes it, a caseworker reviews it. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('applications/:id/report')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly reviews: ReportReviewService,
    private readonly clock: Clock,
  ) {}

  @Get()
  async get(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<ReportResponse> {
    return this.map(await this.reports.view(actor, id));
  }

  /** Saves the report over several sittings (optimistic locking: send the version you read once started). */
  @Put()
  @IdBodyActor()
  async save(id: string, body: SaveReportRequest, actor: Actor): Promise<ReportResponse> {
    const { version, ...content } = body;
    return this.map(await this.reports.save(actor, id, version, content));
  }

  /** The auditor's statement (ISRS 4400) as a PDF, in the multipart field "file". */
  @Post('auditor-statement')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  async uploadAuditorStatement(
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @CurrentActor() actor: Actor,
  ): Promise<ReportResponse> {
    const upload = await readSingleFileUpload(request, MAX_ATTACHMENT_BYTES);
    return this.map(await this.reports.uploadAuditorStatement(actor, id, upload.fileName, upload.bytes));
  }

  @Get('auditor-statement')
  @ApiProduces('application/pdf')
  async auditorStatement(
    @Param('id') id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return sendFile(reply, await this.reports.auditorStatementFile(actor, id));
  }

  @CaseStep('submit')
  async submit(id: string, body: SubmitReportRequest, actor: Actor): Promise<ReportResponse> {
    return this.map(await this.reports.submit(actor, id, body.version));
  }

  /** A caseworker approves the report or returns it with comments. */
  @CaseStep('review', Role.Caseworker)
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
@Controller('applications/:id/repayment-claims')
export class ApplicationClaimsController {
  constructor(private readonly claims: RepaymentClaimsService) {}

  @Get()
  async list(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<RepaymentClaimResponse[]> {
    return (await this.claims.claimsForApplication(actor, id)).map(mapClaim);
  }
}

/** Report obligations across grants, for caseworkers and approvers following up who has reported. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportObligationsController {
  constructor(private readonly obligations: ReportObligationsService) {}

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
@Controller('repayment-claims')
export class RepaymentClaimsController {
  constructor(private readonly claims: RepaymentClaimsService) {}

  /** Claims across grants: finance finds the claims to record repayments against; caseworkers follow them up. */
  @Get()
  @Roles(Role.Caseworker, Role.Approver, Role.Finance)
  async list(@Query() query: ClaimListQuery, @CurrentActor() actor: Actor): Promise<ClaimPage> {
    const { limit: _l, offset: _o, ...filter } = query;
    return mapPage(await this.claims.claims(actor, filter, pageRequest(query)), mapClaim);
  }

  @CaseStep(':id/repayments', Role.Finance)
  async record(id: string, body: RepaymentRequest, actor: Actor): Promise<RepaymentClaimResponse> {
    return mapClaim(
      await this.claims.recordRepayment(actor, id, body.version, body.amountOre, body.receivedOn),
    );
  }
}
