import { EntityManager } from 'typeorm';
import { Actor } from './actor';

/** One audit event: who did what to which entity, with its state before and after. */
export interface AuditEntry {
  actor: Actor | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: object | null;
  after?: object | null;
}

/**
 * The audit trail as the kernel's own services record in it (uploads refused, files downloaded). A port: the audit
 * stage imports the kernel, so the kernel asks through this abstract class, bound to `AuditService` in
 * grants.module.ts, and the write stays in the caller's transaction as before.
 */
export abstract class AuditRecorder {
  abstract record(manager: EntityManager, entry: AuditEntry): Promise<void>;
}
