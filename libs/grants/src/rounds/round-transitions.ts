import { EntityManager } from 'typeorm';
import { applyTransition, TransitionRecord } from '../outbox/transition';
import { GrantRound } from './grant-round.entity';
import { nextRoundStatus, RoundEvent } from './round-status';

type RoundRecord = Omit<TransitionRecord<GrantRound>, 'entityType'>;

/**
 * The owner of a round's status (issue 16, «one owner per state»): publish, close, decide, archive on a row the
 * caller has locked. The state machine in `round-status.ts` refuses an illegal step (409) before `guard` runs; the
 * guard checks the step's own rules and sets its columns (when it was published, the short-notice reason).
 */
export function moveRound(
  manager: EntityManager,
  round: GrantRound,
  event: RoundEvent,
  record: RoundRecord,
  guard: (round: GrantRound) => void | Promise<void> = () => undefined,
): Promise<GrantRound> {
  return applyTransition(manager, round, { ...record, entityType: 'grant_round' }, async (row) => {
    const next = nextRoundStatus(row.status, event);
    await guard(row);
    row.status = next;
  });
}

/** A change to a round that leaves its status (its texts, dates, frame): snapshot, change, save, audit in one place. */
export function changeRound(
  manager: EntityManager,
  round: GrantRound,
  record: RoundRecord,
  change: (round: GrantRound) => void | Promise<void>,
): Promise<GrantRound> {
  return applyTransition(manager, round, { ...record, entityType: 'grant_round' }, change);
}
