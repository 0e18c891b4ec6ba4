import { Module } from '@nestjs/common';
import { GrantsModule, grantsEntities } from '@app/grants';
import { ClockModule, ConfigModule, DatabaseModule, QueueModule, RedisModule } from '@app/platform';
import { LoginNoticeHandlers } from './accounts/login-notice.handlers';
import { AccountMailHandlers } from './accounts/account-mail.handlers';
import { JOB_HANDLERS, JobHandlers } from './jobs/job-handlers';
import { JobRegistry } from './jobs/job-registry';
import { queueProcessors } from './jobs/queue-processors';
import { LetterHandlers } from './letters/letter.handlers';
import { OutboxRelayWorker } from './outbox/outbox-relay.worker';
import { ReminderHandlers } from './reminders/reminder.handlers';
import { HeartbeatHandlers } from './system/heartbeat.handlers';

const handlerProviders = [
  HeartbeatHandlers,
  LetterHandlers,
  ReminderHandlers,
  LoginNoticeHandlers,
  AccountMailHandlers,
];

/** The domain modules without HTTP, plus the BullMQ processors. Only the worker registers processors. */
@Module({
  imports: [
    ConfigModule,
    ClockModule,
    DatabaseModule.forRoot(grantsEntities),
    RedisModule,
    QueueModule.forRoot(),
    GrantsModule,
  ],
  providers: [
    ...handlerProviders,
    {
      provide: JOB_HANDLERS,
      inject: handlerProviders,
      useFactory: (...handlers: JobHandlers[]) => handlers,
    },
    JobRegistry,
    OutboxRelayWorker,
    ...queueProcessors,
  ],
})
export class WorkerModule {}
