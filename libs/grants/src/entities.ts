import { Appeal, AppealAttachment } from './appeals/appeal.entity';
import { ChangeRequest } from './changes/change-request.entity';
import { Application } from './applications/application.entity';
import { ApplicationAttachment } from './applications/attachment.entity';
import { ReferenceCounter } from './applications/reference-counter.entity';
import { Assessment } from './assessment/assessment.entity';
import { ConflictDeclaration } from './applications/conflict-declaration.entity';
import { Screening } from './assessment/screening.entity';
import { AuditEvent } from './audit/audit-event.entity';
import { Decision } from './decisions/decision.entity';
import { AccountToken } from './identity/account-token.entity';
import { Session } from './identity/session.entity';
import { Membership } from './organisations/membership.entity';
import { Letter } from './letters/letter.entity';
import { User } from './identity/user.entity';
import { Organisation } from './organisations/organisation.entity';
import { OutboxMessage } from './outbox/outbox-message.entity';
import { Disbursement } from './payments/disbursement.entity';
import {
  PaymentBatch,
  PaymentBatchFile,
  PaymentBatchFileChunk,
  PaymentBatchItem,
} from './payments/payment-batch.entity';
import { ReminderLog } from './reminders/reminder-log.entity';
import { GrantRound } from './rounds/grant-round.entity';
import { GrantScheme } from './schemes/grant-scheme.entity';
import { RecipientReport, ReportAttachment } from './reports/recipient-report.entity';
import { Repayment, RepaymentClaim } from './reports/repayment-claim.entity';

/** The reports stage: recipient reports and repayment claims. */
const reportEntities = [RecipientReport, ReportAttachment, RepaymentClaim, Repayment];

export const grantsEntities = [
  User,
  AccountToken,
  Session,
  Membership,
  Organisation,
  GrantScheme,
  GrantRound,
  Application,
  ApplicationAttachment,
  ReferenceCounter,
  ConflictDeclaration,
  Screening,
  Assessment,
  Decision,
  Appeal,
  AppealAttachment,
  ChangeRequest,
  Letter,
  Disbursement,
  PaymentBatch,
  PaymentBatchItem,
  PaymentBatchFile,
  PaymentBatchFileChunk,
  ReminderLog,
  OutboxMessage,
  AuditEvent,
  ...reportEntities,
];
