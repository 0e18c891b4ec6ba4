import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SFK_NAME_NN } from '../letters/letter-texts';
import { ReminderKind } from './reminder-log.entity';
import { formatOsloNorwegian, passedDeadlineBound } from '@app/platform';
import { DataSource } from 'typeorm';

/** A reminder e-mail: the recipient, its text and, for nynorsk, the sender's name in nynorsk. */
export interface ReminderMail {
  to: string;
  subject: string;
  text: string;
  senderName?: string;
}

/** Inserts reminder_log rows for the candidates a SELECT yields (entity_id, due_date); returns the new rows' ids. */
export type InsertReminders = (kind: ReminderKind, select: string, params: unknown[]) => Promise<string[]>;

/** Accepted grants in force whose report is not in (no report, a draft, or returned for revision). */
const OWED_SQL = `
  FROM decisions d
  JOIN grant_rounds gr ON gr.id = d.round_id
  LEFT JOIN recipient_reports r ON r.decision_id = d.id
 WHERE d.outcome IN ('granted', 'partly_granted') AND d.accepted_at IS NOT NULL
   AND d.lapsed_at IS NULL AND d.superseded_by IS NULL
   AND (r.id IS NULL OR r.status IN ('draft', 'returned'))`;

/**
 * Report reminders in the daily scan (docs/architecture.md#jobs-and-queues): 30 and 7 days before the report
 * deadline, and once when it has passed. Each is logged per grant, kind and deadline, so it is sent once. Found and
 * worded here; logged and sent by the reminder scan (reminders.service.ts).
 */
@Injectable()
export class ReportReminders {
  readonly kinds: ReminderKind[] = ['report_due_30d', 'report_due_7d', 'report_overdue'];

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async scan(insert: InsertReminders, now: Date, today: string): Promise<string[]> {
    const ids: string[] = [];
    for (const [kind, from, to] of [
      ['report_due_30d', 8, 30],
      ['report_due_7d', 0, 7],
    ] as [ReminderKind, number, number][]) {
      ids.push(
        ...(await insert(
          kind,
          `SELECT d.id AS entity_id, (gr.report_deadline AT TIME ZONE 'Europe/Oslo')::date AS due_date ${OWED_SQL}
              AND gr.report_deadline >= $1
              AND (gr.report_deadline AT TIME ZONE 'Europe/Oslo')::date - $2::date BETWEEN ${from} AND ${to}`,
          [passedDeadlineBound(now), today],
        )),
      );
    }
    ids.push(
      ...(await insert(
        'report_overdue',
        `SELECT d.id AS entity_id, (gr.report_deadline AT TIME ZONE 'Europe/Oslo')::date AS due_date ${OWED_SQL}
            AND gr.report_deadline < $1`,
        [passedDeadlineBound(now)],
      )),
    );
    return ids;
  }

  async mail(kind: ReminderKind, decisionId: string): Promise<ReminderMail | null> {
    const [row] = await this.db.query<
      { email: string; language: string; reference: string; deadline: Date; owed: boolean }[]
    >(
      `SELECT o.email, o.preferred_language AS language, a.reference_number AS reference,
              gr.report_deadline AS deadline,
              EXISTS (SELECT 1 ${OWED_SQL} AND d.id = $1) AS owed
         FROM decisions d0
         JOIN applications a ON a.id = d0.application_id
         JOIN organisations o ON o.id = a.organisation_id
         JOIN grant_rounds gr ON gr.id = d0.round_id
        WHERE d0.id = $1`,
      [decisionId],
    );
    if (!row || !row.owed) return null;
    return reportReminderText(
      kind,
      row.language === 'nn' ? 'nn' : 'nb',
      row.email,
      row.reference,
      row.deadline,
    );
  }
}

/** A report reminder's e-mail; in nynorsk, the sender is named in nynorsk too, as the signature is. */
export function reportReminderText(
  kind: ReminderKind,
  language: 'nb' | 'nn',
  to: string,
  reference: string,
  deadline: Date,
): ReminderMail {
  const mail = reportReminderBody(kind, language, to, reference, deadline);
  return language === 'nn' ? { ...mail, senderName: SFK_NAME_NN } : mail;
}

function reportReminderBody(
  kind: ReminderKind,
  language: 'nb' | 'nn',
  to: string,
  reference: string,
  deadline: Date,
): ReminderMail {
  const nn = language === 'nn';
  const when = formatOsloNorwegian(deadline);
  const sign = nn ? `\n\nMed helsing\n${SFK_NAME_NN}` : '\n\nMed hilsen\nSekretariatet for konfliktrådene';
  const privacy = nn
    ? ' Rapporten skal ikkje innehalde opplysningar om enkeltpersonar.'
    : ' Rapporten skal ikke inneholde opplysninger om enkeltpersoner.';
  if (kind === 'report_overdue') {
    return {
      to,
      subject: nn
        ? `Rapporten for tilskotet er forseinka (${reference})`
        : `Rapporten for tilskuddet er forsinket (${reference})`,
      text:
        (nn
          ? `Fristen for å rapportere på tilskotet i sak ${reference} var ${when}. Send inn rapporten så snart som mogleg. Manglande rapport kan føre til krav om tilbakebetaling og påverke nye søknader.`
          : `Fristen for å rapportere på tilskuddet i sak ${reference} var ${when}. Send inn rapporten så snart som mulig. Manglende rapport kan føre til krav om tilbakebetaling og påvirke nye søknader.`) +
        privacy +
        sign,
    };
  }
  const days = kind === 'report_due_30d' ? 30 : 7;
  return {
    to,
    subject: nn
      ? `Påminning: rapporten for tilskotet skal leverast innan ${days} dagar (${reference})`
      : `Påminnelse: rapporten for tilskuddet skal leveres innen ${days} dager (${reference})`,
    text:
      (nn
        ? `Rapporten for tilskotet i sak ${reference} skal vere levert innan ${when}.`
        : `Rapporten for tilskuddet i sak ${reference} skal være levert innen ${when}.`) +
      privacy +
      sign,
  };
}
