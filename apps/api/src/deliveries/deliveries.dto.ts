import { ApiProperty } from '@nestjs/swagger';
import { PageMeta } from '../common/page.dto';

export class FailedDeliveryResponse {
  /** The outbox row: what POST /api/admin/deliveries/{id}/retry takes. */
  id!: string;
  /**
   * What was to happen: `letter.*` renders a letter, `mail.letter` e-mails one, `mail.reminder` a reminder,
   * `mail.login_throttled` tells a user (the subject) that logins to their account are throttled.
   */
  topic!: string;
  /** The letter, reminder, decision, application, … it is about. */
  subjectId!: string;
  /** The application it concerns; null when none (e.g. a login notice). */
  applicationId!: string | null;
  /**
   * The case reference; null when none.
   * @example "MHP-2027-0042"
   */
  referenceNumber!: string | null;
  /** How many times it was tried. */
  @ApiProperty({ type: 'integer' }) attempts!: number;
  /** The last error, e.g. the SMTP server's answer ("550 5.1.1 mailbox unavailable"). */
  lastError!: string | null;
  /** When it was asked for. */
  createdAt!: string;
  /** When it failed for good. */
  failedAt!: string;
}

export class FailedDeliveryPage extends PageMeta {
  /** The failed deliveries on this page. */
  items!: FailedDeliveryResponse[];
}
