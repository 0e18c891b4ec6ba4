import { Role } from '@app/grants';
import { staff, Staff } from '../support/case-handling';
import { TestUser } from '../support/factories';
import { applicationVersion, notifiedGrant } from '../support/payments';
import { createTestApp, TestContext } from '../support/test-app';

/**
 * Signing rights (libs/grants/src/organisations/signing-rights.ts): only a signatory adds or removes members and
 * gives signing rights; members can leave; the last signatory stays; Sfk records Frivillighetsregisteret.
 */
describe('signing rights and members', () => {
  let ctx: TestContext;
  let s: Staff;

  beforeAll(async () => {
    ctx = await createTestApp();
    s = await staff(ctx);
  });
  afterAll(() => ctx.close());

  const addMember = (who: TestUser, organisationId: string, body: Record<string, unknown>) =>
    ctx.http().post(`/api/organisations/${organisationId}/members`).set('authorization', who.auth).send(body);
  const setSignatory = (who: TestUser, organisationId: string, userId: string, signatory: boolean) =>
    ctx
      .http()
      .patch(`/api/organisations/${organisationId}/members/${userId}`)
      .set('authorization', who.auth)
      .send({ signatory });
  const remove = (who: TestUser, organisationId: string, userId: string) =>
    ctx
      .http()
      .delete(`/api/organisations/${organisationId}/members/${userId}`)
      .set('authorization', who.auth);
  const memberships = async (organisationId: string) =>
    ctx.db.query<{ user_id: string; signatory: boolean }[]>(
      'SELECT user_id, signatory FROM memberships WHERE organisation_id = $1 ORDER BY user_id',
      [organisationId],
    );
  const accept = async (who: TestUser, applicationId: string, status: number) =>
    ctx
      .http()
      .post(`/api/applications/${applicationId}/acceptance`)
      .set('authorization', who.auth)
      .send({ version: await applicationVersion(ctx, applicationId), accept: true })
      .expect(status);

  it('makes the registrant the first member and signatory', async () => {
    const registrant = await ctx.f.user();
    const res = await ctx
      .http()
      .post('/api/organisations')
      .set('authorization', registrant.auth)
      .send(ctx.f.organisationInput())
      .expect(201);
    expect(await memberships(res.body.id)).toEqual([{ user_id: registrant.user.id, signatory: true }]);
  });

  it('refuses a member who is not a signatory to add anyone, least of all a signatory (the bypass of the issue)', async () => {
    // A signatory and a plain member; the plain member has a second account of their own.
    const grant = await notifiedGrant(ctx, s);
    const plain = await ctx.f.user();
    await addMember(grant.member, grant.organisationId, { email: plain.user.email }).expect(201);
    const second = await ctx.f.user();
    const before = await memberships(grant.organisationId);

    const asSignatory = await addMember(plain, grant.organisationId, {
      email: second.user.email,
      signatory: true,
    }).expect(403);
    expect(asSignatory.body.detail).toContain('signere');
    await addMember(plain, grant.organisationId, { email: second.user.email }).expect(403);
    await setSignatory(plain, grant.organisationId, plain.user.id, true).expect(403);
    expect(await memberships(grant.organisationId)).toEqual(before);

    // Neither the plain member nor the second account can accept the grant.
    await accept(plain, grant.applicationId, 403);
    await accept(second, grant.applicationId, 404);
    expect(
      (
        await ctx.db.query('SELECT accepted_at FROM decisions WHERE application_id = $1', [
          grant.applicationId,
        ])
      )[0].accepted_at,
    ).toBeNull();
  });

  it('lets a signatory add a signatory, who can then accept the grant; every change audited', async () => {
    const grant = await notifiedGrant(ctx, s);
    const colleague = await ctx.f.user();
    await addMember(grant.member, grant.organisationId, { email: colleague.user.email }).expect(201);
    await accept(colleague, grant.applicationId, 403);
    const res = await setSignatory(grant.member, grant.organisationId, colleague.user.id, true).expect(200);
    expect(res.body).toEqual(
      expect.arrayContaining([expect.objectContaining({ userId: colleague.user.id, signatory: true })]),
    );
    await accept(colleague, grant.applicationId, 200);
    const events = await ctx.f.auditEvents(grant.organisationId);
    expect(events.map((e) => e.action)).toEqual([
      'organisation.member_added',
      'organisation.signatory_granted',
    ]);
    expect(events[1]).toMatchObject({
      actor_user_id: grant.member.user.id,
      after: { userId: colleague.user.id, signatory: true },
    });
  });

  it('removes a member at once: the next request with the same token no longer sees the organisation', async () => {
    const signatory = await ctx.f.user();
    const leaving = await ctx.f.user();
    const org = await ctx.f.organisation([signatory, leaving]);
    await ctx.http().get(`/api/organisations/${org.id}`).set('authorization', leaving.auth).expect(200);
    await remove(signatory, org.id, leaving.user.id).expect(204);
    await ctx.http().get(`/api/organisations/${org.id}`).set('authorization', leaving.auth).expect(404);
    expect(await memberships(org.id)).toEqual([{ user_id: signatory.user.id, signatory: true }]);
    expect((await ctx.f.auditEvents(org.id)).map((e) => e.action)).toEqual(['organisation.member_removed']);
    await remove(signatory, org.id, leaving.user.id).expect(404);
  });

  it('refuses a plain member to remove others, but lets anyone leave', async () => {
    const signatory = await ctx.f.user();
    const plain = await ctx.f.user();
    const org = await ctx.f.organisation([signatory, plain]);
    await remove(plain, org.id, signatory.user.id).expect(403);
    await remove(plain, org.id, plain.user.id).expect(204);
    expect((await ctx.f.auditEvents(org.id)).map((e) => e.action)).toEqual(['organisation.member_left']);
    const outsider = await ctx.f.user();
    await remove(outsider, org.id, signatory.user.id).expect(404);
  });

  it('never leaves an organisation without a signatory; a signatory may leave while another remains', async () => {
    const first = await ctx.f.user();
    const second = await ctx.f.user();
    const org = await ctx.f.organisation([first, second]);
    const demote = await setSignatory(first, org.id, first.user.id, false).expect(409);
    expect(demote.body).toMatchObject({
      type: 'urn:problem:tilskudd:invalid-state',
      currentState: 'last_signatory',
    });
    await remove(first, org.id, first.user.id).expect(409);
    await setSignatory(first, org.id, second.user.id, true).expect(200);
    await remove(first, org.id, first.user.id).expect(204);
    expect(await memberships(org.id)).toEqual([{ user_id: second.user.id, signatory: true }]);
    await remove(second, org.id, second.user.id).expect(409);
  });

  it('keeps one signatory when two signatories demote each other at the same moment', async () => {
    for (let round = 0; round < 3; round++) {
      const a = await ctx.f.user();
      const b = await ctx.f.user();
      const org = await ctx.f.organisation([a, b]);
      await setSignatory(a, org.id, b.user.id, true).expect(200);
      const results = await Promise.all([
        setSignatory(a, org.id, b.user.id, false),
        setSignatory(b, org.id, a.user.id, false),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 403]);
      const rows = await memberships(org.id);
      expect(rows.filter((m) => m.signatory)).toHaveLength(1);
    }
  });

  it('lets Sfk’s admin give signing rights to an organisation left without a signatory', async () => {
    const member = await ctx.f.user();
    const org = await ctx.f.organisation([member]);
    await ctx.db.query('UPDATE memberships SET signatory = false WHERE organisation_id = $1', [org.id]);
    await setSignatory(member, org.id, member.user.id, true).expect(403);
    await setSignatory(await ctx.f.user([Role.Caseworker]), org.id, member.user.id, true).expect(403);
    await setSignatory(await ctx.f.user([Role.Admin]), org.id, member.user.id, true).expect(200);
    expect(await memberships(org.id)).toEqual([{ user_id: member.user.id, signatory: true }]);
  });

  describe('registration in Frivillighetsregisteret', () => {
    it('is refused from members, at registration and in the profile, naming the field', async () => {
      const applicant = await ctx.f.user();
      const registered = await ctx
        .http()
        .post('/api/organisations')
        .set('authorization', applicant.auth)
        .send({ ...ctx.f.organisationInput(), registeredInVoluntaryRegistry: true })
        .expect(400);
      expect(registered.body.errors).toEqual([
        expect.objectContaining({ field: 'registeredInVoluntaryRegistry', rule: 'whitelistValidation' }),
      ]);
      const created = await ctx
        .http()
        .post('/api/organisations')
        .set('authorization', applicant.auth)
        .send(ctx.f.organisationInput())
        .expect(201);
      expect(created.body.registeredInVoluntaryRegistry).toBe(false);
      const patched = await ctx
        .http()
        .patch(`/api/organisations/${created.body.id}`)
        .set('authorization', applicant.auth)
        .send({ version: 1, registeredInVoluntaryRegistry: true })
        .expect(400);
      expect(patched.body.errors).toEqual([
        expect.objectContaining({ field: 'registeredInVoluntaryRegistry', rule: 'whitelistValidation' }),
      ]);
      await ctx
        .http()
        .patch(`/api/organisations/${created.body.id}/register-flags`)
        .set('authorization', applicant.auth)
        .send({ version: 1, registeredInVoluntaryRegistry: true })
        .expect(403);
      const [row] = await ctx.db.query(
        'SELECT registered_in_voluntary_registry AS r, version FROM organisations WHERE id = $1',
        [created.body.id],
      );
      expect(row).toEqual({ r: false, version: 1 });
    });

    it('is recorded by Sfk staff, audited', async () => {
      const member = await ctx.f.user();
      const org = await ctx.f.organisation([member], { registeredInVoluntaryRegistry: false });
      const res = await ctx
        .http()
        .patch(`/api/organisations/${org.id}/register-flags`)
        .set('authorization', (await ctx.f.user([Role.Caseworker])).auth)
        .send({ version: 1, registeredInVoluntaryRegistry: true })
        .expect(200);
      expect(res.body).toMatchObject({ registeredInVoluntaryRegistry: true, version: 2 });
      const [event] = await ctx.f.auditEvents(org.id);
      expect(event).toMatchObject({
        action: 'organisation.register_flags_set',
        before: expect.objectContaining({ registeredInVoluntaryRegistry: false }),
        after: expect.objectContaining({ registeredInVoluntaryRegistry: true }),
      });
    });
  });
});
