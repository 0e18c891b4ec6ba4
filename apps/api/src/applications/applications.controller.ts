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
import { pageRequest } from '../common/page.dto';
import { validateDto } from '../common/validate-dto';
import { CaseStep, IdBodyActor } from '../common/case-step';
import { mapAttachment } from './application.mapper';
import { ApplicationViews } from './application-views';
import { ApplicationPage, ApplicationResponse, AttachmentResponse } from './application-responses.dto';
import {
  ApplicationListQuery,
  CreateApplicationRequest,
  SetExemptionRequest,
  SubmitApplicationRequest,
  UpdateApplicationRequest,
  UploadAttachmentFields,
  WithdrawApplicationRequest,
} from './applications.dto';
import { readSingleFileUpload } from './multipart';
import { ApiProblems, AUTHENTICATED } from '../common/api-problems';

/**
 * Applications (søknader). Members of the organisation draft, attach, submit and withdraw;
 * caseworkers, approvers and finance read all (attachments: caseworkers and approvers); anyone else gets 404.
 */
@ApiTags('applications')
@ApiBearerAuth()
@ApiProblems(...AUTHENTICATED)
@Controller('applications')
export class ApplicationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly submission: ApplicationSubmissionService,
    private readonly attachments: AttachmentsService,
    private readonly views: ApplicationViews,
  ) {}

  /**
   * Start a draft application for an open round
   *
   * @remarks NGO users (applicant role) only, as a member of the organisation (403 otherwise). The round must be
   * published and open (422 openRound). Texts are checked against the round's text limits (`textLimits`
   * of the scheme: characters or words per field, 422 maxChars/maxWords) and amounts are whole øre. Recorded in
   * the audit trail.
   */
  @ApiProblems(400, 422, 404)
  @Post()
  @Roles(Role.Applicant)
  async create(
    @Body() body: CreateApplicationRequest,
    @CurrentActor() actor: Actor,
  ): Promise<ApplicationResponse> {
    const { roundId, organisationId, ...content } = body;
    const created = await this.applications.create(actor, roundId, organisationId, content);
    return this.views.detail(actor, created.id);
  }

  /**
   * List applications
   *
   * @remarks Applicants see their organisations' applications; caseworkers, approvers and finance see all. Filter
   * by round, organisation and status; paged.
   */
  @Get()
  async list(@Query() query: ApplicationListQuery, @CurrentActor() actor: Actor): Promise<ApplicationPage> {
    const { limit: _l, offset: _o, ...filter } = query;
    return this.views.page(actor, filter, pageRequest(query));
  }

  /**
   * An application with its content, attachments and status
   *
   * @remarks Members of the organisation and Sfk staff; anyone else gets 404. Staff who declared a conflict for
   * the case get 403.
   */
  @Get(':id')
  async get(@Param('id') id: string, @CurrentActor() actor: Actor): Promise<ApplicationResponse> {
    return this.views.detail(actor, id);
  }

  /**
   * Save the draft
   *
   * @remarks Members of the organisation, while the application is a draft (409 invalid-state after submission).
   * Send the version you read; a stale one answers 409 with the current version. Texts are checked
   * against the round's text limits (422 maxChars/maxWords); amounts are whole øre and each at most NOK 1 000 000
   * 000.
   */
  @ApiProblems(409, 422)
  @Patch(':id')
  @IdBodyActor()
  async update(id: string, body: UpdateApplicationRequest, actor: Actor): Promise<ApplicationResponse> {
    const { version, ...content } = body;
    await this.applications.update(actor, id, version, content);
    return this.views.detail(actor, id);
  }

  /**
   * Submit the application
   *
   * @remarks Members of the organisation, before the round's application deadline (422 deadline, Oslo time). Every
   * required field must be filled, the budget must balance and the scheme's required attachments must be
   * present (422, every missing item at once). Gives the reference number and freezes the content; the
   * organisation gets a receipt letter. Send the version you read.
   *
   * The applicant's declaration (`declaration: true`: the information is correct, and they may apply on the
   * organisation's behalf) is recorded with the submission: who, when and which wording, shown as the
   * application's `declaration` and in the audit trail and case history. It is optional, so that existing API
   * clients keep working: without it the application is submitted with `declaration` null; `false` is refused
   * (422, field `declaration`). The web portal always sends it.
   */
  @ApiProblems(422)
  @CaseStep(':id/submit')
  async submit(id: string, body: SubmitApplicationRequest, actor: Actor): Promise<ApplicationResponse> {
    await this.submission.submit(actor, id, body.version, body.declaration);
    return this.views.detail(actor, id);
  }

  /**
   * Withdraw the application
   *
   * @remarks Members of the organisation, before a decision is made (409 invalid-state after), with a reason. Send
   * the version you read.
   */
  @ApiProblems(422)
  @CaseStep(':id/withdraw')
  async withdraw(id: string, body: WithdrawApplicationRequest, actor: Actor): Promise<ApplicationResponse> {
    await this.submission.withdraw(actor, id, body.version, body.reason);
    return this.views.detail(actor, id);
  }

  /**
   * Upload an attachment to a draft
   *
   * @remarks Members of the organisation, while the application is a draft (409 invalid-state after submission).
   * multipart/ form-data: the fields `kind` (vedtekter, årsregnskap, årsberetning, budsjett or annet),
   * optional `exemptFromPublic` and `exemptionBasis` (required when exempt), then one `file`. At most 10
   * MB; PDF, DOCX, XLSX, ODT, PNG or JPEG, judged by the bytes; every file is scanned for viruses.
   */
  @ApiProblems(400, 409, 413, 422)
  @Post(':id/attachments')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['kind', 'file'],
      properties: {
        kind: {
          type: 'string',
          enum: ['statutes', 'annual_accounts', 'annual_report', 'budget', 'other'],
          description: 'What the attachment is; the scheme lists the kinds it requires before submission.',
        },
        exemptFromPublic: {
          type: 'string',
          enum: ['true', 'false'],
          description: 'Exempt from public access (offentleglova); default false.',
        },
        exemptionBasis: {
          type: 'string',
          description: 'The legal basis for the exemption; required when exemptFromPublic is true (422).',
          example: 'offentleglova § 13 jf. forvaltningsloven § 13',
        },
        file: {
          type: 'string',
          format: 'binary',
          description:
            'The file, last: PDF, DOCX, XLSX, ODT, PNG or JPEG (judged by the bytes), at most 10 MB.',
        },
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

  /**
   * Download an attachment
   *
   * @remarks Members of the organisation, caseworkers and approvers. Every download is recorded in the audit
   * trail.
   */
  @AttachmentDownload(':id/attachments/:attachmentId')
  @ApiProduces('application/octet-stream')
  async download(id: string, attachmentId: string, actor: Actor, reply: FastifyReply): Promise<Buffer> {
    return sendFile(reply, await this.attachments.download(actor, id, attachmentId));
  }

  /**
   * Delete an attachment from a draft
   *
   * @remarks Members of the organisation, while the application is a draft (409 invalid-state after submission).
   */
  @ApiProblems(409)
  @Delete(':id/attachments/:attachmentId')
  @HttpCode(204)
  async remove(
    @Param('id') id: string,
    @Param('attachmentId') attachmentId: string,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    await this.attachments.remove(actor, id, attachmentId);
  }

  /**
   * Mark an attachment exempt from public access, or not
   *
   * @remarks Exemption from public access (offentleglova) needs its legal basis (422 exemptionBasis). Members of
   * the organisation while the application is a draft; after submission only caseworkers (403 for
   * others). Recorded in the audit trail.
   */
  @ApiProblems(400, 409, 422)
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
