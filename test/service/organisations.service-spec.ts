/**
 * Organisations and signing rights: registration (identifiers checked, the registrant its first signatory), the
 * profile kept by members at a version, and who may act for the organisation — only a signatory (or Sfk's admin)
 * manages members and signing rights, and an organisation never loses its last signatory, not even to two
 * signatories demoting each other at the same moment. (Bank-account verification: payments.service-spec.ts.)
 */
import { Membership, Organisation, OrganisationsService, Role } from '@app/grants';
import { randomBankAccount, randomOrganisationNumber } from '../support/factories';
import { TestActor } from './support/fixtures';
import { forbidden, invalidState, notFound, oneWins, refused, ruleBroken, stale } from './support/refusals';
import { useServiceContext } from './support/service-context';

describe('organisations and signing rights (service)', () => {
  const ctx = useServiceContext();
  const organisations = () => ctx.get(OrganisationsService);

  async function signatory(organisationId: string, userId: string): Promise<boolean | null> {
    const membership = await ctx.db.getRepository(Membership).findOneBy({ organisationId, userId });
    return membership?.signatory ?? null;
  }

  async function withMember(signs = false): Promise<{ founder: TestActor; member: TestActor; id: string }> {
    const founder = await ctx.fx.user();
    const id = await ctx.fx.organisation(founder);
    const member = await ctx.fx.user();
    await organisations().addMember(founder, id, member.email, signs);
    member.organisationIds.push(id);
    return { founder, member, id };
  }

  describe('registration', () => {
    it('makes the registrant the first member and signatory; the registers unconfirmed until Sfk records them', async () => {
      const founder = await ctx.fx.user();
      const id = await ctx.fx.organisation(founder, {}, false);
      expect(await signatory(id, founder.userId)).toBe(true);
      expect(await ctx.db.getRepository(Organisation).findOneByOrFail({ id })).toMatchObject({
        registeredInVoluntaryRegistry: false,
        bankAccountVerifiedAt: null,
        county: 'Oslo',
      });
    });

    it('checks the identifiers (422): organisation number and bank account by MOD11, the municipality number', async () => {
      const founder = await ctx.fx.user();
      const existing = await ctx.db
        .getRepository(Organisation)
        .findOneByOrFail({ id: await ctx.fx.organisation(founder) });
      const input = {
        organisationNumber: randomOrganisationNumber(),
        name: 'Ny forening',
        form: existing.form,
        streetAddress: 'Testveien 2',
        postalCode: '0150',
        postalTown: 'Oslo',
        municipalityNumber: '0301',
        municipality: 'Oslo',
        email: 'post@example.test',
        phone: null,
        bankAccount: randomBankAccount(),
        preferredLanguage: existing.preferredLanguage,
      };
      await ruleBroken(organisations().register({ ...input, organisationNumber: '123456789' }, founder), {
        field: 'organisationNumber',
        rule: 'organisationNumber',
      });
      await ruleBroken(organisations().register({ ...input, bankAccount: '12345678901' }, founder), {
        field: 'bankAccount',
        rule: 'bankAccount',
      });
      await ruleBroken(organisations().register({ ...input, municipalityNumber: '9999' }, founder), {
        field: 'municipalityNumber',
        rule: 'municipalityNumber',
      });
      await refused(
        organisations().register({ ...input, organisationNumber: existing.organisationNumber }, founder),
        {
          status: 409,
          code: 'duplicate',
          errors: [{ field: 'organisationNumber', rule: 'unique' }],
        },
      );
    });
  });

  describe('the profile', () => {
    it('is kept by members at the current version (409 stale); staff 403, outsiders 404', async () => {
      const { founder, id } = await withMember();
      const updated = await organisations().update(founder, id, 2, { phone: '+47 22 00 00 00' });
      expect(updated).toMatchObject({ phone: '+47 22 00 00 00', version: 3 });
      await stale(organisations().update(founder, id, 2, { phone: '+47 22 00 00 01' }), 3);
      await forbidden(organisations().update(await ctx.fx.user([Role.Caseworker]), id, 3, { phone: null }));
      await notFound(organisations().update(await ctx.fx.user(), id, 3, { phone: null }));
    });

    it('a new bank account is pending until verified again (audited as such)', async () => {
      const founder = await ctx.fx.user();
      const id = await ctx.fx.organisation(founder);
      await ctx.fx.verifyBankAccount(await ctx.fx.user([Role.Caseworker]), id);
      const version = await ctx.fx.version(Organisation, id);
      const updated = await organisations().update(founder, id, version, {
        bankAccount: randomBankAccount(),
      });
      expect(updated).toMatchObject({ bankAccountVerifiedAt: null, bankAccountVerifiedBy: null });
      expect((await ctx.fx.audit(id)).map((e) => e.action)).toContain(
        'organisation.updated_bank_account_pending',
      );
    });
  });

  describe('guard: signing rights decide who acts for the organisation', () => {
    it('lets a signatory add a member, with or without signing rights', async () => {
      const { member, id } = await withMember(true);
      expect(await signatory(id, member.userId)).toBe(true);
    });

    it('refuses a member without signing rights to add anyone (403)', async () => {
      const { member, id } = await withMember(false);
      const newcomer = await ctx.fx.user();
      await forbidden(organisations().addMember(member, id, newcomer.email, true), /signere/);
      expect(await signatory(id, newcomer.userId)).toBeNull();
    });

    it('adds only active applicant users, once (422 applicantUser, 409 duplicate)', async () => {
      const { founder, member, id } = await withMember();
      const staff = await ctx.fx.user([Role.Caseworker]);
      await ruleBroken(organisations().addMember(founder, id, staff.email), {
        field: 'email',
        rule: 'applicantUser',
      });
      await refused(organisations().addMember(founder, id, member.email), { status: 409, code: 'duplicate' });
    });

    it('never takes the last signatory: not by demotion, removal or leaving (409 last_signatory)', async () => {
      const { founder, member, id } = await withMember(false);
      await invalidState(organisations().setSignatory(founder, id, founder.userId, false), 'last_signatory');
      await invalidState(organisations().removeMember(founder, id, founder.userId), 'last_signatory');
      await organisations().removeMember(member, id, member.userId);
      expect(await signatory(id, member.userId)).toBeNull();
    });

    it('refuses a plain member to remove others (403), but lets a signatory leave while another remains', async () => {
      const { founder, member, id } = await withMember(false);
      await forbidden(organisations().removeMember(member, id, founder.userId), /signere/);
      await organisations().setSignatory(founder, id, member.userId, true);
      await organisations().removeMember(founder, id, founder.userId);
      expect(await signatory(id, member.userId)).toBe(true);
    });

    it("lets Sfk's admin give signing rights in an organisation left without one, without being a member", async () => {
      const { member, id } = await withMember(false);
      expect(await organisations().setSignatory(await ctx.fx.admin(), id, member.userId, true)).toMatchObject(
        {
          signatory: true,
        },
      );
    });

    it('keeps one signatory when two signatories demote each other at the same moment', async () => {
      const { founder, member, id } = await withMember(true);
      await oneWins([
        organisations().setSignatory(founder, id, member.userId, false),
        organisations().setSignatory(member, id, founder.userId, false),
      ]);
      const signatories = await ctx.db
        .getRepository(Membership)
        .countBy({ organisationId: id, signatory: true });
      expect(signatories).toBe(1);
    });
  });
});
