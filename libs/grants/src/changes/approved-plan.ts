import { EntityManager } from 'typeorm';
import { BudgetLine } from '../kernel/application-content';
import { Application } from '../applications/application.entity';
import { ChangeKind, ChangeRequest, ChangeRequestStatus } from './change-request.entity';

/** The plan a grant is carried out and reported against: the application as changed by approved requests. */
export interface ApprovedPlan {
  periodStart: string | null;
  periodEnd: string | null;
  budgetLines: BudgetLine[];
  /** Approved changes of the project content, oldest first. */
  contentChanges: string[];
  /** The approved change requests the plan reflects, oldest first. */
  changeRequestIds: string[];
}

export async function approvedPlan(manager: EntityManager, application: Application): Promise<ApprovedPlan> {
  const approved = await manager.find(ChangeRequest, {
    where: { applicationId: application.id, status: ChangeRequestStatus.Approved },
    order: { handledAt: 'ASC' },
  });
  const plan: ApprovedPlan = {
    periodStart: application.periodStart,
    periodEnd: application.periodEnd,
    budgetLines: application.budgetLines,
    contentChanges: [],
    changeRequestIds: [],
  };
  for (const change of approved) {
    if (change.kind === ChangeKind.Period) plan.periodEnd = change.proposedPeriodEnd;
    if (change.kind === ChangeKind.Budget) plan.budgetLines = change.proposedBudgetLines ?? plan.budgetLines;
    if (change.kind === ChangeKind.Content && change.proposedContent)
      plan.contentChanges.push(change.proposedContent);
    plan.changeRequestIds.push(change.id);
  }
  return plan;
}
