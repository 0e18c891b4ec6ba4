export { ApplicationLayout } from './draft';
export { TaskListPage } from './task-list';
export { SectionPage } from './section-page';
export { ReviewPage } from './review';
export { ReceiptPage } from './receipt';
export { MyApplicationsPage } from './mine';
export { StartApplicationPage } from './start';
export { RegisterOrganisationPage } from './register-organisation';
