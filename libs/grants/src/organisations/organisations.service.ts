import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, DomainError, Page, PageRequest } from '@app/platform';
import { DataSource } from 'typeorm';
import { changeOrganisation } from './organisation-transitions';
import { Actor, isMemberOf, isStaff } from '../kernel/actor';
import { assertNotMemberOfOrganisation } from './membership-rules';
import { AuditService } from '../audit/audit.service';
import { countyOfMunicipality, isValidBankAccount, isValidOrganisationNumber } from '../kernel/identifiers';
import { isUniqueViolation, isUuid, lockVersioned, snapshot } from '../kernel/persistence';
import { Membership } from './membership.entity';
import { escapeLike } from '../kernel/sql';
import { OrganisationForm, WrittenLanguage } from '../kernel/organisation-form';
import { Organisation } from './organisation.entity';
import { OrganisationMemberships } from './organisation-memberships';
import { AccountChange } from './account-change.port';

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
export class OrganisationsService extends OrganisationMemberships {
  constructor(
    @InjectDataSource() db: DataSource,
    audit: AuditService,
    private readonly clock: Clock,
    private readonly accountChange: AccountChange,
  ) {
    super(db, audit);
  }

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
      const merged = { ...organisation, ...stripUndefined(changes) };
      const county = checkProfile(merged);
      const accountChanged =
        changes.bankAccount !== undefined && changes.bankAccount !== organisation.bankAccount;
      return changeOrganisation(
        manager,
        organisation,
        {
          actor,
          action: accountChanged ? 'organisation.updated_bank_account_pending' : 'organisation.updated',
        },
        async (row) => {
          Object.assign(row, stripUndefined(changes), { county });
          if (!accountChanged) return;
          row.bankAccountVerifiedAt = null;
          row.bankAccountVerifiedBy = null;
          await this.accountChange.revokeAttestations(manager, actor, id);
        },
      );
    });
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
      return changeOrganisation(
        manager,
        organisation,
        { actor, action: 'organisation.bank_account_verified' },
        (row) => {
          row.bankAccountVerifiedAt = this.clock.now();
          row.bankAccountVerifiedBy = actor.userId;
        },
      );
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
      return changeOrganisation(
        manager,
        organisation,
        { actor, action: 'organisation.register_flags_set' },
        (row) => {
          Object.assign(row, stripUndefined(flags));
        },
      );
    });
  }
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
