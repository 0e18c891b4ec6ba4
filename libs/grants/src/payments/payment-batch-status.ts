import { DomainError } from '@app/platform';
import { PaymentBatchStatus } from './payment-batch.entity';

/** docs/domain.md §7: a batch is exported when built; then paid by the bank, or cancelled before anything of it is paid. */
export type PaymentBatchEvent = 'pay' | 'cancel';

const TARGET: Record<PaymentBatchEvent, PaymentBatchStatus> = {
  pay: PaymentBatchStatus.Paid,
  cancel: PaymentBatchStatus.Cancelled,
};

const REFUSAL: Record<PaymentBatchEvent, string> = {
  pay: 'Bare en utbetalingsliste som er sendt til banken, kan markeres som betalt.',
  cancel: 'Bare en utbetalingsliste som ikke er betalt, kan kanselleres.',
};

/** The batch's state machine: only a batch out with the bank (exported) moves; otherwise 409 naming its status. */
export function paymentBatchTransition(
  current: PaymentBatchStatus,
  event: PaymentBatchEvent,
): PaymentBatchStatus {
  if (current !== PaymentBatchStatus.Exported) throw DomainError.invalidState(REFUSAL[event], current);
  return TARGET[event];
}
