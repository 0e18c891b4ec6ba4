export { AppealPage, AppealReceiptPage } from './appeal';
