import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@app/platform';
import { DataSource } from 'typeorm';
import { Actor } from '../kernel/actor';
import { DecisionOutcome } from '../kernel/decision-reasons';
import { GrantRound } from '../rounds/grant-round.entity';
import { Application } from '../applications/application.entity';
import { ScreeningInput, ScreeningService } from '../assessment/screening.service';
import { ScreeningOutcome } from '../assessment/screening.entity';
import { recordNewDecision } from './decision-transitions';

/** What a dismissal needs besides the application: the reasons (required) and a municipality's justification. */
export type DismissalInput = Omit<ScreeningInput, 'outcome'>;

/**
 * Dismissal (avvisning) at the formal check: a decision the caseworker makes and explains (forvaltningsloven
 * §§ 24–25), with no approval step. In one transaction: the formal check records the dismissal and moves the
 * application submitted → decided, then the decision (dismissed, amount 0, prepared by the caseworker) is made,
 * audited and its letter asked for.
 */
@Injectable()
export class DismissalService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly screening: ScreeningService,
    private readonly clock: Clock,
  ) {}

  async dismiss(
    actor: Actor,
    applicationId: string,
    version: number,
    input: DismissalInput,
  ): Promise<Application> {
    return this.db.transaction(async (manager) => {
      const application = await this.screening.record(manager, actor, applicationId, version, {
        ...input,
        outcome: ScreeningOutcome.Dismissed,
      });
      const round = await manager.findOneByOrFail(GrantRound, { id: application.roundId });
      await recordNewDecision(manager, actor, {
        applicationId,
        roundId: application.roundId,
        outcome: DecisionOutcome.Dismissed,
        amountOre: 0,
        conditions: [],
        reasons: input.reasons!,
        preparedBy: actor.userId,
        approvedBy: null,
        decidedAt: this.clock.now(),
        madeUnderBudgetReservation: round.budgetReservation,
        supersededBy: null,
      });
      return application;
    });
  }
}
