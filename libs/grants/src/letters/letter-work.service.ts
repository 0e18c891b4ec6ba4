import { Injectable } from '@nestjs/common';
import { faultPoint } from '@app/platform';
import { addToOutbox } from '../outbox/outbox';
import { OutboxTopic } from '../outbox/outbox-message.entity';
import { OutboxWorkService, WorkOutcome } from '../outbox/outbox-work.service';
import { LetterDeliveryService } from './letter-delivery.service';
import { LettersService } from './letters.service';

/**
 * The two side effects of a letter, each done under its outbox row's lease: rendering stores the letter once and,
 * in the transaction that completes the row, asks for its e-mail; sending e-mails it and records the delivery.
 * The worker's job handlers call these, and so does the demo seed when it plays the worker's part.
 */
@Injectable()
export class LetterWorkService {
  constructor(
    private readonly letters: LettersService,
    private readonly delivery: LetterDeliveryService,
    private readonly work: OutboxWorkService,
  ) {}

  /** Renders the letter a `letter.*` outbox row asks for; returns the outcome and the letter's id once stored. */
  async render(
    outboxId: string,
    topic: OutboxTopic,
    subjectId: string,
  ): Promise<{ outcome: WorkOutcome; letterId: string | null }> {
    let letterId: string | null = null;
    const outcome = await this.work.perform(outboxId, async (_message, complete) => {
      faultPoint('render.before-store');
      const letter = await this.letters.renderForTopic(topic, subjectId);
      faultPoint('render.before-commit');
      letterId = letter?.id ?? null;
      await complete(async (manager) => {
        if (letter && !letter.deliveredAt) {
          await addToOutbox(manager, 'mail.letter', { subjectId: letter.id }, letter.id);
        }
      });
    });
    return { outcome, letterId };
  }

  /** E-mails a stored letter (a `mail.letter` outbox row) and records its delivery. */
  send(outboxId: string, letterId: string): Promise<WorkOutcome> {
    return this.work.perform(outboxId, (_message, complete) => this.delivery.deliver(letterId, complete));
  }

  /** The row of a job queued before jobs carried their outbox id (the job id was the row's dedupe key). */
  legacyOutboxId(dedupeKey: string): Promise<string> {
    return this.work.idForLegacyJob(dedupeKey);
  }
}
