export { Appeal, AppealAttachment, AppealBodyOutcome, AppealStatus, AppealSubject } from './appeal.entity';
export { AppealsService } from './appeals.service';
export { AppealHandlingService } from './appeal-handling.service';
