/**
 * The one registry of queues, job names and payloads. Payloads carry ids only; handlers reload state.
 * The worker checks at start-up that every job name here has exactly one handler.
 */
export enum QueueName {
  System = 'system',
  Letters = 'letters',
  Mail = 'mail',
  Reminders = 'reminders',
}

export interface JobPayloads {
  /** Proves the worker consumes jobs; the API's health check reads the time it last ran. */
  'system.heartbeat': { scheduledAt?: string };
  /**
   * Render the letter an outbox row asks for (receipt, interim reply, decision) and store it once. Like the mail
   * jobs, it does the side effect of outbox row `outboxId` under that row's lease (OutboxWorkService). Jobs queued
   * before the outbox id existed lack it (`outboxId?`); their handler finds the row by its dedupe key.
   */
  'letters.render': { outboxId?: string; topic: string; subjectId: string };
  /** E-mail a stored letter to the organisation and record the delivery. */
  'mail.letter': { outboxId?: string; letterId: string };
  /** E-mail one reminder row. */
  'mail.reminder': { outboxId?: string; reminderId: string };
  /** Tell an account's owner that its logins are being throttled (the outbox row holds the details). */
  'mail.login_throttled': { outboxId: string; userId: string };
  /** An account e-mail or password-reset request: the outbox row says which (AccountMailService). */
  'mail.account': { outboxId: string };
  /** The reminder scan (07:00 Europe/Oslo, again hourly until 21:00 to catch up after an outage). */
  'reminders.scan': { scheduledAt?: string };
}

export type JobName = keyof JobPayloads;

export const JOB_QUEUE: { [K in JobName]: QueueName } = {
  'system.heartbeat': QueueName.System,
  'letters.render': QueueName.Letters,
  'mail.letter': QueueName.Mail,
  'mail.reminder': QueueName.Mail,
  'mail.login_throttled': QueueName.Mail,
  'mail.account': QueueName.Mail,
  'reminders.scan': QueueName.Reminders,
};

export const ALL_JOB_NAMES = Object.keys(JOB_QUEUE) as JobName[];

/** Redis key the worker writes when it handles a heartbeat job; read by GET /api/health. */
export const WORKER_HEARTBEAT_KEY = 'worker:heartbeat';
