import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Clock,
  DomainError,
  FieldError,
  formatKroner,
  formatOsloNorwegian,
  isPastDeadline,
  osloDate,
} from '@app/platform';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Actor, hasRole } from '../kernel/actor';
import {
  assertCanWrite,
  findReadable,
  loadApplication,
  lockApplicationForWrite,
} from '../applications/application-access';
import { Application } from '../applications/application.entity';
import { ImpartialityService } from '../applications/impartiality.service';
import { AuditService } from '../audit/audit.service';
import { isUniqueViolation, isUuid, snapshot } from '../kernel/persistence';
import { changeCaseRecord } from '../applications/case-record';
import { checkUploadedFile } from '../kernel/attachments/file-type';
import { outcomeTermErrors, reasonsComplete } from '../kernel/decision-reasons';
import { Decision } from '../decisions/decision.entity';
import { DecisionReplacementService } from '../awards/decision-replacement.service';
import { Role } from '../kernel/role';
import { addToOutbox } from '../outbox/outbox';
import { UploadInspector } from '../kernel/attachments/upload-inspector';
import { ClaimAppeals } from '../reports/repayment-claims';
import { AppealSubjectInfo } from '../kernel/appeal-subject';
import {
  Appeal,
  AppealAttachment,
  AppealBodyOutcome,
  AppealStatus,
  AppealSubject,
  ProposedTerms,
} from './appeal.entity';
import { CasePart } from '../kernel/need-to-know';

export interface LodgeAppealInput {
  subjectType: AppealSubject;
  /** Omitted for a decision: the decision in force. */
  subjectId?: string;
  grounds: string;
}

/** Appeals still being handled (the partial unique index allows one per subject). */
const OPEN: AppealStatus[] = [
  AppealStatus.Lodged,
  AppealStatus.ReversalProposed,
  AppealStatus.Forwarded,
  AppealStatus.ToBeRedecided,
];

/**
 * Klage (forvaltningsloven §§ 28–33): lodged by the organisation with Sfk; a late one is registered and marked, and
 * the caseworker records whether it is considered anyway (§ 31). Sfk either reverses its decision (§ 33 second
 * paragraph: a new decision through the same approval, frame check, letter, acceptance and payment as any other)
 * or upholds it and forwards the appeal to the appeal body, whose outcome is registered and carried out.
 */
@Injectable()
export class AppealsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly impartiality: ImpartialityService,
    private readonly claims: ClaimAppeals,
    private readonly replacement: DecisionReplacementService,
    private readonly clock: Clock,
    private readonly inspector: UploadInspector,
  ) {}

  async lodge(actor: Actor, applicationId: string, input: LodgeAppealInput): Promise<Appeal> {
    if (!input.grounds.trim()) {
      throw DomainError.rule('grounds', 'required', 'Skriv hva dere klager på og hvorfor.');
    }
    try {
      return await this.db.transaction(async (manager) => {
        const application = await lockApplicationForWrite(manager, actor, applicationId, undefined);
        const subject = await this.subject(manager, application, input);
        const now = this.clock.now();
        const appeal = manager.create(Appeal, {
          applicationId,
          roundId: application.roundId,
          subjectType: input.subjectType,
          subjectId: subject.id,
          subjectDecidedAt: subject.decidedAt,
          originalPreparerId: subject.preparedBy,
          grounds: input.grounds.trim(),
          lodgedBy: actor.userId,
          lodgedAt: now,
          subjectNotifiedAt: subject.notifiedAt,
          deadline: subject.appealDeadline,
          late: subject.appealDeadline !== null && isPastDeadline(now, subject.appealDeadline),
          lateConsidered: null,
          status: AppealStatus.Lodged,
        });
        await manager.save(appeal);
        await this.audit.record(manager, {
          actor,
          action: 'appeal.lodged',
          entityType: 'appeal',
          entityId: appeal.id,
          after: snapshot(appeal),
        });
        return appeal;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_appeals_open_subject')) {
        throw DomainError.invalidState(
          'Det er allerede en klage under behandling på dette vedtaket.',
          AppealStatus.Lodged,
        );
      }
      throw error;
    }
  }

  /** The appeals of an application, oldest first: for its organisation and for staff. */
  async forApplication(actor: Actor, applicationId: string): Promise<Appeal[]> {
    await loadApplication(this.db.manager, actor, applicationId, CasePart.Appeals);
    return this.db.getRepository(Appeal).find({ where: { applicationId }, order: { lodgedAt: 'ASC' } });
  }

  async get(actor: Actor, id: string): Promise<Appeal> {
    const appeal = isUuid(id) ? await this.db.getRepository(Appeal).findOneBy({ id }) : null;
    if (!appeal) throw DomainError.notFound('Klagen');
    await loadApplication(this.db.manager, actor, appeal.applicationId, CasePart.Appeals);
    return appeal;
  }

  /** Appeals take at most this many files. */
  static readonly MAX_ATTACHMENTS = 20;

  /**
   * A member adds a file to an appeal still being handled; its type is read from its bytes, and it is checked and
   * virus-scanned (UploadInspector) before it is stored.
   */
  async addAttachment(
    actor: Actor,
    id: string,
    fileName: string,
    bytes: Buffer,
  ): Promise<Omit<AppealAttachment, 'content'>> {
    const type = checkUploadedFile(bytes);
    const found = isUuid(id) ? await this.db.getRepository(Appeal).findOneBy({ id }) : null;
    if (!found) throw DomainError.notFound('Klagen');
    assertCanWrite(actor, await findReadable(this.db.manager, actor, found.applicationId));
    const file = await this.inspector.inspect(
      actor,
      { entityType: 'appeal', entityId: id },
      fileName,
      bytes,
      type,
    );
    return this.db.transaction(async (manager) => {
      const appeal = isUuid(id) ? await manager.findOneBy(Appeal, { id }) : null;
      if (!appeal) throw DomainError.notFound('Klagen');
      await lockApplicationForWrite(manager, actor, appeal.applicationId, undefined);
      assertOpen(appeal);
      const count = await manager.count(AppealAttachment, { where: { appealId: id } });
      if (count >= AppealsService.MAX_ATTACHMENTS) {
        throw DomainError.rule(
          'file',
          'maxCount',
          `En klage kan ha høyst ${AppealsService.MAX_ATTACHMENTS} vedlegg.`,
        );
      }
      const saved = await manager.save(
        manager.create(AppealAttachment, {
          appealId: id,
          fileName: file.fileName,
          contentType: file.contentType,
          sizeBytes: file.sizeBytes,
          sha256: file.sha256,
          content: bytes,
          warnings: file.warnings,
          uploadedBy: actor.userId,
        }),
      );
      await this.audit.record(manager, {
        actor,
        action: 'appeal.attachment_uploaded',
        entityType: 'appeal',
        entityId: id,
        after: {
          attachmentId: saved.id,
          fileName: saved.fileName,
          sha256: file.sha256,
          sizeBytes: bytes.length,
          warnings: file.warnings,
        },
      });
      const { content: _content, ...meta } = saved;
      return meta;
    });
  }

  async attachments(actor: Actor, id: string): Promise<AppealAttachment[]> {
    const appeal = await this.get(actor, id);
    return this.db
      .getRepository(AppealAttachment)
      .find({ where: { appealId: appeal.id }, order: { createdAt: 'ASC' } });
  }

  /** A file of the appeal, for the organisation and staff; every download is logged. */
  async attachmentFile(actor: Actor, id: string, attachmentId: string): Promise<AppealAttachment> {
    const appeal = await this.get(actor, id);
    const file = isUuid(attachmentId)
      ? await this.db
          .getRepository(AppealAttachment)
          .createQueryBuilder('f')
          .addSelect('f.content')
          .where('f.id = :attachmentId AND f.appeal_id = :appealId', { attachmentId, appealId: appeal.id })
          .getOne()
      : null;
    if (!file) throw DomainError.notFound('Vedlegget');
    await this.audit.record(this.db.manager, {
      actor,
      action: 'appeal.attachment_downloaded',
      entityType: 'appeal',
      entityId: appeal.id,
      after: { attachmentId, fileName: file.fileName },
    });
    return file;
  }

  /**
   * A caseworker takes the appeal: someone who did not prepare what is appealed against (also a CHECK) and has
   * declared no conflict in the case.
   */
  async take(actor: Actor, id: string, version: number): Promise<Appeal> {
    return this.change(actor, id, version, 'appeal.taken', async (manager, appeal) => {
      if (!hasRole(actor, Role.Caseworker)) {
        throw DomainError.forbidden('Bare saksbehandlere forbereder klagesaker.');
      }
      if (appeal.originalPreparerId === actor.userId) {
        throw DomainError.forbidden(
          'Du forberedte vedtaket det klages over, og kan ikke forberede klagesaken. En annen saksbehandler må ta den.',
        );
      }
      await this.impartiality.assertImpartial(manager, actor, appeal.applicationId);
      assertOpen(appeal);
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
    return this.change(actor, id, version, 'appeal.lateness_decided', async (manager, appeal) => {
      await this.assertCaseworker(manager, actor, appeal);
      if (!appeal.late) {
        throw DomainError.invalidState('Klagen kom inn i tide.', appeal.status);
      }
      if (appeal.lateConsidered !== null || appeal.status !== AppealStatus.Lodged) {
        throw DomainError.invalidState(
          'Det er allerede avgjort om klagen tas under behandling.',
          appeal.status,
        );
      }
      appeal.lateConsidered = consider;
      appeal.lateReason = reason.trim();
      if (!consider) {
        appeal.status = AppealStatus.NotConsidered;
        await addToOutbox(manager, 'letter.appeal_not_considered', { subjectId: appeal.id }, appeal.id);
      }
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
    terms: Omit<ProposedTerms, 'outcome'> & { outcome?: ProposedTerms['outcome'] },
  ): Promise<Appeal> {
    return this.change(actor, id, version, 'appeal.new_decision_proposed', async (manager, appeal) => {
      await this.assertCaseworker(manager, actor, appeal);
      assertConsidered(appeal);
      if (
        ![AppealStatus.Lodged, AppealStatus.ReversalProposed, AppealStatus.ToBeRedecided].includes(
          appeal.status,
        )
      ) {
        throw DomainError.invalidState('Klagesaken venter ikke på et nytt vedtak.', appeal.status);
      }
      const errors: FieldError[] = [];
      if (appeal.subjectType === AppealSubject.RepaymentClaim) {
        const claim = await this.claims.claimSubject(manager, appeal.subjectId);
        if (terms.amountOre > claim!.amountOre) {
          errors.push({
            field: 'amountOre',
            rule: 'notAboveClaim',
            message: `Kravet kan ikke settes høyere enn det er (${formatKroner(claim!.amountOre)}).`,
          });
        }
        if (terms.amountOre < claim!.repaidOre) {
          errors.push({
            field: 'amountOre',
            rule: 'notBelowRepaid',
            message: `Det er allerede betalt ${formatKroner(claim!.repaidOre)}; kravet kan ikke settes lavere.`,
          });
        }
      } else if (!terms.outcome) {
        errors.push({ field: 'outcome', rule: 'required', message: 'Oppgi utfallet av det nye vedtaket.' });
      } else {
        const application = await manager.findOneByOrFail(Application, { id: appeal.applicationId });
        errors.push(
          ...outcomeTermErrors(
            { ...terms, outcome: terms.outcome, requestedOre: application.requestedAmountOre ?? 0 },
            'amountOre',
          ),
        );
      }
      if (!reasonsComplete(terms.reasons)) {
        errors.push({
          field: 'reasons',
          rule: 'required',
          message: 'Et nytt vedtak etter klage må begrunnes (regler, faktum og hovedhensyn).',
        });
      }
      if (errors.length) throw DomainError.rules(errors);
      appeal.proposedTerms = { ...terms, outcome: terms.outcome ?? null };
      appeal.status = AppealStatus.ReversalProposed;
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
    return this.change(actor, id, version, 'appeal.redecided', async (manager, appeal) => {
      const terms = appeal.proposedTerms;
      if (appeal.status !== AppealStatus.ReversalProposed || !terms) {
        throw DomainError.invalidState('Det er ikke foreslått et nytt vedtak i klagesaken.', appeal.status);
      }
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
      } else {
        const decision = await this.replacement.replace(manager, actor, {
          oldDecisionId: appeal.subjectId,
          terms: { ...terms, outcome: terms.outcome! },
          preparedBy: appeal.caseworkerId!,
          cause: { appealId: appeal.id },
          claimOverpayment: (overpayment) => this.claims.claimOverpayment(manager, actor, overpayment),
        });
        appeal.newDecisionId = decision.id;
      }
      appeal.status = AppealStatus.Redecided;
    });
  }

  /** Sfk upholds its decision and forwards the appeal to the appeal body, with its statement (§ 33). */
  async forward(actor: Actor, id: string, version: number, statement: string): Promise<Appeal> {
    if (!statement.trim()) {
      throw DomainError.rule('statement', 'required', 'Skriv Sfks vurdering av klagen til klageinstansen.');
    }
    return this.change(actor, id, version, 'appeal.forwarded', async (manager, appeal) => {
      await this.assertCaseworker(manager, actor, appeal);
      assertConsidered(appeal);
      if (![AppealStatus.Lodged, AppealStatus.ReversalProposed].includes(appeal.status)) {
        throw DomainError.invalidState(
          'Bare en klage Sfk har til behandling kan sendes videre.',
          appeal.status,
        );
      }
      appeal.forwardingStatement = statement.trim();
      appeal.forwardedAt = this.clock.now();
      appeal.proposedTerms = null;
      appeal.status = AppealStatus.Forwarded;
      await addToOutbox(manager, 'letter.appeal_forwarded', { subjectId: appeal.id }, appeal.id);
    });
  }

  /** The appeal body's outcome: upheld ends the appeal; changed or quashed means a new decision from Sfk. */
  async registerAppealBodyOutcome(
    actor: Actor,
    id: string,
    version: number,
    input: { outcome: AppealBodyOutcome; decidedOn: string; reference: string | null },
  ): Promise<Appeal> {
    return this.change(actor, id, version, 'appeal.body_outcome_registered', async (manager, appeal) => {
      await this.assertCaseworker(manager, actor, appeal);
      if (appeal.status !== AppealStatus.Forwarded) {
        throw DomainError.invalidState('Klagen er ikke sendt til klageinstansen.', appeal.status);
      }
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
      appeal.status =
        input.outcome === AppealBodyOutcome.Upheld ? AppealStatus.Upheld : AppealStatus.ToBeRedecided;
    });
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

  /** The appeal at the client's version: changed, saved and audited in one transaction. */
  private change(
    actor: Actor,
    id: string,
    version: number,
    action: string,
    apply: (manager: EntityManager, appeal: Appeal) => Promise<void>,
  ): Promise<Appeal> {
    return changeCaseRecord(
      this.db,
      this.audit,
      Appeal,
      { actor, id, version, what: 'Klagen', entityType: 'appeal', action },
      apply,
    );
  }

  private async subject(
    manager: EntityManager,
    application: Application,
    input: LodgeAppealInput,
  ): Promise<AppealSubjectInfo & { id: string }> {
    if (input.subjectType === AppealSubject.RepaymentClaim) {
      const claim =
        input.subjectId && isUuid(input.subjectId)
          ? await this.claims.claimSubject(manager, input.subjectId)
          : null;
      if (!claim || claim.applicationId !== application.id) throw DomainError.notFound('Kravet');
      return { id: input.subjectId!, ...claim };
    }
    const decision = input.subjectId
      ? isUuid(input.subjectId)
        ? await manager.findOneBy(Decision, { id: input.subjectId, applicationId: application.id })
        : null
      : await manager.findOneBy(Decision, { applicationId: application.id, supersededBy: IsNull() });
    if (!decision) {
      if (input.subjectId) throw DomainError.notFound('Vedtaket');
      throw DomainError.invalidState('Søknaden er ikke avgjort ennå.', application.status);
    }
    if (decision.supersededBy) {
      throw DomainError.invalidState('Vedtaket er erstattet av et nyere vedtak; klag på det.', 'superseded');
    }
    return {
      id: decision.id,
      applicationId: application.id,
      decidedAt: decision.decidedAt,
      notifiedAt: decision.notifiedAt,
      appealDeadline: decision.appealDeadline,
      preparedBy: decision.preparedBy,
    };
  }
}

function assertOpen(appeal: Appeal): void {
  if (!OPEN.includes(appeal.status)) {
    throw DomainError.invalidState('Klagesaken er avsluttet.', appeal.status);
  }
}

/** A late appeal is handled only once it is decided to consider it (§ 31). */
function assertConsidered(appeal: Appeal): void {
  if (appeal.late && appeal.lateConsidered !== true) {
    throw DomainError.invalidState(
      appeal.lateConsidered === false
        ? 'Klagen er ikke tatt under behandling.'
        : `Klagen kom inn etter fristen (${formatOsloNorwegian(appeal.deadline!)}). Avgjør først om den likevel skal behandles.`,
      appeal.status,
    );
  }
}
