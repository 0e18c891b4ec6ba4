import { EntityManager } from 'typeorm';
import { applyTransition, TransitionRecord } from '../outbox/transition';
import { PaymentBatchEvent, paymentBatchTransition } from './payment-batch-status';
import { PaymentBatch } from './payment-batch.entity';

/**
 * The owner of a payment batch's status (issue 16, «one owner per state»): paid (all of it, or with its last
 * disbursement) or cancelled, on a batch the caller has locked; `payment-batch-status.ts` refuses a batch that is no
 * longer with the bank (409). Its disbursements move through `moveDisbursements`, in the caller.
 */
export function movePaymentBatch(
  manager: EntityManager,
  batch: PaymentBatch,
  event: PaymentBatchEvent,
  record: Omit<TransitionRecord<PaymentBatch>, 'entityType'>,
  change: (batch: PaymentBatch) => void | Promise<void> = () => undefined,
): Promise<PaymentBatch> {
  return applyTransition(manager, batch, { ...record, entityType: 'payment_batch' }, async (row) => {
    row.status = paymentBatchTransition(row.status, event);
    await change(row);
  });
}
