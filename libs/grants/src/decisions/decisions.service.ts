import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, DomainError, retryOnContention } from '@app/platform';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, hasRole } from '../kernel/actor';
import { compareIds, isUuid, lockVersioned, snapshot } from '../kernel/persistence';
import { Role } from '../kernel/role';
import { GrantRound } from '../rounds/grant-round.entity';
import { moveApplication } from '../applications/application-transitions';
import { loadApplication } from '../applications/application-access';
import { applicationTransition } from '../applications/application-status';
import { Application } from '../applications/application.entity';
import { Assessment } from '../assessment/assessment.entity';
import { ImpartialityService } from '../applications/impartiality.service';
import {
  DecisionOutcome,
  DecisionReasons,
  OUTCOME_FOR_RECOMMENDATION,
  reasonsComplete,
  outcomeTermErrors,
} from '../kernel/decision-reasons';
import { assertWithinFrame, committedInRound, lockRound } from './budget-frame';
import { decisionLetter } from './decision-transitions';
import { Decision } from './decision.entity';
import { CasePart } from '../kernel/need-to-know';

export interface ApprovalInput {
  /** Omitted: the recommendation stands. Given: the approver's own outcome and amount, with reasons. */
  outcome?: DecisionOutcome.Granted | DecisionOutcome.PartlyGranted | DecisionOutcome.Rejected;
  amountOre?: number;
  reasons?: DecisionReasons | null;
  conditions?: string[];
}

// The budget frame moved to budget-frame.ts; these names stay importable from here until their callers move.

@Injectable()
export class DecisionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly impartiality: ImpartialityService,
    private readonly clock: Clock,
  ) {}

  /**
   * Four-eyes approval by a leader with budget authority who did not assess the application and has
   * declared no conflict. The round's frame is checked under the round's row lock, so two approvals at
   * the same moment cannot together exceed it.
   */
  async approve(
    actor: Actor,
    applicationId: string,
    version: number,
    input: ApprovalInput,
  ): Promise<Decision> {
    return retryOnContention(() =>
      this.db.transaction(async (manager) => {
        const application = await this.loadForApproval(manager, actor, applicationId, version);
        const round = await lockRound(manager, application.roundId);
        const [decision] = await this.decideAll(manager, actor, round, [{ application, input }]);
        return decision;
      }),
    );
  }

  /**
   * Approves several recommendations as they stand, all or none, in one check of the frame. The applications are
   * locked in id order, whatever order the request lists them in, so two batches over the same applications
   * queue behind each other instead of deadlocking; the one that comes second finds them decided (409).
   */
  async approveMany(
    actor: Actor,
    roundId: string,
    items: { applicationId: string; version: number }[],
  ): Promise<Decision[]> {
    if (!isUuid(roundId)) throw DomainError.notFound('Utlysningen');
    const inLockOrder = [...items].sort((a, b) => compareIds(a.applicationId, b.applicationId));
    return retryOnContention(() =>
      this.db.transaction(async (manager) => {
        const applications: Application[] = [];
        for (const item of inLockOrder) {
          const application = await this.loadForApproval(manager, actor, item.applicationId, item.version);
          if (application.roundId !== roundId) {
            throw DomainError.rule('applicationIds', 'sameRound', 'Alle søknadene må høre til utlysningen.');
          }
          applications.push(application);
        }
        const round = await lockRound(manager, roundId);
        const decisions = await this.decideAll(
          manager,
          actor,
          round,
          applications.map((application) => ({ application, input: {} })),
        );
        // Answered in the order the request listed them.
        const position = new Map(items.map((item, index) => [item.applicationId, index]));
        return decisions.sort((a, b) => position.get(a.applicationId)! - position.get(b.applicationId)!);
      }),
    );
  }

  /** The decisions of an application, newest first. */
  async forApplication(actor: Actor, applicationId: string): Promise<Decision[]> {
    await loadApplication(this.db.manager, actor, applicationId, CasePart.Decisions);
    return this.db.getRepository(Decision).find({ where: { applicationId }, order: { createdAt: 'DESC' } });
  }

  private async loadForApproval(
    manager: EntityManager,
    actor: Actor,
    applicationId: string,
    version: number,
  ): Promise<Application> {
    if (!hasRole(actor, Role.Approver)) {
      throw DomainError.forbidden('Bare ledere med budsjettdisponeringsmyndighet kan godkjenne vedtak.');
    }
    await loadApplication(manager, actor, applicationId);
    await this.impartiality.assertImpartial(manager, actor, applicationId);
    const application = await lockVersioned(manager, Application, applicationId, version, 'Søknaden');
    applicationTransition(application.status, 'approve');
    return application;
  }

  private async decideAll(
    manager: EntityManager,
    actor: Actor,
    round: GrantRound,
    items: { application: Application; input: ApprovalInput }[],
  ): Promise<Decision[]> {
    const committed = await committedInRound(manager, round.id);
    let adding = 0;
    const decisions: Decision[] = [];
    for (const { application, input } of items) {
      const assessment = await manager.findOneByOrFail(Assessment, { applicationId: application.id });
      if (assessment.assessedBy === actor.userId) {
        throw DomainError.forbidden(
          'Du vurderte denne søknaden selv og kan ikke godkjenne vedtaket (to personer skal se på saken).',
        );
      }
      const terms = finalTerms(assessment, application, input);
      assertWithinFrame(round, committed + adding, terms.amountOre);
      adding += terms.amountOre;
      const decision = manager.create(Decision, {
        applicationId: application.id,
        roundId: round.id,
        ...terms,
        preparedBy: assessment.assessedBy,
        approvedBy: actor.userId,
        decidedAt: this.clock.now(),
        madeUnderBudgetReservation: round.budgetReservation,
        supersededBy: null,
      });
      await manager.save(decision);
      await moveApplication(manager, application, 'approve', {
        actor,
        action: 'decision.approved',
        note: { decision: snapshot(decision) },
        effects: [decisionLetter(decision)],
      });
      decisions.push(decision);
    }
    return decisions;
  }
}

/** The approved terms: the recommendation, or the approver's change of it (which needs reasons). */
function finalTerms(
  assessment: Assessment,
  application: Application,
  input: ApprovalInput,
): Pick<Decision, 'outcome' | 'amountOre' | 'reasons' | 'conditions'> {
  const changed = input.outcome !== undefined || input.amountOre !== undefined;
  const outcome = input.outcome ?? OUTCOME_FOR_RECOMMENDATION[assessment.recommendedOutcome];
  const requested = application.requestedAmountOre ?? 0;
  let amountOre: number;
  if (input.amountOre !== undefined) amountOre = input.amountOre;
  else if (outcome === DecisionOutcome.Rejected) amountOre = 0;
  else if (outcome === DecisionOutcome.Granted) amountOre = requested;
  else amountOre = assessment.recommendedAmountOre;
  const reasons = input.reasons ?? assessment.reasons;
  const conditions = input.conditions ?? assessment.conditions;
  if (changed && !reasonsComplete(input.reasons)) {
    throw DomainError.rule(
      'reasons',
      'required',
      'Når du endrer utfall eller beløp, må du begrunne vedtaket (regler, faktum og hovedhensyn).',
    );
  }
  const [first] = outcomeTermErrors(
    { outcome, amountOre, requestedOre: requested, reasons, conditions },
    'amountOre',
  );
  if (first) throw DomainError.rule(first.field, first.rule, first.message);
  return { outcome, amountOre, reasons: reasons ?? null, conditions };
}
