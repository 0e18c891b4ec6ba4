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

/** Klage (forvaltningsloven §§ 28–33): lodged by the organisation, prepared and decided by Sfk. */
@ApiTags('appeals')
@ApiBearerAuth()
@Controller()
export class AppealsController {
  constructor(
    private readonly appeals: AppealsService,
    private readonly handling: AppealHandlingService,
  ) {}

  /** A member lodges an appeal; whether it is in time is computed from the notification. */
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

  @Get('applications/:id/appeals')
  async list(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<AppealResponse[]> {
    return (await this.appeals.forApplication(actor, id)).map(mapAppeal);
  }

  @Get('appeals/:id')
  async get(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<AppealResponse> {
    return mapAppeal(await this.appeals.get(actor, id));
  }

  /** A file documenting the grounds, in the multipart field "file" (PDF, DOCX, XLSX, ODT, PNG, JPEG; 10 MB). */
  @Post('appeals/:id/attachments')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  async upload(
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @CurrentActor() actor: Actor,
  ): Promise<AppealAttachmentResponse> {
    const upload = await readSingleFileUpload(request, MAX_ATTACHMENT_BYTES);
    return mapAttachment(await this.appeals.addAttachment(actor, id, upload.fileName, upload.bytes));
  }

  @Get('appeals/:id/attachments')
  async attachments(
    @Param('id') id: string,
    @CurrentActor() actor: Actor,
  ): Promise<AppealAttachmentResponse[]> {
    return (await this.appeals.attachments(actor, id)).map(mapAttachment);
  }

  /** The file itself; every download is logged. */
  @AttachmentDownload('appeals/:id/attachments/:attachmentId')
  async download(id: string, attachmentId: string, actor: Actor, reply: FastifyReply): Promise<Buffer> {
    return sendFile(reply, await this.appeals.attachmentFile(actor, id, attachmentId));
  }

  /** A caseworker who did not prepare the decision, and has declared no conflict, takes the appeal. */
  @CaseStep('appeals/:id/take', Role.Caseworker)
  async take(id: string, body: VersionRequest, actor: Actor): Promise<AppealResponse> {
    return mapAppeal(await this.handling.take(actor, id, body.version));
  }

  /** A late appeal: considered anyway or not (§ 31); not considered ends it, with a letter. */
  @CaseStep('appeals/:id/lateness', Role.Caseworker)
  async lateness(id: string, body: LatenessRequest, actor: Actor): Promise<AppealResponse> {
    return mapAppeal(await this.handling.decideLateness(actor, id, body.version, body.consider, body.reason));
  }

  /** The caseworker proposes a new decision: Sfk's reversal, or carrying out the appeal body's decision. */
  @CaseStep('appeals/:id/new-decision-proposal', Role.Caseworker)
  async propose(id: string, body: NewDecisionProposalRequest, actor: Actor): Promise<AppealResponse> {
    return mapAppeal(
      await this.handling.proposeNewDecision(actor, id, body.version, {
        ...pick(body, 'outcome', 'amountOre', 'reasons'),
        conditions: body.conditions ?? [],
      }),
    );
  }

  /** An approver makes the proposed decision: frame check, letter, acceptance and payment as any decision. */
  @CaseStep('appeals/:id/new-decision', Role.Approver)
  async approve(id: string, body: VersionRequest, actor: Actor): Promise<AppealResponse> {
    return mapAppeal(await this.handling.approveNewDecision(actor, id, body.version));
  }

  /** Sfk upholds its decision and forwards the appeal to the appeal body, with a letter to the organisation. */
  @CaseStep('appeals/:id/forwarding', Role.Caseworker)
  async forward(id: string, body: ForwardingRequest, actor: Actor): Promise<AppealResponse> {
    return mapAppeal(await this.handling.forward(actor, id, body.version, body.statement));
  }

  /** The appeal body's outcome; changed or quashed opens the new-decision steps. */
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
