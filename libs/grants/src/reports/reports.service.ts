import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assertCanWrite } from '../applications/application-access';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../kernel/actor';
import { AttachmentStore } from '../kernel/attachments/attachment-store';
import { detectFileType, MAX_ATTACHMENT_BYTES } from '../kernel/attachments/file-type';
import { UploadInspector } from '../kernel/attachments/upload-inspector';
import { lockVersioned } from '../kernel/persistence';
import { Clock, DomainError, FieldError } from '@app/platform';
import { DataSource } from 'typeorm';
import { RecipientReport, ReportAttachment, ReportStatus } from './recipient-report.entity';
import { actualsErrors, indicatorErrors, personalDataErrors, unspentOre } from './report-rules';
import { moveReport, reportTransition, startReport } from './report-transitions';
import {
  assertStatementWritable,
  completenessErrors,
  loadReportView,
  ReportContent,
  ReportView,
} from './report-view';

/**
 * Rapportering (docs/domain.md §2, §5): every accepted grant owes a report by the round's report deadline. The
 * organisation fills it in over several sittings, attaches the auditor's statement when the grant is at or above
 * the scheme's threshold, and submits; a caseworker reviews it (ReportReviewService).
 */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly inspector: UploadInspector,
    private readonly store: AttachmentStore,
  ) {}

  async view(actor: Actor, applicationId: string): Promise<ReportView> {
    return this.db.transaction('REPEATABLE READ', async (manager) =>
      loadReportView(manager, actor, applicationId),
    );
  }

  /** Saves what is given (a draft or a returned report); the first save creates the report. */
  async save(
    actor: Actor,
    applicationId: string,
    version: number | undefined,
    content: ReportContent,
  ): Promise<ReportView> {
    return this.db.transaction(async (manager) => {
      const view = await loadReportView(manager, actor, applicationId, true);
      assertCanWrite(actor, view.application);
      const report = view.report
        ? await lockVersioned(manager, RecipientReport, view.report.id, version, 'Rapporten')
        : manager.create(RecipientReport, newReport(view));
      const write = (row: RecipientReport) => writeContent(row, content, view);
      if (!view.report) return { ...view, report: await startReport(manager, actor, report, write) };
      if (version === undefined) {
        throw DomainError.rule('version', 'required', 'Send med versjonen av rapporten du endrer.');
      }
      await moveReport(manager, report, 'edit', { actor, action: 'report.saved' }, write);
      return { ...view, report };
    });
  }

  /** The auditor's statement (ISRS 4400), a PDF; a new upload replaces the previous one. */
  async uploadAuditorStatement(
    actor: Actor,
    applicationId: string,
    fileName: string,
    bytes: Buffer,
  ): Promise<ReportView> {
    if (bytes.length > MAX_ATTACHMENT_BYTES)
      throw DomainError.rule('file', 'maxSize', 'Filen er større enn 10 MB.');
    if (detectFileType(bytes) !== 'pdf') {
      throw DomainError.rule('file', 'fileType', 'Revisorerklæringen må være en PDF-fil.');
    }
    // Checked and virus-scanned before it is stored, for someone who may upload it now; checked again under lock.
    const target = assertStatementWritable(
      actor,
      await loadReportView(this.db.manager, actor, applicationId),
    );
    const file = await this.inspector.inspect(
      actor,
      { entityType: 'recipient_report', entityId: target.id },
      fileName,
      bytes,
      'pdf',
    );
    return this.db.transaction(async (manager) => {
      const view = await loadReportView(manager, actor, applicationId, true);
      const report = assertStatementWritable(actor, view);
      await manager.delete(ReportAttachment, { reportId: report.id, kind: 'auditor_statement' });
      const attachment = await manager.save(
        manager.create(ReportAttachment, {
          reportId: report.id,
          kind: 'auditor_statement',
          ...this.store.columns(actor, file, bytes),
        }),
      );
      await this.audit.record(manager, {
        actor,
        action: 'report.auditor_statement_uploaded',
        entityType: 'recipient_report',
        entityId: report.id,
        after: {
          fileName: attachment.fileName,
          sha256: file.sha256,
          sizeBytes: bytes.length,
          warnings: file.warnings,
        },
      });
      const { content: _content, ...meta } = attachment;
      return { ...view, auditorStatement: meta };
    });
  }

  /** Submits a complete report; an incomplete one is refused with an error per missing part. */
  async submit(actor: Actor, applicationId: string, version: number): Promise<ReportView> {
    return this.db.transaction(async (manager) => {
      const view = await loadReportView(manager, actor, applicationId, true);
      assertCanWrite(actor, view.application);
      if (!view.report) throw DomainError.invalidState('Rapporten er ikke påbegynt.', 'due');
      const report = await lockVersioned(manager, RecipientReport, view.report.id, version, 'Rapporten');
      reportTransition(report.status, 'submit');
      const errors = completenessErrors(report, view);
      if (errors.length > 0) throw DomainError.rules(errors);
      await moveReport(manager, report, 'submit', { actor, action: 'report.submitted' }, (row) => {
        row.submittedAt = this.clock.now();
        row.submittedBy = actor.userId;
      });
      return { ...view, report };
    });
  }

  /** The auditor's statement file, for the organisation and staff. */
  async auditorStatementFile(actor: Actor, applicationId: string): Promise<ReportAttachment> {
    return this.db.transaction('REPEATABLE READ', async (manager) => {
      const view = await loadReportView(manager, actor, applicationId);
      if (!view.report) throw DomainError.notFound('Revisorerklæringen');
      return this.store.download(manager, actor, {
        entity: ReportAttachment,
        where: 'f.report_id = :id AND f.kind = :kind',
        parameters: { id: view.report.id, kind: 'auditor_statement' },
        notFound: 'Revisorerklæringen',
        download: (file) => ({
          action: 'report.auditor_statement_downloaded',
          entityType: 'recipient_report',
          entityId: file.reportId,
          after: { sha256: file.sha256 },
        }),
      });
    });
  }
}

/** A report's first save: a draft of the grant in force. */
function newReport(view: ReportView): Partial<RecipientReport> {
  return {
    decisionId: view.decisionId,
    applicationId: view.applicationId,
    organisationId: view.application.organisationId,
    roundId: view.application.roundId,
    status: ReportStatus.Draft,
    dueAt: view.dueAt,
    grantOre: view.grantOre,
    indicators: {},
    actuals: [],
    otherIncomeOre: 0,
    unspentOre: 0,
  };
}

/** The content given, checked against the scheme's indicators and the plan's budget; the unspent amount follows. */
function writeContent(report: RecipientReport, content: ReportContent, view: ReportView): void {
  Object.assign(report, Object.fromEntries(Object.entries(content).filter(([, v]) => v !== undefined)));
  const errors: FieldError[] = [
    ...personalDataErrors({
      goalAchievement: report.goalAchievement,
      activities: report.activities,
      deviations: report.deviations,
    }),
    ...indicatorErrors(report.indicators, view.scheme.reportIndicators),
    ...actualsErrors(report.actuals, view.plan.budgetLines),
  ];
  if (errors.length > 0) throw DomainError.rules(errors);
  report.unspentOre = unspentOre(report.grantOre, report.actuals, report.otherIncomeOre);
}
