import { Injectable } from '@nestjs/common';
import { LetterWorkService, OutboxTopic } from '@app/grants';
import { HandlerMap, JobHandlers } from '../jobs/job-handlers';

/** Thin handlers: each job does its outbox row's side effect through LetterWorkService, under the row's lease. */
@Injectable()
export class LetterHandlers extends JobHandlers {
  constructor(private readonly letters: LetterWorkService) {
    super();
  }

  handlers(): HandlerMap {
    return {
      'letters.render': async ({ outboxId, topic, subjectId }) => {
        const id = outboxId ?? (await this.letters.legacyOutboxId(`${topic}:${subjectId}`));
        await this.letters.render(id, topic as OutboxTopic, subjectId);
      },
      'mail.letter': async ({ outboxId, letterId }) => {
        const id = outboxId ?? (await this.letters.legacyOutboxId(`mail.letter:${letterId}`));
        await this.letters.send(id, letterId);
      },
    };
  }
}
