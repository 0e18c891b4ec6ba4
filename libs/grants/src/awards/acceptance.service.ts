import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  AppConfig,
  Clock,
  DomainError,
  formatOsloNorwegian,
  isPastDeadline,
  passedDeadlineBound,
} from '@app/platform';
import { DataSource, EntityManager, IsNull, LessThan, Not } from 'typeorm';
import { Actor } from '../kernel/actor';
import { snapshot } from '../kernel/persistence';
import { assertMaySign } from '../organisations/signing-rights';
import { lockApplicationForWrite } from '../applications/application-access';
import { applicationTransition } from '../applications/application-status';
import { moveApplication } from '../applications/application-transitions';
import { Application } from '../applications/application.entity';
import { DecisionOutcome } from '../kernel/decision-reasons';
import { Decision } from '../decisions/decision.entity';
import { recordDecisionAnswer } from '../decisions/decision-transitions';
import { Disbursement } from '../payments/disbursement.entity';
import { planDisbursements, settlePaidApplications } from '../payments/disbursement-transitions';

/**
 * Acceptance of the conditions of a grant by someone who may sign for the organisation, before the
 * acceptance deadline. Declining, or letting the deadline pass, lapses the grant and frees its amount.
 */
@Injectable()
export class AcceptanceService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async accept(actor: Actor, applicationId: string, version: number): Promise<Decision> {
    return this.db.transaction(async (manager) => {
      const { application, decision } = await this.loadForAnswer(manager, actor, applicationId, version);
      const now = this.clock.now();
      if (decision.acceptanceDeadline && isPastDeadline(now, decision.acceptanceDeadline)) {
        throw DomainError.rule(
          'acceptance',
          'deadline',
          `Fristen for å akseptere vilkårene gikk ut ${formatOsloNorwegian(decision.acceptanceDeadline)}.`,
        );
      }
      let planned: Disbursement[] = [];
      await moveApplication(
        manager,
        application,
        'accept',
        {
          actor,
          action: 'decision.accepted',
          describe: (row, moment) => ({
            application: snapshot(row),
            decision: snapshot(decision),
            ...(moment === 'after' && {
              disbursements: planned.map((d) => ({ id: d.id, amountOre: d.amountOre, dueDate: d.dueDate })),
            }),
          }),
        },
        async (row) => {
          await recordDecisionAnswer(manager, decision, { acceptedAt: now, acceptedBy: actor.userId });
          const threshold = this.config.payments.extraControlAboveOre;
          planned = await planDisbursements(manager, decision, row, now, threshold);
        },
      );
      // A new decision on appeal whose grant was paid in full already: nothing is left to pay.
      if (planned.length === 0) await settlePaidApplications(manager, actor, [applicationId]);
      return decision;
    });
  }

  async decline(actor: Actor, applicationId: string, version: number, reason: string): Promise<Decision> {
    if (!reason.trim()) throw DomainError.rule('reason', 'required', 'Skriv hvorfor dere takker nei.');
    return this.db.transaction(async (manager) => {
      const { application, decision } = await this.loadForAnswer(manager, actor, applicationId, version);
      return this.lapse(manager, actor, application, decision, `Takket nei: ${reason.trim()}`);
    });
  }

  /** Grants whose acceptance deadline has passed unanswered lapse (run by the daily scan). */
  async lapseOverdue(): Promise<string[]> {
    const now = this.clock.now();
    const overdue = await this.db.getRepository(Decision).find({
      select: { id: true, applicationId: true },
      where: {
        acceptanceDeadline: LessThan(passedDeadlineBound(now)),
        acceptedAt: IsNull(),
        lapsedAt: IsNull(),
        notifiedAt: Not(IsNull()),
        supersededBy: IsNull(),
      },
      take: 1000,
    });
    const lapsed: string[] = [];
    for (const { id, applicationId } of overdue) {
      await this.db.transaction(async (manager) => {
        // The application before its decision, as acceptance locks them: a signatory answering at this moment
        // queues behind the lapse (or the lapse behind the answer) instead of deadlocking with it.
        const application = await manager.findOneOrFail(Application, {
          where: { id: applicationId },
          lock: { mode: 'pessimistic_write' },
        });
        const decision = await manager.findOne(Decision, {
          where: { id },
          lock: { mode: 'pessimistic_write' },
        });
        if (!decision || decision.acceptedAt || decision.lapsedAt) return;
        await this.lapse(manager, null, application, decision, 'Vilkårene ble ikke akseptert innen fristen.');
        lapsed.push(decision.applicationId);
      });
    }
    return lapsed;
  }

  private async lapse(
    manager: EntityManager,
    actor: Actor | null,
    application: Application,
    decision: Decision,
    reason: string,
  ): Promise<Decision> {
    await moveApplication(
      manager,
      application,
      'lapse',
      {
        actor,
        action: 'decision.lapsed',
        describe: (row) => ({ application: snapshot(row), decision: snapshot(decision) }),
      },
      async () => {
        await recordDecisionAnswer(manager, decision, { lapsedAt: this.clock.now(), lapseReason: reason });
      },
    );
    return decision;
  }

  private async loadForAnswer(
    manager: EntityManager,
    actor: Actor,
    applicationId: string,
    version: number,
  ): Promise<{ application: Application; decision: Decision }> {
    const application = await lockApplicationForWrite(manager, actor, applicationId, version);
    await assertMaySign(
      manager,
      actor,
      application.organisationId,
      'Bare den som kan signere for organisasjonen, kan svare på vilkårene.',
    );
    const decision = await manager.findOne(Decision, {
      where: { applicationId, supersededBy: IsNull() },
      order: { createdAt: 'DESC' },
      lock: { mode: 'pessimistic_write' },
    });
    const grants = [DecisionOutcome.Granted, DecisionOutcome.PartlyGranted];
    if (!decision || !grants.includes(decision.outcome)) {
      throw DomainError.invalidState(
        'Søknaden har ikke et tilskudd med vilkår å svare på.',
        application.status,
      );
    }
    applicationTransition(application.status, 'accept');
    return { application, decision };
  }
}
