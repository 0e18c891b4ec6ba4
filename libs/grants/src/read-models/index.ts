export { CaseHistoryService } from './case-history.service';
export { RoundOverviewService } from './round-overview.service';
export type { RoundOverview } from './round-overview.service';
export { NextStepService } from './next-step.service';
export { NextStepCode } from './next-step';
export type { NextStep } from './next-step';
