import { StatusOwner, statusOwner } from '../outbox/status-owner';
import { ApplicationEvent, applicationTransition } from './application-status';
import { Application } from './application.entity';

/**
 * The owner of an application's status (issue 16, «one owner per state»): every stage that moves an application —
 * submission, screening, decision, notification, acceptance, payment, a new decision — calls this on a row it has
 * locked, and the state machine in `application-status.ts` refuses an illegal step before anything is written.
 * `change` sets the columns that belong to the step (who submitted, when it was withdrawn, …).
 */
const moveStatus: StatusOwner<Application, ApplicationEvent> = statusOwner(
  'application',
  (application, event) => applicationTransition(application.status, event),
);

/** Every step also records who made it (`lastChangedBy`, null for the system), in the same save as the version. */
export const moveApplication: StatusOwner<Application, ApplicationEvent> = (
  manager,
  application,
  event,
  record,
  change,
) =>
  moveStatus(manager, application, event, record, async (row) => {
    row.lastChangedBy = record.actor?.userId ?? null;
    await change?.(row);
  });
