import { StatusOwner, statusOwner } from '../outbox/status-owner';
import { ApplicationEvent, applicationTransition } from './application-status';
import { Application } from './application.entity';

/**
 * The owner of an application's status (issue 16, «one owner per state»): every stage that moves an application —
 * submission, screening, decision, notification, acceptance, payment, a new decision — calls this on a row it has
 * locked, and the state machine in `application-status.ts` refuses an illegal step before anything is written.
 * `change` sets the columns that belong to the step (who submitted, when it was withdrawn, …).
 */
export const moveApplication: StatusOwner<Application, ApplicationEvent> = statusOwner(
  'application',
  (application, event) => applicationTransition(application.status, event),
);
