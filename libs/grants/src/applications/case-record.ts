import { DomainError } from '@app/platform';
import { DataSource, EntityManager, EntityTarget } from 'typeorm';
import { Actor } from '../kernel/actor';
import { AuditService } from '../audit/audit.service';
import { isUuid, lockVersioned } from '../kernel/persistence';
import { applyTransition } from '../outbox/transition';
import { loadApplication } from './application-access';

/** A record that belongs to an application's case (an appeal, a change request) and is edited at a version. */
interface CaseRecord {
  id: string;
  applicationId: string;
  version: number;
}

/**
 * One step on a case record: the actor must be able to read the application (404 otherwise, so nothing leaks),
 * the record is locked at the client's version (409 when stale), changed, saved and audited in one transaction
 * (`applyTransition`). `_audit` is no longer used: it stays until the callers (appeals, change requests) drop it.
 */
export async function changeCaseRecord<T extends CaseRecord>(
  db: DataSource,
  _audit: AuditService,
  target: EntityTarget<T>,
  ref: { actor: Actor; id: string; version: number; what: string; entityType: string; action: string },
  apply: (manager: EntityManager, record: T) => Promise<void>,
): Promise<T> {
  const { actor, id, version, what } = ref;
  if (!isUuid(id)) throw DomainError.notFound(what);
  return db.transaction(async (manager) => {
    const peek = await manager.findOneBy<T>(target, { id } as never);
    if (!peek) throw DomainError.notFound(what);
    await loadApplication(manager, actor, peek.applicationId);
    const record = await lockVersioned(manager, target, id, version, what);
    return applyTransition(
      manager,
      record,
      { actor, action: ref.action, entityType: ref.entityType },
      (row) => apply(manager, row),
    );
  });
}
