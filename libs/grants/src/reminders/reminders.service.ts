import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, formatOsloNorwegian, osloDate, passedDeadlineBound } from '@app/platform';
import { DataSource, EntityManager } from 'typeorm';
import { addToOutbox } from '../outbox/outbox';
import { AcceptanceService } from '../awards/acceptance.service';
import { ReminderMail, ReportReminders } from './report-reminders';
import { ReminderKind } from './reminder-log.entity';

export interface ScanResult {
  /** New reminder rows; each has its `mail.reminder` outbox row. */
  reminderIds: string[];
  lapsedApplicationIds: string[];
  interimReplyApplicationIds: string[];
}

/**
 * The reminder scan (07:00 Europe/Oslo, repeated hourly until 21:00 to catch up after an outage). Every reminder is a row in reminder_log keyed by entity, kind and
 * due date, inserted with ON CONFLICT DO NOTHING: running the scan twice sends nothing twice.
 */
@Injectable()
export class RemindersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly acceptance: AcceptanceService,
    private readonly reportReminders: ReportReminders,
    private readonly clock: Clock,
  ) {}

  async scan(): Promise<ScanResult> {
    const now = this.clock.now();
    const today = osloDate(now);
    // A deadline is open while `deadline >= bound` and has passed once `deadline < bound` (one rule, @app/platform).
    const bound = passedDeadlineBound(now);
    const reminderIds: string[] = [];

    // Drafts 7 days and 1 day before the application deadline (Oslo calendar days).
    for (const [kind, from, to] of [
      ['draft_deadline_7d', 2, 7],
      ['draft_deadline_1d', 0, 1],
    ] as [ReminderKind, number, number][]) {
      reminderIds.push(
        ...(await this.insertReminders(
          kind,
          `SELECT a.id AS entity_id, (r.application_deadline AT TIME ZONE 'Europe/Oslo')::date AS due_date
             FROM applications a JOIN grant_rounds r ON r.id = a.round_id
            WHERE a.status = 'draft' AND r.status = 'published' AND r.application_deadline >= $1
              AND (r.application_deadline AT TIME ZONE 'Europe/Oslo')::date - $2::date BETWEEN ${from} AND ${to}`,
          [bound, today],
        )),
      );
    }

    // Acceptance pending, 7 days before its deadline.
    reminderIds.push(
      ...(await this.insertReminders(
        'acceptance_7d',
        `SELECT d.id AS entity_id, (d.acceptance_deadline AT TIME ZONE 'Europe/Oslo')::date AS due_date
           FROM decisions d
          WHERE d.notified_at IS NOT NULL AND d.accepted_at IS NULL AND d.lapsed_at IS NULL AND d.superseded_by IS NULL
            AND d.acceptance_deadline >= $1
            AND (d.acceptance_deadline AT TIME ZONE 'Europe/Oslo')::date - $2::date BETWEEN 0 AND 7`,
        [bound, today],
      )),
    );

    // Acceptance overdue: the grant lapses and the organisation is told.
    const lapsedApplicationIds = await this.acceptance.lapseOverdue();
    reminderIds.push(
      ...(await this.insertReminders(
        'acceptance_overdue',
        `SELECT d.id AS entity_id, (d.acceptance_deadline AT TIME ZONE 'Europe/Oslo')::date AS due_date
           FROM decisions d
          WHERE d.lapsed_at IS NOT NULL AND d.accepted_at IS NULL AND d.acceptance_deadline IS NOT NULL
            AND d.acceptance_deadline < $2 AND d.lapsed_at > $1::timestamptz - interval '7 days'`,
        [now, bound],
      )),
    );

    // forvaltningsloven § 11 a: an interim reply when an application has had no decision one month after submission.
    const due = await this.db.query<{ id: string; due_date: string }[]>(
      `SELECT a.id, ((a.submitted_at AT TIME ZONE 'Europe/Oslo')::date + interval '1 month')::date AS due_date
         FROM applications a
        WHERE a.status IN ('submitted', 'in_assessment', 'assessed')
          AND ((a.submitted_at AT TIME ZONE 'Europe/Oslo')::date + interval '1 month')::date <= $1::date
          AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.application_id = a.id)
        LIMIT 5000`,
      [today],
    );
    const interimReplyApplicationIds: string[] = [];
    for (const row of due) {
      await this.db.transaction(async (manager) => {
        const inserted = await manager.query<{ id: string }[]>(
          `INSERT INTO reminder_log (entity_id, kind, due_date) VALUES ($1, 'interim_reply', $2)
           ON CONFLICT ON CONSTRAINT uq_reminder_log_entity_kind_due DO NOTHING RETURNING id`,
          [row.id, row.due_date],
        );
        if (inserted.length === 0) return;
        await addToOutbox(manager, 'letter.interim_reply', { applicationId: row.id }, row.id);
        interimReplyApplicationIds.push(row.id);
      });
    }
    const insert = (kind: ReminderKind, select: string, params: unknown[]) =>
      this.insertReminders(kind, select, params);
    reminderIds.push(...(await this.reportReminders.scan(insert, now, today)));
    return { reminderIds, lapsedApplicationIds, interimReplyApplicationIds };
  }

  /** The e-mail a reminder becomes; null when there is nothing to send any more (e.g. the draft was submitted). */
  async reminderMail(reminderId: string): Promise<ReminderMail | null> {
    const [row] = await this.db.query<
      { kind: ReminderKind; due_date: string; entity_id: string; sent_at: Date | null }[]
    >(`SELECT kind, due_date::text, entity_id, sent_at FROM reminder_log WHERE id = $1`, [reminderId]);
    if (!row || row.sent_at) return null;
    if (this.reportReminders.kinds.includes(row.kind))
      return this.reportReminders.mail(row.kind, row.entity_id);
    const isDecision = row.kind === 'acceptance_7d' || row.kind === 'acceptance_overdue';
    const [target] = await this.db.query<
      {
        email: string;
        language: string;
        reference: string | null;
        title: string | null;
        status: string;
        deadline: Date | null;
      }[]
    >(
      `SELECT o.email, o.preferred_language AS language, a.reference_number AS reference, a.title, a.status,
              ${isDecision ? 'd.acceptance_deadline' : 'r.application_deadline'} AS deadline
         FROM applications a
         JOIN organisations o ON o.id = a.organisation_id
         JOIN grant_rounds r ON r.id = a.round_id
         ${isDecision ? 'JOIN decisions d ON d.application_id = a.id AND d.id = $1' : ''}
        WHERE ${isDecision ? 'TRUE' : 'a.id = $1'}`,
      [row.entity_id],
    );
    if (!target) return null;
    if ((row.kind === 'draft_deadline_7d' || row.kind === 'draft_deadline_1d') && target.status !== 'draft')
      return null;
    if (row.kind === 'acceptance_7d' && target.status !== 'notified') return null;
    return reminderText(row.kind, target.language === 'nn' ? 'nn' : 'nb', {
      to: target.email,
      title: target.title ?? '(uten tittel)',
      reference: target.reference,
      deadline: target.deadline,
    });
  }

  /** Records, in the transaction that completes its outbox row, that the reminder was e-mailed. */
  async recordSent(manager: EntityManager, reminderId: string, to: string): Promise<void> {
    await manager.query(
      `UPDATE reminder_log SET sent_at = $2, sent_to = $3 WHERE id = $1 AND sent_at IS NULL`,
      [reminderId, this.clock.now(), to],
    );
  }

  private async insertReminders(kind: ReminderKind, select: string, params: unknown[]): Promise<string[]> {
    // The reminder and the outbox row that e-mails it, in one statement: both exist or neither.
    const rows = await this.db.query<{ id: string }[]>(
      `WITH inserted AS (
         INSERT INTO reminder_log (entity_id, kind, due_date)
         SELECT entity_id, '${kind}', due_date FROM (${select}) candidates
         ON CONFLICT ON CONSTRAINT uq_reminder_log_entity_kind_due DO NOTHING
         RETURNING id)
       , outbox AS (
         INSERT INTO outbox_messages (topic, payload, dedupe_key)
         SELECT 'mail.reminder', jsonb_build_object('subjectId', id::text), 'mail.reminder:' || id FROM inserted
         ON CONFLICT ON CONSTRAINT uq_outbox_messages_dedupe_key DO NOTHING)
       SELECT id FROM inserted`,
      params,
    );
    return rows.map((r) => r.id);
  }
}

/** The agency's name in nynorsk (as letters name it in nynorsk letters). */
const AGENCY_NAME_NN = 'Sekretariatet for konfliktråda';

/** A reminder's e-mail; in nynorsk, the sender is named in nynorsk too, as the signature is. */
export function reminderText(
  kind: ReminderKind,
  language: 'nb' | 'nn',
  t: { to: string; title: string; reference: string | null; deadline: Date | null },
): ReminderMail {
  const mail = reminderBody(kind, language, t);
  return language === 'nn' ? { ...mail, senderName: AGENCY_NAME_NN } : mail;
}

function reminderBody(
  kind: ReminderKind,
  language: 'nb' | 'nn',
  t: { to: string; title: string; reference: string | null; deadline: Date | null },
): ReminderMail {
  const when = t.deadline ? formatOsloNorwegian(t.deadline) : '';
  const nn = language === 'nn';
  const sign = nn ? `\n\nMed helsing\n${AGENCY_NAME_NN}` : '\n\nMed hilsen\nSekretariatet for konfliktrådene';
  switch (kind) {
    case 'draft_deadline_7d':
    case 'draft_deadline_1d': {
      const days = kind === 'draft_deadline_7d' ? (nn ? 'ei veke' : 'en uke') : nn ? 'éin dag' : 'én dag';
      return {
        to: t.to,
        subject: nn
          ? `Påminning: søknadsfristen går ut om ${days}`
          : `Påminnelse: søknadsfristen går ut om ${days}`,
        text:
          (nn
            ? `Søknaden «${t.title}» er framleis eit utkast. Søknadsfristen er ${when}. Søknader som kjem inn etter fristen, kan ikkje behandlast.`
            : `Søknaden «${t.title}» er fortsatt et utkast. Søknadsfristen er ${when}. Søknader som kommer inn etter fristen, kan ikke behandles.`) +
          sign,
      };
    }
    case 'acceptance_7d':
      return {
        to: t.to,
        subject: nn
          ? `Påminning: aksepter vilkåra for tilskotet (${t.reference})`
          : `Påminnelse: aksepter vilkårene for tilskuddet (${t.reference})`,
        text:
          (nn
            ? `Tilskotet i sak ${t.reference} må aksepterast innan ${when}. Viss vilkåra ikkje blir aksepterte innan fristen, fell tilskotet bort.`
            : `Tilskuddet i sak ${t.reference} må aksepteres innen ${when}. Hvis vilkårene ikke aksepteres innen fristen, faller tilskuddet bort.`) +
          sign,
      };
    case 'acceptance_overdue':
      return {
        to: t.to,
        subject: nn
          ? `Tilskotet har falle bort (${t.reference})`
          : `Tilskuddet har falt bort (${t.reference})`,
        text:
          (nn
            ? `Vilkåra for tilskotet i sak ${t.reference} vart ikkje aksepterte innan fristen ${when}. Tilskotet har difor falle bort.`
            : `Vilkårene for tilskuddet i sak ${t.reference} ble ikke akseptert innen fristen ${when}. Tilskuddet har derfor falt bort.`) +
          sign,
      };
    case 'interim_reply':
      throw new Error('interim replies are letters, not reminder e-mails');
    case 'report_due_30d':
    case 'report_due_7d':
    case 'report_overdue':
      throw new Error(`${kind} is worded by report-reminders.ts`);
  }
}
