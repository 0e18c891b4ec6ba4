import { batchNumber, Disbursement, PaymentBatch, PaymentBatchFile } from '@app/grants';
import { BatchFileResponse, DisbursementResponse, PaymentBatchResponse } from './payments.dto';
import { pick } from '../common/mapping';

export function mapDisbursement(d: Disbursement): DisbursementResponse {
  return {
    ...pick(
      d,
      'id',
      'decisionId',
      'applicationId',
      'organisationId',
      'roundId',
      'instalmentNo',
      'instalmentCount',
      'amountOre',
      'dueDate',
      'status',
      'attestedBy',
    ),
    attestedAt: d.attestedAt?.toISOString() ?? null,
    ...pick(d, 'bankAccount', 'requiresExtraControl', 'extraControlBy'),
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
    ...pick(
      b,
      'status',
      'roundId',
      'dueOnOrBefore',
      'executionDate',
      'itemCount',
      'totalOre',
      'truncations',
      'exportedBy',
    ),
    exportedAt: b.exportedAt.toISOString(),
    cancelledAt: b.cancelledAt?.toISOString() ?? null,
    cancelReason: b.cancelReason,
    version: b.version,
    ...(files ? { files: files.map(mapBatchFile) } : {}),
  };
}
