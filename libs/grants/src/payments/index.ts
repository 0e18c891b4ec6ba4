export * from './batch-file-store';
export * from './disbursement-status';
export * from './disbursement.entity';
export * from './disbursements.service';
export * from './exports';
export * from './payment-batch.entity';
export * from './payment-batches.service';
export * from '../kernel/payment-plan';
