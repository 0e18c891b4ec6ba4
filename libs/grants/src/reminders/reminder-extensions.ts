import { Injectable } from '@nestjs/common';
import type { ReminderKind } from './reminder-log.entity';

/** A reminder e-mail: the recipient, its text and, for nynorsk, the sender's name in nynorsk. */
export interface ReminderMail {
  to: string;
  subject: string;
  text: string;
  senderName?: string;
}

/** Inserts reminder_log rows for the candidates a SELECT yields (entity_id, due_date); returns the new rows' ids. */
export type InsertReminders = (kind: ReminderKind, select: string, params: unknown[]) => Promise<string[]>;

/**
 * Reminders another library owns (recipient reports live in libs/reporting): it finds them in the daily scan and
 * writes their e-mails; the log, the once-only guarantee and the sending stay here.
 */
export interface ReminderSource {
  kinds: ReminderKind[];
  scan(insert: InsertReminders, now: Date, today: string): Promise<string[]>;
  /** The e-mail, or null when there is nothing to remind of any more. */
  mail(kind: ReminderKind, entityId: string): Promise<ReminderMail | null>;
}

@Injectable()
export class ReminderExtensions {
  readonly sources: ReminderSource[] = [];

  register(source: ReminderSource): void {
    if (!this.sources.includes(source)) this.sources.push(source);
  }

  sourceOf(kind: ReminderKind): ReminderSource | undefined {
    return this.sources.find((s) => s.kinds.includes(kind));
  }
}
