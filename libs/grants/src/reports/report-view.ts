import { Application } from '../applications/application.entity';
import { assertCanWrite, loadApplication } from '../applications/application-access';
import { ApprovedPlan, approvedPlan } from '../changes/approved-plan';
import { Decision } from '../decisions/decision.entity';
import { Actor } from '../kernel/actor';
import { Signatory } from '../kernel/application-content';
import { DecisionOutcome } from '../kernel/decision-reasons';
import { CasePart } from '../kernel/need-to-know';
import { GrantRound } from '../rounds/grant-round.entity';
import { GrantScheme } from '../schemes/grant-scheme.entity';
import { DomainError, FieldError } from '@app/platform';
import { EntityManager, IsNull } from 'typeorm';
import { ActualLine, IndicatorFigures, RecipientReport, ReportAttachment } from './recipient-report.entity';
import { RepaymentClaim } from './repayment-claim.entity';
import { breakdownCells } from './report-rules';
import { reportTransition } from './report-transitions';

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

/** The grant behind the report: accepted (or paid), in force and not lapsed. Otherwise there is no report to give. */
export async function loadReportView(
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
export function assertStatementWritable(actor: Actor, view: ReportView): RecipientReport {
  assertCanWrite(actor, view.application);
  if (!view.report) {
    throw DomainError.invalidState('Lagre rapporten før du laster opp revisorerklæringen.', 'due');
  }
  reportTransition(view.report.status, 'edit');
  return view.report;
}
