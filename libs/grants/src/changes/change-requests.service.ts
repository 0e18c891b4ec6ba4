import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, DomainError, FieldError, formatKroner } from '@app/platform';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Actor, hasRole } from '../kernel/actor';
import { BudgetLine, sumOre } from '../kernel/application-content';
import { loadApplication, lockApplicationForWrite } from '../applications/application-access';
import { ApplicationStatus } from '../applications/application-status';
import { Application } from '../applications/application.entity';
import { ImpartialityService } from '../applications/impartiality.service';
import { AuditService } from '../audit/audit.service';
import { isUniqueViolation, snapshot } from '../kernel/persistence';
import { DecisionOutcome, DecisionReasons, reasonsComplete } from '../kernel/decision-reasons';
import { Decision } from '../decisions/decision.entity';
import { DecisionReplacementService } from '../awards/decision-replacement.service';
import { Role } from '../kernel/role';
import { TransitionEffect } from '../outbox/transition';
import { lockChangeRequest, moveChangeRequest } from './change-request-transitions';
import { approvedPlan } from './approved-plan';
import { ChangeKind, ChangeRequest, ChangeRequestStatus } from './change-request.entity';
import { CasePart } from '../kernel/need-to-know';

export interface ChangeRequestInput {
  kind: ChangeKind;
  reason: string;
  periodEnd?: string;
  budgetLines?: BudgetLine[];
  content?: string;
  additionalAmountOre?: number;
}

/** Grants that can change: accepted (or paid), in force. */
const CHANGEABLE = [ApplicationStatus.Accepted, ApplicationStatus.Paid];

/**
 * Change requests after acceptance (issue 8). The organisation asks; a caseworker with no conflict approves or
 * rejects with reasons (a letter either way); an approval that needs more money is made a new decision by an
 * approver, through DecisionReplacementService. Approved changes form the plan the report is measured against.
 */
@Injectable()
export class ChangeRequestsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly impartiality: ImpartialityService,
    private readonly replacement: DecisionReplacementService,
    private readonly clock: Clock,
  ) {}

  async request(actor: Actor, applicationId: string, input: ChangeRequestInput): Promise<ChangeRequest> {
    try {
      return await this.db.transaction(async (manager) => {
        const application = await lockApplicationForWrite(manager, actor, applicationId, undefined);
        if (!CHANGEABLE.includes(application.status)) {
          throw DomainError.invalidState(
            'Endringer kan bare søkes om for et tilskudd som er akseptert.',
            application.status,
          );
        }
        const decision = await manager.findOneByOrFail(Decision, {
          applicationId,
          supersededBy: IsNull(),
        });
        const plan = await approvedPlan(manager, application);
        const errors = changeErrors(input, plan);
        if (errors.length) throw DomainError.rules(errors);
        const change = manager.create(ChangeRequest, {
          applicationId,
          decisionId: decision.id,
          kind: input.kind,
          reason: input.reason.trim(),
          proposedPeriodEnd: input.kind === ChangeKind.Period ? input.periodEnd! : null,
          proposedBudgetLines: input.kind === ChangeKind.Budget ? input.budgetLines! : null,
          proposedContent: input.kind === ChangeKind.Content ? input.content!.trim() : null,
          additionalAmountOre: input.additionalAmountOre ?? 0,
          status: ChangeRequestStatus.Pending,
          requestedBy: actor.userId,
          requestedAt: this.clock.now(),
        });
        await manager.save(change);
        await this.audit.record(manager, {
          actor,
          action: 'change_request.submitted',
          entityType: 'change_request',
          entityId: change.id,
          after: snapshot(change),
        });
        return change;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_change_requests_open')) {
        throw DomainError.invalidState(
          'Det er allerede en endringssøknad under behandling for dette tilskuddet.',
          ChangeRequestStatus.Pending,
        );
      }
      throw error;
    }
  }

  async forApplication(actor: Actor, applicationId: string): Promise<ChangeRequest[]> {
    await loadApplication(this.db.manager, actor, applicationId, CasePart.ChangeRequests);
    return this.db
      .getRepository(ChangeRequest)
      .find({ where: { applicationId }, order: { requestedAt: 'ASC' } });
  }

  /**
   * The caseworker approves or rejects. A rejection needs full reasons (it is a decision, with a letter and the
   * right to appeal); an approval that needs more money needs them too, and waits for an approver's new decision.
   */
  async handle(
    actor: Actor,
    id: string,
    version: number,
    input: { approve: boolean; reasons: DecisionReasons | null; comment: string | null },
  ): Promise<ChangeRequest> {
    if (!hasRole(actor, Role.Caseworker)) {
      throw DomainError.forbidden('Bare saksbehandlere behandler endringssøknader.');
    }
    return this.db.transaction(async (manager) => {
      const request = await lockChangeRequest(manager, actor, { id, version });
      await this.impartiality.assertImpartial(manager, actor, request.applicationId);
      const event = !input.approve ? 'reject' : request.additionalAmountOre > 0 ? 'refer' : 'approve';
      const effects: TransitionEffect[] =
        event === 'refer'
          ? []
          : [
              {
                topic: event === 'reject' ? 'letter.change_rejected' : 'letter.change_approved',
                payload: { subjectId: request.id },
                subjectKey: request.id,
              },
            ];
      const record = { actor, action: 'change_request.handled', effects };
      return moveChangeRequest(manager, request, event, record, (row) => {
        if (event !== 'approve' && !reasonsComplete(input.reasons)) {
          throw DomainError.rule(
            'reasons',
            'required',
            input.approve
              ? 'Mer penger er et nytt vedtak: begrunn det (regler, faktum og hovedhensyn).'
              : 'Et avslag må begrunnes (regler, faktum og hovedhensyn).',
          );
        }
        row.handledBy = actor.userId;
        row.handledAt = this.clock.now();
        row.reasons = input.reasons;
        row.comment = input.comment?.trim() || null;
      });
    });
  }

  /** An approver grants the extra money: a new decision for the grant plus the addition, within the frame. */
  async approveNewDecision(actor: Actor, id: string, version: number): Promise<ChangeRequest> {
    if (!hasRole(actor, Role.Approver)) {
      throw DomainError.forbidden('Bare ledere med budsjettdisponeringsmyndighet kan godkjenne vedtak.');
    }
    return this.db.transaction(async (manager) => {
      const request = await lockChangeRequest(manager, actor, { id, version });
      const record = { actor, action: 'change_request.redecided' };
      return moveChangeRequest(manager, request, 'redecide', record, async (row) => {
        await this.impartiality.assertImpartial(manager, actor, row.applicationId);
        row.newDecisionId = await this.replaceDecision(manager, actor, row);
        row.approvedBy = actor.userId;
      });
    });
  }

  /** The new decision: the grant in force plus the addition, replacing it within the round's frame. */
  private async replaceDecision(
    manager: EntityManager,
    actor: Actor,
    request: ChangeRequest,
  ): Promise<string> {
    const old = await manager.findOneByOrFail(Decision, { id: request.decisionId });
    const application = await manager.findOneByOrFail(Application, { id: request.applicationId });
    const amountOre = old.amountOre + request.additionalAmountOre;
    const decision = await this.replacement.replace(manager, actor, {
      oldDecisionId: old.id,
      terms: {
        outcome:
          amountOre >= (application.requestedAmountOre ?? 0)
            ? DecisionOutcome.Granted
            : DecisionOutcome.PartlyGranted,
        amountOre,
        reasons: request.reasons,
        conditions: old.conditions,
      },
      preparedBy: request.handledBy!,
      cause: { changeRequestId: request.id },
    });
    return decision.id;
  }
}

/** What a change must say, against the plan as approved so far. */
function changeErrors(
  input: ChangeRequestInput,
  plan: { periodEnd: string | null; budgetLines: BudgetLine[] },
): FieldError[] {
  const errors: FieldError[] = [];
  if (!input.reason.trim()) {
    errors.push({ field: 'reason', rule: 'required', message: 'Forklar hvorfor dere søker om endringen.' });
  }
  const additional = input.additionalAmountOre ?? 0;
  switch (input.kind) {
    case ChangeKind.Period:
      if (!input.periodEnd) {
        errors.push({ field: 'periodEnd', rule: 'required', message: 'Oppgi ny sluttdato for perioden.' });
      } else if (plan.periodEnd && input.periodEnd <= plan.periodEnd) {
        errors.push({
          field: 'periodEnd',
          rule: 'afterCurrentEnd',
          message: `Ny sluttdato må være etter gjeldende sluttdato (${plan.periodEnd}).`,
        });
      }
      break;
    case ChangeKind.Budget: {
      const lines = input.budgetLines ?? [];
      if (lines.length === 0) {
        errors.push({
          field: 'budgetLines',
          rule: 'required',
          message: 'Oppgi hele budsjettet etter endringen.',
        });
        break;
      }
      const expected = sumOre(plan.budgetLines) + additional;
      if (sumOre(lines) !== expected) {
        errors.push({
          field: 'budgetLines',
          rule: 'sameTotal',
          message:
            additional > 0
              ? `Budsjettet etter endringen må være det godkjente budsjettet pluss beløpet dere søker om (${formatKroner(expected)}).`
              : `En omfordeling må gi samme totalbeløp som det godkjente budsjettet (${formatKroner(expected)}).`,
        });
      }
      break;
    }
    case ChangeKind.Content:
      if (!input.content?.trim()) {
        errors.push({ field: 'content', rule: 'required', message: 'Beskriv endringen i prosjektet.' });
      }
      break;
  }
  return errors;
}
