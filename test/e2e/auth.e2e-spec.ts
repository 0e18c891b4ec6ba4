import { Role } from '@app/grants';
import { createTestApp, TestContext } from '../support/test-app';
import { TEST_PASSWORD } from '../support/factories';

describe('authentication', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  it('logs in with the right password and answers /me with roles and organisations', async () => {
    const applicant = await ctx.f.user([Role.Applicant]);
    const organisation = await ctx.f.organisation([applicant]);
    const login = await ctx
      .http()
      .post('/api/auth/login')
      .send({ email: applicant.user.email.toUpperCase(), password: TEST_PASSWORD })
      .expect(200);
    expect(login.body).toEqual({ accessToken: expect.any(String), tokenType: 'Bearer', expiresIn: 3600 });

    const me = await ctx
      .http()
      .get('/api/me')
      .set('authorization', `Bearer ${login.body.accessToken}`)
      .expect(200);
    expect(me.body).toMatchObject({
      id: applicant.user.id,
      email: applicant.user.email,
      roles: ['applicant'],
      organisations: [
        { id: organisation.id, name: organisation.name, organisationNumber: organisation.organisationNumber },
      ],
    });
    expect(me.body).not.toHaveProperty('passwordHash');
  });

  it('refuses a wrong password and an unknown e-mail with the same 401 problem', async () => {
    const { user } = await ctx.f.user([Role.Caseworker]);
    const wrong = await ctx
      .http()
      .post('/api/auth/login')
      .send({ email: user.email, password: 'wrong password!' })
      .expect(401);
    const unknown = await ctx
      .http()
      .post('/api/auth/login')
      .send({ email: 'nobody@example.test', password: 'whatever-12345' })
      .expect(401);
    expect(wrong.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(wrong.body).toMatchObject({
      type: 'urn:problem:tilskudd:unauthenticated',
      status: 401,
      detail: 'Feil e-postadresse eller passord.',
    });
    expect(unknown.body.detail).toBe(wrong.body.detail);
  });

  it('rate-limits repeated failed logins for an account, also with the right password, until the window passes', async () => {
    const { user } = await ctx.f.user([Role.Applicant]);
    for (let i = 0; i < 5; i++) {
      await ctx
        .http()
        .post('/api/auth/login')
        .send({ email: user.email, password: `wrong-${i}-password` })
        .expect(401);
    }
    const limited = await ctx
      .http()
      .post('/api/auth/login')
      .send({ email: user.email, password: TEST_PASSWORD })
      .expect(429);
    expect(limited.body).toMatchObject({ status: 429, type: 'urn:problem:tilskudd:rate-limited' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another account from the same address is not locked out by this one.
    const other = await ctx.f.user([Role.Applicant]);
    await ctx
      .http()
      .post('/api/auth/login')
      .send({ email: other.user.email, password: TEST_PASSWORD })
      .expect(200);
  });

  it('refuses requests without a token, with a forged token, and from a deactivated user', async () => {
    await ctx.http().get('/api/me').expect(401);
    await ctx.http().get('/api/me').set('authorization', 'Bearer not.a.token').expect(401);
    const forged = ctx.tokens.issue('00000000-0000-4000-8000-000000000000').accessToken;
    await ctx.http().get('/api/me').set('authorization', `Bearer ${forged}`).expect(401);
    const deactivated = await ctx.f.user([Role.Caseworker], { active: false });
    const res = await ctx.http().get('/api/me').set('authorization', deactivated.auth).expect(401);
    expect(res.body.title).toBe('Ikke innlogget');
  });

  it('lets NGO staff register themselves as applicants only, and refuses a duplicate e-mail', async () => {
    const email = `ny-${Date.now()}@example.test`;
    const res = await ctx
      .http()
      .post('/api/auth/register')
      .send({ email, name: 'Nina Ny', password: 'a long enough password' })
      .expect(201);
    expect(res.body).toMatchObject({ email, roles: ['applicant'], active: true });
    const events = await ctx.f.auditEvents(res.body.id);
    expect(events.map((e) => e.action)).toEqual(['user.registered']);
    expect(JSON.stringify(events[0].after)).not.toContain('passwordHash');

    const dup = await ctx
      .http()
      .post('/api/auth/register')
      .send({ email: email.toUpperCase(), name: 'X', password: 'another long password' })
      .expect(409);
    expect(dup.body.errors).toEqual([expect.objectContaining({ field: 'email', rule: 'unique' })]);

    const escalate = await ctx
      .http()
      .post('/api/auth/register')
      .send({
        email: `x-${Date.now()}@example.test`,
        name: 'X',
        password: 'a long enough password',
        roles: ['admin'],
      })
      .expect(400);
    expect(escalate.body.errors).toEqual([
      expect.objectContaining({ field: 'roles', rule: 'whitelistValidation' }),
    ]);
  });

  it('refuses a short password naming the field and rule', async () => {
    const res = await ctx
      .http()
      .post('/api/auth/register')
      .send({ email: 'short@example.test', name: 'S', password: 'short' })
      .expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'password', rule: 'minLength' })]);
  });
});
