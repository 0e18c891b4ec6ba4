import { Injectable } from '@nestjs/common';
import {
  addToOutbox,
  LetterDeliveryService,
  LettersService,
  OutboxTopic,
  OutboxWorkService,
} from '@app/grants';
import { faultPoint } from '@app/platform';
import { HandlerMap, JobHandlers } from '../jobs/job-handlers';

/**
 * Thin handlers: each does its outbox row's side effect under the row's lease and records it done in the same
 * transaction as the domain's record. Rendering stores the letter once and asks, in that transaction, for its e-mail.
 */
@Injectable()
export class LetterHandlers extends JobHandlers {
  constructor(
    private readonly letters: LettersService,
    private readonly delivery: LetterDeliveryService,
    private readonly work: OutboxWorkService,
  ) {
    super();
  }

  handlers(): HandlerMap {
    return {
      'letters.render': async ({ outboxId, topic, subjectId }) => {
        const id = outboxId ?? (await this.work.idForLegacyJob(`${topic}:${subjectId}`));
        await this.work.perform(id, async (_message, complete) => {
          faultPoint('render.before-store');
          const letter = await this.letters.renderForTopic(topic as OutboxTopic, subjectId);
          faultPoint('render.before-commit');
          await complete(async (manager) => {
            if (letter && !letter.deliveredAt) {
              await addToOutbox(manager, 'mail.letter', { subjectId: letter.id }, letter.id);
            }
          });
        });
      },
      'mail.letter': async ({ outboxId, letterId }) => {
        const id = outboxId ?? (await this.work.idForLegacyJob(`mail.letter:${letterId}`));
        await this.work.perform(id, (_message, complete) => this.delivery.deliver(letterId, complete));
      },
    };
  }
}
