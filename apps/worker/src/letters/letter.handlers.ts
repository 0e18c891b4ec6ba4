import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { LetterDeliveryService, LettersService, OutboxTopic } from '@app/grants';
import { QueueName } from '@app/platform';
import { Queue } from 'bullmq';
import { HandlerMap, JobHandlers } from '../jobs/job-handlers';

/** Thin handlers: each reloads state, calls one lib method, and returns early when the work is done. */
@Injectable()
export class LetterHandlers extends JobHandlers {
  constructor(
    private readonly letters: LettersService,
    private readonly delivery: LetterDeliveryService,
    @InjectQueue(QueueName.Mail) private readonly mail: Queue,
  ) {
    super();
  }

  handlers(): HandlerMap {
    return {
      'letters.render': async ({ topic, subjectId }) => {
        const letter = await this.letters.renderForTopic(topic as OutboxTopic, subjectId);
        if (!letter || letter.deliveredAt) return;
        await this.mail.add('mail.letter', { letterId: letter.id }, { jobId: `mail-letter-${letter.id}` });
      },
      'mail.letter': async ({ letterId }) => {
        await this.delivery.deliver(letterId);
      },
    };
  }
}
