export { CasePage } from './CasePage';
