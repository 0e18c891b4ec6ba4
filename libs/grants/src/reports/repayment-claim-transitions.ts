import { DomainError } from '@app/platform';
import { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import { updateReturning } from '../kernel/persistence';
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

/**
 * The claim's letter reached the organisation (letters/report-letters.ts asks; reports owns the row): the
 * notification time and the appeal deadline, once. Not a save: notification is no edit of the claim, so its version
 * (finance's optimistic lock) stays. Null when it was recorded before (a second delivery moves nothing).
 */
export async function recordClaimNotification(
  manager: EntityManager,
  claimId: string,
  deliveredAt: Date,
  appealDeadline: Date,
  letterId: string,
): Promise<{ notifiedAt: Date; appealDeadline: Date } | null> {
  const [notified] = await updateReturning<{ id: string; notified_at: Date; appeal_deadline: Date }>(
    manager,
    `UPDATE repayment_claims SET notified_at = $2, appeal_deadline = $3
      WHERE id = $1 AND notified_at IS NULL
      RETURNING id, notified_at, appeal_deadline`,
    [claimId, deliveredAt, appealDeadline],
  );
  if (!notified) return null;
  await recordAudit(manager, {
    actor: null,
    action: 'repayment_claim.notified',
    entityType: 'repayment_claim',
    entityId: notified.id,
    after: { notifiedAt: notified.notified_at, appealDeadline: notified.appeal_deadline, letterId },
  });
  return { notifiedAt: notified.notified_at, appealDeadline: notified.appeal_deadline };
}
