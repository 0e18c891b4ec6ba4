import { reportReminderText } from './report-reminders';

const deadline = new Date('2030-04-01T21:59:59Z');

describe('report reminders name the agency in their written standard, in the text and as the sender', () => {
  it.each(['report_due_30d', 'report_overdue'] as const)(
    'report reminder %s in nynorsk and bokmål',
    (kind) => {
      const nn = reportReminderText(kind, 'nn', 'org@example.test', 'MHP-2030-0001', deadline);
      expect(nn.senderName).toBe('Sekretariatet for konfliktråda');
      expect(nn.text).not.toContain('konfliktrådene');
      expect(
        reportReminderText(kind, 'nb', 'org@example.test', 'MHP-2030-0001', deadline).senderName,
      ).toBeUndefined();
    },
  );
});
