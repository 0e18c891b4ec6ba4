import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, Clock, MailTransport } from '@app/platform';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { LeasedMessage, OutboxWorkService, WorkOutcome } from '../outbox/outbox-work.service';
import {
  AccountMail,
  AccountMailKind,
  confirmationMail,
  passwordChangedMail,
  passwordResetMail,
  registrationAttemptMail,
} from './account-mail-texts';
import { AccountTokenPurpose } from './account-token.entity';
import { AccountTokenKeys } from './account-tokens';
import { addAccountMail, insertAccountToken } from './accounts.service';

/** New reset links per user and hour at most: more requests still answer 202, and send nothing. */
export const PASSWORD_RESETS_PER_HOUR = 3;

/** The same for every attempt of one outbox row, so a resend is recognisable as such. */
export function accountMessageId(outboxId: string): string {
  return `<account-${outboxId}@tilskudd.konfliktraadet.no>`;
}

/**
 * Does the account e-mails the outbox holds (the worker's `mail.account` job), each under its row's lease like
 * every other side effect (OutboxWorkService): e-mail confirmation and password-reset links, the notice to an
 * address someone tried to register again, the notice that a password was changed, and the step that turns a
 * password-reset request into a reset link when the address has an active account.
 */
@Injectable()
export class AccountMailService {
  private readonly logger = new Logger('AccountMail');
  private readonly keys: AccountTokenKeys;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly work: OutboxWorkService,
    private readonly transport: MailTransport,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {
    this.keys = new AccountTokenKeys(config.auth.jwtSecret);
  }

  deliver(outboxId: string): Promise<WorkOutcome> {
    return this.work.perform(outboxId, async (message, complete) => {
      const kind = message.payload.kind as AccountMailKind;
      if (kind === 'password_reset_request') {
        await complete((manager) => this.resetRequested(manager, message));
        return;
      }
      const mail = await this.compose(kind, message.payload.subjectId);
      if (mail) await this.transport.send({ ...mail, messageId: accountMessageId(message.id) });
      await complete();
    });
  }

  /** The e-mail a row asks for, or null when there is nothing (left) to send: a used or expired link, a user gone. */
  private async compose(kind: AccountMailKind, subjectId: string): Promise<AccountMail | null> {
    const base = this.config.publicBaseUrl;
    switch (kind) {
      case 'email_confirmation':
      case 'password_reset': {
        const [row] = await this.db.query<
          { id: string; purpose: AccountTokenPurpose; expires_at: Date; email: string; name: string }[]
        >(
          `SELECT t.id, t.purpose, t.expires_at, u.email, u.name
             FROM account_tokens t JOIN users u ON u.id = t.user_id
            WHERE t.id = $1 AND t.used_at IS NULL AND t.expires_at > $2 AND u.active`,
          [subjectId, this.clock.now()],
        );
        if (!row) return null;
        const token = this.keys.tokenFor(row.purpose, row.id);
        return row.purpose === AccountTokenPurpose.EmailConfirmation
          ? confirmationMail(row, base, token, row.expires_at)
          : passwordResetMail(row, base, token, row.expires_at);
      }
      case 'registration_attempt':
      case 'password_changed': {
        const [user] = await this.db.query<{ email: string; name: string; updated_at: Date }[]>(
          `SELECT email, name, updated_at FROM users WHERE id = $1 AND active`,
          [subjectId],
        );
        if (!user) return null;
        return kind === 'registration_attempt'
          ? registrationAttemptMail(user, base)
          : passwordChangedMail(user, user.updated_at, base);
      }
      case 'password_reset_request':
        return null;
    }
  }

  /**
   * A reset request, in the transaction that completes its row: for an active account (confirmed or not: the
   * link proves the address) a new link and the outbox row that e-mails it, unless the account had
   * PASSWORD_RESETS_PER_HOUR links in the last hour. The address asked for is removed from the row either way.
   */
  private async resetRequested(manager: EntityManager, message: LeasedMessage): Promise<void> {
    await manager.query(`UPDATE outbox_messages SET payload = payload - 'email' WHERE id = $1`, [message.id]);
    const [user] = await manager.query<{ id: string; recent: number }[]>(
      `SELECT u.id,
              (SELECT count(*)::int FROM account_tokens t
                WHERE t.user_id = u.id AND t.purpose = $2 AND t.created_at > $3) AS recent
         FROM users u WHERE u.email = $1 AND u.active
         FOR UPDATE OF u`,
      [
        message.payload.email ?? '',
        AccountTokenPurpose.PasswordReset,
        new Date(this.clock.now().getTime() - 3_600_000),
      ],
    );
    if (!user) return;
    if (user.recent >= PASSWORD_RESETS_PER_HOUR) {
      this.logger.warn(`password reset for user ${user.id} not sent: ${user.recent} links in the last hour`);
      return;
    }
    const now = this.clock.now();
    const token = this.keys.create(AccountTokenPurpose.PasswordReset);
    const expiresAt = new Date(now.getTime() + this.config.auth.passwordResetTtlSeconds * 1000);
    await insertAccountToken(manager, token, user.id, AccountTokenPurpose.PasswordReset, now, expiresAt);
    await addAccountMail(manager, 'password_reset', { subjectId: token.id }, token.id);
    await this.audit.record(manager, {
      actor: null,
      action: 'user.password_reset_requested',
      entityType: 'user',
      entityId: user.id,
      after: { expiresAt },
    });
  }
}
