import { EntityManager } from 'typeorm';
import { OutboxMessage, OutboxTopic } from './outbox-message.entity';

/**
 * Records a side effect inside the caller's transaction: it exists if and only if the change commits.
 * Writing the same (topic, subject) twice is a no-op.
 */
export async function addToOutbox(
  manager: EntityManager,
  topic: OutboxTopic,
  payload: Record<string, string>,
  subjectKey: string,
): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(OutboxMessage)
    .values({ topic, payload, dedupeKey: `${topic}:${subjectKey}` })
    .orIgnore()
    .execute();
}
