export { OutboxFailuresService } from './outbox-failures.service';
export type { FailedSideEffect } from './outbox-failures.service';
export { OutboxMessage } from './outbox-message.entity';
export type { OutboxTopic } from './outbox-message.entity';
export { OutboxRelayService } from './outbox-relay.service';
export { OutboxWorkService } from './outbox-work.service';
