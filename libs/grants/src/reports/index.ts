export { ReportStatus } from './recipient-report.entity';
export { RepaymentClaim, RepaymentClaimOrigin, RepaymentClaimStatus } from './repayment-claim.entity';
export { breakdownCells, COUNTED_REPORT_STATUSES, reportOverdue } from './report-rules';
export { ReportsService } from './reports.service';
export { ReportReviewService } from './report-review.service';
export { RepaymentClaimsService } from './repayment-claims.service';
export { ReportObligationsService } from './report-obligations.service';
export type { ReportView } from './report-view';
