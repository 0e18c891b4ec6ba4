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
@Controller()
export class PaymentsController {
  constructor(
    private readonly disbursements: DisbursementsService,
    private readonly batches: PaymentBatchesService,
    private readonly ledger: BudgetLedgerService,
    private readonly organisations: OrganisationsService,
  ) {}

  /** The payment plan of a grant, for the organisation's members and staff. */
  @Get('applications/:id/disbursements')
  async forApplication(
    @Param('id') id: string,
    @CurrentActor() actor: Actor,
  ): Promise<DisbursementResponse[]> {
    return (await this.disbursements.forApplication(actor, id)).map(mapDisbursement);
  }

  @Get('disbursements')
  @Roles(...DISBURSEMENT_READERS)
  async list(@Query() query: DisbursementListQuery): Promise<DisbursementPage> {
    const { limit: _l, offset: _o, ...filter } = query;
    return mapPage(await this.disbursements.list(filter, pageRequest(query)), mapDisbursement);
  }

  @Get('disbursements/:id')
  @Roles(...DISBURSEMENT_READERS)
  async get(@Param('id') id: string): Promise<DisbursementResponse> {
    return mapDisbursement(await this.disbursements.get(id));
  }

  /** Attestation by finance: someone who did not approve the decision and has no conflict. */
  @CaseStep('disbursements/:id/attestation', Role.Finance)
  async attest(id: string, body: VersionRequest, actor: Actor): Promise<DisbursementResponse> {
    return mapDisbursement(await this.disbursements.attest(actor, id, body.version));
  }

  /** The extra control of a disbursement above NOK 1 000 000, by a second person. */
  @CaseStep('disbursements/:id/extra-control', Role.Finance, Role.Approver)
  async extraControl(id: string, body: VersionRequest, actor: Actor): Promise<DisbursementResponse> {
    return mapDisbursement(await this.disbursements.extraControl(actor, id, body.version));
  }

  @CaseStep('disbursements/:id/paid', Role.Finance)
  async markDisbursementPaid(id: string, body: MarkPaidRequest, actor: Actor): Promise<DisbursementResponse> {
    return mapDisbursement(await this.disbursements.markPaid(actor, id, body.version, body.paidOn));
  }

  /** Sfk verifies a new or changed bank account; until then nothing is paid to the organisation. */
  @CaseStep('organisations/:id/bank-account/verification', Role.Caseworker, Role.Finance, Role.Admin)
  async verifyBankAccount(id: string, body: VersionRequest, actor: Actor): Promise<OrganisationResponse> {
    return mapOrganisation(await this.organisations.verifyBankAccount(actor, id, body.version));
  }

  /** Builds a batch from attested disbursements and produces its CSV, XLSX and pain.001 files. */
  @Post('payment-batches')
  @Roles(Role.Finance)
  async build(@Body() body: BuildBatchRequest, @CurrentActor() actor: Actor): Promise<BuiltBatchResponse> {
    const built = await this.batches.build(actor, body);
    return { ...mapBatch(built.batch, built.files), skipped: built.skipped };
  }

  @Get('payment-batches')
  @Roles(...BATCH_READERS)
  async batchList(@Query() query: BatchListQuery): Promise<PaymentBatchPage> {
    return mapPage(await this.batches.list({ status: query.status }, pageRequest(query)), (b) => mapBatch(b));
  }

  @Get('payment-batches/:id')
  @Roles(...BATCH_READERS)
  async batch(@Param('id') id: string): Promise<PaymentBatchResponse> {
    const { batch, files } = await this.batches.get(id);
    return mapBatch(batch, files);
  }

  @Get('payment-batches/:id/items')
  @Roles(...BATCH_READERS)
  async items(@Param('id') id: string, @Query() query: PageQuery): Promise<BatchItemPage> {
    return mapPage(await this.batches.items(id, pageRequest(query)), (i) => i);
  }

  /** A stored file of the batch, byte for byte as produced when the batch was built. */
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

  @CaseStep('payment-batches/:id/cancellation', Role.Finance)
  async cancel(id: string, body: CancelBatchRequest, actor: Actor): Promise<PaymentBatchResponse> {
    return mapBatch(await this.batches.cancel(actor, id, body.version, body.reason));
  }

  @CaseStep('payment-batches/:id/paid', Role.Finance)
  async markBatchPaid(id: string, body: MarkPaidRequest, actor: Actor): Promise<PaymentBatchResponse> {
    return mapBatch(await this.batches.markPaid(actor, id, body.version, body.paidOn));
  }

  /** Budget ledger per round and chapter/post: frame, granted, committed, paid, lapsed, remaining. */
  @Get('budget-ledger')
  @Roles(...LEDGER_READERS)
  async budgetLedger(@Query() query: LedgerQuery): Promise<LedgerResponse> {
    return this.ledger.ledger(query);
  }
}
