import { Role } from '@app/grants';
import { APP_CONFIG, AppConfig } from '@app/platform';
import { createHmac } from 'node:crypto';
import { createTestApp, TestContext } from '../support/test-app';
import { TEST_PASSWORD } from '../support/factories';

/** An HS256 token signed with the API's own secret, carrying exactly these claims. */
function signedWithAppSecret(ctx: TestContext, claims: Record<string, unknown>): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const body = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}`;
  const secret = ctx.app.get<AppConfig>(APP_CONFIG).auth.jwtSecret;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

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
    const forged = ctx.tokens.issue('00000000-0000-4000-8000-000000000000', 1).accessToken;
    await ctx.http().get('/api/me').set('authorization', `Bearer ${forged}`).expect(401);
    const deactivated = await ctx.f.user([Role.Caseworker], { active: false });
    const res = await ctx.http().get('/api/me').set('authorization', deactivated.auth).expect(401);
    expect(res.body.title).toBe('Ikke innlogget');
  });

  it('refuses a correctly signed token that lacks exp, iat, iss, aud, sub or cv, or whose cv is not current', async () => {
    const { user } = await ctx.f.user([Role.Caseworker]);
    const now = Math.floor(Date.now() / 1000);
    const claims = { sub: user.id, iss: 'tilskudd', aud: 'tilskudd-api', iat: now, exp: now + 600, cv: 1 };
    const me = (token: string) => ctx.http().get('/api/me').set('authorization', `Bearer ${token}`);
    await me(signedWithAppSecret(ctx, claims)).expect(200);
    for (const claim of ['exp', 'iat', 'iss', 'aud', 'sub', 'cv'] as const) {
      const { [claim]: _left, ...rest } = claims;
      const res = await me(signedWithAppSecret(ctx, rest)).expect(401);
      expect(res.body).toMatchObject({ type: 'urn:problem:tilskudd:unauthenticated', status: 401 });
    }
    // A token of an earlier credential version (a password since changed) is over.
    await ctx.db.query('UPDATE users SET credential_version = 2 WHERE id = $1', [user.id]);
    await me(signedWithAppSecret(ctx, claims)).expect(401);
    await me(signedWithAppSecret(ctx, { ...claims, cv: 2 })).expect(200);
  });

  it('lets NGO staff register as applicants only, answering 202 alike for a new and a taken address', async () => {
    const email = `ny-${Date.now()}@example.test`;
    const res = await ctx
      .http()
      .post('/api/auth/register')
      .send({ email, name: 'Nina Ny', password: 'a long enough password' })
      .expect(202);
    expect(res.body).toEqual({
      message:
        'Takk! Vi har sendt en e-post til adressen du oppga. Følg instruksjonene i den for å fullføre registreringen.',
    });
    const [user] = await ctx.db.query(
      'SELECT id, roles, active, email_confirmed_at, credential_version FROM users WHERE email = $1',
      [email],
    );
    expect(user).toMatchObject({
      roles: ['applicant'],
      active: true,
      email_confirmed_at: null,
      credential_version: 1,
    });
    const events = await ctx.f.auditEvents(user.id);
    expect(events.map((e) => e.action)).toEqual(['user.registered']);
    expect(JSON.stringify(events[0].after)).not.toMatch(/password|argon/i);
    // Not confirmed yet: the right password is refused, saying why; a wrong one gets the usual 401.
    const unconfirmed = await ctx
      .http()
      .post('/api/auth/login')
      .send({ email, password: 'a long enough password' })
      .expect(403);
    expect(unconfirmed.body.detail).toMatch(/^E-postadressen er ikke bekreftet ennå\./);
    await ctx.http().post('/api/auth/login').send({ email, password: 'a wrong long password' }).expect(401);

    // The taken address (in capitals): the same answer, no second account, the first password unchanged.
    const taken = await ctx
      .http()
      .post('/api/auth/register')
      .send({ email: email.toUpperCase(), name: 'X', password: 'another long password' })
      .expect(202);
    expect(taken.body).toEqual(res.body);
    const rows = await ctx.db.query('SELECT password_hash FROM users WHERE email = $1', [email]);
    expect(rows).toHaveLength(1);
    expect((await ctx.f.auditEvents(user.id)).map((e) => e.action)).toEqual([
      'user.registered',
      'user.registration_attempted',
    ]);

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

  it('refuses a weak password at registration with 422 naming the field and why, and creates nothing', async () => {
    // A new address each time: registrations are limited per address (three a day), weak passwords included.
    const emails = [0, 1, 2, 3].map((i) => `svak-${i}-${Date.now()}@example.test`);
    const passwords = ['            ', 'aaaaaaaaaaaa', 'Passord12345', emails[3]];
    for (const [i, password] of passwords.entries()) {
      const email = emails[i];
      const res = await ctx
        .http()
        .post('/api/auth/register')
        .send({ email, name: 'Svein Svak', password })
        .expect(422);
      expect(res.body.errors).toEqual([
        {
          field: 'password',
          rule: 'weakPassword',
          message: expect.stringMatching(/^Passordet er for lett å gjette\./),
        },
      ]);
    }
    expect(await ctx.db.query('SELECT 1 FROM users WHERE email = ANY($1)', [emails])).toHaveLength(0);
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
