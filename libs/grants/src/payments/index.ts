export { Disbursement, DisbursementStatus } from './disbursement.entity';
export { DisbursementsService } from './disbursements.service';
export { csvField, neutraliseFormula } from './exports/csv-writer';
export { EXPORT_CONTENT_TYPES, ExportFormat } from './exports/export-row';
export { XLSX_FIRST_DATA_ROW } from './exports/xlsx-writer';
export { PaymentBatch, PaymentBatchFile, PaymentBatchStatus } from './payment-batch.entity';
export {
  batchExportHeader,
  batchNumber,
  PaymentBatchesService,
  paymentDebtor,
  writeBatchFile,
} from './payment-batches.service';
