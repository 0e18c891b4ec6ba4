import { Check, Column, Entity, Unique } from 'typeorm';
import { VersionedRecord } from '../kernel/versioned-record';
import { Role } from '../kernel/role';

@Entity('users')
@Unique('uq_users_email', ['email'])
@Check('ck_users_email_lower', `email = lower(email)`)
@Check('ck_users_credential_version', `credential_version >= 1`)
@Check('ck_users_roles', `roles <@ ARRAY['applicant','caseworker','approver','finance','admin']::text[]`)
export class User extends VersionedRecord {
  /** Stored lower-case; the login name. */
  @Column('text')
  email!: string;

  @Column('text')
  name!: string;

  /** argon2id hash; never leaves the lib. */
  @Column('text')
  passwordHash!: string;

  @Column('text', { array: true, default: () => `'{}'` })
  roles!: Role[];

  @Column('boolean', { default: true })
  active!: boolean;

  /**
   * Every bearer token (and, later, every browser session) records the version it was issued under; a request
   * whose version is not the user's current one is refused. Raised when the password is changed or reset, when an
   * admin sets the password, deactivates the user or takes a role away: every earlier login ends at once.
   */
  @Column('integer', { default: 1 })
  credentialVersion!: number;

  /**
   * When the owner proved the address (the confirmation link, or a password reset through it). Null only for a
   * self-registered account that has not been confirmed; such an account cannot log in. Users made any other way
   * (admin, seed, factories) are confirmed by the column's default.
   */
  @Column('timestamptz', { nullable: true, default: () => 'now()' })
  emailConfirmedAt!: Date | null;
}
