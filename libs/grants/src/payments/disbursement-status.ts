import { DomainError } from '@app/platform';
import { DisbursementStatus } from './disbursement.entity';

/**
 * docs/domain.md §7: planned → attested → exported → paid; back to attested when its batch is cancelled, back to planned
 * when the bank account changes; cancelled (unpaid, not with the bank) when a new decision replaces its grant.
 */
export type DisbursementEvent =
  'attest' | 'extraControl' | 'export' | 'unexport' | 'pay' | 'revokeAttestation' | 'cancel';

const ALLOWED: Record<DisbursementEvent, DisbursementStatus[]> = {
  attest: [DisbursementStatus.Planned],
  extraControl: [DisbursementStatus.Attested],
  export: [DisbursementStatus.Attested],
  unexport: [DisbursementStatus.Exported],
  pay: [DisbursementStatus.Exported],
  revokeAttestation: [DisbursementStatus.Attested],
  cancel: [DisbursementStatus.Planned, DisbursementStatus.Attested],
};

const TARGET: Record<DisbursementEvent, DisbursementStatus | null> = {
  attest: DisbursementStatus.Attested,
  extraControl: null,
  export: DisbursementStatus.Exported,
  unexport: DisbursementStatus.Attested,
  pay: DisbursementStatus.Paid,
  revokeAttestation: DisbursementStatus.Planned,
  cancel: DisbursementStatus.Cancelled,
};

export const DISBURSEMENT_STATUS_NB: Record<DisbursementStatus, string> = {
  planned: 'planlagt',
  attested: 'attestert',
  exported: 'sendt til banken',
  paid: 'utbetalt',
  cancelled: 'kansellert',
};

const EVENT_NB: Record<DisbursementEvent, string> = {
  attest: 'attesteres',
  extraControl: 'få ekstra kontroll',
  export: 'tas med i en utbetalingsliste',
  unexport: 'tas ut av utbetalingslisten',
  pay: 'markeres som utbetalt',
  revokeAttestation: 'få attestasjonen opphevet',
  cancel: 'kanselleres',
};

export function disbursementTransition(
  current: DisbursementStatus,
  event: DisbursementEvent,
): DisbursementStatus {
  if (!ALLOWED[event].includes(current)) {
    throw DomainError.invalidState(
      `Utbetalingen kan ikke ${EVENT_NB[event]} når den har status «${DISBURSEMENT_STATUS_NB[current]}».`,
      current,
    );
  }
  return TARGET[event] ?? current;
}

/** The statuses from which `event` may move a disbursement (for selecting the rows a bulk step moves). */
export function disbursementStatusesFor(event: DisbursementEvent): DisbursementStatus[] {
  return [...ALLOWED[event]];
}
