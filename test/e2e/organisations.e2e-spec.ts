import { Role } from '@app/grants';
import { createTestApp, TestContext } from '../support/test-app';
import { randomOrganisationNumber } from '../support/factories';

describe('organisations', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  it('registers an organisation: numbers normalised, county derived, the registrant a member, an audit event written', async () => {
    const applicant = await ctx.f.user([Role.Applicant]);
    const number = randomOrganisationNumber();
    const spaced = `${number.slice(0, 3)} ${number.slice(3, 6)} ${number.slice(6)}`;
    const res = await ctx
      .http()
      .post('/api/organisations')
      .set('authorization', applicant.auth)
      .send(
        ctx.f.organisationInput({
          organisationNumber: spaced,
          bankAccount: '8601.11.17947',
          municipalityNumber: '4601',
          municipality: 'Bergen',
          preferredLanguage: 'nn',
        }),
      )
      .expect(201);
    expect(res.body).toMatchObject({
      organisationNumber: number,
      organisationNumberFormatted: spaced,
      bankAccount: '86011117947',
      bankAccountFormatted: '8601.11.17947',
      bankAccountVerified: false,
      county: 'Vestland',
      preferredLanguage: 'nn',
      version: 1,
    });
    const me = await ctx.http().get('/api/me').set('authorization', applicant.auth).expect(200);
    expect(me.body.organisations.map((o: { id: string }) => o.id)).toEqual([res.body.id]);
    const events = await ctx.f.auditEvents(res.body.id);
    expect(events).toEqual([
      expect.objectContaining({ action: 'organisation.registered', actor_user_id: applicant.user.id }),
    ]);
  });

  it('refuses an invalid organisation number with 400 naming the field and the rule', async () => {
    const applicant = await ctx.f.user([Role.Applicant]);
    const res = await ctx
      .http()
      .post('/api/organisations')
      .set('authorization', applicant.auth)
      .send(ctx.f.organisationInput({ organisationNumber: '988077918' }))
      .expect(400);
    expect(res.body).toMatchObject({ type: 'urn:problem:tilskudd:validation', status: 400 });
    expect(res.body.errors).toEqual([
      {
        field: 'organisationNumber',
        rule: 'organisationNumber',
        message: expect.stringContaining('organisasjonsnummer'),
      },
    ]);
    expect(
      await ctx.db.query('SELECT 1 FROM organisations WHERE organisation_number = $1', ['988077918']),
    ).toHaveLength(0);
  });

  it('refuses an invalid bank account with 400 naming the field and the rule', async () => {
    const applicant = await ctx.f.user([Role.Applicant]);
    const res = await ctx
      .http()
      .post('/api/organisations')
      .set('authorization', applicant.auth)
      .send(ctx.f.organisationInput({ bankAccount: '86011117949' }))
      .expect(400);
    expect(res.body.errors).toEqual([
      { field: 'bankAccount', rule: 'bankAccount', message: expect.stringContaining('kontonummer') },
    ]);
  });

  it('refuses a municipality number outside the current counties (422, field named)', async () => {
    const applicant = await ctx.f.user([Role.Applicant]);
    const res = await ctx
      .http()
      .post('/api/organisations')
      .set('authorization', applicant.auth)
      .send(ctx.f.organisationInput({ municipalityNumber: '1201' }))
      .expect(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ field: 'municipalityNumber', rule: 'municipalityNumber' }),
    ]);
  });

  it('refuses a duplicate organisation number, also when two register it at the same moment', async () => {
    const [a, b] = await Promise.all([ctx.f.user([Role.Applicant]), ctx.f.user([Role.Applicant])]);
    const input = ctx.f.organisationInput();
    const results = await Promise.all(
      [a, b].map((u) => ctx.http().post('/api/organisations').set('authorization', u.auth).send(input)),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const conflict = results.find((r) => r.status === 409)!;
    expect(conflict.body.errors).toEqual([
      expect.objectContaining({ field: 'organisationNumber', rule: 'unique' }),
    ]);
    const rows = await ctx.db.query('SELECT id FROM organisations WHERE organisation_number = $1', [
      input.organisationNumber,
    ]);
    expect(rows).toHaveLength(1);
  });

  it("answers 404 for another organisation's data, for reads and writes alike", async () => {
    const mine = await ctx.f.user([Role.Applicant]);
    const theirs = await ctx.f.user([Role.Applicant]);
    const other = await ctx.f.organisation([theirs]);
    await ctx.http().get(`/api/organisations/${other.id}`).set('authorization', mine.auth).expect(404);
    await ctx
      .http()
      .get(`/api/organisations/${other.id}/members`)
      .set('authorization', mine.auth)
      .expect(404);
    await ctx
      .http()
      .patch(`/api/organisations/${other.id}`)
      .set('authorization', mine.auth)
      .send({ version: 1, name: 'Kapret' })
      .expect(404);
    await ctx
      .http()
      .post(`/api/organisations/${other.id}/members`)
      .set('authorization', mine.auth)
      .send({ email: mine.user.email })
      .expect(404);
    const unchanged = await ctx.db.query('SELECT name, version FROM organisations WHERE id = $1', [other.id]);
    expect(unchanged[0]).toEqual({ name: other.name, version: 1 });
  });

  it('lists only the caller’s own organisations for applicants, and all for staff', async () => {
    const applicant = await ctx.f.user([Role.Applicant]);
    const own = await ctx.f.organisation([applicant]);
    const foreign = await ctx.f.organisation([]);
    const list = await ctx
      .http()
      .get('/api/organisations?limit=100')
      .set('authorization', applicant.auth)
      .expect(200);
    expect(list.body.items.map((o: { id: string }) => o.id)).toEqual([own.id]);
    expect(list.body.total).toBe(1);

    const caseworker = await ctx.f.user([Role.Caseworker]);
    const search = await ctx
      .http()
      .get(`/api/organisations?q=${encodeURIComponent(foreign.name)}`)
      .set('authorization', caseworker.auth)
      .expect(200);
    expect(search.body.items.map((o: { id: string }) => o.id)).toEqual([foreign.id]);
    await ctx
      .http()
      .get(`/api/organisations/${foreign.id}`)
      .set('authorization', caseworker.auth)
      .expect(200);
  });

  it('updates the profile with optimistic locking; a stale version answers 409 and changes nothing', async () => {
    const applicant = await ctx.f.user([Role.Applicant]);
    const org = await ctx.f.organisation([applicant]);
    const first = await ctx
      .http()
      .patch(`/api/organisations/${org.id}`)
      .set('authorization', applicant.auth)
      .send({ version: 1, name: 'Nytt navn' })
      .expect(200);
    expect(first.body).toMatchObject({ name: 'Nytt navn', version: 2 });
    const stale = await ctx
      .http()
      .patch(`/api/organisations/${org.id}`)
      .set('authorization', applicant.auth)
      .send({ version: 1, name: 'Gammel klient' })
      .expect(409);
    expect(stale.body).toMatchObject({ type: 'urn:problem:tilskudd:stale-version', currentVersion: 2 });
    const row = await ctx.db.query('SELECT name FROM organisations WHERE id = $1', [org.id]);
    expect(row[0].name).toBe('Nytt navn');
  });

  it('marks a changed bank account unverified and audits the change', async () => {
    const applicant = await ctx.f.user([Role.Applicant]);
    const org = await ctx.f.organisation([applicant], { bankAccountVerifiedAt: new Date() });
    const res = await ctx
      .http()
      .patch(`/api/organisations/${org.id}`)
      .set('authorization', applicant.auth)
      .send({ version: 1, bankAccount: '86011117947' })
      .expect(200);
    expect(res.body).toMatchObject({ bankAccount: '86011117947', bankAccountVerified: false });
    const events = await ctx.f.auditEvents(org.id);
    expect(events.map((e) => e.action)).toEqual(['organisation.updated_bank_account_pending']);
    expect(events[0].before).toMatchObject({ bankAccount: org.bankAccount });
    expect(events[0].after).toMatchObject({ bankAccount: '86011117947', bankAccountVerifiedAt: null });
  });

  it('lets a member add a colleague, who then sees the organisation', async () => {
    const member = await ctx.f.user([Role.Applicant]);
    const colleague = await ctx.f.user([Role.Applicant]);
    const org = await ctx.f.organisation([member]);
    await ctx.http().get(`/api/organisations/${org.id}`).set('authorization', colleague.auth).expect(404);
    const res = await ctx
      .http()
      .post(`/api/organisations/${org.id}/members`)
      .set('authorization', member.auth)
      .send({ email: colleague.user.email })
      .expect(201);
    expect(res.body.map((m: { userId: string }) => m.userId).sort()).toEqual(
      [member.user.id, colleague.user.id].sort(),
    );
    await ctx.http().get(`/api/organisations/${org.id}`).set('authorization', colleague.auth).expect(200);
    await ctx
      .http()
      .post(`/api/organisations/${org.id}/members`)
      .set('authorization', member.auth)
      .send({ email: colleague.user.email })
      .expect(409);
  });

  it('lets staff record bankruptcy flags, and not applicants', async () => {
    const applicant = await ctx.f.user([Role.Applicant]);
    const caseworker = await ctx.f.user([Role.Caseworker]);
    const org = await ctx.f.organisation([applicant]);
    await ctx
      .http()
      .patch(`/api/organisations/${org.id}/register-flags`)
      .set('authorization', applicant.auth)
      .send({ version: 1, bankrupt: true })
      .expect(403);
    const res = await ctx
      .http()
      .patch(`/api/organisations/${org.id}/register-flags`)
      .set('authorization', caseworker.auth)
      .send({ version: 1, bankrupt: true })
      .expect(200);
    expect(res.body).toMatchObject({ bankrupt: true, underLiquidation: false, version: 2 });
    expect((await ctx.f.auditEvents(org.id)).map((e) => e.action)).toEqual([
      'organisation.register_flags_set',
    ]);
  });
});
