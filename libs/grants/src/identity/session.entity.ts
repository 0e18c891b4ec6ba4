import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { User } from './user.entity';

/** How the user proved who they are when the session began. ID-porten (OpenID Connect) comes later. */
export enum SessionAuthMethod {
  Password = 'password',
}

export interface SessionClient {
  address: string | null;
  userAgent: string | null;
}

/**
 * A browser session (issue 18): the browser holds a random cookie, the server this row with only the cookie's
 * SHA-256. The session belongs to a user under the credential version of the login, whatever the login method:
 * a changed or reset password, a deactivation or a removed role (a raised credential version) ends it, like a
 * bearer token. It ends too after `idle_expires_at` (moved forward by each use, never past the absolute end), at
 * `absolute_expires_at`, and when the user logs out (`revoked_at`). Ended rows are kept a while, so the browser
 * can be told why it was logged out.
 */
@Entity('sessions')
@Unique('uq_sessions_token_hash', ['tokenHash'])
@Index('ix_sessions_user', ['userId', 'absoluteExpiresAt'])
@Check('ck_sessions_hash_length', `octet_length(token_hash) = 32`)
@Check('ck_sessions_auth_method', `auth_method IN ('password')`)
@Check('ck_sessions_expiry', `idle_expires_at <= absolute_expires_at AND absolute_expires_at > created_at`)
@Check('ck_sessions_credential_version', `credential_version >= 1`)
export class Session {
  /** Chosen by the application (random). */
  @PrimaryColumn('uuid')
  id!: string;

  /** SHA-256 of the cookie's 32 random bytes; the cookie itself is never stored. */
  @Column('bytea')
  tokenHash!: Buffer;

  @Column('uuid')
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  /** The user's credential version at login; the session ends when the user's current one differs. */
  @Column('integer')
  credentialVersion!: number;

  @Column('text')
  authMethod!: SessionAuthMethod;

  /** Where the login came from (client address, browser), for the user's own overview and for investigations. */
  @Column('jsonb', { nullable: true })
  client!: SessionClient | null;

  /** Sent by the browser in X-CSRF-Token with every state-changing request; it cannot be read by another site. */
  @Column('text')
  csrfToken!: string;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz')
  lastSeenAt!: Date;

  @Column('timestamptz')
  idleExpiresAt!: Date;

  @Column('timestamptz')
  absoluteExpiresAt!: Date;

  /** Logged out. */
  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;
}
