import { OutboxMessage } from '@app/grants';
import { Queue } from 'bullmq';
import { enqueueOutboxMessage } from './outbox-relay.worker';

function queues() {
  const add = (name: string) => jest.fn().mockResolvedValue({ queue: name });
  const letters = { add: add('letters') };
  const mail = { add: add('mail') };
  return {
    letters,
    mail,
    asQueues: { letters: letters as unknown as Queue, mail: mail as unknown as Queue },
  };
}

const message = (topic: OutboxMessage['topic'], payload: Record<string, string>) =>
  Object.assign(new OutboxMessage(), { id: '42', topic, payload, dedupeKey: `${topic}:x`, dispatches: 0 });

describe('outbox rows become jobs', () => {
  it('sends an account e-mail row to the mail queue as mail.account with its row id', async () => {
    const q = queues();
    await enqueueOutboxMessage(
      q.asQueues,
      message('mail.account', { kind: 'password_reset', subjectId: 'token-id' }),
      'job-1',
    );
    expect(q.mail.add).toHaveBeenCalledWith('mail.account', { outboxId: '42' }, { jobId: 'job-1' });
    expect(q.letters.add).not.toHaveBeenCalled();
  });

  it('keeps letters on the letters queue and letter e-mails on the mail queue', async () => {
    const q = queues();
    await enqueueOutboxMessage(q.asQueues, message('letter.receipt', { subjectId: 'app' }), 'job-2');
    await enqueueOutboxMessage(q.asQueues, message('mail.letter', { subjectId: 'letter' }), 'job-3');
    expect(q.letters.add).toHaveBeenCalledWith(
      'letters.render',
      { outboxId: '42', topic: 'letter.receipt', subjectId: 'app' },
      { jobId: 'job-2' },
    );
    expect(q.mail.add).toHaveBeenCalledWith(
      'mail.letter',
      { outboxId: '42', letterId: 'letter' },
      { jobId: 'job-3' },
    );
  });
});

describe('outbox relay: login notices', () => {
  it('queues a login notice as a mail job for its user, with the outbox row it does', async () => {
    const q = queues();
    await enqueueOutboxMessage(
      q.asQueues,
      message('mail.login_throttled', {
        subjectId: 'user-1',
        kind: 'locked',
        at: '2027-03-01T08:05:00.000Z',
      }),
      'job-1',
    );
    expect(q.mail.add).toHaveBeenCalledWith(
      'mail.login_throttled',
      { outboxId: '42', userId: 'user-1' },
      { jobId: 'job-1' },
    );
    expect(q.letters.add).not.toHaveBeenCalled();
  });
});
