import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, Page, PageRequest } from '@app/platform';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { isUniqueViolation, isUuid, lockVersioned, preparedQuery, snapshot } from '../common/persistence';
import { ActorCache } from './actor-cache';
import { dummyPasswordHash, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './passwords';
import { Role } from './role';
import { User } from './user.entity';

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

@Injectable()
export class UsersService {
  private readonly actors = new ActorCache();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Self-registration: NGO staff get the applicant role only. */
  registerApplicant(input: Omit<NewUser, 'roles'>): Promise<User> {
    return this.create({ ...input, roles: [Role.Applicant] }, null, 'user.registered');
  }

  /** Admin creates a user with any roles. */
  createUser(input: NewUser, actor: Actor): Promise<User> {
    return this.create(input, actor, 'user.created');
  }

  private async create(input: NewUser, actor: Actor | null, action: string): Promise<User> {
    checkPassword(input.password);
    const email = input.email.trim().toLowerCase();
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.db.transaction(async (manager) => {
        const user = manager.create(User, {
          email,
          name: input.name.trim(),
          passwordHash,
          roles: uniq(input.roles),
        });
        await manager.save(user);
        await this.audit.record(manager, {
          actor: actor ?? { userId: user.id, roles: user.roles, organisationIds: [] },
          action,
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

  async updateUser(id: string, version: number, changes: UserChanges, actor: Actor): Promise<User> {
    if (changes.password !== undefined) checkPassword(changes.password);
    const passwordHash = changes.password !== undefined ? await hashPassword(changes.password) : undefined;
    const updated = await this.db.transaction(async (manager) => {
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
      const before = snapshot(user, ['passwordHash']);
      if (changes.name !== undefined) user.name = changes.name.trim();
      if (changes.roles !== undefined) user.roles = uniq(changes.roles);
      if (changes.active !== undefined) user.active = changes.active;
      if (passwordHash !== undefined) user.passwordHash = passwordHash;
      await manager.save(user);
      await this.audit.record(manager, {
        actor,
        action: passwordHash !== undefined ? 'user.updated_with_password' : 'user.updated',
        entityType: 'user',
        entityId: user.id,
        before,
        after: snapshot(user, ['passwordHash']),
      });
      return user;
    });
    // Roles or the active flag may have changed: the next request reads them again (after the commit).
    this.forgetActor(updated.id);
    return updated;
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

  /** The user for a login, or null. Takes the same time whether or not the e-mail exists. */
  async verifyCredentials(email: string, password: string): Promise<User | null> {
    const user = await this.db.getRepository(User).findOneBy({ email: email.trim().toLowerCase() });
    if (!user || !user.active) {
      await verifyPassword(await dummyPasswordHash(), password);
      return null;
    }
    return (await verifyPassword(user.passwordHash, password)) ? user : null;
  }

  /**
   * The acting user as the database says now (roles and memberships are read per request,
   * so a removed role or a deactivation takes effect at once, not when the token expires).
   */
  async resolveActor(userId: string): Promise<Actor | null> {
    if (!isUuid(userId)) return null;
    const cached = this.actors.get(userId);
    if (cached !== undefined) return cached;
    const actor = await this.loadActor(userId);
    this.actors.set(userId, actor);
    return actor;
  }

  /** Roles or memberships changed: the next request reads them again. */
  forgetActor(userId: string): void {
    this.actors.invalidate(userId);
  }

  private async loadActor(userId: string): Promise<Actor | null> {
    const rows = await preparedQuery<{ roles: Role[]; organisation_ids: string[] }>(
      this.db,
      'resolve_actor',
      `SELECT u.roles,
                      COALESCE(array_agg(m.organisation_id) FILTER (WHERE m.organisation_id IS NOT NULL), '{}') AS organisation_ids
                 FROM users u LEFT JOIN memberships m ON m.user_id = u.id
                WHERE u.id = $1 AND u.active
                GROUP BY u.id`,
      [userId],
    );
    if (rows.length === 0) return null;
    return { userId, roles: rows[0].roles, organisationIds: rows[0].organisation_ids };
  }

  private requireId(id: string): string {
    if (!isUuid(id)) throw DomainError.notFound('Brukeren');
    return id;
  }
}

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw DomainError.rule('password', 'minLength', `Passordet må ha minst ${MIN_PASSWORD_LENGTH} tegn.`);
  }
}

function uniq<T>(values: T[]): T[] {
  return [...new Set(values)];
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
