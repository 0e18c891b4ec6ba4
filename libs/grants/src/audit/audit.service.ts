import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { currentRequestId, Page, PageRequest } from '@app/platform';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEntry, AuditRecorder } from '../kernel/audit-recorder';
import { AuditChainReport, verifyAuditChain } from './audit-chain';
import { AuditEvent } from './audit-event.entity';

export type { AuditEntry } from '../kernel/audit-recorder';

/** Which audit events to list. */
export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  actorUserId?: string;
}

/** Writes audit events inside the caller's transaction, so a change and its audit event commit together. */
@Injectable()
export class AuditService extends AuditRecorder {
  constructor(@InjectDataSource() private readonly db: DataSource) {
    super();
  }

  /** Newest first. */
  async list(filter: AuditFilter, page: PageRequest): Promise<Page<AuditEvent>> {
    const qb = this.db.getRepository(AuditEvent).createQueryBuilder('a');
    if (filter.entityType) qb.andWhere('a.entity_type = :entityType', { entityType: filter.entityType });
    if (filter.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.actorUserId)
      qb.andWhere('a.actor_user_id = :actorUserId', { actorUserId: filter.actorUserId });
    const [items, total] = await qb
      .orderBy('a.id', 'DESC')
      .take(page.limit)
      .skip(page.offset)
      .getManyAndCount();
    return { items, total, ...page };
  }

  /** Recomputes the hash chain and names the first broken link (reads only). */
  verifyChain(): Promise<AuditChainReport> {
    return verifyAuditChain(this.db);
  }

  record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    return recordAudit(manager, entry);
  }
}

/** The audit write itself, for callers outside Nest's container (seed, scripts). */
export async function recordAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  await manager.insert(AuditEvent, {
    actorUserId: entry.actor?.userId ?? null,
    actorRoles: entry.actor?.roles ?? [],
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: (entry.before ?? null) as never,
    after: (entry.after ?? null) as never,
    requestId: currentRequestId() ?? null,
  });
}
