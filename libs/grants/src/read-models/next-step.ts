import { deadlineAtEndOfOsloDay, isPastDeadline } from '@app/platform';
import { ApplicationStatus } from '../applications/application-status';

/**
 * The one thing an applying organisation does next with an application (issue 18), decided on the server from
 * the application, its decision in force, its report and an open repayment claim.
 */
export enum NextStepCode {
  /** A draft: finish and submit it by the round's application deadline. */
  CompleteDraft = 'complete_draft',
  /** Submitted: nothing to do while Sfk screens, assesses and decides; the decision comes by e-mail. */
  AwaitDecision = 'await_decision',
  /** A grant was notified: accept or decline its conditions by the acceptance deadline. */
  AnswerDecision = 'answer_decision',
  /** An accepted grant owes its report (not sent, being written, or returned for revision) by the report deadline. */
  SendReport = 'send_report',
  /** The report is sent: nothing to do while Sfk reviews it. */
  AwaitReportReview = 'await_report_review',
  /** An open repayment claim: pay it by its due date. */
  PayBack = 'pay_back',
  /** Nothing to do: rejected, declined or lapsed, withdrawn, a draft past its deadline, or the report approved. */
  None = 'none',
}

export interface NextStep {
  code: NextStepCode;
  /** The deadline of that step; null when it has none. */
  deadline: Date | null;
  /** Until when the decision (or an open repayment claim) can be appealed in time; null once passed or none. */
  appealUntil: Date | null;
  /** Whether a change to the grant can be asked for now: accepted, and the report not yet sent. */
  canRequestChange: boolean;
}

/** What the read model's query gives per application. */
export interface NextStepFacts {
  status: ApplicationStatus;
  applicationDeadline: Date;
  reportDeadline: Date | null;
  /** The decision in force (none superseded), if any. */
  outcome: string | null;
  acceptanceDeadline: Date | null;
  appealDeadline: Date | null;
  reportStatus: string | null;
  reportDueAt: Date | null;
  /** An open repayment claim's due date (YYYY-MM-DD) and appeal deadline. */
  claimDueDate: string | null;
  claimAppealDeadline: Date | null;
}

const WAITING = new Set<ApplicationStatus>([
  ApplicationStatus.Submitted,
  ApplicationStatus.InAssessment,
  ApplicationStatus.Assessed,
  ApplicationStatus.Decided,
]);
const GRANTED = new Set<ApplicationStatus>([ApplicationStatus.Accepted, ApplicationStatus.Paid]);
const REPORT_OWED = new Set([null, 'draft', 'returned']);

const open = (deadline: Date | null, now: Date): Date | null =>
  deadline && !isPastDeadline(now, deadline) ? deadline : null;

/** The next step of one application at `now`. */
export function nextStepOf(f: NextStepFacts, now: Date): NextStep {
  const notified = !WAITING.has(f.status) && f.status !== ApplicationStatus.Draft;
  const live = notified && f.status !== ApplicationStatus.Withdrawn;
  const appealUntil =
    (f.claimDueDate ? open(f.claimAppealDeadline, now) : null) ?? (live ? open(f.appealDeadline, now) : null);
  const canRequestChange = GRANTED.has(f.status) && REPORT_OWED.has(f.reportStatus);
  const step = (code: NextStepCode, deadline: Date | null = null): NextStep => ({
    code,
    deadline,
    appealUntil,
    canRequestChange,
  });
  if (f.status === ApplicationStatus.Draft) {
    return open(f.applicationDeadline, now)
      ? step(NextStepCode.CompleteDraft, f.applicationDeadline)
      : step(NextStepCode.None);
  }
  if (WAITING.has(f.status)) return step(NextStepCode.AwaitDecision);
  if (f.claimDueDate) return step(NextStepCode.PayBack, deadlineAtEndOfOsloDay(f.claimDueDate));
  if (
    f.status === ApplicationStatus.Notified &&
    (f.outcome === 'granted' || f.outcome === 'partly_granted')
  ) {
    return open(f.acceptanceDeadline, now)
      ? step(NextStepCode.AnswerDecision, f.acceptanceDeadline)
      : step(NextStepCode.None);
  }
  if (!GRANTED.has(f.status)) return step(NextStepCode.None);
  if (REPORT_OWED.has(f.reportStatus))
    return step(NextStepCode.SendReport, f.reportDueAt ?? f.reportDeadline);
  if (f.reportStatus === 'submitted') return step(NextStepCode.AwaitReportReview);
  return step(NextStepCode.None);
}
