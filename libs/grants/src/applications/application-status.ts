import { DomainError } from '@app/platform';

/** DESIGN.md §4, the NGO side up to submission; later steps extend this machine. */
export enum ApplicationStatus {
  Draft = 'draft',
  Submitted = 'submitted',
  Withdrawn = 'withdrawn',
}

export type ApplicationEvent = 'edit' | 'submit' | 'withdraw';

const ALLOWED: Record<ApplicationEvent, ApplicationStatus[]> = {
  edit: [ApplicationStatus.Draft],
  submit: [ApplicationStatus.Draft],
  // Withdrawal is possible until a decision is made.
  withdraw: [ApplicationStatus.Draft, ApplicationStatus.Submitted],
};

const TARGET: Partial<Record<ApplicationEvent, ApplicationStatus>> = {
  submit: ApplicationStatus.Submitted,
  withdraw: ApplicationStatus.Withdrawn,
};

export const APPLICATION_STATUS_NB: Record<ApplicationStatus, string> = {
  draft: 'utkast',
  submitted: 'sendt inn',
  withdrawn: 'trukket',
};

const EVENT_NB: Record<ApplicationEvent, string> = {
  edit: 'endres',
  submit: 'sendes inn',
  withdraw: 'trekkes',
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
