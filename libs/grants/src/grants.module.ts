import { Module } from '@nestjs/common';
import { MailTransport, VirusScanModule } from '@app/platform';
import { ApplicationSubmissionService } from './applications/application-submission.service';
import { ApplicationsService } from './applications/applications.service';
import { AttachmentsService } from './applications/attachments.service';
import { AssessmentService } from './assessment/assessment.service';
import { ImpartialityService } from './assessment/impartiality.service';
import { ScreeningExtensions } from './assessment/screening-extensions';
import { ScreeningService } from './assessment/screening.service';
import { AuditService } from './audit/audit.service';
import { AcceptanceService } from './decisions/acceptance.service';
import { BudgetReservationService } from './decisions/budget-reservation.service';
import { DecisionsService } from './decisions/decisions.service';
import { DisbursementsService } from './payments/disbursements.service';
import { PaymentBatchesService } from './payments/payment-batches.service';
import { ReminderExtensions } from './reminders/reminder-extensions';
import { LetterExtensions } from './letters/letter-extensions';
import { RemindersService } from './reminders/reminders.service';
import { LetterDeliveryService } from './letters/letter-delivery.service';
import { LetterWorkService } from './letters/letter-work.service';
import { LettersService } from './letters/letters.service';
import { OutboxFailuresService } from './outbox/outbox-failures.service';
import { OutboxRelayService } from './outbox/outbox-relay.service';
import { OutboxWorkService } from './outbox/outbox-work.service';
import { AppealExtensions } from './appeals/appeal-extensions';
import { AppealsService } from './appeals/appeals.service';
import { DecisionReplacementService } from './decisions/decision-replacement.service';
import { ChangeRequestsService } from './changes/change-requests.service';
import { CaseHistoryService } from './applications/case-history.service';
import { RoundOverviewService } from './decisions/round-overview.service';
import { LoginNoticesService } from './identity/login-notices.service';
import { AccountMailService } from './identity/account-mail.service';
import { AccountsService } from './identity/accounts.service';
import { UsersService } from './identity/users.service';
import { OrganisationsService } from './organisations/organisations.service';
import { RoundsService } from './rounds/rounds.service';
import { SchemesService } from './schemes/schemes.service';
import { UploadInspector } from './kernel/attachments/upload-inspector';
import { AttachmentStore } from './kernel/attachments/attachment-store';

const SERVICES = [
  MailTransport,
  AuditService,
  UsersService,
  LoginNoticesService,
  AccountsService,
  AccountMailService,
  OrganisationsService,
  SchemesService,
  RoundsService,
  ApplicationsService,
  ApplicationSubmissionService,
  UploadInspector,
  AttachmentStore,
  AttachmentsService,
  ImpartialityService,
  ScreeningExtensions,
  ScreeningService,
  AssessmentService,
  DecisionsService,
  BudgetReservationService,
  RoundOverviewService,
  AcceptanceService,
  AppealExtensions,
  DecisionReplacementService,
  AppealsService,
  ChangeRequestsService,
  CaseHistoryService,
  DisbursementsService,
  PaymentBatchesService,
  ReminderExtensions,
  LetterExtensions,
  RemindersService,
  OutboxRelayService,
  OutboxWorkService,
  OutboxFailuresService,
  LettersService,
  LetterDeliveryService,
  LetterWorkService,
];

/**
 * The grants domain services. The database connection and the `Clock` (ClockModule) come from the importing app;
 * the virus scanner (VirusScanModule, exported for health) from the configuration.
 */
@Module({
  imports: [VirusScanModule],
  providers: SERVICES,
  exports: [...SERVICES, VirusScanModule],
})
export class GrantsModule {}
