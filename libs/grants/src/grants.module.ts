import { Module } from '@nestjs/common';
import { MailTransport, VirusScanModule } from '@app/platform';
import { ApplicationSubmissionService } from './applications/application-submission.service';
import { ApplicationsService } from './applications/applications.service';
import { AttachmentsService } from './applications/attachments.service';
import { AssessmentService } from './assessment/assessment.service';
import { ImpartialityService } from './applications/impartiality.service';
import { PriorReports } from './assessment/prior-reports.port';
import { DecisionsCommittedFunds } from './decisions/budget-frame';
import { CommittedFunds } from './rounds/committed-funds.port';
import { AccountChange } from './organisations/account-change.port';
import { PaymentsAccountChange } from './payments/account-change';
import { RoundsOfScheme } from './rounds/running-rounds';
import { RunningRounds } from './schemes/running-rounds.port';
import { ScreeningService } from './assessment/screening.service';
import { AuditService } from './audit/audit.service';
import { AuditRecorder } from './kernel/audit-recorder';
import { AcceptanceService } from './awards/acceptance.service';
import { BudgetReservationService } from './decisions/budget-reservation.service';
import { DecisionsService } from './decisions/decisions.service';
import { DismissalService } from './decisions/dismissal.service';
import { DisbursementsService } from './payments/disbursements.service';
import { PaymentBatchesService } from './payments/payment-batches.service';
import { RemindersService } from './reminders/reminders.service';
import { LetterDeliveryService } from './letters/letter-delivery.service';
import { LetterWorkService } from './letters/letter-work.service';
import { LettersService } from './letters/letters.service';
import { OutboxFailuresService } from './outbox/outbox-failures.service';
import { OutboxRelayService } from './outbox/outbox-relay.service';
import { OutboxWorkService } from './outbox/outbox-work.service';
import { AppealsService } from './appeals/appeals.service';
import { AppealHandlingService } from './appeals/appeal-handling.service';
import { DecisionReplacementService } from './awards/decision-replacement.service';
import { ChangeRequestsService } from './changes/change-requests.service';
import { CaseHistoryService } from './read-models/case-history.service';
import { RoundOverviewService } from './read-models/round-overview.service';
import { NextStepService } from './read-models/next-step.service';
import { LoginNoticesService } from './identity/login-notices.service';
import { AccountMailService } from './identity/account-mail.service';
import { AccountsService } from './identity/accounts.service';
import { UsersService } from './identity/users.service';
import { SessionsService } from './identity/sessions.service';
import { OrganisationsService } from './organisations/organisations.service';
import { RoundsService } from './rounds/rounds.service';
import { SchemesService } from './schemes/schemes.service';
import { UploadInspector } from './kernel/attachments/upload-inspector';
import { AttachmentStore } from './kernel/attachments/attachment-store';
import { ReportLetters } from './letters/report-letters';
import { ReportReminders } from './reminders/report-reminders';
import { PriorReportsCheck } from './reports/prior-reports';
import { ClaimAppeals } from './reports/repayment-claims';
import { ReportsService } from './reports/reports.service';
import { ReportReviewService } from './reports/report-review.service';
import { RepaymentClaimsService } from './reports/repayment-claims.service';
import { ReportObligationsService } from './reports/report-obligations.service';

/** The reports stage, with the report letters and reminders the letters and reminders stage runs. */
const REPORTS = [
  ReportsService,
  ReportReviewService,
  RepaymentClaimsService,
  ReportObligationsService,
  PriorReportsCheck,
  ClaimAppeals,
  ReportLetters,
  ReportReminders,
];

/** Ports: a lower stage asks a higher one through an abstract class (docs/architecture.md); unbound, Nest stops. */
const PORTS = [
  { provide: AuditRecorder, useExisting: AuditService },
  { provide: PriorReports, useExisting: PriorReportsCheck },
  { provide: CommittedFunds, useClass: DecisionsCommittedFunds },
  { provide: RunningRounds, useClass: RoundsOfScheme },
  { provide: AccountChange, useClass: PaymentsAccountChange },
];

const SERVICES = [
  MailTransport,
  AuditService,
  UsersService,
  SessionsService,
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
  ScreeningService,
  AssessmentService,
  DecisionsService,
  DismissalService,
  BudgetReservationService,
  RoundOverviewService,
  AcceptanceService,
  DecisionReplacementService,
  AppealsService,
  AppealHandlingService,
  ChangeRequestsService,
  ...REPORTS,
  CaseHistoryService,
  NextStepService,
  DisbursementsService,
  PaymentBatchesService,
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
  providers: [...SERVICES, ...PORTS],
  exports: [...SERVICES, PriorReports, VirusScanModule],
})
export class GrantsModule {}
