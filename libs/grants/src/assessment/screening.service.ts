import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, isWithinDeadline } from '@app/platform';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, hasRole } from '../kernel/actor';
import { lockVersioned, snapshot } from '../kernel/persistence';
import { Role } from '../kernel/role';
import { Organisation } from '../organisations/organisation.entity';
import { GrantRound } from '../rounds/grant-round.entity';
import { GrantScheme } from '../schemes/grant-scheme.entity';
import { loadApplication } from '../applications/application-access';
import { applicationTransition } from '../applications/application-status';
import { moveApplication } from '../applications/application-transitions';
import { Application } from '../applications/application.entity';
import { ApplicationAttachment } from '../applications/attachment.entity';
import { DecisionReasons, reasonsComplete } from '../kernel/decision-reasons';
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
    private readonly impartiality: ImpartialityService,
    private readonly priorReports: PriorReports,
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

  /**
   * Formal check passed: on to assessment. A dismissal (avvisning) is a decision, which the decisions stage makes
   * (`DismissalService`, through `record`).
   */
  async screen(
    actor: Actor,
    applicationId: string,
    version: number,
    input: ScreeningInput,
  ): Promise<Application> {
    if (input.outcome === ScreeningOutcome.Dismissed) {
      throw new Error('a dismissal is a decision: DismissalService.dismiss makes it');
    }
    return this.db.transaction((manager) => this.record(manager, actor, applicationId, version, input));
  }

  /**
   * The formal check in the caller's transaction: the caseworker's role and impartiality, the application locked at
   * the client's version, the checks (or, for a dismissal, full reasons — fvl §§ 24–25), the screening row, and the
   * application moved on (`screen`) or dismissed (`dismiss`) through its owner. A dismissal's decision is the
   * caller's (`DismissalService`).
   */
  async record(
    manager: EntityManager,
    actor: Actor,
    applicationId: string,
    version: number,
    input: ScreeningInput,
  ): Promise<Application> {
    if (!hasRole(actor, Role.Caseworker))
      throw DomainError.forbidden('Bare saksbehandlere gjør formell kontroll.');
    await loadApplication(manager, actor, applicationId);
    await this.impartiality.assertImpartial(manager, actor, applicationId);
    const application = await lockVersioned(manager, Application, applicationId, version, 'Søknaden');
    const dismiss = input.outcome === ScreeningOutcome.Dismissed;
    const event = dismiss ? 'dismiss' : 'screen';
    // A step the status does not allow is refused (409) before the checks are asked for.
    applicationTransition(application.status, event);
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
    const screening = manager.create(Screening, {
      applicationId,
      checks: recorded,
      municipalityJustification: input.municipalityJustification?.trim() || null,
      outcome: input.outcome,
      dismissalReason: dismiss ? input.reasons!.mainConsiderations.trim() : null,
      screenedBy: actor.userId,
    });
    await manager.save(screening);
    return moveApplication(manager, application, event, {
      actor,
      action: dismiss ? 'application.dismissed' : 'application.screened',
      note: { screening: snapshot(screening) },
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
