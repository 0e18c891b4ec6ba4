import { Controller, Get, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import {
  Actor,
  Appeal,
  AppealAttachment,
  AppealHandlingService,
  AppealsService,
  AppealSubject,
  MAX_ATTACHMENT_BYTES,
  Role,
} from '@app/grants';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { readSingleFileUpload } from '../applications/multipart';
import { CurrentActor } from '../auth/decorators';
import { AttachmentDownload, sendFile } from '../common/file-reply';
import { VersionRequest } from '../common/version.dto';
import { CaseStep, IdBodyActor } from '../common/case-step';
import {
  AppealAttachmentResponse,
  AppealBodyOutcomeRequest,
  AppealResponse,
  ForwardingRequest,
  LatenessRequest,
  LodgeAppealRequest,
  NewDecisionProposalRequest,
} from './appeals.dto';
import { pick } from '../common/mapping';
import { ApiProblems, AUTHENTICATED } from '../common/api-problems';

/** Klage (forvaltningsloven §§ 28–33): lodged by the organisation, prepared and decided by Sfk. */
@ApiTags('appeals')
@ApiBearerAuth()
@ApiProblems(...AUTHENTICATED)
@Controller()
export class AppealsController {
  constructor(
    private readonly appeals: AppealsService,
    private readonly handling: AppealHandlingService,
  ) {}

  /**
   * Lodge an appeal (klage) against a decision or a repayment claim
   *
   * @remarks Members of the organisation, with grounds (422). The subject must be decided (409 invalid-state) and
   * in force (a superseded decision answers 409: appeal the newer one); one appeal at a time per subject
   * (409). Whether it is in time (three weeks from the notification, forvaltningsloven § 29) is computed
   * and shown; a late appeal is still registered.
   */
  @ApiProblems(409, 422)
  @Post('applications/:id/appeals')
  @IdBodyActor()
  async lodge(id: string, body: LodgeAppealRequest, actor: Actor): Promise<AppealResponse> {
    return mapAppeal(
      await this.appeals.lodge(actor, id, {
        subjectType: body.subjectType ?? AppealSubject.Decision,
        subjectId: body.subjectId,
        grounds: body.grounds,
      }),
    );
  }

  /**
   * The appeals of an application
   *
   * @remarks Members of the organisation and Sfk staff.
   */
  @Get('applications/:id/appeals')
  async list(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<AppealResponse[]> {
    const appeals = await this.appeals.forApplication(actor, id);
    return appeals.map(mapAppeal);
  }

  /**
   * An appeal
   *
   * @remarks Members of the organisation and Sfk staff; anyone else gets 404.
   */
  @Get('appeals/:id')
  async get(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<AppealResponse> {
    return mapAppeal(await this.appeals.get(actor, id));
  }

  /**
   * Upload a file documenting the grounds of an appeal
   *
   * @remarks Members of the organisation. multipart/form-data with one `file`: PDF, DOCX, XLSX, ODT, PNG or JPEG,
   * judged by the bytes; at most 10 MB; scanned for viruses.
   */
  @ApiProblems(400, 413, 422, 503)
  @Post('appeals/:id/attachments')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: {
        file: {
          type: 'string',
          format: 'binary',
          description: 'The file: PDF, DOCX, XLSX, ODT, PNG or JPEG (judged by the bytes), at most 10 MB.',
        },
      },
    },
  })
  async upload(
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @CurrentActor() actor: Actor,
  ): Promise<AppealAttachmentResponse> {
    const upload = await readSingleFileUpload(request, MAX_ATTACHMENT_BYTES);
    return mapAttachment(await this.appeals.addAttachment(actor, id, upload.fileName, upload.bytes));
  }

  /**
   * The files of an appeal
   *
   * @remarks Members of the organisation and Sfk staff.
   */
  @Get('appeals/:id/attachments')
  async attachments(
    @Param('id') id: string,
    @CurrentActor() actor: Actor,
  ): Promise<AppealAttachmentResponse[]> {
    return (await this.appeals.attachments(actor, id)).map(mapAttachment);
  }

  /**
   * Download a file of an appeal
   *
   * @remarks Members of the organisation and Sfk staff; every download is recorded in the audit trail.
   */
  @AttachmentDownload('appeals/:id/attachments/:attachmentId')
  async download(id: string, attachmentId: string, actor: Actor, reply: FastifyReply): Promise<Buffer> {
    return sendFile(reply, await this.appeals.attachmentFile(actor, id, attachmentId));
  }

  /**
   * Take an appeal to prepare it
   *
   * @remarks Caseworkers only, never the one who prepared the decision appealed against (403) and never one with a
   * declared conflict. Send the version you read.
   */
  @CaseStep('appeals/:id/take', Role.Caseworker)
  async take(id: string, body: VersionRequest, actor: Actor): Promise<AppealResponse> {
    return mapAppeal(await this.handling.take(actor, id, body.version));
  }

  /**
   * Decide whether a late appeal is considered
   *
   * @remarks The caseworker who took the appeal, for a late appeal only (409 invalid-state when it came in time or
   * this is decided already), with a reason (422) (forvaltningsloven § 31). Not considered ends the
   * appeal, with a letter.
   */
  @ApiProblems(422)
  @CaseStep('appeals/:id/lateness', Role.Caseworker)
  async lateness(id: string, body: LatenessRequest, actor: Actor): Promise<AppealResponse> {
    return mapAppeal(await this.handling.decideLateness(actor, id, body.version, body.consider, body.reason));
  }

  /**
   * Propose a new decision in an appeal
   *
   * @remarks The caseworker who took the appeal: Sfk's own reversal (forvaltningsloven § 33), or carrying out the
   * appeal body's changed or quashed decision. Outcome, amount in øre, reasons and conditions, as for any
   * decision (422).
   */
  @ApiProblems(422)
  @CaseStep('appeals/:id/new-decision-proposal', Role.Caseworker)
  async propose(id: string, body: NewDecisionProposalRequest, actor: Actor): Promise<AppealResponse> {
    return mapAppeal(
      await this.handling.proposeNewDecision(actor, id, body.version, {
        ...pick(body, 'outcome', 'amountOre', 'reasons'),
        conditions: body.conditions ?? [],
      }),
    );
  }

  /**
   * Make the proposed new decision
   *
   * @remarks Approvers with budget authority only, never the one who prepared the appeal (two-person rule, 403).
   * Checks the round's frame (422); letter, acceptance and payment follow as for any decision.
   */
  @ApiProblems(422)
  @CaseStep('appeals/:id/new-decision', Role.Approver)
  async approve(id: string, body: VersionRequest, actor: Actor): Promise<AppealResponse> {
    return mapAppeal(await this.handling.approveNewDecision(actor, id, body.version));
  }

  /**
   * Uphold the decision and forward the appeal to the appeal body
   *
   * @remarks The caseworker who took the appeal, with Sfk's statement to the appeal body (422); the organisation
   * gets a letter. Only an appeal Sfk is preparing can be forwarded (409 invalid-state).
   */
  @ApiProblems(422)
  @CaseStep('appeals/:id/forwarding', Role.Caseworker)
  async forward(id: string, body: ForwardingRequest, actor: Actor): Promise<AppealResponse> {
    return mapAppeal(await this.handling.forward(actor, id, body.version, body.statement));
  }

  /**
   * Register the appeal body's outcome
   *
   * @remarks The caseworker, for a forwarded appeal (409 invalid-state otherwise). The date cannot be before the
   * appeal was forwarded (422 withinAppeal). Changed or quashed opens the new-decision steps; upheld ends
   * the appeal.
   */
  @ApiProblems(422)
  @CaseStep('appeals/:id/appeal-body-outcome', Role.Caseworker)
  async bodyOutcome(id: string, body: AppealBodyOutcomeRequest, actor: Actor): Promise<AppealResponse> {
    return mapAppeal(
      await this.handling.registerAppealBodyOutcome(actor, id, body.version, {
        outcome: body.outcome,
        decidedOn: body.decidedOn,
        reference: body.reference ?? null,
      }),
    );
  }
}

function mapAttachment(a: Omit<AppealAttachment, 'content'>): AppealAttachmentResponse {
  return {
    ...pick(a, 'id', 'fileName', 'contentType', 'sizeBytes', 'sha256', 'warnings'),
    uploadedAt: a.createdAt.toISOString(),
  };
}

export function mapAppeal(a: Appeal): AppealResponse {
  return {
    ...pick(a, 'id', 'applicationId', 'subjectType', 'subjectId', 'grounds'),
    lodgedAt: a.lodgedAt.toISOString(),
    subjectNotifiedAt: a.subjectNotifiedAt?.toISOString() ?? null,
    deadline: a.deadline?.toISOString() ?? null,
    ...pick(
      a,
      'late',
      'lateConsidered',
      'lateReason',
      'status',
      'caseworkerId',
      'proposedTerms',
      'forwardingStatement',
    ),
    forwardedAt: a.forwardedAt?.toISOString() ?? null,
    ...pick(a, 'appealBodyOutcome', 'appealBodyDecidedOn', 'appealBodyReference', 'newDecisionId', 'version'),
  };
}
