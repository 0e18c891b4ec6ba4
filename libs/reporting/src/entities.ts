import { RecipientReport, ReportAttachment } from './reports/recipient-report.entity';
import { RepaymentClaim, Repayment } from './reports/repayment-claim.entity';

/** Entities owned by libs/reporting; registered with the data source next to the grants entities. */
export const reportingEntities = [RecipientReport, ReportAttachment, RepaymentClaim, Repayment];
