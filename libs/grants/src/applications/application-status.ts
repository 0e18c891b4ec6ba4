import { DomainError } from '@app/platform';

/** docs/domain.md §10: the application lifecycle; later steps (notification, acceptance, payment) extend it. */
export enum ApplicationStatus {
  Draft = 'draft',
  Submitted = 'submitted',
  InAssessment = 'in_assessment',
  Assessed = 'assessed',
  Decided = 'decided',
  /** The decision letter has reached the organisation. */
  Notified = 'notified',
  /** The organisation accepted the conditions of its grant. */
  Accepted = 'accepted',
  /** Every disbursement of the grant is paid. */
  Paid = 'paid',
  /** The grant was declined or not accepted in time. */
  Lapsed = 'lapsed',
  Withdrawn = 'withdrawn',
}

export type ApplicationEvent =
  | 'edit'
  | 'submit'
  | 'withdraw'
  | 'screen'
  | 'dismiss'
  | 'assess'
  | 'approve'
  | 'notify'
  | 'accept'
  | 'lapse'
  | 'pay'
  | 'redecide';

const ALLOWED: Record<ApplicationEvent, ApplicationStatus[]> = {
  edit: [ApplicationStatus.Draft],
  submit: [ApplicationStatus.Draft],
  // Withdrawal is possible until a decision is made.
  withdraw: [
    ApplicationStatus.Draft,
    ApplicationStatus.Submitted,
    ApplicationStatus.InAssessment,
    ApplicationStatus.Assessed,
  ],
  screen: [ApplicationStatus.Submitted],
  // Dismissal (avvisning) is the formal check's other outcome (docs/domain.md §10); once screened, the case is assessed.
  dismiss: [ApplicationStatus.Submitted],
  // An assessment may be revised until the decision is approved.
  assess: [ApplicationStatus.InAssessment, ApplicationStatus.Assessed],
  approve: [ApplicationStatus.Assessed],
  notify: [ApplicationStatus.Decided],
  accept: [ApplicationStatus.Notified],
  lapse: [ApplicationStatus.Notified],
  pay: [ApplicationStatus.Accepted],
  // A new decision after an appeal (forvaltningsloven § 33) replaces the one in force, whatever came of it.
  redecide: [
    ApplicationStatus.Decided,
    ApplicationStatus.Notified,
    ApplicationStatus.Accepted,
    ApplicationStatus.Paid,
    ApplicationStatus.Lapsed,
  ],
};

const TARGET: Partial<Record<ApplicationEvent, ApplicationStatus>> = {
  submit: ApplicationStatus.Submitted,
  withdraw: ApplicationStatus.Withdrawn,
  screen: ApplicationStatus.InAssessment,
  dismiss: ApplicationStatus.Decided,
  assess: ApplicationStatus.Assessed,
  approve: ApplicationStatus.Decided,
  notify: ApplicationStatus.Notified,
  accept: ApplicationStatus.Accepted,
  lapse: ApplicationStatus.Lapsed,
  pay: ApplicationStatus.Paid,
  redecide: ApplicationStatus.Decided,
};

export const APPLICATION_STATUS_NB: Record<ApplicationStatus, string> = {
  draft: 'utkast',
  submitted: 'sendt inn',
  in_assessment: 'under vurdering',
  assessed: 'vurdert',
  decided: 'avgjort',
  notified: 'varslet',
  accepted: 'akseptert',
  paid: 'utbetalt',
  lapsed: 'bortfalt',
  withdrawn: 'trukket',
};

const EVENT_NB: Record<ApplicationEvent, string> = {
  edit: 'endres',
  submit: 'sendes inn',
  withdraw: 'trekkes',
  screen: 'kontrolleres',
  dismiss: 'avvises',
  assess: 'vurderes',
  approve: 'godkjennes',
  notify: 'varsles',
  accept: 'aksepteres',
  lapse: 'falle bort',
  pay: 'markeres som utbetalt',
  redecide: 'få et nytt vedtak',
};

/** Checks that the event is allowed in the current status; returns the status after it. */
export function applicationTransition(
  current: ApplicationStatus,
  event: ApplicationEvent,
): ApplicationStatus {
  if (!ALLOWED[event].includes(current)) {
    throw DomainError.invalidState(
      `Søknaden kan ikke ${EVENT_NB[event]} når den har status «${APPLICATION_STATUS_NB[current]}».`,
      current,
    );
  }
  return TARGET[event] ?? current;
}
