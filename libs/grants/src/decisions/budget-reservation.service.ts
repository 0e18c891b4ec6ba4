import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError } from '@app/platform';
import { DataSource, In, IsNull } from 'typeorm';
import { Actor } from '../kernel/actor';
import { AuditService } from '../audit/audit.service';
import { isUuid, lockVersioned, snapshot } from '../kernel/persistence';
import { addToOutbox } from '../outbox/outbox';
import { GrantRound } from '../rounds/grant-round.entity';
import { COMMITTING_OUTCOMES } from './decisions.service';
import { Decision } from './decision.entity';

/**
 * The Storting's budget decision (docs/domain.md §4): grant letters of a reserved round go out at once and carry the
 * reservation; payments wait until it is lifted. Lifting it tells every organisation whose grant in force was made
 * under it, once per decision (the outbox row's dedupe key is the decision).
 */
@Injectable()
export class BudgetReservationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Returns the ids of the decisions whose organisations are told. */
  async lift(roundId: string, version: number, actor: Actor): Promise<string[]> {
    if (!isUuid(roundId)) throw DomainError.notFound('Utlysningen');
    return this.db.transaction(async (manager) => {
      // The round's row lock is the one approvals take, so no decision under the reservation is made meanwhile.
      const round = await lockVersioned(manager, GrantRound, roundId, version, 'Utlysningen');
      if (!round.budgetReservation) {
        throw DomainError.invalidState('Utlysningen har ikke forbehold om budsjettvedtak.', round.status);
      }
      const before = snapshot(round);
      round.budgetReservation = false;
      await manager.save(round);
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
      for (const decision of grants) {
        await addToOutbox(
          manager,
          'letter.budget_reservation_lifted',
          { subjectId: decision.id },
          decision.id,
        );
      }
      await this.audit.record(manager, {
        actor,
        action: 'round.budget_reservation_lifted',
        entityType: 'grant_round',
        entityId: round.id,
        before,
        after: { ...snapshot(round), notifiedDecisions: grants.map((d) => d.id) },
      });
      return grants.map((d) => d.id);
    });
  }
}
