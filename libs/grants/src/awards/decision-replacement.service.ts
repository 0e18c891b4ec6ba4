import { Injectable } from '@nestjs/common';
import { Clock, DomainError } from '@app/platform';
import { EntityManager } from 'typeorm';
import { Actor } from '../kernel/actor';
import { moveApplication } from '../applications/application-transitions';
import { Application } from '../applications/application.entity';
import { snapshot } from '../kernel/persistence';
import {
  lockDisbursementsFor,
  moveDisbursements,
  paidToApplication,
} from '../payments/disbursement-transitions';
import { GrantRound } from '../rounds/grant-round.entity';
import { DecisionOutcome, DecisionReasons } from '../kernel/decision-reasons';
import { Decision } from '../decisions/decision.entity';
import {
  assertWithinFrame,
  COMMITTING_OUTCOMES,
  committedInRound,
  lockRound,
} from '../decisions/budget-frame';
import { recordSupersession } from '../decisions/decision-transitions';

export interface ReplacementTerms {
  outcome: DecisionOutcome.Granted | DecisionOutcome.PartlyGranted | DecisionOutcome.Rejected;
  amountOre: number;
  reasons: DecisionReasons | null;
  conditions: string[];
}

/** What a new decision leaves paid beyond the grant, to be claimed back (reports/repayment-claims.ts). */
export interface Overpayment {
  applicationId: string;
  decisionId: string;
  paidOre: number;
  overpaidOre: number;
}

export interface ReplacementInput {
  oldDecisionId: string;
  terms: ReplacementTerms;
  preparedBy: string;
  /** What caused it, for the audit trail: { appealId } or { changeRequestId }. */
  cause: Record<string, string>;
  /**
   * Claims back what the new decision leaves paid beyond the grant, in the same transaction (an appeal does it
   * through reports/repayment-claims.ts). A change request only raises a grant and passes none.
   */
  claimOverpayment?: (overpayment: Overpayment) => Promise<void>;
}

/**
 * A new decision that replaces the one in force — after an appeal (forvaltningsloven § 33) or a change request that
 * needs more money. It goes through the same steps as any decision: four eyes (the approver is not the preparer, a
 * CHECK too), the round's frame under its row lock with the old decision's amount released, a letter, acceptance and
 * payment. Unpaid disbursements of the old decision are cancelled; what was already paid counts towards the new
 * grant when it is accepted, and what was paid beyond it is claimed back.
 */
@Injectable()
export class DecisionReplacementService {
  constructor(private readonly clock: Clock) {}

  async replace(manager: EntityManager, approver: Actor, input: ReplacementInput): Promise<Decision> {
    const { old, round } = await lockReplaceable(manager, approver, input);
    const decision = manager.create(Decision, {
      applicationId: old.applicationId,
      roundId: round.id,
      outcome: input.terms.outcome,
      amountOre: input.terms.amountOre,
      reasons: input.terms.reasons,
      conditions: input.terms.outcome === DecisionOutcome.Rejected ? [] : input.terms.conditions,
      preparedBy: input.preparedBy,
      approvedBy: approver.userId,
      decidedAt: this.clock.now(),
      madeUnderBudgetReservation: round.budgetReservation,
      supersededBy: null,
    });
    await manager.save(decision);
    await recordSupersession(manager, old, decision);
    const cancelled = await lockDisbursementsFor(manager, { applicationId: old.applicationId }, 'cancel');
    await moveDisbursements(manager, cancelled, 'cancel');
    const paidOre = await paidToApplication(manager, old.applicationId);
    const application = await manager.findOneOrFail(Application, {
      where: { id: old.applicationId },
      lock: { mode: 'pessimistic_write' },
    });
    await moveApplication(manager, application, 'redecide', {
      actor: approver,
      action: 'decision.approved',
      note: {
        decision: snapshot(decision),
        replaces: old.id,
        ...input.cause,
        cancelledDisbursements: cancelled.map((c) => c.id),
        paidOre,
      },
      effects: [{ topic: 'letter.decision', payload: { decisionId: decision.id }, subjectKey: decision.id }],
    });
    if (paidOre > input.terms.amountOre) {
      if (!input.claimOverpayment)
        throw new Error('the new decision leaves an overpayment nobody claims back');
      await input.claimOverpayment({
        applicationId: old.applicationId,
        decisionId: decision.id,
        paidOre,
        overpaidOre: paidOre - input.terms.amountOre,
      });
    }
    return decision;
  }
}

/**
 * Locks the decision in force and its round, and refuses a replacement that may not be made now: the decision is
 * already replaced (409), the approver prepared the case (403), the new amount breaks the round's frame with the old
 * one released (422), or a payment of the case is with the bank (409).
 */
async function lockReplaceable(
  manager: EntityManager,
  approver: Actor,
  input: ReplacementInput,
): Promise<{ old: Decision; round: GrantRound }> {
  const old = await manager.findOne(Decision, {
    where: { id: input.oldDecisionId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!old || old.supersededBy) {
    throw DomainError.invalidState('Vedtaket er allerede erstattet av et nyere vedtak.', 'superseded');
  }
  if (input.preparedBy === approver.userId) {
    throw DomainError.forbidden(
      'Du forberedte saken selv og kan ikke godkjenne vedtaket (to personer skal se på saken).',
    );
  }
  const round = await lockRound(manager, old.roundId);
  const oldCounts = COMMITTING_OUTCOMES.includes(old.outcome) && !old.lapsedAt;
  const committed = (await committedInRound(manager, round.id)) - (oldCounts ? old.amountOre : 0);
  assertWithinFrame(round, committed, input.terms.amountOre);
  const [{ exported }] = await manager.query<{ exported: number }[]>(
    `SELECT count(*)::int AS exported FROM disbursements WHERE application_id = $1 AND status = 'exported'`,
    [old.applicationId],
  );
  if (exported > 0) {
    throw DomainError.invalidState(
      'En utbetaling i saken er sendt til banken. Registrer den som betalt, eller kanseller utbetalingslisten, før vedtaket endres.',
      'exported',
    );
  }
  return { old, round };
}
