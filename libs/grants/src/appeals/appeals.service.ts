import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, DomainError, isPastDeadline } from '@app/platform';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import {
  assertCanWrite,
  findReadable,
  loadApplication,
  lockApplicationForWrite,
} from '../applications/application-access';
import { Application } from '../applications/application.entity';
import { AuditService } from '../audit/audit.service';
import { Decision } from '../decisions/decision.entity';
import { Actor } from '../kernel/actor';
import { AppealSubjectInfo } from '../kernel/appeal-subject';
import { AttachmentStore } from '../kernel/attachments/attachment-store';
import { checkUploadedFile } from '../kernel/attachments/file-type';
import { UploadInspector } from '../kernel/attachments/upload-inspector';
import { CasePart } from '../kernel/need-to-know';
import { isUniqueViolation, isUuid, snapshot } from '../kernel/persistence';
import { ClaimAppeals } from '../reports/repayment-claims';
import { Appeal, AppealAttachment, AppealStatus, AppealSubject } from './appeal.entity';
import { assertAppealOpen } from './appeal-transitions';

/** Appeals take at most this many files. */
export const MAX_APPEAL_ATTACHMENTS = 20;

export interface LodgeAppealInput {
  subjectType: AppealSubject;
  /** Omitted for a decision: the decision in force. */
  subjectId?: string;
  grounds: string;
}

/**
 * Klage (forvaltningsloven §§ 28–33), the organisation's side: lodged with Sfk against a decision or a repayment
 * claim (a late one is registered and marked), with files documenting the grounds (stored through the shared
 * AttachmentStore, every download audited), read by the organisation and staff. Sfk's handling — considering a late
 * appeal (§ 31), reversing its decision or forwarding the appeal (§ 33) — is AppealHandlingService's.
 */
@Injectable()
export class AppealsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly claims: ClaimAppeals,
    private readonly clock: Clock,
    private readonly inspector: UploadInspector,
    private readonly store: AttachmentStore,
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
      const appeal = await manager.findOneBy(Appeal, { id });
      if (!appeal) throw DomainError.notFound('Klagen');
      await lockApplicationForWrite(manager, actor, appeal.applicationId, undefined);
      assertAppealOpen(appeal);
      const count = await manager.count(AppealAttachment, { where: { appealId: id } });
      if (count >= MAX_APPEAL_ATTACHMENTS) {
        throw DomainError.rule(
          'file',
          'maxCount',
          `En klage kan ha høyst ${MAX_APPEAL_ATTACHMENTS} vedlegg.`,
        );
      }
      const saved = await manager.save(
        manager.create(AppealAttachment, { appealId: id, ...this.store.columns(actor, file, bytes) }),
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
    if (!isUuid(attachmentId)) throw DomainError.notFound('Vedlegget');
    return this.store.download(this.db.manager, actor, {
      entity: AppealAttachment,
      where: 'f.id = :attachmentId AND f.appeal_id = :appealId',
      parameters: { attachmentId, appealId: appeal.id },
      notFound: 'Vedlegget',
      download: (file) => ({
        action: 'appeal.attachment_downloaded',
        entityType: 'appeal',
        entityId: appeal.id,
        after: { attachmentId, fileName: file.fileName },
      }),
    });
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
