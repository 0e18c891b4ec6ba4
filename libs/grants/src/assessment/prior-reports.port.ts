import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Application } from '../applications/application.entity';

/** Reports owed on the organisation's earlier grants whose report deadline has passed (DOMAIN.md §2). */
export interface PriorReportsFinding {
  /** Not submitted (missing, a draft, or returned and not resubmitted). */
  overdue: number;
  /** Submitted but not yet approved. */
  unapproved: number;
}

export type PriorReportsCheck = (
  manager: EntityManager,
  application: Application,
) => Promise<PriorReportsFinding>;

/**
 * Checks that other libraries contribute to the formal check without libs/grants depending on them: recipient
 * reports live in libs/reporting, which registers its check here when its module starts.
 */
@Injectable()
export class ScreeningExtensions {
  private priorReportsCheck: PriorReportsCheck | null = null;

  registerPriorReports(check: PriorReportsCheck): void {
    this.priorReportsCheck = check;
  }

  /** null when no report module is loaded (then nothing can be said about earlier reports). */
  priorReports(manager: EntityManager, application: Application): Promise<PriorReportsFinding> | null {
    return this.priorReportsCheck ? this.priorReportsCheck(manager, application) : null;
  }
}
