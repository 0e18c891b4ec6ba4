export { BudgetReservationService } from './budget-reservation.service';
export { Decision } from './decision.entity';
export { DecisionsService } from './decisions.service';
export { DismissalService } from './dismissal.service';
