export { AcceptanceService } from './acceptance.service';
