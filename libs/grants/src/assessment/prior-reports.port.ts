import type { EntityManager } from 'typeorm';
import type { Application } from '../applications/application.entity';

/** Reports owed on the organisation's earlier grants whose report deadline has passed (docs/domain.md §2). */
export interface PriorReportsFinding {
  /** Not submitted (missing, a draft, or returned and not resubmitted). */
  overdue: number;
  /** Submitted but not yet approved. */
  unapproved: number;
}

/**
 * The formal check asks the reports stage, which sits above assessment, through this port: an abstract class used as
 * the Nest token, implemented by reports/prior-reports.ts and bound in grants.module.ts. Nest refuses to start when
 * it is unbound.
 */
export abstract class PriorReports {
  abstract owed(manager: EntityManager, application: Application): Promise<PriorReportsFinding>;
}
