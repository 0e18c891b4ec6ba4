import { reminderText } from './reminders.service';

const deadline = new Date('2030-03-01T22:59:59Z');

describe('reminder e-mails name the agency in their written standard, in the text and as the sender', () => {
  it.each(['draft_deadline_7d', 'acceptance_7d'] as const)('%s in nynorsk and bokmål', (kind) => {
    const target = { to: 'org@example.test', title: 'Tiltak', reference: 'MHP-2030-0001', deadline };
    const nn = reminderText(kind, 'nn', target);
    expect(nn.senderName).toBe('Sekretariatet for konfliktråda');
    expect(nn.text).toContain('Sekretariatet for konfliktråda');
    expect(nn.text).not.toContain('konfliktrådene');
    const nb = reminderText(kind, 'nb', target);
    expect(nb.senderName).toBeUndefined();
    expect(nb.text).toContain('Sekretariatet for konfliktrådene');
  });
});
