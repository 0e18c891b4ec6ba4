import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  Actor,
  DisbursementsService,
  EXPORT_CONTENT_TYPES,
  ExportFormat,
  OrganisationsService,
  PaymentBatchesService,
  Role,
} from '@app/grants';
import { fileHeaders } from '../common/file-reply';
import { BudgetLedgerService } from '@app/reporting';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { CaseStep } from '../common/case-step';
import { CurrentActor, Roles } from '../auth/decorators';
import { mapPage, PageQuery, pageRequest } from '../common/page.dto';
import { mapOrganisation } from '../organisations/organisation.mapper';
import { OrganisationResponse } from '../organisations/organisations.dto';
import { mapBatch, mapDisbursement } from './payment.mapper';
import {
  BatchItemPage,
  BatchListQuery,
  BuildBatchRequest,
  BuiltBatchResponse,
  CancelBatchRequest,
  DisbursementListQuery,
  DisbursementPage,
  DisbursementResponse,
  LedgerQuery,
  LedgerResponse,
  MarkPaidRequest,
  PaymentBatchPage,
  PaymentBatchResponse,
  VersionRequest,
} from './payments.dto';
import { ApiProblems, AUTHENTICATED } from '../common/api-problems';

/**
 * Who reads what of payments (docs/decisions.md, "Security: need to know, per role"). Disbursements: finance, and
 * leaders with budget authority, who make the extra control of large ones. Payment batches and their files (every
 * recipient's bank account, sent to the bank): finance only. The budget ledger (sums per round and chapter/post, no
 * recipients): finance, leaders with budget authority, and the admin who sets the frames and lifts reservations.
 */
const DISBURSEMENT_READERS = [Role.Finance, Role.Approver];
const BATCH_READERS = [Role.Finance];
const LEDGER_READERS = [Role.Finance, Role.Approver, Role.Admin];

/** Disbursements, payment batches and the budget ledger (docs/domain.md §3 and §7). */
@ApiTags('payments')
@ApiBearerAuth()
@ApiProblems(...AUTHENTICATED)
@Controller()
export class PaymentsController {
  constructor(
    private readonly disbursements: DisbursementsService,
    private readonly batches: PaymentBatchesService,
    private readonly ledger: BudgetLedgerService,
    private readonly organisations: OrganisationsService,
  ) {}

  /**
   * The payment plan of a grant
   *
   * @remarks Members of the organisation and staff (others get 404): every planned instalment with its amount, due
   * date and status.
   */
  @Get('applications/:id/disbursements')
  async forApplication(
    @Param('id') id: string,
    @CurrentActor() actor: Actor,
  ): Promise<DisbursementResponse[]> {
    return (await this.disbursements.forApplication(actor, id)).map(mapDisbursement);
  }

  /**
   * List disbursements
   *
   * @remarks Finance and approvers. Filter by status, round and due date; paged.
   */
  @Get('disbursements')
  @Roles(...DISBURSEMENT_READERS)
  async list(@Query() query: DisbursementListQuery): Promise<DisbursementPage> {
    const { limit: _l, offset: _o, ...filter } = query;
    return mapPage(await this.disbursements.list(filter, pageRequest(query)), mapDisbursement);
  }

  /**
   * A disbursement
   *
   * @remarks Finance and approvers.
   */
  @Get('disbursements/:id')
  @Roles(...DISBURSEMENT_READERS)
  async get(@Param('id') id: string): Promise<DisbursementResponse> {
    return mapDisbursement(await this.disbursements.get(id));
  }

  /**
   * Attest a disbursement (økonomiregelverket: two-person control)
   *
   * @remarks Finance only, by someone who did not approve the decision, did not verify the organisation's bank
   * account and has no conflict (403). The grant's conditions must be accepted and the decision still in
   * force, the amount must match the decision, the round's budget reservation must be lifted, the bank
   * account verified and the organisation not bankrupt or under liquidation (422). Send the version you
   * read (409 stale-version or invalid-state).
   */
  @ApiProblems(422)
  @CaseStep('disbursements/:id/attestation', Role.Finance)
  async attest(id: string, body: VersionRequest, actor: Actor): Promise<DisbursementResponse> {
    return mapDisbursement(await this.disbursements.attest(actor, id, body.version));
  }

  /**
   * Extra control of a disbursement above NOK 1 000 000
   *
   * @remarks Finance or approvers; a second person other than the one who attested the disbursement or approved
   * the decision (403). Only disbursements above the threshold need it (422), and only once (409). Send
   * the version you read.
   */
  @ApiProblems(422)
  @CaseStep('disbursements/:id/extra-control', Role.Finance, Role.Approver)
  async extraControl(id: string, body: VersionRequest, actor: Actor): Promise<DisbursementResponse> {
    return mapDisbursement(await this.disbursements.extraControl(actor, id, body.version));
  }

  /**
   * Record a disbursement as paid
   *
   * @remarks Finance only, for a disbursement on a payment batch (409 invalid-state otherwise). The payment date
   * cannot be in the future nor before the batch's execution date (422). Send the version you read.
   */
  @ApiProblems(422)
  @CaseStep('disbursements/:id/paid', Role.Finance)
  async markDisbursementPaid(id: string, body: MarkPaidRequest, actor: Actor): Promise<DisbursementResponse> {
    return mapDisbursement(await this.disbursements.markPaid(actor, id, body.version, body.paidOn));
  }

  /**
   * Verify an organisation's new or changed bank account
   *
   * @remarks Caseworkers, finance and admins. Until the account is verified nothing is paid to the organisation;
   * the person who verifies it may not attest payments to it. An account verified already answers 409
   * invalid-state. Send the organisation's version.
   */
  @CaseStep('organisations/:id/bank-account/verification', Role.Caseworker, Role.Finance, Role.Admin)
  async verifyBankAccount(id: string, body: VersionRequest, actor: Actor): Promise<OrganisationResponse> {
    return mapOrganisation(await this.organisations.verifyBankAccount(actor, id, body.version));
  }

  /**
   * Build a payment batch from attested disbursements
   *
   * @remarks Finance only. Takes the attested disbursements due on or before the date (or of one round) and
   * produces the batch's CSV, XLSX and pain.001 files; disbursements that cannot be paid now are listed
   * as skipped with the reason. The execution date cannot be in the past, and there must be something to
   * pay (422 noneReady).
   */
  @ApiProblems(400, 409, 422, 404)
  @Post('payment-batches')
  @Roles(Role.Finance)
  async build(@Body() body: BuildBatchRequest, @CurrentActor() actor: Actor): Promise<BuiltBatchResponse> {
    const built = await this.batches.build(actor, body);
    return { ...mapBatch(built.batch, built.files), skipped: built.skipped };
  }

  /**
   * List payment batches
   *
   * @remarks Finance only. Filter by status; paged.
   */
  @Get('payment-batches')
  @Roles(...BATCH_READERS)
  async batchList(@Query() query: BatchListQuery): Promise<PaymentBatchPage> {
    return mapPage(await this.batches.list({ status: query.status }, pageRequest(query)), (b) => mapBatch(b));
  }

  /**
   * A payment batch with its files
   *
   * @remarks Finance only.
   */
  @Get('payment-batches/:id')
  @Roles(...BATCH_READERS)
  async batch(@Param('id') id: string): Promise<PaymentBatchResponse> {
    const { batch, files } = await this.batches.get(id);
    return mapBatch(batch, files);
  }

  /**
   * The disbursements of a payment batch
   *
   * @remarks Finance only; paged.
   */
  @Get('payment-batches/:id/items')
  @Roles(...BATCH_READERS)
  async items(@Param('id') id: string, @Query() query: PageQuery): Promise<BatchItemPage> {
    return mapPage(await this.batches.items(id, pageRequest(query)), (i) => i);
  }

  /**
   * Download a file of a payment batch (csv, xlsx or pain001)
   *
   * @remarks Finance only. Byte for byte as produced when the batch was built; every download is recorded in the
   * audit trail.
   */
  @Get('payment-batches/:id/files/:format')
  @Roles(...BATCH_READERS)
  @ApiProduces(...Object.values(EXPORT_CONTENT_TYPES))
  async file(
    @Param('id') id: string,
    @Param('format') format: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Readable> {
    const { file, content } = await this.batches.openFile(actor, id, format);
    fileHeaders(reply, { ...file, contentType: EXPORT_CONTENT_TYPES[file.format as ExportFormat] });
    return Readable.from(content);
  }

  /**
   * Cancel a payment batch
   *
   * @remarks Finance only, with a reason (422); its disbursements return to attested. A paid or cancelled batch
   * cannot be cancelled (409 invalid-state). Send the version you read.
   */
  @ApiProblems(422)
  @CaseStep('payment-batches/:id/cancellation', Role.Finance)
  async cancel(id: string, body: CancelBatchRequest, actor: Actor): Promise<PaymentBatchResponse> {
    return mapBatch(await this.batches.cancel(actor, id, body.version, body.reason));
  }

  /**
   * Record a payment batch as paid
   *
   * @remarks Finance only: every disbursement on it becomes paid, and a grant whose disbursements are all paid
   * becomes paid. The payment date cannot be in the future nor before the execution date (422). Send the
   * version you read.
   */
  @ApiProblems(422)
  @CaseStep('payment-batches/:id/paid', Role.Finance)
  async markBatchPaid(id: string, body: MarkPaidRequest, actor: Actor): Promise<PaymentBatchResponse> {
    return mapBatch(await this.batches.markPaid(actor, id, body.version, body.paidOn));
  }

  /**
   * The budget ledger per round and chapter/post
   *
   * @remarks Finance, approvers and admins: frame, granted, committed, paid, lapsed and remaining, in øre.
   */
  @Get('budget-ledger')
  @Roles(...LEDGER_READERS)
  async budgetLedger(@Query() query: LedgerQuery): Promise<LedgerResponse> {
    return this.ledger.ledger(query);
  }
}
