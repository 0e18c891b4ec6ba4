import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { OutboxMessage, OutboxRelayService } from '@app/grants';
import { QueueName } from '@app/platform';
import { Queue } from 'bullmq';

const IDLE_MS = 1000;
const ENQUEUE_TIMEOUT_MS = 5000;

export interface OutboxQueues {
  letters: Queue;
  mail: Queue;
}

/** How an outbox row becomes a job: its topic names the job, the job carries the row's id and its subject. */
export async function enqueueOutboxMessage(
  queues: OutboxQueues,
  message: OutboxMessage,
  jobId: string,
): Promise<void> {
  const { subjectId = message.payload.decisionId ?? message.payload.applicationId } = message.payload;
  const outboxId = String(message.id);
  const add =
    message.topic === 'mail.letter'
      ? queues.mail.add('mail.letter', { outboxId, letterId: subjectId }, { jobId })
      : message.topic === 'mail.reminder'
        ? queues.mail.add('mail.reminder', { outboxId, reminderId: subjectId }, { jobId })
        : message.topic === 'mail.login_throttled'
          ? queues.mail.add('mail.login_throttled', { outboxId, userId: subjectId }, { jobId })
          : message.topic === 'mail.account'
            ? queues.mail.add('mail.account', { outboxId }, { jobId })
            : queues.letters.add('letters.render', { outboxId, topic: message.topic, subjectId }, { jobId });
  // A queue whose Redis is gone would wait for it; give up instead, and the row stays pending.
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      add,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('queue unavailable')), ENQUEUE_TIMEOUT_MS);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Polls the outbox in the worker: relays committed rows to BullMQ and re-drives those whose job was lost, whose
 * worker died or whose next attempt has come. It runs in every worker and needs no Redis to decide what is due.
 */
@Injectable()
export class OutboxRelayWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private running = false;
  private loop: Promise<void> | undefined;
  private failing = false;

  constructor(
    private readonly relay: OutboxRelayService,
    @InjectQueue(QueueName.Letters) private readonly letters: Queue,
    @InjectQueue(QueueName.Mail) private readonly mail: Queue,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  /** One pass; returns how many rows went to the queue. */
  async relayOnce(): Promise<number> {
    return this.relay.relayBatch((message, jobId) =>
      enqueueOutboxMessage({ letters: this.letters, mail: this.mail }, message, jobId),
    );
  }

  private async run(): Promise<void> {
    while (this.running) {
      let relayed = 0;
      try {
        relayed = await this.relayOnce();
        if (this.failing) this.logger.log('outbox relay recovered');
        this.failing = false;
      } catch (error) {
        if (!this.failing) this.logger.error(`outbox relay paused: ${(error as Error).message}`);
        this.failing = true;
      }
      if (relayed === 0 && this.running) await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    }
  }
}
