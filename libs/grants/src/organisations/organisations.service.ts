import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, DomainError, Page, PageRequest } from '@app/platform';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, isMemberOf, isStaff } from '../access/actor';
import { assertNotMemberOfOrganisation } from '../access/impartiality';
import { AuditService } from '../audit/audit.service';
import { countyOfMunicipality, isValidBankAccount, isValidOrganisationNumber } from '../common/identifiers';
import { isUniqueViolation, isUuid, lockVersioned, snapshot } from '../common/persistence';
import { Membership } from '../identity/membership.entity';
import { Role } from '../kernel/role';
import { User } from '../identity/user.entity';
import { escapeLike } from '../identity/users.service';
import { OrganisationForm, WrittenLanguage } from './organisation-form';
import { Organisation } from './organisation.entity';
import { assertAnotherSignatory, assertMayManageMembers } from './signing-rights';
import { revokeAttestationsForAccountChange } from '../payments/disbursements.service';

export interface OrganisationProfile {
  name: string;
  form: OrganisationForm;
  streetAddress: string;
  postalCode: string;
  postalTown: string;
  municipalityNumber: string;
  municipality: string;
  email: string;
  phone?: string | null;
  bankAccount: string;
  preferredLanguage: WrittenLanguage;
}

export interface NewOrganisation extends OrganisationProfile {
  organisationNumber: string;
}

export type OrganisationChanges = Partial<OrganisationProfile>;

export interface OrganisationFilter {
  q?: string;
  form?: OrganisationForm;
  county?: string;
}

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * An NGO member registers the organisation and becomes its first member and signatory (signing-rights.ts).
   * Registration in Frivillighetsregisteret starts unconfirmed: Sfk records it (setRegisterFlags).
   */
  async register(input: NewOrganisation, actor: Actor): Promise<Organisation> {
    if (!isValidOrganisationNumber(input.organisationNumber)) {
      throw DomainError.rule(
        'organisationNumber',
        'organisationNumber',
        'Organisasjonsnummeret er ikke gyldig (MOD11).',
      );
    }
    const county = checkProfile(input);
    try {
      const registered = await this.db.transaction(async (manager) => {
        const organisation = manager.create(Organisation, {
          ...input,
          phone: input.phone ?? null,
          county,
          bankAccountVerifiedAt: null,
          bankAccountVerifiedBy: null,
        });
        await manager.save(organisation);
        // The registrant signs for the organisation until a signatory says otherwise.
        await manager.insert(Membership, {
          userId: actor.userId,
          organisationId: organisation.id,
          signatory: true,
        });
        await this.audit.record(manager, {
          actor,
          action: 'organisation.registered',
          entityType: 'organisation',
          entityId: organisation.id,
          after: snapshot(organisation),
        });
        return organisation;
      });
      return registered;
    } catch (error) {
      if (isUniqueViolation(error, 'uq_organisations_organisation_number')) {
        throw DomainError.duplicate(
          'organisationNumber',
          'En organisasjon med dette organisasjonsnummeret er allerede registrert. Be en av medlemmene om å legge deg til.',
        );
      }
      throw error;
    }
  }

  /** Applicants see the organisations they belong to; Sfk staff see all. */
  async list(actor: Actor, filter: OrganisationFilter, page: PageRequest): Promise<Page<Organisation>> {
    const qb = this.db.getRepository(Organisation).createQueryBuilder('o');
    if (!isStaff(actor)) {
      qb.andWhere('o.id IN (SELECT organisation_id FROM memberships WHERE user_id = :userId)', {
        userId: actor.userId,
      });
    }
    if (filter.form) qb.andWhere('o.form = :form', { form: filter.form });
    if (filter.county) qb.andWhere('o.county = :county', { county: filter.county });
    if (filter.q) {
      qb.andWhere('(o.name ILIKE :q OR o.organisation_number LIKE :q)', { q: `%${escapeLike(filter.q)}%` });
    }
    const [items, total] = await qb
      .orderBy('o.name', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .take(page.limit)
      .skip(page.offset)
      .getManyAndCount();
    return { items, total, ...page };
  }

  /** Not a member and not staff: "not found", never "forbidden" — others' existence is not revealed. */
  async get(actor: Actor, id: string): Promise<Organisation> {
    this.assertCanSee(actor, id);
    const organisation = await this.db.getRepository(Organisation).findOneBy({ id });
    if (!organisation) throw DomainError.notFound('Organisasjonen');
    return organisation;
  }

  /** Members keep the profile. A new bank account is pending until a second Sfk user verifies it. */
  async update(
    actor: Actor,
    id: string,
    version: number,
    changes: OrganisationChanges,
  ): Promise<Organisation> {
    this.assertCanSee(actor, id);
    if (!isMemberOf(actor, id)) {
      throw DomainError.forbidden('Bare medlemmer av organisasjonen kan endre organisasjonsprofilen.');
    }
    return this.db.transaction(async (manager) => {
      const organisation = await lockVersioned(manager, Organisation, id, version, 'Organisasjonen');
      const before = snapshot(organisation);
      const merged = { ...organisation, ...stripUndefined(changes) };
      const county = checkProfile(merged);
      const accountChanged =
        changes.bankAccount !== undefined && changes.bankAccount !== organisation.bankAccount;
      Object.assign(organisation, stripUndefined(changes), { county });
      if (accountChanged) {
        organisation.bankAccountVerifiedAt = null;
        organisation.bankAccountVerifiedBy = null;
      }
      await manager.save(organisation);
      if (accountChanged) await revokeAttestationsForAccountChange(manager, actor, id);
      await this.audit.record(manager, {
        actor,
        action: accountChanged ? 'organisation.updated_bank_account_pending' : 'organisation.updated',
        entityType: 'organisation',
        entityId: id,
        before,
        after: snapshot(organisation),
      });
      return organisation;
    });
  }

  /** A signatory adds a colleague who already has a user account (applicant role), with or without signing rights. */
  async addMember(
    actor: Actor,
    organisationId: string,
    email: string,
    signatory = false,
  ): Promise<Membership> {
    this.assertCanSee(actor, organisationId);
    const membership = await this.db.transaction(async (manager) => {
      await this.lockForMembers(
        manager,
        actor,
        organisationId,
        'Bare den som kan signere for organisasjonen, kan legge til medlemmer.',
      );
      const user = await manager.findOneBy(User, { email: email.trim().toLowerCase(), active: true });
      if (!user || !user.roles.includes(Role.Applicant)) {
        throw DomainError.rule(
          'email',
          'applicantUser',
          'Fant ingen aktiv søkerbruker med denne e-postadressen.',
        );
      }
      const existing = await manager.findOneBy(Membership, { userId: user.id, organisationId });
      if (existing) throw DomainError.duplicate('email', 'Brukeren er allerede medlem av organisasjonen.');
      const membership = manager.create(Membership, { userId: user.id, organisationId, signatory });
      await manager.save(membership);
      await this.audit.record(manager, {
        actor,
        action: 'organisation.member_added',
        entityType: 'organisation',
        entityId: organisationId,
        after: { userId: user.id, signatory },
      });
      return membership;
    });
    return membership;
  }

  /** A signatory gives or takes signing rights; the organisation always keeps at least one signatory. */
  async setSignatory(
    actor: Actor,
    organisationId: string,
    userId: string,
    signatory: boolean,
  ): Promise<Membership> {
    this.assertCanSee(actor, organisationId);
    const membership = await this.db.transaction(async (manager) => {
      await this.lockForMembers(
        manager,
        actor,
        organisationId,
        'Bare den som kan signere for organisasjonen, kan gi eller ta signaturrett.',
      );
      const membership = await findMembership(manager, organisationId, userId);
      if (membership.signatory === signatory) return membership;
      if (!signatory) await assertAnotherSignatory(manager, organisationId, userId);
      membership.signatory = signatory;
      await manager.save(membership);
      await this.audit.record(manager, {
        actor,
        action: signatory ? 'organisation.signatory_granted' : 'organisation.signatory_revoked',
        entityType: 'organisation',
        entityId: organisationId,
        before: { userId, signatory: !signatory },
        after: { userId, signatory },
      });
      return membership;
    });
    return membership;
  }

  /**
   * People leave organisations: a signatory removes a member, or a member leaves. Neither may leave the
   * organisation without a signatory. The removed user loses access with their next request.
   */
  async removeMember(actor: Actor, organisationId: string, userId: string): Promise<void> {
    this.assertCanSee(actor, organisationId);
    await this.db.transaction(async (manager) => {
      if (userId === actor.userId) {
        await lockOrganisation(manager, organisationId);
      } else {
        await this.lockForMembers(
          manager,
          actor,
          organisationId,
          'Bare den som kan signere for organisasjonen, kan fjerne andre medlemmer.',
        );
      }
      const membership = await findMembership(manager, organisationId, userId);
      await assertAnotherSignatory(manager, organisationId, userId);
      await manager.delete(Membership, { id: membership.id });
      await this.audit.record(manager, {
        actor,
        action: userId === actor.userId ? 'organisation.member_left' : 'organisation.member_removed',
        entityType: 'organisation',
        entityId: organisationId,
        before: { userId, signatory: membership.signatory },
      });
    });
    // Access is read per request: the next request of the removed user no longer carries the membership.
  }

  /**
   * Member changes of one organisation wait for each other on its row, so two signatories demoting each other at
   * the same moment cannot leave it without one. Then the signing rule (signing-rights.ts).
   */
  private async lockForMembers(
    manager: EntityManager,
    actor: Actor,
    organisationId: string,
    message: string,
  ): Promise<void> {
    await lockOrganisation(manager, organisationId);
    await assertMayManageMembers(manager, actor, organisationId, message);
  }

  async members(
    actor: Actor,
    organisationId: string,
  ): Promise<{ userId: string; name: string; email: string; signatory: boolean }[]> {
    this.assertCanSee(actor, organisationId);
    return this.db.query(
      `SELECT u.id AS "userId", u.name, u.email, m.signatory FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.organisation_id = $1 ORDER BY u.name LIMIT 500`,
      [organisationId],
    );
  }

  /**
   * A second person at Sfk verifies a new or changed bank account (against the bank's confirmation or
   * the organisation's signed statement). Payments wait until then. The verifier is never the one who
   * attests payments to the organisation, nor one of its members.
   */
  async verifyBankAccount(actor: Actor, id: string, version: number): Promise<Organisation> {
    if (!isUuid(id)) throw DomainError.notFound('Organisasjonen');
    return this.db.transaction(async (manager) => {
      const organisation = await lockVersioned(manager, Organisation, id, version, 'Organisasjonen');
      if (organisation.bankAccountVerifiedAt) {
        throw DomainError.invalidState('Kontonummeret er allerede kontrollert.', 'verified');
      }
      // forvaltningsloven § 6: a member of the organisation is disqualified (read from the database, not the token).
      await assertNotMemberOfOrganisation(manager, actor.userId, id);
      const attesting = await manager.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM disbursements
          WHERE organisation_id = $1 AND attested_by = $2 AND status IN ('attested', 'exported')`,
        [id, actor.userId],
      );
      if (attesting[0].n > 0) {
        throw DomainError.forbidden(
          'Du har attestert utbetalinger til organisasjonen som ikke er betalt ennå, og kan derfor ikke kontrollere kontonummeret.',
        );
      }
      const before = snapshot(organisation);
      organisation.bankAccountVerifiedAt = this.clock.now();
      organisation.bankAccountVerifiedBy = actor.userId;
      await manager.save(organisation);
      await this.audit.record(manager, {
        actor,
        action: 'organisation.bank_account_verified',
        entityType: 'organisation',
        entityId: id,
        before,
        after: snapshot(organisation),
      });
      return organisation;
    });
  }

  /**
   * Staff record what the registers say: bankruptcy and liquidation from Enhetsregisteret (payments check them) and
   * registration in Frivillighetsregisteret (screening checks it). The organisation's members cannot set these.
   */
  async setRegisterFlags(
    actor: Actor,
    id: string,
    version: number,
    flags: { bankrupt?: boolean; underLiquidation?: boolean; registeredInVoluntaryRegistry?: boolean },
  ): Promise<Organisation> {
    if (!isUuid(id)) throw DomainError.notFound('Organisasjonen');
    return this.db.transaction(async (manager) => {
      const organisation = await lockVersioned(manager, Organisation, id, version, 'Organisasjonen');
      const before = snapshot(organisation);
      Object.assign(organisation, stripUndefined(flags));
      await manager.save(organisation);
      await this.audit.record(manager, {
        actor,
        action: 'organisation.register_flags_set',
        entityType: 'organisation',
        entityId: id,
        before,
        after: snapshot(organisation),
      });
      return organisation;
    });
  }

  private assertCanSee(actor: Actor, id: string): void {
    if (!isUuid(id) || !(isStaff(actor) || isMemberOf(actor, id)))
      throw DomainError.notFound('Organisasjonen');
  }
}

async function lockOrganisation(manager: EntityManager, organisationId: string): Promise<void> {
  const locked = await manager.findOne(Organisation, {
    where: { id: organisationId },
    select: { id: true },
    lock: { mode: 'pessimistic_write' },
  });
  if (!locked) throw DomainError.notFound('Organisasjonen');
}

async function findMembership(
  manager: EntityManager,
  organisationId: string,
  userId: string,
): Promise<Membership> {
  const membership = isUuid(userId) ? await manager.findOneBy(Membership, { organisationId, userId }) : null;
  if (!membership) throw DomainError.notFound('Medlemmet');
  return membership;
}

function checkProfile(profile: OrganisationProfile): string {
  if (!isValidBankAccount(profile.bankAccount)) {
    throw DomainError.rule('bankAccount', 'bankAccount', 'Kontonummeret er ikke gyldig (MOD11).');
  }
  const county = countyOfMunicipality(profile.municipalityNumber);
  if (!county) {
    throw DomainError.rule(
      'municipalityNumber',
      'municipalityNumber',
      'Kommunenummeret hører ikke til noe fylke i dagens inndeling.',
    );
  }
  return county;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
