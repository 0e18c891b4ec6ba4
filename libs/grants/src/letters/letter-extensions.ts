import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OutboxTopic } from '../outbox/outbox-message.entity';
import type { LetterInput, LetterType } from './letter-model';
import type { Letter } from './letter.entity';

/** What a source hands the letters service to render: the input, and the application the letter belongs to. */
export interface SourcedLetter {
  input: LetterInput;
  applicationId: string;
}

/**
 * Letters another library owns (report approvals and repayment claims live in libs/reporting): it says which
 * letter an outbox row asks for, gathers its input and learns when it has been delivered. Rendering, storing once,
 * mailing and the decision-letter check stay in the letters service.
 */
export interface LetterSource {
  topics: OutboxTopic[];
  types: LetterType[];
  /** The letter the row asks for, or null when there is nothing (more) to write. */
  letterType(topic: OutboxTopic, subjectId: string): Promise<LetterType | null>;
  letterInput(type: LetterType, subjectId: string, now: Date): Promise<SourcedLetter>;
  /** Runs in the delivery's transaction: for a decision, delivery is its notification. */
  delivered(manager: EntityManager, letter: Letter, deliveredAt: Date): Promise<void>;
}

@Injectable()
export class LetterExtensions {
  private readonly sources: LetterSource[] = [];

  register(source: LetterSource): void {
    if (!this.sources.includes(source)) this.sources.push(source);
  }

  forTopic(topic: OutboxTopic): LetterSource | undefined {
    return this.sources.find((s) => s.topics.includes(topic));
  }

  forType(type: string): LetterSource | undefined {
    return this.sources.find((s) => s.types.includes(type as LetterType));
  }
}
