export { ApplicationLayout } from './draft';
export { TaskListPage, SectionPage, ReviewPage, ReceiptPage } from './pages';
export { MyApplicationsPage, StartApplicationPage, RegisterOrganisationPage } from './mine';
