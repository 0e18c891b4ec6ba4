import { Injectable } from '@nestjs/common';
import { DomainError } from '@app/platform';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { Actor } from '../actor';
import { AuditEntry, AuditRecorder } from '../audit-recorder';
import { StoredFile } from './stored-file';
import { InspectedUpload } from './upload-inspector';

/** The StoredFile columns of a new attachment row; the caller adds its owner (and kind). */
export type StoredFileColumns = Omit<StoredFile, 'id'>;

/** How to find one stored file, what to call it when it is missing, and the audit event its download writes. */
export interface StoredFileLookup<T extends StoredFile> {
  entity: EntityTarget<T>;
  /** SQL condition on the alias `f`, e.g. `f.id = :id AND f.appeal_id = :appealId`. */
  where: string;
  parameters: ObjectLiteral;
  /** The thing that was not found, in Norwegian (DomainError.notFound), e.g. "Vedlegget". */
  notFound: string;
  download: (file: T) => Omit<AuditEntry, 'actor'>;
}

/**
 * The one store for uploaded files (application attachments, appeal attachments, the auditor's statement): the
 * columns of a file UploadInspector has passed, and reading a file with its bytes, each download audited. The
 * owners' checks (who may upload or read, how many files) stay with the services that own the attachments.
 */
@Injectable()
export class AttachmentStore {
  constructor(private readonly audit: AuditRecorder) {}

  /** The columns to store for an inspected upload: its cleaned name, detected type, size, SHA-256 and warnings. */
  columns(actor: Actor, file: InspectedUpload, bytes: Buffer): StoredFileColumns {
    return {
      fileName: file.fileName,
      contentType: file.contentType,
      sizeBytes: file.sizeBytes,
      sha256: file.sha256,
      content: bytes,
      warnings: file.warnings,
      uploadedBy: actor.userId,
    };
  }

  /** The file with its bytes (not selected otherwise); the download is recorded in the caller's transaction. */
  async download<T extends StoredFile>(
    manager: EntityManager,
    actor: Actor,
    lookup: StoredFileLookup<T>,
  ): Promise<T> {
    const file = await manager
      .getRepository(lookup.entity)
      .createQueryBuilder('f')
      .addSelect('f.content')
      .where(lookup.where, lookup.parameters)
      .getOne();
    if (!file) throw DomainError.notFound(lookup.notFound);
    await this.audit.record(manager, { actor, ...lookup.download(file) });
    return file;
  }
}
