import { batchNumber, Disbursement, PaymentBatch, PaymentBatchFile } from '@app/grants';
import { BatchFileResponse, DisbursementResponse, PaymentBatchResponse } from './payments.dto';

export function mapDisbursement(d: Disbursement): DisbursementResponse {
  return {
    id: d.id,
    decisionId: d.decisionId,
    applicationId: d.applicationId,
    organisationId: d.organisationId,
    roundId: d.roundId,
    instalmentNo: d.instalmentNo,
    instalmentCount: d.instalmentCount,
    amountOre: d.amountOre,
    dueDate: d.dueDate,
    status: d.status,
    attestedBy: d.attestedBy,
    attestedAt: d.attestedAt?.toISOString() ?? null,
    bankAccount: d.bankAccount,
    requiresExtraControl: d.requiresExtraControl,
    extraControlBy: d.extraControlBy,
    extraControlAt: d.extraControlAt?.toISOString() ?? null,
    paidOn: d.paidOn,
    version: d.version,
  };
}

export function mapBatchFile(f: PaymentBatchFile): BatchFileResponse {
  return {
    format: f.format,
    fileName: f.fileName,
    sizeBytes: Number(f.sizeBytes),
    sha256: f.sha256,
    href: `/api/payment-batches/${f.batchId}/files/${f.format}`,
  };
}

export function mapBatch(b: PaymentBatch, files?: PaymentBatchFile[]): PaymentBatchResponse {
  return {
    id: b.id,
    number: batchNumber(b),
    status: b.status,
    roundId: b.roundId,
    dueOnOrBefore: b.dueOnOrBefore,
    executionDate: b.executionDate,
    itemCount: b.itemCount,
    totalOre: b.totalOre,
    truncations: b.truncations,
    exportedBy: b.exportedBy,
    exportedAt: b.exportedAt.toISOString(),
    cancelledAt: b.cancelledAt?.toISOString() ?? null,
    cancelReason: b.cancelReason,
    version: b.version,
    ...(files ? { files: files.map(mapBatchFile) } : {}),
  };
}
