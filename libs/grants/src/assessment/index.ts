export { Assessment } from './assessment.entity';
export { AssessmentService } from './assessment.service';
export { ScreeningOutcome } from './screening.entity';
export { ScreeningService } from './screening.service';
