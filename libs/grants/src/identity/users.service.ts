import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, Page, PageRequest, ReadBatcher } from '@app/platform';
import { DataSource } from 'typeorm';
import { changeUser } from './user-transitions';
import { Actor } from '../kernel/actor';
import { AuditService } from '../audit/audit.service';
import { isUniqueViolation, isUuid, lockVersioned, preparedQuery, snapshot } from '../kernel/persistence';
import { addAccountMail, voidPasswordResets } from './accounts.service';
import { checkNewPassword } from './password-policy';
import { dummyPasswordHash, hashPassword, verifyPassword } from './passwords';
import { Role } from '../kernel/role';
import { User } from './user.entity';
import { escapeLike } from '../kernel/sql';

export interface NewUser {
  email: string;
  name: string;
  password: string;
  roles: Role[];
}

export interface UserChanges {
  name?: string;
  roles?: Role[];
  active?: boolean;
  password?: string;
}

export interface UserFilter {
  role?: Role;
  q?: string;
  active?: boolean;
}

export interface UserWithOrganisations {
  user: User;
  organisations: { id: string; name: string; organisationNumber: string }[];
}

/** One row of ACTORS_SQL. */
interface ActorRow {
  id: string;
  credential_version: number;
  roles: Role[];
  organisation_ids: string[];
}

/**
 * The acting users of one turn of the event loop, in one statement (ReadBatcher): roles, memberships and the
 * credential version, of active users whose e-mail is confirmed. Read on every request, so a revoked login, a
 * removed role or membership and a deactivation take effect at once on every API replica.
 */
const ACTORS_SQL = (where: string) => `
  SELECT u.id, u.credential_version, u.roles,
         ARRAY(SELECT m.organisation_id FROM memberships m WHERE m.user_id = u.id) AS organisation_ids
    FROM users u
   WHERE ${where} AND u.active AND u.email_confirmed_at IS NOT NULL`;
/**
 * A turn with one user (a lone request, or many requests of one user) reads by `id = $1`: PostgreSQL's generic
 * plan for `= ANY($1)` expects ten ids and scans a small users table, which cost twice the CPU (docs/decisions.md).
 */
const ACTOR_SQL = ACTORS_SQL('u.id = $1');
const MANY_ACTORS_SQL = ACTORS_SQL('u.id = ANY($1::uuid[])');

@Injectable()
export class UsersService {
  private readonly actors = new ReadBatcher<string, ActorRow>(
    async (ids) => {
      const rows =
        ids.length === 1
          ? await preparedQuery<ActorRow>(this.db, 'resolve_actor', ACTOR_SQL, [ids[0]])
          : await preparedQuery<ActorRow>(this.db, 'resolve_actors', MANY_ACTORS_SQL, [ids]);
      return new Map(rows.map((row) => [row.id, row]));
    },
    (id) => id,
  );

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Admin creates a user with any roles (confirmed: Sfk vouches for the address). */
  async createUser(input: NewUser, actor: Actor): Promise<User> {
    const email = input.email.trim().toLowerCase();
    const name = input.name.trim();
    checkNewPassword(input.password, 'password', { email, name });
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.db.transaction(async (manager) => {
        const user = manager.create(User, { email, name, passwordHash, roles: uniq(input.roles) });
        await manager.save(user);
        await this.audit.record(manager, {
          actor,
          action: 'user.created',
          entityType: 'user',
          entityId: user.id,
          after: snapshot(user, ['passwordHash']),
        });
        return user;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_users_email')) {
        throw DomainError.duplicate('email', 'Det finnes allerede en bruker med denne e-postadressen.');
      }
      throw error;
    }
  }

  /**
   * Admin changes a user. Setting the password, deactivating the user or taking a role away ends every login of
   * the user (the credential version goes up); adding a role or renaming does not.
   */
  async updateUser(id: string, version: number, changes: UserChanges, actor: Actor): Promise<User> {
    let passwordHash: string | undefined;
    if (changes.password !== undefined) {
      const current = isUuid(id) ? await this.db.getRepository(User).findOneBy({ id }) : null;
      if (!current) throw DomainError.notFound('Brukeren');
      checkNewPassword(changes.password, 'password', {
        email: current.email,
        name: changes.name ?? current.name,
      });
      passwordHash = await hashPassword(changes.password);
    }
    return this.db.transaction(async (manager) => {
      const user = await lockVersioned(manager, User, this.requireId(id), version, 'Brukeren');
      if (user.id === actor.userId) {
        // An admin cannot lock themselves out: removing one's own admin role or deactivating oneself is refused.
        if (changes.roles && !changes.roles.includes(Role.Admin)) {
          throw DomainError.rule('roles', 'selfAdmin', 'Du kan ikke fjerne din egen administratorrolle.');
        }
        if (changes.active === false) {
          throw DomainError.rule('active', 'selfDeactivate', 'Du kan ikke deaktivere deg selv.');
        }
      }
      const roleRemoved = changes.roles !== undefined && user.roles.some((r) => !changes.roles!.includes(r));
      const deactivated = changes.active === false && user.active;
      const action = passwordHash !== undefined ? 'user.updated_with_password' : 'user.updated';
      return changeUser(manager, user, { actor, action }, async (row) => {
        if (changes.name !== undefined) row.name = changes.name.trim();
        if (changes.roles !== undefined) row.roles = uniq(changes.roles);
        if (changes.active !== undefined) row.active = changes.active;
        if (passwordHash !== undefined) row.passwordHash = passwordHash;
        if (passwordHash !== undefined || roleRemoved || deactivated) row.credentialVersion += 1;
        if (passwordHash === undefined) return;
        await voidPasswordResets(manager, row.id, new Date());
        await addAccountMail(
          manager,
          'password_changed',
          { subjectId: row.id },
          `${row.id}:${row.credentialVersion}`,
        );
      });
    });
  }

  async getUser(id: string): Promise<UserWithOrganisations> {
    const user = isUuid(id) ? await this.db.getRepository(User).findOneBy({ id }) : null;
    if (!user) throw DomainError.notFound('Brukeren');
    const organisations = await this.db.query<{ id: string; name: string; organisationNumber: string }[]>(
      `SELECT o.id, o.name, o.organisation_number AS "organisationNumber"
         FROM memberships m JOIN organisations o ON o.id = m.organisation_id
        WHERE m.user_id = $1 ORDER BY o.name`,
      [id],
    );
    return { user, organisations };
  }

  async listUsers(filter: UserFilter, page: PageRequest): Promise<Page<User>> {
    const qb = this.db.getRepository(User).createQueryBuilder('u');
    if (filter.role) qb.andWhere(':role = ANY(u.roles)', { role: filter.role });
    if (filter.active !== undefined) qb.andWhere('u.active = :active', { active: filter.active });
    if (filter.q) {
      qb.andWhere('(u.email ILIKE :q OR u.name ILIKE :q)', { q: `%${escapeLike(filter.q)}%` });
    }
    const [items, total] = await qb
      .orderBy('u.name', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .take(page.limit)
      .skip(page.offset)
      .getManyAndCount();
    return { items, total, ...page };
  }

  /**
   * The user for a login, or null. Takes the same time whether or not the e-mail exists. The right password for
   * a self-registered account whose address is not confirmed yet is refused with 403 saying so (only someone who
   * knows the password learns it).
   */
  async verifyCredentials(email: string, password: string): Promise<User | null> {
    const user = await this.db.getRepository(User).findOneBy({ email: email.trim().toLowerCase() });
    if (!user || !user.active) {
      await verifyPassword(await dummyPasswordHash(), password);
      return null;
    }
    if (!(await verifyPassword(user.passwordHash, password))) return null;
    if (!user.emailConfirmedAt) {
      throw DomainError.forbidden(
        'E-postadressen er ikke bekreftet ennå. Åpne lenken i e-posten vi sendte da du registrerte deg, ' +
          'eller be om å få sette nytt passord.',
      );
    }
    return user;
  }

  /**
   * The acting user of a request: null unless the user is active and confirmed and the login's credential
   * version is the user's current one (a changed or reset password, a deactivation or a removed role ends it).
   * Read from the database on every request (one statement per turn of the event loop), so a login revoked
   * through any API replica is refused by all of them from the commit on.
   */
  async authenticate(userId: string, credentialVersion: number): Promise<Actor | null> {
    const row = await this.actorRow(userId);
    if (!row || row.credential_version !== credentialVersion) return null;
    return { userId: row.id, roles: row.roles, organisationIds: row.organisation_ids };
  }

  /** The user as an actor as the database says now, whatever login it comes from (seed, jobs, tests). */
  async resolveActor(userId: string): Promise<Actor | null> {
    const row = await this.actorRow(userId);
    return row ? { userId: row.id, roles: row.roles, organisationIds: row.organisation_ids } : null;
  }

  private async actorRow(userId: string): Promise<ActorRow | null> {
    if (!isUuid(userId)) return null;
    return (await this.actors.load(userId.toLowerCase())) ?? null;
  }

  private requireId(id: string): string {
    if (!isUuid(id)) throw DomainError.notFound('Brukeren');
    return id;
  }
}

function uniq<T>(values: T[]): T[] {
  return [...new Set(values)];
}
