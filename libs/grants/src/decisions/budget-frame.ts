import { Injectable } from '@nestjs/common';
import { DomainError, formatKroner } from '@app/platform';
import type { EntityManager } from 'typeorm';
import { DecisionOutcome } from '../kernel/decision-reasons';
import { CommittedFunds } from '../rounds/committed-funds.port';
import { GrantRound } from '../rounds/grant-round.entity';

/** Decisions committing money: granted and partly granted, in force. */
export const COMMITTING_OUTCOMES = [DecisionOutcome.Granted, DecisionOutcome.PartlyGranted];

/** Locks the round row: every approval in the round waits here, so frame sums never race. */
export async function lockRound(manager: EntityManager, roundId: string): Promise<GrantRound> {
  const round = await manager.findOne(GrantRound, {
    where: { id: roundId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!round) throw DomainError.notFound('Utlysningen');
  return round;
}

/**
 * The round's frame holds `amountOre` more on top of `committedOre` (what decisions in force take, less any decision
 * being replaced), or the approval is refused naming what is left. Call it under the round's row lock.
 */
export function assertWithinFrame(round: GrantRound, committedOre: number, amountOre: number): void {
  if (committedOre + amountOre > round.budgetFrameOre) {
    throw DomainError.rule(
      'amountOre',
      'withinFrame',
      `Vedtaket vil overskride rammen for utlysningen. Gjenstående ramme er ${formatKroner(Math.max(0, round.budgetFrameOre - committedOre))}.`,
    );
  }
}

/** Sum granted in the round by decisions in force. */
export async function committedInRound(manager: EntityManager, roundId: string): Promise<number> {
  const [row] = await manager.query<{ sum: string }[]>(
    `SELECT COALESCE(SUM(amount_ore), 0) AS sum FROM decisions
      WHERE round_id = $1 AND superseded_by IS NULL AND lapsed_at IS NULL AND outcome = ANY($2)`,
    [roundId, COMMITTING_OUTCOMES],
  );
  return Number(row.sum);
}

/** Provides rounds' `CommittedFunds` port: what decisions in force grant from a round's frame. */
@Injectable()
export class DecisionsCommittedFunds extends CommittedFunds {
  inRound(manager: EntityManager, roundId: string): Promise<number> {
    return committedInRound(manager, roundId);
  }
}
