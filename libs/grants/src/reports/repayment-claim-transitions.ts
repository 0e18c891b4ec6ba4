import { DomainError } from '@app/platform';
import { StatusOwner, statusOwner } from '../outbox/status-owner';
import { RepaymentClaim, RepaymentClaimStatus } from './repayment-claim.entity';

/** Finance records a repayment received; a new decision on appeal revises the claim's amount. */
export type RepaymentClaimEvent = 'repay' | 'revise';

const STEPS: Record<RepaymentClaimEvent, { from: RepaymentClaimStatus[]; refusal: string }> = {
  repay: { from: [RepaymentClaimStatus.Open], refusal: 'Kravet er allerede gjort opp.' },
  revise: {
    from: [RepaymentClaimStatus.Open, RepaymentClaimStatus.Settled],
    refusal: 'Kravet er allerede frafalt.',
  },
};

/** Refuses the event in the claim's status (409 naming it). */
export function assertClaimEvent(current: RepaymentClaimStatus, event: RepaymentClaimEvent): void {
  const step = STEPS[event];
  if (!step.from.includes(current)) throw DomainError.invalidState(step.refusal, current);
}

/** A claim's status follows from its amounts: cancelled at 0, settled when the repayments add up to it. */
export function claimStatusOf(claim: Pick<RepaymentClaim, 'amountOre' | 'repaidOre'>): RepaymentClaimStatus {
  if (claim.amountOre === 0) return RepaymentClaimStatus.Cancelled;
  return claim.repaidOre === claim.amountOre ? RepaymentClaimStatus.Settled : RepaymentClaimStatus.Open;
}

/** The event, refused in a status it does not apply to; the status itself follows the amounts (below). */
const claimOwner = statusOwner<RepaymentClaim, RepaymentClaimEvent>('repayment_claim', (claim, event) => {
  assertClaimEvent(claim.status, event);
  return claim.status;
});

/**
 * The owner of a repayment claim's status (issue 16, «one owner per state»): a repayment and a revision on appeal
 * both go through this on a row the caller has locked. The event is refused in a status it does not apply to;
 * `change` sets the amounts, and the status follows from them (open, settled, cancelled).
 */
export const moveRepaymentClaim: StatusOwner<RepaymentClaim, RepaymentClaimEvent> = (
  manager,
  claim,
  event,
  record,
  change = () => undefined,
) =>
  claimOwner(manager, claim, event, record, async (row) => {
    await change(row);
    row.status = claimStatusOf(row);
  });
