import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, Clock } from '@app/platform';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Actor } from '../kernel/actor';
import { hashAccountToken } from './account-tokens';
import { Session, SessionAuthMethod } from './session.entity';
import { UsersService } from './users.service';

/** Why a session the browser still holds no longer works. */
export enum SessionEnd {
  /** Not used for SESSION_IDLE_MINUTES. */
  Idle = 'idle-timeout',
  /** SESSION_ABSOLUTE_HOURS after the login. */
  Absolute = 'absolute-timeout',
  /** The user logged out. */
  LoggedOut = 'logged-out',
  /** The password was changed or reset, or the user deactivated or a role taken away (credential version). */
  CredentialsChanged = 'credentials-changed',
}

export interface SessionInfo {
  id: string;
  userId: string;
  authMethod: SessionAuthMethod;
  csrfToken: string;
  createdAt: Date;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
}

export type SessionLookup =
  | { status: 'active'; session: SessionInfo; actor: Actor }
  | { status: 'ended'; reason: SessionEnd }
  | { status: 'unknown' };

export interface NewSession {
  userId: string;
  credentialVersion: number;
  authMethod: SessionAuthMethod;
  clientAddress?: string | null;
  userAgent?: string | null;
}

/** A request more than this long after the last recorded one moves the idle end forward (one write, not one each). */
const TOUCH_AFTER_MS = 30_000;
/** Ended sessions are kept this long after their absolute end (the browser is told why it was logged out). */
const KEEP_ENDED_MS = 7 * 86_400_000;
const MAX_USER_AGENT = 500;

interface SessionRow {
  id: string;
  user_id: string;
  credential_version: number;
  auth_method: SessionAuthMethod;
  csrf_token: string;
  created_at: Date;
  last_seen_at: Date;
  idle_expires_at: Date;
  absolute_expires_at: Date;
  revoked_at: Date | null;
}

/**
 * Server-side browser sessions, independent of how the user logged in: a login method (the password today,
 * ID-porten later) proves the user and calls `create`; everything after works on the session alone. The cookie
 * value is 32 random bytes (base64url), stored as its SHA-256 only; the CSRF token is another 32 random bytes.
 * Time is the Clock's, so tests move it.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly users: UsersService,
  ) {}

  /** A new session for a user who has just proved who they are; returns the cookie value and the session. */
  async create(input: NewSession, absoluteEnd?: Date): Promise<{ token: string; session: SessionInfo }> {
    const now = this.clock.now();
    const { idleMinutes, absoluteHours } = this.config.auth.session;
    const absoluteExpiresAt = absoluteEnd ?? new Date(now.getTime() + absoluteHours * 3_600_000);
    const idleExpiresAt = minDate(new Date(now.getTime() + idleMinutes * 60_000), absoluteExpiresAt);
    const token = randomBytes(32).toString('base64url');
    const row: Session = {
      id: randomUUID(),
      tokenHash: hashAccountToken(token)!,
      userId: input.userId,
      credentialVersion: input.credentialVersion,
      authMethod: input.authMethod,
      csrfToken: randomBytes(32).toString('base64url'),
      createdAt: now,
      lastSeenAt: now,
      idleExpiresAt,
      absoluteExpiresAt,
      revokedAt: null,
      client: {
        address: input.clientAddress ?? null,
        userAgent: input.userAgent ? input.userAgent.slice(0, MAX_USER_AGENT) : null,
      },
    };
    await this.db.transaction(async (manager) => {
      // The user's own sessions that ended long ago go (housekeeping without a job).
      await manager.query(`DELETE FROM sessions WHERE user_id = $1 AND absolute_expires_at < $2`, [
        input.userId,
        new Date(now.getTime() - KEEP_ENDED_MS),
      ]);
      await manager.getRepository(Session).insert(row);
    });
    return { token, session: infoOf(row) };
  }

  /**
   * The session of a cookie value and its user as an actor (read from the database on every request, as for a
   * bearer token). An active session's idle end moves forward when it was last moved more than half a minute
   * ago, or always with `touch` (GET /api/session).
   */
  async resolve(token: string, options: { touch?: boolean } = {}): Promise<SessionLookup> {
    const hash = hashAccountToken(token);
    if (!hash) return { status: 'unknown' };
    const [row] = await this.db.query<SessionRow[]>(
      `SELECT id, user_id, credential_version, auth_method, csrf_token, created_at, last_seen_at, idle_expires_at,
              absolute_expires_at, revoked_at
         FROM sessions WHERE token_hash = $1`,
      [hash],
    );
    if (!row) return { status: 'unknown' };
    const now = this.clock.now();
    if (row.revoked_at) return { status: 'ended', reason: SessionEnd.LoggedOut };
    if (row.absolute_expires_at <= now) return { status: 'ended', reason: SessionEnd.Absolute };
    if (row.idle_expires_at <= now) return { status: 'ended', reason: SessionEnd.Idle };
    const actor = await this.users.authenticate(row.user_id, row.credential_version);
    if (!actor) return { status: 'ended', reason: SessionEnd.CredentialsChanged };
    const session = infoOf(rowToSession(row));
    if (options.touch || now.getTime() - row.last_seen_at.getTime() >= TOUCH_AFTER_MS) {
      const idleEnd = minDate(
        new Date(now.getTime() + this.config.auth.session.idleMinutes * 60_000),
        row.absolute_expires_at,
      );
      // Only forward, and never for a session that ended meanwhile (a logout through another request).
      const [, touched] = await this.db.query<[unknown, number]>(
        `UPDATE sessions SET last_seen_at = $2, idle_expires_at = GREATEST(idle_expires_at, $3)
          WHERE id = $1 AND revoked_at IS NULL AND idle_expires_at > $2`,
        [row.id, now, idleEnd],
      );
      if (touched === 0) return { status: 'ended', reason: SessionEnd.LoggedOut };
      session.idleExpiresAt = idleEnd > row.idle_expires_at ? idleEnd : row.idle_expires_at;
    }
    return { status: 'active', session, actor };
  }

  /**
   * The user of an active session changed the password: that session is replaced by a new one (a new cookie and
   * CSRF token) under the new credential version, with the same absolute end, and the old one is logged out. So a
   * stolen cookie dies with the old password, as every other login does.
   */
  async renew(
    session: SessionInfo,
    credentialVersion: number,
    client: Pick<NewSession, 'clientAddress' | 'userAgent'>,
  ): Promise<{ token: string; session: SessionInfo }> {
    await this.revoke(session.id);
    return this.create(
      { userId: session.userId, credentialVersion, authMethod: session.authMethod, ...client },
      session.absoluteExpiresAt,
    );
  }

  /** Logs the session out (its cookie is refused from the commit on, by every API replica). */
  async revoke(sessionId: string): Promise<void> {
    await this.db.query(`UPDATE sessions SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL`, [
      sessionId,
      this.clock.now(),
    ]);
  }
}

function minDate(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

function rowToSession(row: SessionRow): Pick<Session, keyof SessionInfo> {
  return {
    id: row.id,
    userId: row.user_id,
    authMethod: row.auth_method,
    csrfToken: row.csrf_token,
    createdAt: row.created_at,
    idleExpiresAt: row.idle_expires_at,
    absoluteExpiresAt: row.absolute_expires_at,
  };
}

function infoOf(row: Pick<Session, keyof SessionInfo>): SessionInfo {
  return {
    id: row.id,
    userId: row.userId,
    authMethod: row.authMethod,
    csrfToken: row.csrfToken,
    createdAt: row.createdAt,
    idleExpiresAt: row.idleExpiresAt,
    absoluteExpiresAt: row.absoluteExpiresAt,
  };
}
