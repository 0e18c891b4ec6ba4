export { AppealPage, AppealReceiptPage } from './appeal';
export { ChangeRequestPage } from './change';
