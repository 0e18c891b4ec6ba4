import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, DomainError, FieldError, formatKroner, osloDate } from '@app/platform';
import { DataSource, EntityManager } from 'typeorm';
import { Application } from '../applications/application.entity';
import { ImpartialityService } from '../applications/impartiality.service';
import { DecisionReplacementService } from '../awards/decision-replacement.service';
import { Actor, hasRole } from '../kernel/actor';
import { outcomeTermErrors, reasonsComplete } from '../kernel/decision-reasons';
import { Role } from '../kernel/role';
import { TransitionEffect } from '../outbox/transition';
import { ClaimAppeals } from '../reports/repayment-claims';
import { Appeal, AppealBodyOutcome, AppealSubject, ProposedTerms } from './appeal.entity';
import { AppealEvent, lockAppeal, moveAppeal } from './appeal-transitions';

/** A step's audit action, its letter if it sends one, and the checks made before the state machine is asked. */
interface StepSpec {
  action: string;
  /** The letters the step sends. */
  effects?: (appeal: Appeal) => TransitionEffect[];
  /** Checks that come before the status check (who may take the step). */
  check?: (manager: EntityManager, appeal: Appeal) => Promise<void>;
}

/** The letter a step sends about the appeal. */
const letter = (topic: TransitionEffect['topic'], appeal: Appeal): TransitionEffect => ({
  topic,
  payload: { subjectId: appeal.id },
  subjectKey: appeal.id,
});

export type ProposedTermsInput = Omit<ProposedTerms, 'outcome'> & { outcome?: ProposedTerms['outcome'] };

/**
 * Sfk's handling of an appeal (forvaltningsloven §§ 31, 33): a caseworker who did not prepare what is appealed
 * against takes it; a late one is considered anyway or not; Sfk either reverses its decision (a new decision by an
 * approver, through DecisionReplacementService, or a revised repayment claim) or upholds it and forwards the appeal
 * to the appeal body, whose outcome is registered and carried out. Every step goes through `moveAppeal`.
 */
@Injectable()
export class AppealHandlingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly impartiality: ImpartialityService,
    private readonly claims: ClaimAppeals,
    private readonly replacement: DecisionReplacementService,
    private readonly clock: Clock,
  ) {}

  /**
   * A caseworker takes the appeal: someone who did not prepare what is appealed against (also a CHECK) and has
   * declared no conflict in the case.
   */
  async take(actor: Actor, id: string, version: number): Promise<Appeal> {
    const check = async (manager: EntityManager, appeal: Appeal) => {
      if (!hasRole(actor, Role.Caseworker)) {
        throw DomainError.forbidden('Bare saksbehandlere forbereder klagesaker.');
      }
      if (appeal.originalPreparerId === actor.userId) {
        throw DomainError.forbidden(
          'Du forberedte vedtaket det klages over, og kan ikke forberede klagesaken. En annen saksbehandler må ta den.',
        );
      }
      await this.impartiality.assertImpartial(manager, actor, appeal.applicationId);
    };
    return this.step(actor, id, version, 'take', { action: 'appeal.taken', check }, async (_, appeal) => {
      appeal.caseworkerId = actor.userId;
    });
  }

  /** A late appeal: considered anyway (§ 31), or not — which ends it, with a letter that is itself a decision. */
  async decideLateness(
    actor: Actor,
    id: string,
    version: number,
    consider: boolean,
    reason: string,
  ): Promise<Appeal> {
    if (!reason.trim()) {
      throw DomainError.rule('reason', 'required', 'Begrunn om klagen tas under behandling.');
    }
    const spec: StepSpec = {
      action: 'appeal.lateness_decided',
      effects: (appeal) => (consider ? [] : [letter('letter.appeal_not_considered', appeal)]),
      check: (manager, appeal) => this.assertCaseworker(manager, actor, appeal),
    };
    const event = consider ? 'consider_late' : 'refuse_late';
    return this.step(actor, id, version, event, spec, async (_, appeal) => {
      appeal.lateConsidered = consider;
      appeal.lateReason = reason.trim();
    });
  }

  /**
   * The caseworker proposes the new decision: Sfk's reversal, or carrying out the appeal body's decision. Against a
   * decision: new outcome, amount, reasons and conditions. Against a repayment claim: the claim's new amount (0 drops
   * it, never below what was repaid, never above the claim) with reasons.
   */
  async proposeNewDecision(
    actor: Actor,
    id: string,
    version: number,
    terms: ProposedTermsInput,
  ): Promise<Appeal> {
    const spec: StepSpec = {
      action: 'appeal.new_decision_proposed',
      check: (manager, appeal) => this.assertCaseworker(manager, actor, appeal),
    };
    return this.step(actor, id, version, 'propose', spec, async (manager, appeal) => {
      const errors = await this.proposalErrors(manager, appeal, terms);
      if (errors.length) throw DomainError.rules(errors);
      appeal.proposedTerms = { ...terms, outcome: terms.outcome ?? null };
    });
  }

  /**
   * An approver makes the proposed decision: a decision on the grant is replaced (DecisionReplacementService: four
   * eyes, frame, payments); a repayment claim is revised by reporting, with its own letter.
   */
  async approveNewDecision(actor: Actor, id: string, version: number): Promise<Appeal> {
    if (!hasRole(actor, Role.Approver)) {
      throw DomainError.forbidden('Bare ledere med budsjettdisponeringsmyndighet kan godkjenne vedtak.');
    }
    return this.step(
      actor,
      id,
      version,
      'redecide',
      { action: 'appeal.redecided' },
      async (manager, appeal) => {
        const terms = appeal.proposedTerms!;
        if (appeal.caseworkerId === actor.userId) {
          throw DomainError.forbidden(
            'Du forberedte klagesaken selv og kan ikke godkjenne vedtaket (to personer skal se på saken).',
          );
        }
        await this.impartiality.assertImpartial(manager, actor, appeal.applicationId);
        if (appeal.subjectType === AppealSubject.RepaymentClaim) {
          await this.claims.reviseClaim(manager, actor, {
            claimId: appeal.subjectId,
            appealId: appeal.id,
            amountOre: terms.amountOre,
          });
          return;
        }
        const decision = await this.replacement.replace(manager, actor, {
          oldDecisionId: appeal.subjectId,
          terms: { ...terms, outcome: terms.outcome! },
          preparedBy: appeal.caseworkerId!,
          cause: { appealId: appeal.id },
          claimOverpayment: (overpayment) => this.claims.claimOverpayment(manager, actor, overpayment),
        });
        appeal.newDecisionId = decision.id;
      },
    );
  }

  /** Sfk upholds its decision and forwards the appeal to the appeal body, with its statement (§ 33). */
  async forward(actor: Actor, id: string, version: number, statement: string): Promise<Appeal> {
    if (!statement.trim()) {
      throw DomainError.rule('statement', 'required', 'Skriv Sfks vurdering av klagen til klageinstansen.');
    }
    const spec: StepSpec = {
      action: 'appeal.forwarded',
      effects: (appeal) => [letter('letter.appeal_forwarded', appeal)],
      check: (manager, appeal) => this.assertCaseworker(manager, actor, appeal),
    };
    return this.step(actor, id, version, 'forward', spec, async (_, appeal) => {
      appeal.forwardingStatement = statement.trim();
      appeal.forwardedAt = this.clock.now();
      appeal.proposedTerms = null;
    });
  }

  /** The appeal body's outcome: upheld ends the appeal; changed or quashed means a new decision from Sfk. */
  async registerAppealBodyOutcome(
    actor: Actor,
    id: string,
    version: number,
    input: { outcome: AppealBodyOutcome; decidedOn: string; reference: string | null },
  ): Promise<Appeal> {
    const spec: StepSpec = {
      action: 'appeal.body_outcome_registered',
      check: (manager, appeal) => this.assertCaseworker(manager, actor, appeal),
    };
    const event = input.outcome === AppealBodyOutcome.Upheld ? 'uphold' : 'overturn';
    return this.step(actor, id, version, event, spec, async (_, appeal) => {
      const forwardedOn = osloDate(appeal.forwardedAt!);
      const today = osloDate(this.clock.now());
      if (input.decidedOn < forwardedOn || input.decidedOn > today) {
        throw DomainError.rule(
          'decidedOn',
          'withinAppeal',
          'Datoen for klageinstansens vedtak må ligge mellom oversendelsen og i dag.',
        );
      }
      appeal.appealBodyOutcome = input.outcome;
      appeal.appealBodyDecidedOn = input.decidedOn;
      appeal.appealBodyReference = input.reference?.trim() || null;
      appeal.appealBodyRegisteredAt = this.clock.now();
    });
  }

  /** What is wrong with proposed terms: against a claim, its new amount; against a decision, outcome and amount. */
  private async proposalErrors(
    manager: EntityManager,
    appeal: Appeal,
    terms: ProposedTermsInput,
  ): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    if (appeal.subjectType === AppealSubject.RepaymentClaim) {
      const claim = (await this.claims.claimSubject(manager, appeal.subjectId))!;
      if (terms.amountOre > claim.amountOre) {
        errors.push({
          field: 'amountOre',
          rule: 'notAboveClaim',
          message: `Kravet kan ikke settes høyere enn det er (${formatKroner(claim.amountOre)}).`,
        });
      }
      if (terms.amountOre < claim.repaidOre) {
        errors.push({
          field: 'amountOre',
          rule: 'notBelowRepaid',
          message: `Det er allerede betalt ${formatKroner(claim.repaidOre)}; kravet kan ikke settes lavere.`,
        });
      }
    } else if (!terms.outcome) {
      errors.push({ field: 'outcome', rule: 'required', message: 'Oppgi utfallet av det nye vedtaket.' });
    } else {
      const application = await manager.findOneByOrFail(Application, { id: appeal.applicationId });
      const requestedOre = application.requestedAmountOre ?? 0;
      errors.push(...outcomeTermErrors({ ...terms, outcome: terms.outcome, requestedOre }, 'amountOre'));
    }
    if (!reasonsComplete(terms.reasons)) {
      errors.push({
        field: 'reasons',
        rule: 'required',
        message: 'Et nytt vedtak etter klage må begrunnes (regler, faktum og hovedhensyn).',
      });
    }
    return errors;
  }

  /** The caseworker who took the appeal, still impartial at every step (a membership may have begun since). */
  private async assertCaseworker(manager: EntityManager, actor: Actor, appeal: Appeal): Promise<void> {
    if (appeal.caseworkerId !== actor.userId) {
      throw DomainError.forbidden(
        appeal.caseworkerId
          ? 'Klagesaken er tildelt en annen saksbehandler.'
          : 'Ta klagesaken før du behandler den.',
      );
    }
    await this.impartiality.assertImpartial(manager, actor, appeal.applicationId);
  }

  /**
   * One step on the appeal at the client's version, in one transaction: locked, the step's own checks, then the
   * owner (`moveAppeal`: state machine, change, save, audit, letter).
   */
  private step(
    actor: Actor,
    id: string,
    version: number,
    event: AppealEvent,
    spec: StepSpec,
    change: (manager: EntityManager, appeal: Appeal) => Promise<void>,
  ): Promise<Appeal> {
    return this.db.transaction(async (manager) => {
      const appeal = await lockAppeal(manager, actor, id, version);
      await spec.check?.(manager, appeal);
      const record = { actor, action: spec.action, effects: spec.effects?.(appeal) };
      return moveAppeal(manager, appeal, event, record, (row) => change(manager, row));
    });
  }
}
