import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError } from '@app/platform';
import { DataSource } from 'typeorm';
import { Actor, isMemberOf } from '../kernel/actor';
import { AuditService } from '../audit/audit.service';
import { isUuid, snapshot } from '../kernel/persistence';
import { Role } from '../kernel/role';
import { AttachmentKind } from '../schemes/grant-scheme.entity';
import { UploadInspector } from '../kernel/attachments/upload-inspector';
import { AttachmentStore } from '../kernel/attachments/attachment-store';
import { assertCanWrite, findReadable, loadApplication, lockApplicationForWrite } from './application-access';
import { applicationTransition, ApplicationStatus } from './application-status';
import { ApplicationAttachment } from './attachment.entity';
import { applyTransition } from '../outbox/transition';
import { CasePart } from '../kernel/need-to-know';
import { checkUploadedFile } from '../kernel/attachments/file-type';

export const MAX_ATTACHMENTS_PER_APPLICATION = 30;

export interface NewAttachment {
  kind: AttachmentKind;
  fileName: string;
  bytes: Buffer;
  exemptFromPublic: boolean;
  exemptionBasis?: string | null;
}

@Injectable()
export class AttachmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly inspector: UploadInspector,
    private readonly store: AttachmentStore,
  ) {}

  /**
   * Adds a file to a draft. Its type is read from its bytes; anything but the six allowed types is refused, and
   * the file is checked and virus-scanned (UploadInspector) before it is stored.
   */
  async upload(actor: Actor, applicationId: string, input: NewAttachment): Promise<ApplicationAttachment> {
    const type = checkUploadedFile(input.bytes);
    if (input.exemptFromPublic && !input.exemptionBasis?.trim()) {
      throw DomainError.rule('exemptionBasis', 'required', 'Oppgi hjemmel for unntak fra offentlighet.');
    }
    // Only someone who may add files gets them scanned (and a refusal audited); the lock comes after the scan.
    assertCanWrite(actor, await findReadable(this.db.manager, actor, applicationId));
    const file = await this.inspector.inspect(
      actor,
      { entityType: 'application', entityId: applicationId },
      input.fileName,
      input.bytes,
      type,
    );
    return this.db.transaction(async (manager) => {
      const application = await lockApplicationForWrite(manager, actor, applicationId, undefined);
      applicationTransition(application.status, 'edit');
      const count = await manager.count(ApplicationAttachment, { where: { applicationId } });
      if (count >= MAX_ATTACHMENTS_PER_APPLICATION) {
        throw DomainError.rule(
          'file',
          'maxCount',
          `En søknad kan ha høyst ${MAX_ATTACHMENTS_PER_APPLICATION} vedlegg.`,
        );
      }
      const attachment = manager.create(ApplicationAttachment, {
        applicationId,
        kind: input.kind,
        ...this.store.columns(actor, file, input.bytes),
        exemptFromPublic: input.exemptFromPublic,
        exemptionBasis: input.exemptFromPublic ? input.exemptionBasis!.trim() : null,
      });
      await manager.save(attachment);
      await this.audit.record(manager, {
        actor,
        action: 'attachment.uploaded',
        entityType: 'application',
        entityId: applicationId,
        after: snapshot(attachment, ['content']),
      });
      return attachment;
    });
  }

  /** The file for the organisation's members and for staff; every download is recorded. */
  async download(actor: Actor, applicationId: string, attachmentId: string): Promise<ApplicationAttachment> {
    await loadApplication(this.db.manager, actor, applicationId, CasePart.Attachments);
    if (!isUuid(attachmentId)) throw DomainError.notFound('Vedlegget');
    return this.store.download(this.db.manager, actor, {
      entity: ApplicationAttachment,
      where: 'f.id = :attachmentId AND f.application_id = :applicationId',
      parameters: { attachmentId, applicationId },
      notFound: 'Vedlegget',
      download: (attachment) => ({
        action: 'attachment.downloaded',
        entityType: 'application_attachment',
        entityId: attachment.id,
        after: { applicationId, sha256: attachment.sha256 },
      }),
    });
  }

  async remove(actor: Actor, applicationId: string, attachmentId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const application = await lockApplicationForWrite(manager, actor, applicationId, undefined);
      applicationTransition(application.status, 'edit');
      const attachment = isUuid(attachmentId)
        ? await manager.findOneBy(ApplicationAttachment, { id: attachmentId, applicationId })
        : null;
      if (!attachment) throw DomainError.notFound('Vedlegget');
      await manager.delete(ApplicationAttachment, { id: attachmentId });
      await this.audit.record(manager, {
        actor,
        action: 'attachment.deleted',
        entityType: 'application',
        entityId: applicationId,
        before: snapshot(attachment, ['content']),
      });
    });
  }

  /**
   * Sets the offentleglova exemption: the organisation while it drafts, a caseworker at any time
   * (the exemption is Sfk's decision when someone asks for access).
   */
  async setExemption(
    actor: Actor,
    applicationId: string,
    attachmentId: string,
    exemptFromPublic: boolean,
    exemptionBasis: string | null,
  ): Promise<ApplicationAttachment> {
    if (exemptFromPublic && !exemptionBasis?.trim()) {
      throw DomainError.rule('exemptionBasis', 'required', 'Oppgi hjemmel for unntak fra offentlighet.');
    }
    return this.db.transaction(async (manager) => {
      const application = await loadApplication(manager, actor, applicationId);
      const caseworker = actor.roles.includes(Role.Caseworker);
      if (!caseworker) {
        if (!isMemberOf(actor, application.organisationId)) {
          throw DomainError.forbidden('Bare saksbehandlere kan endre unntak fra offentlighet.');
        }
        if (application.status !== ApplicationStatus.Draft) {
          throw DomainError.invalidState('Vedleggene er låst etter innsending.', application.status);
        }
      }
      const attachment = isUuid(attachmentId)
        ? await manager.findOne(ApplicationAttachment, {
            where: { id: attachmentId, applicationId },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!attachment) throw DomainError.notFound('Vedlegget');
      return applyTransition(
        manager,
        attachment,
        {
          actor,
          action: 'attachment.exemption_set',
          entityType: 'application_attachment',
          omit: ['content'],
        },
        (row) => {
          row.exemptFromPublic = exemptFromPublic;
          row.exemptionBasis = exemptFromPublic ? exemptionBasis!.trim() : null;
        },
      );
    });
  }
}
