export { ReportPage, ReportReviewPage, ReportReceiptPage } from './report';
