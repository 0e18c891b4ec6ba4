import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { OutboxWorkService, RemindersService } from '@app/grants';
import { faultPoint, MailTransport, OSLO, QueueName } from '@app/platform';
import { Queue } from 'bullmq';
import { HandlerMap, JobHandlers } from '../jobs/job-handlers';

/**
 * Every hour from 07:00 to 21:00 Europe/Oslo, registered once however many workers run (the scheduler is keyed by
 * id). The 07:00 run sends the day's reminders; the later runs find nothing new (reminder_log makes each reminder
 * happen once) unless the 07:00 run was lost to an outage of the database, Redis or the worker longer than BullMQ's
 * retries — then the next hour catches up, instead of the day's reminders being skipped. Never at night.
 */
export const REMINDER_SCHEDULE = { pattern: '0 7-21 * * *', tz: OSLO };

@Injectable()
export class ReminderHandlers extends JobHandlers implements OnApplicationBootstrap {
  constructor(
    private readonly reminders: RemindersService,
    private readonly transport: MailTransport,
    private readonly work: OutboxWorkService,
    @InjectQueue(QueueName.Reminders) private readonly queue: Queue,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler('reminders.daily', REMINDER_SCHEDULE, {
      name: 'reminders.scan',
      data: {},
    });
  }

  handlers(): HandlerMap {
    return {
      // Each new reminder comes with its outbox row; the relay dispatches its e-mail.
      'reminders.scan': async () => {
        await this.reminders.scan();
      },
      'mail.reminder': async ({ outboxId, reminderId }) => {
        const id = outboxId ?? (await this.work.idForLegacyJob(`mail.reminder:${reminderId}`));
        await this.work.perform(id, async (_message, complete) => {
          const mail = await this.reminders.reminderMail(reminderId);
          if (!mail) {
            await complete();
            return;
          }
          faultPoint('send.before');
          await this.transport.send({ ...mail, messageId: reminderMessageId(reminderId) });
          faultPoint('send.after');
          await complete((manager) => this.reminders.recordSent(manager, reminderId, mail.to));
        });
      },
    };
  }
}

/** The same for every attempt, so a resend is recognisable as such. */
export function reminderMessageId(reminderId: string): string {
  return `<reminder-${reminderId}@tilskudd.konfliktraadet.no>`;
}
