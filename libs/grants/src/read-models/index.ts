export { CaseHistoryService } from './case-history.service';
export { RoundOverviewService } from './round-overview.service';
export type { RoundOverview } from './round-overview.service';
