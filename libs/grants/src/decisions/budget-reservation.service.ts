import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError } from '@app/platform';
import { DataSource, In, IsNull } from 'typeorm';
import { Actor } from '../kernel/actor';
import { isUuid, lockVersioned } from '../kernel/persistence';
import { changeRound } from '../rounds/round-transitions';
import { GrantRound } from '../rounds/grant-round.entity';
import { COMMITTING_OUTCOMES } from './budget-frame';
import { Decision } from './decision.entity';

/**
 * The Storting's budget decision (docs/domain.md §4): grant letters of a reserved round go out at once and carry the
 * reservation; payments wait until it is lifted. Lifting it tells every organisation whose grant in force was made
 * under it, once per decision (the outbox row's dedupe key is the decision).
 */
@Injectable()
export class BudgetReservationService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Returns the ids of the decisions whose organisations are told. */
  async lift(roundId: string, version: number, actor: Actor): Promise<string[]> {
    if (!isUuid(roundId)) throw DomainError.notFound('Utlysningen');
    return this.db.transaction(async (manager) => {
      // The round's row lock is the one approvals take, so no decision under the reservation is made meanwhile.
      const round = await lockVersioned(manager, GrantRound, roundId, version, 'Utlysningen');
      if (!round.budgetReservation) {
        throw DomainError.invalidState('Utlysningen har ikke forbehold om budsjettvedtak.', round.status);
      }
      const grants = await manager.find(Decision, {
        where: {
          roundId: round.id,
          outcome: In(COMMITTING_OUTCOMES),
          madeUnderBudgetReservation: true,
          supersededBy: IsNull(),
          lapsedAt: IsNull(),
        },
        order: { id: 'ASC' },
      });
      await changeRound(
        manager,
        round,
        {
          actor,
          action: 'round.budget_reservation_lifted',
          note: { notifiedDecisions: grants.map((d) => d.id) },
          effects: grants.map((decision) => ({
            topic: 'letter.budget_reservation_lifted',
            payload: { subjectId: decision.id },
            subjectKey: decision.id,
          })),
        },
        (row) => {
          row.budgetReservation = false;
        },
      );
      return grants.map((d) => d.id);
    });
  }
}
