import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import {
  Actor,
  Appeal,
  AppealAttachment,
  AppealsService,
  AppealSubject,
  MAX_ATTACHMENT_BYTES,
  Role,
} from '@app/grants';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { readSingleFileUpload } from '../applications/multipart';
import { CurrentActor, Roles } from '../auth/decorators';
import { fileHeaders } from '../common/file-reply';
import { VersionRequest } from '../common/version.dto';
import {
  AppealAttachmentResponse,
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
  @Get('appeals/:id/attachments/:attachmentId')
  async download(
    @Param('id') id: string,
    @Param('attachmentId') attachmentId: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const file = await this.appeals.attachmentFile(actor, id, attachmentId);
    fileHeaders(reply, file);
    return file.content;
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

function mapAttachment(a: Omit<AppealAttachment, 'content'>): AppealAttachmentResponse {
  return {
    id: a.id,
    fileName: a.fileName,
    contentType: a.contentType,
    sizeBytes: a.sizeBytes,
    sha256: a.sha256,
    warnings: a.warnings,
    uploadedAt: a.createdAt.toISOString(),
  };
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
