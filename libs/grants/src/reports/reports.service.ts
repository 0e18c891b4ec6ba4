import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assertCanWrite, loadApplication } from '../applications/application-access';
import { Application } from '../applications/application.entity';
import { disqualifiedSql } from '../applications/impartiality';
import { ImpartialityService } from '../applications/impartiality.service';
import { AuditService } from '../audit/audit.service';
import { ApprovedPlan, approvedPlan } from '../changes/approved-plan';
import { Decision } from '../decisions/decision.entity';
import { Actor } from '../kernel/actor';
import { Signatory } from '../kernel/application-content';
import { detectFileType, MAX_ATTACHMENT_BYTES } from '../kernel/attachments/file-type';
import { UploadInspector } from '../kernel/attachments/upload-inspector';
import { DecisionOutcome } from '../kernel/decision-reasons';
import { CasePart } from '../kernel/need-to-know';
import { isUuid, lockVersioned, snapshot } from '../kernel/persistence';
import { addToOutbox } from '../outbox/outbox';
import { GrantRound } from '../rounds/grant-round.entity';
import { GrantScheme } from '../schemes/grant-scheme.entity';
import { AttachmentStore } from '../kernel/attachments/attachment-store';
import {
  Clock,
  DomainError,
  FieldError,
  formatKroner,
  osloDate,
  Page,
  PageRequest,
  passedDeadlineBound,
} from '@app/platform';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import {
  ActualLine,
  IndicatorFigures,
  RecipientReport,
  ReportAttachment,
  ReportStatus,
} from './recipient-report.entity';
import { Repayment, RepaymentClaim, RepaymentClaimStatus } from './repayment-claim.entity';
import {
  actualsErrors,
  breakdownCells,
  indicatorErrors,
  personalDataErrors,
  unspentOre,
} from './report-rules';

export interface ReportContent {
  goalAchievement?: string | null;
  activities?: string | null;
  deviations?: string | null;
  indicators?: IndicatorFigures;
  actuals?: ActualLine[];
  otherIncomeOre?: number;
  signatory?: Signatory | null;
}

/** The report of a grant as the organisation and staff see it: the report (if started) and what it must contain. */
export interface ReportView {
  applicationId: string;
  decisionId: string;
  dueAt: Date;
  grantOre: number;
  auditorStatementRequired: boolean;
  auditorStatement: Omit<ReportAttachment, 'content'> | null;
  report: RecipientReport | null;
  claim: RepaymentClaim | null;
  scheme: GrantScheme;
  application: Application;
  /** The application as changed by approved change requests: the budget and period the report is measured against. */
  plan: ApprovedPlan;
}

const EDITABLE = [ReportStatus.Draft, ReportStatus.Returned];

const REVIEW_STATUS = {
  approve: ReportStatus.Approved,
  return: ReportStatus.Returned,
  claim: ReportStatus.RepaymentClaimed,
} as const;

export interface ClaimInput {
  /** Default: the unspent amount the report shows. */
  amountOre?: number;
  reason: string;
  /** YYYY-MM-DD */
  dueDate: string;
}

export interface ObligationFilter {
  roundId?: string;
  /** "due" (not started) or a report status. */
  status?: 'due' | ReportStatus;
  overdue?: boolean;
}

/** A grant's report obligation as staff follow it up. */
export interface Obligation {
  applicationId: string;
  referenceNumber: string;
  organisationName: string;
  roundId: string;
  grantOre: number;
  dueAt: Date;
  status: 'due' | ReportStatus;
  overdue: boolean;
  submittedAt: Date | null;
}

/**
 * Rapportering (docs/domain.md §2, §5): every accepted grant owes a report by the round's report deadline. The
 * organisation fills it in over several sittings, attaches the auditor's statement when the grant is at or above
 * the scheme's threshold, and submits; a caseworker approves it or returns it with comments.
 */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly impartiality: ImpartialityService,
    private readonly clock: Clock,
    private readonly inspector: UploadInspector,
    private readonly store: AttachmentStore,
  ) {}

  async view(actor: Actor, applicationId: string): Promise<ReportView> {
    return this.db.transaction('REPEATABLE READ', async (manager) =>
      this.load(manager, actor, applicationId),
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
      const view = await this.load(manager, actor, applicationId, true);
      assertCanWrite(actor, view.application);
      const report = view.report
        ? await lockVersioned(manager, RecipientReport, view.report.id, version, 'Rapporten')
        : manager.create(RecipientReport, {
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
          });
      if (view.report && version === undefined) {
        throw DomainError.rule('version', 'required', 'Send med versjonen av rapporten du endrer.');
      }
      if (!EDITABLE.includes(report.status)) {
        throw DomainError.invalidState('Rapporten er sendt inn og kan ikke endres nå.', report.status);
      }
      const before = view.report ? snapshot(report) : null;
      const defined = Object.fromEntries(Object.entries(content).filter(([, v]) => v !== undefined));
      Object.assign(report, defined);
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
      await manager.save(report);
      await this.audit.record(manager, {
        actor,
        action: before ? 'report.saved' : 'report.started',
        entityType: 'recipient_report',
        entityId: report.id,
        before,
        after: snapshot(report),
      });
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
    const target = assertStatementWritable(actor, await this.load(this.db.manager, actor, applicationId));
    const file = await this.inspector.inspect(
      actor,
      { entityType: 'recipient_report', entityId: target.id },
      fileName,
      bytes,
      'pdf',
    );
    return this.db.transaction(async (manager) => {
      const view = await this.load(manager, actor, applicationId, true);
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
      const view = await this.load(manager, actor, applicationId, true);
      assertCanWrite(actor, view.application);
      if (!view.report) throw DomainError.invalidState('Rapporten er ikke påbegynt.', 'due');
      const report = await lockVersioned(manager, RecipientReport, view.report.id, version, 'Rapporten');
      if (!EDITABLE.includes(report.status)) {
        throw DomainError.invalidState('Rapporten er allerede sendt inn.', report.status);
      }
      const errors = completenessErrors(report, view);
      if (errors.length > 0) throw DomainError.rules(errors);
      const before = snapshot(report);
      report.status = ReportStatus.Submitted;
      report.submittedAt = this.clock.now();
      report.submittedBy = actor.userId;
      await manager.save(report);
      await this.audit.record(manager, {
        actor,
        action: 'report.submitted',
        entityType: 'recipient_report',
        entityId: report.id,
        before,
        after: snapshot(report),
      });
      return { ...view, report };
    });
  }

  /** A caseworker approves the report, or returns it with comments for the organisation to revise. */
  async review(
    actor: Actor,
    applicationId: string,
    version: number,
    outcome: 'approve' | 'return' | 'claim',
    comment: string | null,
    claim: ClaimInput | null = null,
  ): Promise<ReportView> {
    if (outcome === 'return' && !comment?.trim()) {
      throw DomainError.rule(
        'comment',
        'required',
        'Skriv hva organisasjonen må rette før rapporten sendes tilbake.',
      );
    }
    if (outcome === 'claim' && !claim) {
      throw DomainError.rule('claim', 'required', 'Oppgi grunnen til kravet og betalingsfristen.');
    }
    return this.db.transaction(async (manager) => {
      const view = await this.load(manager, actor, applicationId);
      await this.impartiality.assertImpartial(manager, actor, applicationId);
      if (!view.report) throw DomainError.invalidState('Rapporten er ikke sendt inn.', 'due');
      const report = await lockVersioned(manager, RecipientReport, view.report.id, version, 'Rapporten');
      if (report.status !== ReportStatus.Submitted) {
        throw DomainError.invalidState('Bare en innsendt rapport kan behandles.', report.status);
      }
      const before = snapshot(report);
      report.status = REVIEW_STATUS[outcome];
      report.reviewedAt = this.clock.now();
      report.reviewedBy = actor.userId;
      report.reviewComment = comment?.trim() || null;
      await manager.save(report);
      const created = outcome === 'claim' ? await this.createClaim(manager, actor, report, claim!) : null;
      // The organisation gets a letter: the approval, or the claim (a decision, with the right to appeal).
      if (outcome === 'approve') {
        await addToOutbox(manager, 'letter.report_approval', { subjectId: report.id }, report.id);
      } else if (created) {
        await addToOutbox(manager, 'letter.repayment_claim', { subjectId: created.id }, created.id);
      }
      await this.audit.record(manager, {
        actor,
        action: `report.${REVIEW_STATUS[outcome]}`,
        entityType: 'recipient_report',
        entityId: report.id,
        before,
        after: { ...snapshot(report), ...(created ? { claim: snapshot(created) } : {}) },
      });
      return { ...view, report, claim: created ?? view.claim };
    });
  }

  /** A repayment claim: by default the unspent part of the grant, never more than the grant, due in the future. */
  private async createClaim(
    manager: EntityManager,
    actor: Actor,
    report: RecipientReport,
    input: ClaimInput,
  ): Promise<RepaymentClaim> {
    const amountOre = input.amountOre ?? report.unspentOre;
    const errors: FieldError[] = [];
    if (amountOre <= 0) {
      errors.push({
        field: 'claim.amountOre',
        rule: 'positive',
        message: 'Rapporten viser ikke ubrukte midler; oppgi beløpet som skal kreves tilbake.',
      });
    } else if (amountOre > report.grantOre) {
      errors.push({
        field: 'claim.amountOre',
        rule: 'withinGrant',
        message: 'Kravet kan ikke være større enn tilskuddet.',
      });
    }
    if (!input.reason.trim()) {
      errors.push({ field: 'claim.reason', rule: 'required', message: 'Begrunn kravet om tilbakebetaling.' });
    }
    if (input.dueDate <= osloDate(this.clock.now())) {
      errors.push({
        field: 'claim.dueDate',
        rule: 'inFuture',
        message: 'Betalingsfristen må være fram i tid.',
      });
    }
    if (errors.length > 0) throw DomainError.rules(errors);
    return manager.save(
      manager.create(RepaymentClaim, {
        reportId: report.id,
        decisionId: report.decisionId,
        applicationId: report.applicationId,
        roundId: report.roundId,
        amountOre,
        reason: input.reason.trim(),
        dueDate: input.dueDate,
        status: RepaymentClaimStatus.Open,
        claimedBy: actor.userId,
      }),
    );
  }

  /** Finance records a repayment received; the claim is settled when the repayments add up to it. */
  async recordRepayment(
    actor: Actor,
    claimId: string,
    version: number,
    amountOre: number,
    receivedOn: string,
  ): Promise<RepaymentClaim> {
    if (receivedOn > osloDate(this.clock.now())) {
      throw DomainError.rule('receivedOn', 'notInFuture', 'Innbetalingsdatoen kan ikke være fram i tid.');
    }
    if (!isUuid(claimId)) throw DomainError.notFound('Kravet');
    return this.db.transaction(async (manager) => {
      const claim = await lockVersioned(manager, RepaymentClaim, claimId, version, 'Kravet');
      if (claim.status !== RepaymentClaimStatus.Open) {
        throw DomainError.invalidState('Kravet er allerede gjort opp.', claim.status);
      }
      const paid = claim.repaidOre;
      if (paid + amountOre > claim.amountOre) {
        throw DomainError.rule(
          'amountOre',
          'withinClaim',
          `Innbetalingen er større enn det som gjenstår av kravet (${formatKroner(claim.amountOre - paid)}).`,
        );
      }
      const repayment = await manager.save(
        manager.create(Repayment, { claimId, amountOre, receivedOn, recordedBy: actor.userId }),
      );
      const before = snapshot(claim);
      claim.repaidOre = paid + amountOre;
      if (claim.repaidOre === claim.amountOre) claim.status = RepaymentClaimStatus.Settled;
      await manager.save(claim);
      await this.audit.record(manager, {
        actor,
        action: 'repayment.recorded',
        entityType: 'repayment_claim',
        entityId: claim.id,
        before,
        after: { ...snapshot(claim), repayment: snapshot(repayment) },
      });
      return claim;
    });
  }

  /**
   * Report obligations for staff: every accepted grant in force with its report's state ("due" when not started),
   * filtered by round, state and overdue, oldest deadline first. Computed in one query with the page's count.
   */
  async obligations(actor: Actor, filter: ObligationFilter, page: PageRequest): Promise<Page<Obligation>> {
    if (filter.roundId !== undefined && !isUuid(filter.roundId)) return { items: [], total: 0, ...page };
    const rows = await this.db.query<(Obligation & { total: number })[]>(
      `SELECT d.application_id AS "applicationId", a.reference_number AS "referenceNumber",
              o.name AS "organisationName", d.round_id AS "roundId", d.amount_ore::bigint AS "grantOre",
              gr.report_deadline AS "dueAt", COALESCE(r.status, 'due') AS status,
              (COALESCE(r.status, 'due') IN ('due', 'draft', 'returned') AND gr.report_deadline < $4) AS overdue,
              r.submitted_at AS "submittedAt", count(*) OVER ()::int AS total
         FROM decisions d
         JOIN applications a ON a.id = d.application_id
         JOIN organisations o ON o.id = a.organisation_id
         JOIN grant_rounds gr ON gr.id = d.round_id
         LEFT JOIN recipient_reports r ON r.decision_id = d.id
        WHERE d.outcome IN ('granted', 'partly_granted') AND d.accepted_at IS NOT NULL
          AND d.lapsed_at IS NULL AND d.superseded_by IS NULL
          AND ($1::uuid IS NULL OR d.round_id = $1)
          AND ($2::text IS NULL OR COALESCE(r.status, 'due') = $2)
          AND (NOT $3::boolean OR (COALESCE(r.status, 'due') IN ('due', 'draft', 'returned') AND gr.report_deadline < $4))
          -- A declared conflict or a membership of the organisation keeps the case out of the staff member's sight.
          AND NOT ${disqualifiedSql('a.id', '$7')}
        ORDER BY gr.report_deadline, a.reference_number
        LIMIT $5 OFFSET $6`,
      [
        filter.roundId ?? null,
        filter.status ?? null,
        filter.overdue ?? false,
        passedDeadlineBound(this.clock.now()),
        page.limit,
        page.offset,
        actor.userId,
      ],
    );
    return {
      items: rows.map(({ total: _total, ...row }) => ({ ...row, grantOre: Number(row.grantOre) })),
      total: rows[0]?.total ?? 0,
      ...page,
    };
  }

  /** Repayment claims for staff (finance records repayments against them): newest first, filtered. */
  async claims(
    actor: Actor,
    filter: { roundId?: string; status?: RepaymentClaimStatus },
    page: PageRequest,
  ): Promise<Page<RepaymentClaim>> {
    const query = this.db
      .getRepository(RepaymentClaim)
      .createQueryBuilder('c')
      // A declared conflict or a membership of the organisation keeps the case out of the staff member's sight.
      .where(`NOT ${disqualifiedSql('c.application_id', ':userId')}`, { userId: actor.userId });
    if (filter.roundId) query.andWhere('c.round_id = :roundId', { roundId: filter.roundId });
    if (filter.status) query.andWhere('c.status = :status', { status: filter.status });
    const [items, total] = await query
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id')
      .take(page.limit)
      .skip(page.offset)
      .getManyAndCount();
    return { items, total, ...page };
  }

  /** The repayment claims of an application: for its organisation and for staff. */
  async claimsForApplication(actor: Actor, applicationId: string): Promise<RepaymentClaim[]> {
    await loadApplication(this.db.manager, actor, applicationId, CasePart.Payments);
    return this.db
      .getRepository(RepaymentClaim)
      .find({ where: { applicationId }, order: { createdAt: 'ASC' } });
  }

  /** The auditor's statement file, for the organisation and staff. */
  async auditorStatementFile(actor: Actor, applicationId: string): Promise<ReportAttachment> {
    return this.db.transaction('REPEATABLE READ', async (manager) => {
      const view = await this.load(manager, actor, applicationId);
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

  /** The grant behind the report: accepted (or paid), in force and not lapsed. Otherwise there is no report to give. */
  private async load(
    manager: EntityManager,
    actor: Actor,
    applicationId: string,
    forUpdate = false,
  ): Promise<ReportView> {
    // loadApplication keeps staff with a conflict out; members read their report as the party.
    const application = await loadApplication(manager, actor, applicationId, CasePart.Reports);
    // Writers lock the grant's decision row: two first saves of a report cannot both create it.
    const decision = await manager.findOne(Decision, {
      where: { applicationId, supersededBy: IsNull(), lapsedAt: IsNull() },
      order: { createdAt: 'DESC' },
      ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    const grants = [DecisionOutcome.Granted, DecisionOutcome.PartlyGranted];
    if (!decision || !grants.includes(decision.outcome) || !decision.acceptedAt) {
      throw DomainError.invalidState(
        'Søknaden har ikke et akseptert tilskudd med rapportplikt.',
        application.status,
      );
    }
    const round = await manager.findOneByOrFail(GrantRound, { id: application.roundId });
    const scheme = await manager.findOneByOrFail(GrantScheme, { id: round.schemeId });
    const report = await manager.findOne(RecipientReport, {
      where: { decisionId: decision.id },
      ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    const auditorStatement = report
      ? await manager.findOne(ReportAttachment, { where: { reportId: report.id, kind: 'auditor_statement' } })
      : null;
    const claim = report ? await manager.findOne(RepaymentClaim, { where: { reportId: report.id } }) : null;
    return {
      applicationId,
      decisionId: decision.id,
      dueAt: round.reportDeadline,
      grantOre: decision.amountOre,
      auditorStatementRequired: decision.amountOre >= scheme.auditorThresholdOre,
      auditorStatement,
      report,
      claim,
      scheme,
      application,
      plan: await approvedPlan(manager, application),
    };
  }
}

/** What a submitted report must contain; each missing part names its field. */
export function completenessErrors(
  report: RecipientReport,
  view: Pick<ReportView, 'scheme' | 'plan' | 'auditorStatementRequired' | 'auditorStatement'>,
): FieldError[] {
  const errors: FieldError[] = [];
  const required = (field: keyof RecipientReport, message: string) => {
    const value = report[field];
    if (value === null || value === undefined || (typeof value === 'string' && !value.trim())) {
      errors.push({ field, rule: 'required', message });
    }
  };
  required('goalAchievement', 'Beskriv måloppnåelsen.');
  required('activities', 'Beskriv aktivitetene som er gjennomført.');
  required('deviations', 'Beskriv avvik fra planen og hvorfor (skriv «Ingen avvik» om det ikke var noen).');
  required('signatory', 'Oppgi hvem som signerer rapporten for organisasjonen.');
  for (const indicator of view.scheme.reportIndicators) {
    const cells = report.indicators[indicator.code] ?? {};
    const missing = breakdownCells(indicator.breakdown).filter((cell) => cells[cell] === undefined);
    if (missing.length > 0) {
      errors.push({
        field: `indicators.${indicator.code}`,
        rule: 'required',
        message: `Fyll ut «${indicator.name}» (${missing.join(', ')}).`,
      });
    }
  }
  view.plan.budgetLines.forEach((line, i) => {
    if (!report.actuals.some((a) => a.line === i)) {
      errors.push({
        field: `actuals[${i}]`,
        rule: 'required',
        message: `Oppgi faktisk forbruk for budsjettposten «${line.description}».`,
      });
    }
  });
  if (view.auditorStatementRequired && !view.auditorStatement) {
    errors.push({
      field: 'auditorStatement',
      rule: 'required',
      message: 'Tilskuddet er over ordningens grense: last opp revisorerklæring (ISRS 4400).',
    });
  }
  return errors;
}

/** The report an auditor's statement may be uploaded to now: the member's own, saved and not yet submitted. */
function assertStatementWritable(actor: Actor, view: ReportView): RecipientReport {
  assertCanWrite(actor, view.application);
  if (!view.report) {
    throw DomainError.invalidState('Lagre rapporten før du laster opp revisorerklæringen.', 'due');
  }
  if (!EDITABLE.includes(view.report.status)) {
    throw DomainError.invalidState('Rapporten er sendt inn og kan ikke endres nå.', view.report.status);
  }
  return view.report;
}
