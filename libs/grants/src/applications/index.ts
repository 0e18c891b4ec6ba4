export { ApplicationStatus } from './application-status';
export { ApplicationSubmissionService } from './application-submission.service';
export { ApplicationsService } from './applications.service';
export type { ApplicationContent, ApplicationDetail } from './applications.service';
export type { ApplicationListItem } from './application-list.query';
export { ApplicationAttachment } from './attachment.entity';
export { AttachmentsService } from './attachments.service';
export { ConflictDeclaration } from './conflict-declaration.entity';
export { ImpartialityService } from './impartiality.service';
