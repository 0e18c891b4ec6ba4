import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  Actor,
  ApplicationsService,
  ApplicationSubmissionService,
  AttachmentsService,
  MAX_ATTACHMENT_BYTES,
  Role,
} from '@app/grants';
import { AttachmentDownload, sendFile } from '../common/file-reply';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentActor, Roles } from '../auth/decorators';
import { mapPage, pageRequest } from '../common/page.dto';
import { validateDto } from '../common/validate-dto';
import { VersionRequest } from '../common/version.dto';
import { CaseStep, IdBodyActor } from '../common/case-step';
import { mapApplication, mapApplicationListItem, mapAttachment } from './application.mapper';
import {
  ApplicationListQuery,
  ApplicationPage,
  ApplicationResponse,
  AttachmentResponse,
  CreateApplicationRequest,
  SetExemptionRequest,
  UpdateApplicationRequest,
  UploadAttachmentFields,
  WithdrawApplicationRequest,
} from './applications.dto';
import { readSingleFileUpload } from './multipart';

/**
 * Applications (søknader). Members of the organisation draft, attach, submit and withdraw;
 * caseworkers, approvers and finance read all (attachments: caseworkers and approvers); anyone else gets 404.
 */
@ApiTags('applications')
@ApiBearerAuth()
@Controller('applications')
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly submission: ApplicationSubmissionService,
    private readonly attachments: AttachmentsService,
  ) {}

  /** Start a draft for an open round, as a member of the organisation (NGO users only; others 403). */
  @Post()
  @Roles(Role.Applicant)
  async create(
    @Body() body: CreateApplicationRequest,
    @CurrentActor() actor: Actor,
  ): Promise<ApplicationResponse> {
    const { roundId, organisationId, ...content } = body;
    const created = await this.applications.create(actor, roundId, organisationId, content);
    return mapApplication(await this.applications.get(actor, created.id));
  }

  @Get()
  async list(@Query() query: ApplicationListQuery, @CurrentActor() actor: Actor): Promise<ApplicationPage> {
    const { limit: _l, offset: _o, ...filter } = query;
    return mapPage(await this.applications.list(actor, filter, pageRequest(query)), mapApplicationListItem);
  }

  @Get(':id')
  async get(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<ApplicationResponse> {
    return mapApplication(await this.applications.get(actor, id));
  }

  /** Save the draft. Send the version you read; a stale one answers 409 with the current version. */
  @Patch(':id')
  @IdBodyActor()
  async update(id: string, body: UpdateApplicationRequest, actor: Actor): Promise<ApplicationResponse> {
    const { version, ...content } = body;
    await this.applications.update(actor, id, version, content);
    return mapApplication(await this.applications.get(actor, id));
  }

  /** Submit before the deadline: gives the reference number and freezes the content. */
  @CaseStep(':id/submit')
  async submit(id: string, body: VersionRequest, actor: Actor): Promise<ApplicationResponse> {
    await this.submission.submit(actor, id, body.version);
    return mapApplication(await this.applications.get(actor, id));
  }

  /** Withdraw before a decision, with a reason. */
  @CaseStep(':id/withdraw')
  async withdraw(id: string, body: WithdrawApplicationRequest, actor: Actor): Promise<ApplicationResponse> {
    await this.submission.withdraw(actor, id, body.version, body.reason);
    return mapApplication(await this.applications.get(actor, id));
  }

  /**
   * Upload an attachment (multipart/form-data: the fields `kind`, optional `exemptFromPublic` and
   * `exemptionBasis`, then one `file`). At most 10 MB; PDF, DOCX, XLSX, ODT, PNG or JPEG, judged by the bytes.
   */
  @Post(':id/attachments')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['kind', 'file'],
      properties: {
        kind: { type: 'string', enum: ['statutes', 'annual_accounts', 'annual_report', 'budget', 'other'] },
        exemptFromPublic: { type: 'string', enum: ['true', 'false'] },
        exemptionBasis: { type: 'string' },
        file: { type: 'string', format: 'binary' },
      },
    },
  })
  async upload(
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @CurrentActor() actor: Actor,
  ): Promise<AttachmentResponse> {
    const upload = await readSingleFileUpload(request, MAX_ATTACHMENT_BYTES);
    const fields = await validateDto(UploadAttachmentFields, upload.fields);
    const attachment = await this.attachments.upload(actor, id, {
      kind: fields.kind,
      fileName: upload.fileName,
      bytes: upload.bytes,
      exemptFromPublic: fields.exemptFromPublic ?? false,
      exemptionBasis: fields.exemptionBasis ?? null,
    });
    return mapAttachment(attachment);
  }

  /** Download an attachment; every download is recorded in the audit trail. */
  @AttachmentDownload(':id/attachments/:attachmentId')
  @ApiProduces('application/octet-stream')
  async download(id: string, attachmentId: string, actor: Actor, reply: FastifyReply): Promise<Buffer> {
    return sendFile(reply, await this.attachments.download(actor, id, attachmentId));
  }

  @Delete(':id/attachments/:attachmentId')
  @HttpCode(204)
  async remove(
    @Param('id') id: string,
    @Param('attachmentId') attachmentId: string,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    await this.attachments.remove(actor, id, attachmentId);
  }

  /** Mark an attachment exempt from public access (offentleglova), with its legal basis. */
  @Patch(':id/attachments/:attachmentId')
  async setExemption(
    @Param('id') id: string,
    @Param('attachmentId') attachmentId: string,
    @Body() body: SetExemptionRequest,
    @CurrentActor() actor: Actor,
  ): Promise<AttachmentResponse> {
    const attachment = await this.attachments.setExemption(
      actor,
      id,
      attachmentId,
      body.exemptFromPublic,
      body.exemptionBasis ?? null,
    );
    return mapAttachment(attachment);
  }
}
