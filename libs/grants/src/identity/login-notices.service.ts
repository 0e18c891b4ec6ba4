import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  AppConfig,
  Clock,
  formatOsloNorwegian,
  MailTransport,
  OutgoingMail,
} from '@app/platform';
import { DataSource } from 'typeorm';
import { addToOutbox } from '../outbox/outbox';
import { OutboxWorkService, WorkOutcome } from '../outbox/outbox-work.service';
import { User } from './user.entity';

/**
 * Why an account's owner is told:
 * - `locked`: one client address failed `AUTH_LOGIN_MAX_FAILURES` times in a row and is held back for the account;
 * - `slowed`: the account failed `AUTH_LOGIN_ACCOUNT_LIMIT` times from all clients together and is slowed.
 */
export type LoginNoticeKind = 'locked' | 'slowed';

const KINDS: readonly string[] = ['locked', 'slowed'] satisfies LoginNoticeKind[];

/**
 * Tells an account's owner by e-mail that logins to the account are being throttled. The API asks for the e-mail
 * through the outbox (durable, like every e-mail); the worker sends it under the row's lease. The API decides how
 * often (once per window, see LoginThrottleService); `windowKey` makes a second row for the same window a no-op.
 */
@Injectable()
export class LoginNoticesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly work: OutboxWorkService,
    private readonly transport: MailTransport,
    private readonly clock: Clock,
  ) {}

  /** Asks for the e-mail; nothing when no active account has this address. Returns whether one was asked for. */
  async throttled(email: string, kind: LoginNoticeKind, windowKey: string): Promise<boolean> {
    const user = await this.db
      .getRepository(User)
      .findOneBy({ email: email.trim().toLowerCase(), active: true });
    if (!user) return false;
    const at = this.clock.now().toISOString();
    await this.db.transaction((manager) =>
      addToOutbox(
        manager,
        'mail.login_throttled',
        { subjectId: user.id, kind, at },
        `${user.id}:${kind}:${windowKey}`,
      ),
    );
    return true;
  }

  /** Sends the e-mail of a `mail.login_throttled` outbox row (the worker's job). */
  send(outboxId: string): Promise<WorkOutcome> {
    return this.work.perform(outboxId, async (message, complete) => {
      const { subjectId, kind, at } = message.payload;
      const user = await this.db.getRepository(User).findOneBy({ id: subjectId });
      // A deactivated account's owner is not written to; an unknown kind is a row this code did not write.
      if (!user || !user.active || !KINDS.includes(kind)) {
        await complete();
        return;
      }
      await this.transport.send({
        ...loginNoticeMail(kind as LoginNoticeKind, user, new Date(at), this.config),
        messageId: `<login-notice-${message.id}@tilskudd.konfliktraadet.no>`,
      });
      await complete();
    });
  }
}

/** The e-mail in Norwegian bokmål. It says what happened, what the owner sees, and what to do; never an address. */
export function loginNoticeMail(
  kind: LoginNoticeKind,
  user: { email: string; name: string },
  at: Date,
  config: AppConfig,
): Omit<OutgoingMail, 'messageId'> {
  const { maxFailures, lockSeconds, accountLimit, slowSeconds } = config.auth.login;
  const when = formatOsloNorwegian(at);
  const sign = '\n\nMed hilsen\nSekretariatet for konfliktrådene';
  const notYou =
    'Var det ikke deg, har noen prøvd å gjette passordet ditt. Mislykkede forsøk avslører ikke passordet, og du ' +
    'trenger ikke gjøre noe nå, men bytt passord hvis det er svakt eller brukes andre steder. Kontakt Sekretariatet for ' +
    'konfliktrådene hvis det fortsetter.';
  if (kind === 'locked') {
    return {
      to: user.email,
      subject: 'Mislykkede innlogginger på kontoen din i Tilskudd',
      text:
        `Hei ${user.name},\n\n` +
        `Den ${when} ble det forsøkt logget inn på kontoen din i Tilskudd (${user.email}) med feil passord ` +
        `${maxFailures} ganger på rad fra samme sted. Innlogging på kontoen fra det stedet er stoppet i ` +
        `${duration(lockSeconds)}. Fra andre steder, som din vanlige maskin, logger du inn som før.\n\n` +
        `Var det deg, kan du prøve igjen når tiden er gått.\n\n${notYou}${sign}`,
    };
  }
  return {
    to: user.email,
    subject: 'Mange mislykkede innlogginger på kontoen din i Tilskudd',
    text:
      `Hei ${user.name},\n\n` +
      `Det har vært ${accountLimit.points} eller flere mislykkede innlogginger på kontoen din i Tilskudd ` +
      `(${user.email}) i løpet av ${duration(accountLimit.seconds)} (sist ${when}). For å ` +
      `beskytte kontoen tar vi nå bare imot ett innloggingsforsøk per ${duration(slowSeconds)} fra steder du ` +
      `ikke har logget inn fra før. Kontoen er ikke sperret: fra steder du har logget inn fra før, logger du inn ` +
      `som vanlig, og fra et nytt sted kan du måtte vente litt og prøve igjen.\n\n${notYou}${sign}`,
  };
}

function duration(seconds: number): string {
  if (seconds % 3600 === 0) return seconds === 3600 ? 'én time' : `${seconds / 3600} timer`;
  if (seconds % 60 === 0) return seconds === 60 ? 'ett minutt' : `${seconds / 60} minutter`;
  return seconds === 1 ? 'ett sekund' : `${seconds} sekunder`;
}
