import { DomainError } from '@app/platform';
import { DisbursementStatus } from './disbursement.entity';

/** docs/domain.md §7: planned → attested → exported → paid; back to attested when its batch is cancelled. */
export type DisbursementEvent =
  'attest' | 'extraControl' | 'export' | 'unexport' | 'pay' | 'revokeAttestation';

const ALLOWED: Record<DisbursementEvent, DisbursementStatus[]> = {
  attest: [DisbursementStatus.Planned],
  extraControl: [DisbursementStatus.Attested],
  export: [DisbursementStatus.Attested],
  unexport: [DisbursementStatus.Exported],
  pay: [DisbursementStatus.Exported],
  revokeAttestation: [DisbursementStatus.Attested],
};

const TARGET: Record<DisbursementEvent, DisbursementStatus | null> = {
  attest: DisbursementStatus.Attested,
  extraControl: null,
  export: DisbursementStatus.Exported,
  unexport: DisbursementStatus.Attested,
  pay: DisbursementStatus.Paid,
  revokeAttestation: DisbursementStatus.Planned,
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
