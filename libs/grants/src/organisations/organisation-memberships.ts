import { DomainError } from '@app/platform';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, isMemberOf, isStaff } from '../kernel/actor';
import { AuditService } from '../audit/audit.service';
import { isUuid } from '../kernel/persistence';
import { Membership } from './membership.entity';
import { User } from '../identity/user.entity';
import { Role } from '../kernel/role';
import { Organisation } from './organisation.entity';
import { assertAnotherSignatory, assertMayManageMembers } from './signing-rights';

/**
 * An organisation's memberships: who belongs to it and who signs for it (add, signing rights, remove, list).
 * OrganisationsService extends this, so the API calls one service for the organisation and its members.
 */
export abstract class OrganisationMemberships {
  protected constructor(
    protected readonly db: DataSource,
    protected readonly audit: AuditService,
  ) {}

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

  protected assertCanSee(actor: Actor, id: string): void {
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
