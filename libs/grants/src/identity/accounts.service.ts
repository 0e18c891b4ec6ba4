import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, Clock, DomainError } from '@app/platform';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../kernel/actor';
import { AuditService } from '../audit/audit.service';
import { isUuid, updateReturning } from '../kernel/persistence';
import { addToOutbox } from '../outbox/outbox';
import { AccountMailKind } from './account-mail-texts';
import { AccountTokenPurpose } from './account-token.entity';
import { AccountTokenKeys, hashAccountToken } from './account-tokens';
import { checkNewPassword } from './password-policy';
import { hashPassword, verifyPassword } from './passwords';
import { Role } from '../kernel/role';
import { User } from './user.entity';

export interface Registration {
  email: string;
  name: string;
  password: string;
}

/** Writes an account e-mail (or a reset request) into the outbox, in the caller's transaction. */
export function addAccountMail(
  manager: EntityManager,
  kind: AccountMailKind,
  payload: Record<string, string> & { subjectId: string },
  dedupe: string,
): Promise<void> {
  return addToOutbox(manager, 'mail.account', { kind, ...payload }, `${kind}:${dedupe}`);
}

/** Every password-reset link of the user still open stops working (the password was just set another way). */
export async function voidPasswordResets(manager: EntityManager, userId: string, now: Date): Promise<void> {
  await manager.query(
    `UPDATE account_tokens SET used_at = $2 WHERE user_id = $1 AND purpose = $3 AND used_at IS NULL`,
    [userId, now, AccountTokenPurpose.PasswordReset],
  );
}

/** Stores a new one-time token's hash (never the token). */
export async function insertAccountToken(
  manager: EntityManager,
  token: { id: string; hash: Buffer },
  userId: string,
  purpose: AccountTokenPurpose,
  now: Date,
  expiresAt: Date,
): Promise<void> {
  await manager.query(
    `INSERT INTO account_tokens (id, user_id, purpose, token_hash, expires_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [token.id, userId, purpose, token.hash, expiresAt, now],
  );
}

const invalidToken = () =>
  DomainError.rule(
    'token',
    'invalidToken',
    'Lenken er ugyldig, utløpt eller allerede brukt. Be om en ny lenke.',
  );

const asActor = (user: { id: string; roles: Role[] }): Actor => ({
  userId: user.id,
  roles: user.roles,
  organisationIds: [],
});

/**
 * The account flows of a user: self-registration with a confirmed e-mail address, changing the password, and
 * resetting a forgotten one by e-mail. Answers never tell whether an address has an account; every change of a
 * password raises the user's credential version, which ends every earlier login.
 */
@Injectable()
export class AccountsService {
  private readonly keys: AccountTokenKeys;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {
    this.keys = new AccountTokenKeys(config.auth.jwtSecret);
  }

  /**
   * NGO staff register themselves (applicant role only). The caller learns nothing about whether the address is
   * taken: a new address gets an unconfirmed account and a confirmation e-mail; a taken one gets no account, and
   * its owner an e-mail saying someone tried (at most one an hour). Both branches hash the password, write in one
   * transaction and answer the same. Two registrations of one new address at once: one account, one e-mail each.
   */
  async register(input: Registration): Promise<void> {
    const email = input.email.trim().toLowerCase();
    const name = input.name.trim();
    checkNewPassword(input.password, 'password', { email, name });
    const passwordHash = await hashPassword(input.password);
    const now = this.clock.now();
    await this.db.transaction(async (manager) => {
      // ON CONFLICT waits for a concurrent insert of the same address and then does nothing: no 23505 to catch.
      const [created] = await manager.query<{ id: string }[]>(
        `INSERT INTO users (email, name, password_hash, roles, email_confirmed_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, NULL, $5, $5)
         ON CONFLICT ON CONSTRAINT uq_users_email DO NOTHING
         RETURNING id`,
        [email, name, passwordHash, [Role.Applicant], now],
      );
      if (created) {
        const token = this.keys.create(AccountTokenPurpose.EmailConfirmation);
        const expiresAt = new Date(now.getTime() + this.config.auth.emailConfirmationTtlSeconds * 1000);
        await insertAccountToken(
          manager,
          token,
          created.id,
          AccountTokenPurpose.EmailConfirmation,
          now,
          expiresAt,
        );
        await addAccountMail(manager, 'email_confirmation', { subjectId: token.id }, token.id);
        await this.audit.record(manager, {
          actor: { userId: created.id, roles: [Role.Applicant], organisationIds: [] },
          action: 'user.registered',
          entityType: 'user',
          entityId: created.id,
          after: {
            id: created.id,
            email,
            name,
            roles: [Role.Applicant],
            active: true,
            emailConfirmedAt: null,
          },
        });
        return;
      }
      const [existing] = await manager.query<{ id: string; active: boolean }[]>(
        `SELECT id, active FROM users WHERE email = $1`,
        [email],
      );
      await this.audit.record(manager, {
        actor: null,
        action: 'user.registration_attempted',
        entityType: 'user',
        entityId: existing.id,
      });
      if (existing.active) {
        const hour = now.toISOString().slice(0, 13);
        await addAccountMail(
          manager,
          'registration_attempt',
          { subjectId: existing.id },
          `${existing.id}:${hour}`,
        );
      }
    });
  }

  /** The link in the confirmation e-mail: the account may log in from now on. Single use. */
  async confirmEmail(token: string): Promise<void> {
    const hash = hashAccountToken(token);
    if (!hash) throw invalidToken();
    const now = this.clock.now();
    await this.db.transaction(async (manager) => {
      const [used] = await updateReturning<{ user_id: string }>(
        manager,
        `UPDATE account_tokens SET used_at = $3
          WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3
          RETURNING user_id`,
        [hash, AccountTokenPurpose.EmailConfirmation, now],
      );
      if (!used) throw invalidToken();
      const [user] = await updateReturning<{ id: string; roles: Role[] }>(
        manager,
        `UPDATE users SET email_confirmed_at = coalesce(email_confirmed_at, $2), updated_at = $2
          WHERE id = $1 RETURNING id, roles`,
        [used.user_id, now],
      );
      await this.audit.record(manager, {
        actor: asActor(user),
        action: 'user.email_confirmed',
        entityType: 'user',
        entityId: user.id,
      });
    });
  }

  /**
   * The logged-in user changes their password, giving the current one. Every other login ends; the answer is the
   * new credential version, for a fresh token. The write succeeds only if the password is still the one checked
   * (compare-and-set on the hash), so two changes at once cannot both rely on the old password.
   */
  async changePassword(
    actor: Actor,
    currentPassword: string,
    newPassword: string,
  ): Promise<{ credentialVersion: number }> {
    const user = isUuid(actor.userId)
      ? await this.db.getRepository(User).findOneBy({ id: actor.userId })
      : null;
    if (!user || !user.active) throw DomainError.notFound('Brukeren');
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw DomainError.rule('currentPassword', 'wrongPassword', 'Det nåværende passordet er feil.');
    }
    if (newPassword === currentPassword) {
      throw DomainError.rule(
        'newPassword',
        'unchanged',
        'Det nye passordet må være et annet enn det nåværende.',
      );
    }
    checkNewPassword(newPassword, 'newPassword', user);
    const passwordHash = await hashPassword(newPassword);
    const now = this.clock.now();
    return this.db.transaction(async (manager) => {
      const [changed] = await updateReturning<{ credential_version: number }>(
        manager,
        `UPDATE users
            SET password_hash = $2, credential_version = credential_version + 1, version = version + 1, updated_at = $4
          WHERE id = $1 AND password_hash = $3 AND active
          RETURNING credential_version`,
        [user.id, passwordHash, user.passwordHash, now],
      );
      if (!changed) throw DomainError.contention();
      await this.passwordSet(manager, user, actor, 'user.password_changed', changed.credential_version, now);
      return { credentialVersion: changed.credential_version };
    });
  }

  /**
   * Someone asks to reset the password of an address. The answer is the same whatever the address: the request
   * only goes into the outbox, and the worker decides (AccountMailService) whether the address has an active
   * account, and e-mails it a link. So the request takes the same path, and the same time, in every case.
   */
  async requestPasswordReset(email: string): Promise<void> {
    const requestId = randomUUID();
    await addAccountMail(
      this.db.manager,
      'password_reset_request',
      { subjectId: requestId, email: email.trim().toLowerCase() },
      requestId,
    );
  }

  /**
   * The link in the reset e-mail with a new password: sets it, uses the token (once: of two confirmations at the
   * same moment one wins, decided by `used_at IS NULL` in the database), confirms the address (the owner read the
   * mail) and ends every login. A weak password leaves the link usable.
   */
  async confirmPasswordReset(token: string, newPassword: string): Promise<void> {
    const hash = hashAccountToken(token);
    if (!hash) throw invalidToken();
    const now = this.clock.now();
    const [found] = await this.db.query<{ token_id: string; user_id: string; email: string; name: string }[]>(
      `SELECT t.id AS token_id, u.id AS user_id, u.email, u.name
         FROM account_tokens t JOIN users u ON u.id = t.user_id
        WHERE t.token_hash = $1 AND t.purpose = $2 AND t.used_at IS NULL AND t.expires_at > $3 AND u.active`,
      [hash, AccountTokenPurpose.PasswordReset, now],
    );
    if (!found) throw invalidToken();
    checkNewPassword(newPassword, 'newPassword', found);
    const passwordHash = await hashPassword(newPassword);
    await this.db.transaction(async (manager) => {
      const [used] = await updateReturning<{ id: string }>(
        manager,
        `UPDATE account_tokens SET used_at = $2 WHERE id = $1 AND used_at IS NULL AND expires_at > $2 RETURNING id`,
        [found.token_id, now],
      );
      if (!used) throw invalidToken();
      const [user] = await updateReturning<{
        id: string;
        email: string;
        roles: Role[];
        credential_version: number;
      }>(
        manager,
        `UPDATE users
            SET password_hash = $2, credential_version = credential_version + 1, version = version + 1,
                email_confirmed_at = coalesce(email_confirmed_at, $3), updated_at = $3
          WHERE id = $1 AND active
          RETURNING id, email, roles, credential_version`,
        [found.user_id, passwordHash, now],
      );
      if (!user) throw invalidToken();
      await this.passwordSet(
        manager,
        user,
        asActor(user),
        'user.password_reset',
        user.credential_version,
        now,
      );
    });
  }

  /** What every new password brings: open reset links void, an audit event, and an e-mail to the owner. */
  private async passwordSet(
    manager: EntityManager,
    user: { id: string },
    actor: Actor,
    action: string,
    credentialVersion: number,
    now: Date,
  ): Promise<void> {
    await voidPasswordResets(manager, user.id, now);
    await this.audit.record(manager, {
      actor,
      action,
      entityType: 'user',
      entityId: user.id,
      before: { credentialVersion: credentialVersion - 1 },
      after: { credentialVersion },
    });
    await addAccountMail(
      manager,
      'password_changed',
      { subjectId: user.id },
      `${user.id}:${credentialVersion}`,
    );
  }
}
