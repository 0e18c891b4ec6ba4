import { OutboxMessage } from '@app/grants';
import { Queue } from 'bullmq';
import { enqueueOutboxMessage } from './outbox-relay.worker';

describe('outbox relay', () => {
  it('queues a login notice as a mail job for its user, with the outbox row it does', async () => {
    const mail = { add: jest.fn().mockResolvedValue(undefined) };
    const letters = { add: jest.fn().mockResolvedValue(undefined) };
    const message = Object.assign(new OutboxMessage(), {
      id: '42',
      topic: 'mail.login_throttled',
      payload: { subjectId: 'user-1', kind: 'locked', at: '2027-03-01T08:05:00.000Z' },
    });
    await enqueueOutboxMessage(
      { mail: mail as unknown as Queue, letters: letters as unknown as Queue },
      message,
      'job-1',
    );
    expect(mail.add).toHaveBeenCalledWith(
      'mail.login_throttled',
      { outboxId: '42', userId: 'user-1' },
      { jobId: 'job-1' },
    );
    expect(letters.add).not.toHaveBeenCalled();
  });
});
