import { EntityManager } from 'typeorm';
import { applyTransition, TransitionRecord } from '../outbox/transition';
import { ApplicationEvent, applicationTransition } from './application-status';
import { Application } from './application.entity';

/**
 * The owner of an application's status (issue 16, «one owner per state»): every stage that moves an application —
 * submission, screening, decision, notification, acceptance, payment, a new decision — calls this on a row it has
 * locked, and the state machine in `application-status.ts` refuses an illegal step before anything is written.
 * `change` sets the columns that belong to the step (who submitted, when it was withdrawn, …).
 */
export function moveApplication(
  manager: EntityManager,
  application: Application,
  event: ApplicationEvent,
  record: Omit<TransitionRecord<Application>, 'entityType'>,
  change: (application: Application) => void | Promise<void> = () => undefined,
): Promise<Application> {
  return applyTransition(manager, application, { ...record, entityType: 'application' }, async (row) => {
    row.status = applicationTransition(row.status, event);
    await change(row);
  });
}
