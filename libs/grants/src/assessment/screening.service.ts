import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, DomainError, isWithinDeadline } from '@app/platform';
import { DataSource } from 'typeorm';
import { Actor, hasRole } from '../kernel/actor';
import { AuditService } from '../audit/audit.service';
import { lockVersioned, snapshot } from '../kernel/persistence';
import { Role } from '../kernel/role';
import { Organisation } from '../organisations/organisation.entity';
import { addToOutbox } from '../outbox/outbox';
import { GrantRound } from '../rounds/grant-round.entity';
import { GrantScheme } from '../schemes/grant-scheme.entity';
import { loadApplication } from '../applications/application-access';
import { applicationTransition } from '../applications/application-status';
import { Application } from '../applications/application.entity';
import { ApplicationAttachment } from '../applications/attachment.entity';
import { Decision } from '../decisions/decision.entity';
import { DecisionOutcome, DecisionReasons, reasonsComplete } from '../kernel/decision-reasons';
import { ImpartialityService } from '../applications/impartiality.service';
import { PriorReports } from './prior-reports.port';
import { screeningErrors, type ScreeningFindings } from './screening-errors';
import { Screening, ScreeningOutcome } from './screening.entity';
import { CasePart } from '../kernel/need-to-know';

export interface ScreeningInput {
  outcome: ScreeningOutcome;
  /** Required when a municipality applies and the application passes. */
  municipalityJustification?: string | null;
  /** Required for a dismissal, which is a decision (fvl §§ 24–25). */
  reasons?: DecisionReasons | null;
}

@Injectable()
export class ScreeningService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly impartiality: ImpartialityService,
    private readonly priorReports: PriorReports,
    private readonly clock: Clock,
  ) {}

  /** What the system finds for the formal check; the caseworker decides on it. */
  async findings(actor: Actor, applicationId: string): Promise<ScreeningFindings> {
    const application = await loadApplication(
      this.db.manager,
      actor,
      applicationId,
      CasePart.WorkingMaterial,
    );
    // Sfk's own working material: a member of the applicant organisation does not see it either.
    await this.impartiality.assertNotConflicted(this.db.manager, actor, applicationId);
    return this.computeChecks(application);
  }

  /** Formal check: on to assessment, or dismissal (avvisning) — a decision the caseworker makes and explains. */
  async screen(
    actor: Actor,
    applicationId: string,
    version: number,
    input: ScreeningInput,
  ): Promise<Application> {
    if (!hasRole(actor, Role.Caseworker))
      throw DomainError.forbidden('Bare saksbehandlere gjør formell kontroll.');
    return this.db.transaction(async (manager) => {
      await loadApplication(manager, actor, applicationId);
      await this.impartiality.assertImpartial(manager, actor, applicationId);
      const application = await lockVersioned(manager, Application, applicationId, version, 'Søknaden');
      const dismiss = input.outcome === ScreeningOutcome.Dismissed;
      const next = applicationTransition(application.status, dismiss ? 'dismiss' : 'screen');
      const checks = await this.computeChecks(application);
      const { organisationForm: _form, priorReportRule: _rule, ...recorded } = checks;

      if (dismiss) {
        if (!reasonsComplete(input.reasons)) {
          throw DomainError.rule(
            'reasons',
            'required',
            'En avvisning må begrunnes: regler, faktum og hovedhensyn.',
          );
        }
      } else {
        const errors = screeningErrors(checks, input);
        if (errors.length) throw DomainError.rules(errors);
      }

      const before = snapshot(application);
      const screening = manager.create(Screening, {
        applicationId,
        checks: recorded,
        municipalityJustification: input.municipalityJustification?.trim() || null,
        outcome: input.outcome,
        dismissalReason: dismiss ? input.reasons!.mainConsiderations.trim() : null,
        screenedBy: actor.userId,
      });
      await manager.save(screening);
      application.status = next;
      await manager.save(application);
      await this.audit.record(manager, {
        actor,
        action: dismiss ? 'application.dismissed' : 'application.screened',
        entityType: 'application',
        entityId: applicationId,
        before,
        after: { ...snapshot(application), screening: snapshot(screening) },
      });
      if (dismiss) {
        const round = await manager.findOneByOrFail(GrantRound, { id: application.roundId });
        const decision = manager.create(Decision, {
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
        await manager.save(decision);
        await this.audit.record(manager, {
          actor,
          action: 'decision.made',
          entityType: 'decision',
          entityId: decision.id,
          after: snapshot(decision),
        });
        await addToOutbox(manager, 'letter.decision', { decisionId: decision.id }, decision.id);
      }
      return application;
    });
  }

  private async computeChecks(application: Application): Promise<ScreeningFindings> {
    const manager = this.db.manager;
    const [organisation, round, attachments, priorReports] = await Promise.all([
      manager.findOneByOrFail(Organisation, { id: application.organisationId }),
      manager.findOneOrFail(GrantRound, { where: { id: application.roundId }, relations: { scheme: true } }),
      manager.find(ApplicationAttachment, {
        where: { applicationId: application.id },
        select: { kind: true },
      }),
      this.priorReports.owed(manager, application),
    ]);
    const scheme: GrantScheme = round.scheme!;
    const kinds = attachments.map((a) => a.kind);
    return {
      organisationForm: organisation.form,
      eligibleOrganisationForm: scheme.eligibleOrganisationForms.includes(organisation.form),
      voluntaryRegistry: scheme.requiresVoluntaryRegistry ? organisation.registeredInVoluntaryRegistry : null,
      deadlineMet:
        application.submittedAt !== null &&
        isWithinDeadline(application.submittedAt, round.applicationDeadline),
      requiredAttachments: scheme.requiredAttachmentKinds.every((kind) => kinds.includes(kind)),
      priorReports: priorReports ?? null,
      priorReportRule: scheme.priorReportRule,
    };
  }
}
