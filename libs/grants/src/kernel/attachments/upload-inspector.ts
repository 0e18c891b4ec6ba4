import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DomainError,
  OUTAGE_RETRY_AFTER_SECONDS,
  ScannerUnavailableError,
  VirusScanner,
} from '@app/platform';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Actor } from '../actor';
import { AuditRecorder } from '../audit-recorder';
import { AllowedFileType, cleanFileName, CONTENT_TYPES } from './file-type';
import { ContentRefusal, inspectContent, storedFileName, UploadWarning } from './content-rules';

/** What an upload is attached to; a refusal is audited on it. */
export interface UploadTarget {
  entityType: 'application' | 'appeal' | 'recipient_report';
  entityId: string;
}

/** An upload that may be stored: the name, type, checksum and warnings to store with it. */
export interface InspectedUpload {
  type: AllowedFileType;
  contentType: string;
  fileName: string;
  sizeBytes: number;
  sha256: string;
  warnings: UploadWarning[];
}

/**
 * The one gate every uploaded file passes before it is stored (application attachments, appeal attachments, the
 * auditor's statement): the name must fit the type the bytes have, the content rules (active content in PDFs, zip
 * bombs, polyglots), then ClamAV. The caller has read the type from the bytes and checked that the actor may
 * upload to the target; it stores nothing unless this returns.
 *
 * - A refusal (malware, a launch action, a zip bomb, …) is an audit event `upload.refused` on the target,
 *   committed on its own, and a 422 naming the rule; nothing is stored.
 * - No verdict from the scanner (down, timeout) is a 503: fail closed, nothing stored, the user tries again.
 */
@Injectable()
export class UploadInspector {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditRecorder,
    private readonly scanner: VirusScanner,
  ) {}

  async inspect(
    actor: Actor,
    target: UploadTarget,
    fileName: string,
    bytes: Buffer,
    type: AllowedFileType,
  ): Promise<InspectedUpload> {
    const upload: InspectedUpload = {
      type,
      contentType: CONTENT_TYPES[type],
      fileName: storedFileName(cleanFileName(fileName), type),
      sizeBytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      warnings: [],
    };
    const content = await inspectContent(bytes, type);
    if (content.refusal) await this.refuse(actor, target, upload, content.refusal);

    let verdict;
    try {
      verdict = await this.scanner.scan(bytes);
    } catch (error) {
      if (!(error instanceof ScannerUnavailableError)) throw error;
      throw DomainError.unavailable(
        'Virusskanningen svarer ikke akkurat nå, så filen ble ikke lagret. Prøv igjen om litt.',
        OUTAGE_RETRY_AFTER_SECONDS,
      );
    }
    if (verdict.infected) {
      await this.refuse(actor, target, upload, {
        rule: 'virus',
        message: `Filen inneholder skadevare (${verdict.signature}) og ble ikke lagret. Kontroller filen og maskinen den kom fra, og last opp en ren kopi.`,
        detail: { signature: verdict.signature },
      });
    }
    upload.warnings = [...content.warnings, ...(verdict.scanned ? [] : [UploadWarning.NotScanned])];
    return upload;
  }

  private async refuse(
    actor: Actor,
    target: UploadTarget,
    upload: InspectedUpload,
    refusal: ContentRefusal,
  ): Promise<never> {
    await this.audit.record(this.db.manager, {
      actor,
      action: 'upload.refused',
      entityType: target.entityType,
      entityId: target.entityId,
      after: {
        rule: refusal.rule,
        ...refusal.detail,
        fileName: upload.fileName,
        contentType: upload.contentType,
        sizeBytes: upload.sizeBytes,
        sha256: upload.sha256,
      },
    });
    throw DomainError.rule('file', refusal.rule, refusal.message);
  }
}
