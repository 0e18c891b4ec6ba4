import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { RemindersService } from '@app/grants';
import { MailTransport, OSLO, QueueName } from '@app/platform';
import { Queue } from 'bullmq';
import { HandlerMap, JobHandlers } from '../jobs/job-handlers';

/** Daily at 07:00 Europe/Oslo, registered once however many workers run (the scheduler is keyed by id). */
export const REMINDER_SCHEDULE = { pattern: '0 7 * * *', tz: OSLO };

@Injectable()
export class ReminderHandlers extends JobHandlers implements OnApplicationBootstrap {
  constructor(
    private readonly reminders: RemindersService,
    private readonly transport: MailTransport,
    @InjectQueue(QueueName.Reminders) private readonly queue: Queue,
    @InjectQueue(QueueName.Mail) private readonly mail: Queue,
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
      'reminders.scan': async () => {
        const { reminderIds } = await this.reminders.scan();
        for (const reminderId of reminderIds) {
          await this.mail.add('mail.reminder', { reminderId }, { jobId: `reminder-${reminderId}` });
        }
      },
      'mail.reminder': async ({ reminderId }) => {
        const mail = await this.reminders.reminderMail(reminderId);
        if (!mail || !(await this.reminders.claim(reminderId, mail.to))) return;
        try {
          await this.transport.send({
            ...mail,
            messageId: `<reminder-${reminderId}@tilskudd.konfliktraadet.no>`,
          });
        } catch (error) {
          await this.reminders.release(reminderId);
          throw error;
        }
      },
    };
  }
}
