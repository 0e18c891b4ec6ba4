import { DomainError } from '@app/platform';
import { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import { Actor } from '../kernel/actor';
import { snapshot } from '../kernel/persistence';
import { statusOwner } from '../outbox/status-owner';
import { RecipientReport, ReportStatus } from './recipient-report.entity';

/**
 * What happens to a report: the organisation edits a draft or a returned report (no change of status) and submits
 * it; a caseworker approves it, returns it for revision, or claims part of the grant back.
 */
export type ReportEvent = 'edit' | 'submit' | 'approve' | 'return' | 'claim';

/** The statuses the organisation may still change the report in. */
const EDITABLE = [ReportStatus.Draft, ReportStatus.Returned];

const STEPS: Record<ReportEvent, { from: ReportStatus[]; to: ReportStatus | null; refusal: string }> = {
  edit: { from: EDITABLE, to: null, refusal: 'Rapporten er sendt inn og kan ikke endres nå.' },
  submit: { from: EDITABLE, to: ReportStatus.Submitted, refusal: 'Rapporten er allerede sendt inn.' },
  approve: {
    from: [ReportStatus.Submitted],
    to: ReportStatus.Approved,
    refusal: 'Bare en innsendt rapport kan behandles.',
  },
  return: {
    from: [ReportStatus.Submitted],
    to: ReportStatus.Returned,
    refusal: 'Bare en innsendt rapport kan behandles.',
  },
  claim: {
    from: [ReportStatus.Submitted],
    to: ReportStatus.RepaymentClaimed,
    refusal: 'Bare en innsendt rapport kan behandles.',
  },
};

/** The report's state machine: refuses the event in this status (409 naming it); returns the status after it. */
export function reportTransition(current: ReportStatus, event: ReportEvent): ReportStatus {
  const step = STEPS[event];
  if (!step.from.includes(current)) throw DomainError.invalidState(step.refusal, current);
  return step.to ?? current;
}

/**
 * The owner of a recipient report's status (issue 16, «one owner per state»): every step on a report — a save, the
 * submission, the review — goes through this on a row the caller has locked; the state machine above refuses an
 * illegal step before anything is written. `change` sets the columns of the step (what was written, who reviewed).
 */
export const moveReport = statusOwner<RecipientReport, ReportEvent>('recipient_report', (report, event) =>
  reportTransition(report.status, event),
);

/** The first save of a report creates it (a draft): audited `report.started` with what it holds. */
export async function startReport(
  manager: EntityManager,
  actor: Actor,
  report: RecipientReport,
  fill: (report: RecipientReport) => void,
): Promise<RecipientReport> {
  fill(report);
  await manager.save(report);
  await recordAudit(manager, {
    actor,
    action: 'report.started',
    entityType: 'recipient_report',
    entityId: report.id,
    before: null,
    after: snapshot(report),
  });
  return report;
}
