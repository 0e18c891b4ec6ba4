import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, Clock, DomainError, osloDate, Page, PageRequest } from '@app/platform';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../kernel/actor';
import { AuditService } from '../audit/audit.service';
import { isUuid, lockVersioned, snapshot } from '../kernel/persistence';
import { readStoredFile } from './batch-file-store';
import { DisbursementStatus } from './disbursement.entity';
import { lockDisbursementsFor, moveDisbursements, settlePaidApplications } from './disbursement-transitions';
import { PaymentBatchEvent, paymentBatchTransition } from './payment-batch-status';
import { movePaymentBatch } from './payment-batch-transitions';
import { checkPaidOn } from './disbursements.service';
import { Debtor, ExportFormat } from './exports/export-row';
import { paymentDebtor, paymentExecutionDate, writeBatchFiles } from './payment-batch-files';
import { PaymentBatch, PaymentBatchFile, PaymentBatchStatus } from './payment-batch.entity';

export interface BuildBatchInput {
  roundId?: string;
  /** Disbursements due on or before this day (YYYY-MM-DD). */
  dueOnOrBefore: string;
  /**
   * Requested execution date in the payment file: never in the past, never before a disbursement in the batch is
   * due. Default: today (Oslo), or the latest due date in the batch if that is later.
   */
  executionDate?: string;
}

/** Why an attested disbursement matching the filter was left out of a batch. */
export interface SkippedDisbursement {
  disbursementId: string;
  reason:
    | 'bank_account_unverified'
    | 'bank_account_changed'
    | 'organisation_flagged'
    | 'extra_control_missing'
    | 'budget_reservation';
}

export interface BuiltBatch {
  batch: PaymentBatch;
  files: PaymentBatchFile[];
  skipped: SkippedDisbursement[];
}

/** The reason, in SQL, an attested disbursement `d` of organisation `o` in round `r` cannot be exported now. */
const SKIP_REASON_SQL = `CASE
    WHEN o.bank_account_verified_at IS NULL THEN 'bank_account_unverified'
    WHEN o.bank_account <> d.bank_account THEN 'bank_account_changed'
    WHEN o.bankrupt OR o.under_liquidation THEN 'organisation_flagged'
    WHEN d.requires_extra_control AND d.extra_control_by IS NULL THEN 'extra_control_missing'
    WHEN r.budget_reservation THEN 'budget_reservation'
  END`;

/** The row the files show, frozen into the batch item (see BatchExportRow). */
const EXPORT_ROW_SQL = `jsonb_build_object(
    'disbursementId', d.id, 'referenceNumber', a.reference_number, 'grantYear', r.year, 'schemeCode', s.code,
    'budgetChapter', r.budget_chapter, 'budgetPost', r.budget_post, 'recipientName', o.name,
    'organisationNumber', o.organisation_number, 'bankAccount', d.bank_account, 'kid', NULL,
    'message', left('Tilskudd ' || a.reference_number || ', utbetaling ' || d.instalment_no || ' av ' || d.instalment_count
                    || ', fra Sekretariatet for konfliktrådene', 140),
    'amountOre', d.amount_ore, 'dueDate', to_char(d.due_date, 'YYYY-MM-DD'),
    'instalmentNo', d.instalment_no, 'instalmentCount', d.instalment_count,
    'attestedByName', ua.name, 'attestedAt', d.attested_at, 'approvedByName', up.name, 'approvedAt', dec.decided_at)`;

/** An attested disbursement the build considers, with why it cannot go now (null: it can). */
interface Candidate {
  id: string;
  status: DisbursementStatus;
  amount_ore: string;
  due_date: string;
  skip: SkippedDisbursement['reason'] | null;
}

/**
 * Utbetalingslister (docs/domain.md §7): attested disbursements exported together, with their control total and
 * three files (CSV, XLSX, pain.001) stored with the batch. A disbursement is in one live batch at most —
 * the candidates are locked in a fixed order and a partial unique index refuses a second live item.
 */
@Injectable()
export class PaymentBatchesService {
  private readonly debtor: Debtor;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {
    this.debtor = paymentDebtor(config);
  }

  async build(actor: Actor, input: BuildBatchInput): Promise<BuiltBatch> {
    if (input.roundId !== undefined && !isUuid(input.roundId)) throw DomainError.notFound('Utlysningen');
    const today = osloDate(this.clock.now());
    if (input.executionDate !== undefined && input.executionDate < today) {
      throw DomainError.rule('executionDate', 'notInPast', 'Betalingsdatoen kan ikke være tilbake i tid.');
    }
    return this.db.transaction(async (manager) => {
      const { ready, skipped } = await selectCandidates(manager, input);
      const executionDate = paymentExecutionDate(input.executionDate, today, ready);
      const ids = ready.map((c) => c.id);
      const totalOre = ready.reduce((sum, c) => sum + Number(c.amount_ore), 0);
      const exportedAt = this.clock.now();
      const batch = await manager.save(
        manager.create(PaymentBatch, {
          status: PaymentBatchStatus.Exported,
          roundId: input.roundId ?? null,
          dueOnOrBefore: input.dueOnOrBefore,
          executionDate,
          itemCount: ids.length,
          totalOre,
          exportedBy: actor.userId,
          exportedAt,
        }),
      );
      await insertItems(manager, batch.id, ids);
      await moveDisbursements(manager, ready, 'export');
      const { files, truncations } = await writeBatchFiles(manager, batch, this.debtor);
      // A plain UPDATE: the batch was just created, and this is part of its creation, not a change (no version).
      await manager.query(`UPDATE payment_batches SET truncations = $2::jsonb WHERE id = $1`, [
        batch.id,
        JSON.stringify(truncations),
      ]);
      batch.truncations = truncations;
      await this.audit.record(manager, {
        actor,
        action: 'payment_batch.exported',
        entityType: 'payment_batch',
        entityId: batch.id,
        after: {
          ...snapshot(batch),
          disbursementIds: ids.length <= 1000 ? ids : undefined,
          files: files.map((f) => ({ format: f.format, sha256: f.sha256, sizeBytes: f.sizeBytes })),
          skipped: skipped.length,
          truncations: truncations.length,
        },
      });
      return { batch, files, skipped };
    });
  }

  /** Withdraws a batch nothing of which is paid: its disbursements go back to attested. */
  async cancel(actor: Actor, id: string, version: number, reason: string): Promise<PaymentBatch> {
    if (!reason.trim())
      throw DomainError.rule('reason', 'required', 'Skriv hvorfor utbetalingslisten kanselleres.');
    return this.db.transaction(async (manager) => {
      const batch = await this.lockFor(manager, id, version, 'cancel');
      const [{ paid }] = await manager.query<{ paid: number }[]>(
        `SELECT count(*)::int AS paid FROM payment_batch_items i JOIN disbursements d ON d.id = i.disbursement_id
          WHERE i.batch_id = $1 AND i.live AND d.status = 'paid'`,
        [batch.id],
      );
      if (paid > 0) {
        throw DomainError.invalidState(
          `${paid} av utbetalingene i listen er allerede markert som betalt; listen kan ikke kanselleres.`,
          batch.status,
        );
      }
      await moveDisbursements(
        manager,
        await lockDisbursementsFor(manager, { batchId: batch.id }, 'unexport'),
        'unexport',
      );
      await manager.query(`UPDATE payment_batch_items SET live = false WHERE batch_id = $1`, [batch.id]);
      return movePaymentBatch(
        manager,
        batch,
        'cancel',
        { actor, action: 'payment_batch.cancelled' },
        (row) => {
          Object.assign(row, {
            cancelledAt: this.clock.now(),
            cancelledBy: actor.userId,
            cancelReason: reason.trim(),
          });
        },
      );
    });
  }

  /** The bank paid the whole batch on the given day. */
  async markPaid(actor: Actor, id: string, version: number, paidOn: string): Promise<PaymentBatch> {
    return this.db.transaction(async (manager) => {
      const batch = await this.lockFor(manager, id, version, 'pay');
      checkPaidOn(paidOn, batch, this.clock.now());
      const paid = await lockDisbursementsFor(manager, { batchId: batch.id }, 'pay');
      await moveDisbursements(manager, paid, 'pay', { paidOn, paidRecordedBy: actor.userId });
      await movePaymentBatch(manager, batch, 'pay', {
        actor,
        action: 'payment_batch.paid',
        note: { paidOn, disbursementsPaid: paid.length },
      });
      await settlePaidApplications(manager, actor, [...new Set(paid.map((p) => p.applicationId))]);
      return batch;
    });
  }

  async list(filter: { status?: PaymentBatchStatus }, page: PageRequest): Promise<Page<PaymentBatch>> {
    const [items, total] = await this.db.getRepository(PaymentBatch).findAndCount({
      where: filter.status ? { status: filter.status } : {},
      order: { number: 'DESC' },
      take: page.limit,
      skip: page.offset,
    });
    return { items, total, ...page };
  }

  async get(id: string): Promise<{ batch: PaymentBatch; files: PaymentBatchFile[] }> {
    const batch = isUuid(id) ? await this.db.getRepository(PaymentBatch).findOneBy({ id }) : null;
    if (!batch) throw DomainError.notFound('Utbetalingslisten');
    const files = await this.db
      .getRepository(PaymentBatchFile)
      .find({ where: { batchId: id }, order: { format: 'ASC' } });
    return { batch, files };
  }

  /** The batch's rows (paged), as the files show them, with each disbursement's current status. */
  async items(
    id: string,
    page: PageRequest,
  ): Promise<Page<{ row: Record<string, unknown>; status: string; live: boolean }>> {
    await this.get(id);
    const rows = await this.db.query<{ row: Record<string, unknown>; status: string; live: boolean }[]>(
      `SELECT i.row, d.status, i.live FROM payment_batch_items i JOIN disbursements d ON d.id = i.disbursement_id
        WHERE i.batch_id = $1 ORDER BY i.position LIMIT $2 OFFSET $3`,
      [id, page.limit, page.offset],
    );
    const [{ total }] = await this.db.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM payment_batch_items WHERE batch_id = $1`,
      [id],
    );
    return { items: rows, total, ...page };
  }

  /**
   * A stored file for download, exactly as produced. The download is audited; the bytes stream from the
   * database chunk by chunk.
   */
  async openFile(
    actor: Actor,
    id: string,
    format: string,
  ): Promise<{ file: PaymentBatchFile; content: AsyncIterable<Buffer> }> {
    if (!isUuid(id) || !(Object.values(ExportFormat) as string[]).includes(format)) {
      throw DomainError.notFound('Filen');
    }
    const file = await this.db.getRepository(PaymentBatchFile).findOneBy({ batchId: id, format });
    if (!file) throw DomainError.notFound('Filen');
    await this.audit.record(this.db.manager, {
      actor,
      action: 'payment_batch.file_downloaded',
      entityType: 'payment_batch',
      entityId: id,
      after: { format, sha256: file.sha256 },
    });
    return { file, content: readStoredFile(this.db, file.id, file.chunkCount) };
  }

  /** Locks the batch, checks the client's version and that the event is allowed in its status (out with the bank). */
  private async lockFor(
    manager: EntityManager,
    id: string,
    version: number,
    event: PaymentBatchEvent,
  ): Promise<PaymentBatch> {
    if (!isUuid(id)) throw DomainError.notFound('Utbetalingslisten');
    const batch = await lockVersioned(manager, PaymentBatch, id, version, 'Utbetalingslisten');
    paymentBatchTransition(batch.status, event);
    return batch;
  }
}

/**
 * The attested disbursements the filter selects, locked in id order (a concurrent build waits here and then sees
 * them as exported): those ready for the bank, and those left out with the reason. Refuses when none is ready.
 */
async function selectCandidates(
  manager: EntityManager,
  input: BuildBatchInput,
): Promise<{ ready: Candidate[]; skipped: SkippedDisbursement[] }> {
  const candidates = await manager.query<Candidate[]>(
    `SELECT d.id, d.status, d.amount_ore, to_char(d.due_date, 'YYYY-MM-DD') AS due_date, ${SKIP_REASON_SQL} AS skip
       FROM disbursements d
       JOIN organisations o ON o.id = d.organisation_id
       JOIN grant_rounds r ON r.id = d.round_id
      WHERE d.status = 'attested'
        AND ($1::uuid IS NULL OR d.round_id = $1)
        AND ($2::date IS NULL OR d.due_date <= $2)
      ORDER BY d.id
      FOR UPDATE OF d`,
    [input.roundId ?? null, input.dueOnOrBefore],
  );
  const skipped = candidates
    .filter((c) => c.skip !== null)
    .map((c) => ({ disbursementId: c.id, reason: c.skip! }));
  const ready = candidates.filter((c) => c.skip === null);
  if (ready.length === 0) {
    throw DomainError.rule(
      input.roundId ? 'roundId' : 'dueOnOrBefore',
      'noneReady',
      skipped.length > 0
        ? `Ingen av de ${skipped.length} attesterte utbetalingene kan sendes nå (kontonummer, flagg, ekstra kontroll eller budsjettforbehold).`
        : 'Det finnes ingen attesterte utbetalinger som ikke allerede er på en utbetalingsliste.',
    );
  }
  return { ready, skipped };
}

/** The batch's items, each with the row its files show frozen in. */
async function insertItems(manager: EntityManager, batchId: string, ids: string[]): Promise<void> {
  await manager.query(
    `INSERT INTO payment_batch_items (batch_id, disbursement_id, position, live, amount_ore, row)
     SELECT $1, d.id, row_number() OVER (ORDER BY s.code, r.year, a.reference_number, d.instalment_no), true,
            d.amount_ore, ${EXPORT_ROW_SQL}
       FROM disbursements d
       JOIN decisions dec ON dec.id = d.decision_id
       JOIN applications a ON a.id = d.application_id
       JOIN organisations o ON o.id = d.organisation_id
       JOIN grant_rounds r ON r.id = d.round_id
       JOIN grant_schemes s ON s.id = r.scheme_id
       JOIN users ua ON ua.id = d.attested_by
       JOIN users up ON up.id = dec.approved_by
      WHERE d.id = ANY($2::uuid[])`,
    [batchId, ids],
  );
}
export {
  batchExportHeader,
  batchNumber,
  paymentDebtor,
  paymentExecutionDate,
  writeBatchFile,
} from './payment-batch-files';
