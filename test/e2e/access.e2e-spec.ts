import { ALL_ROLES, Role } from '@app/grants';
import { createTestApp, TestContext } from '../support/test-app';
import { TestUser } from '../support/factories';

type Method = 'get' | 'post' | 'patch';
type Who = Role | 'anonymous';

/**
 * Each role's access to each endpoint of the foundation. Writes are sent with an empty body:
 * a role that may not call the endpoint gets 403 (or 401) before validation; a role that may gets 400
 * from validation, which proves it passed authorisation without changing anything.
 */
describe('role access to every endpoint', () => {
  let ctx: TestContext;
  const users = new Map<Role, TestUser>();
  let roundId: string;
  let organisationId: string;
  let userId: string;
  let schemeId: string;

  beforeAll(async () => {
    ctx = await createTestApp();
    for (const role of ALL_ROLES) users.set(role, await ctx.f.user([role]));
    const round = await ctx.f.round();
    roundId = round.id;
    schemeId = round.schemeId;
    organisationId = (await ctx.f.organisation([])).id;
    userId = users.get(Role.Applicant)!.user.id;
  });
  afterAll(() => ctx.close());

  const staffRead = {
    anonymous: 401,
    applicant: 403,
    caseworker: 200,
    approver: 200,
    finance: 200,
    admin: 200,
  };
  const adminOnlyRead = {
    anonymous: 401,
    applicant: 403,
    caseworker: 403,
    approver: 403,
    finance: 403,
    admin: 200,
  };
  const adminOnlyWrite = {
    anonymous: 401,
    applicant: 403,
    caseworker: 403,
    approver: 403,
    finance: 403,
    admin: 400,
  };
  const everyoneLoggedIn = {
    anonymous: 401,
    applicant: 200,
    caseworker: 200,
    approver: 200,
    finance: 200,
    admin: 200,
  };
  const paymentRead = { ...adminOnlyRead, approver: 200, finance: 200 };
  const financeWrite = { ...adminOnlyWrite, admin: 403, finance: 400 };
  const open = { anonymous: 200, applicant: 200, caseworker: 200, approver: 200, finance: 200, admin: 200 };

  const matrix: [Method, () => string, Record<Who, number>][] = [
    ['get', () => '/api/health', open],
    ['get', () => '/api/public/rounds', open],
    ['get', () => `/api/public/rounds/${roundId}`, open],
    ['get', () => '/api/me', everyoneLoggedIn],
    ['get', () => '/api/organisations', everyoneLoggedIn],
    // Applicants who are not members get 404 (existence is not revealed); staff read any organisation.
    ['get', () => `/api/organisations/${organisationId}`, { ...staffRead, applicant: 404 }],
    [
      'post',
      () => '/api/organisations',
      { anonymous: 401, applicant: 400, caseworker: 403, approver: 403, finance: 403, admin: 403 },
    ],
    [
      'patch',
      () => `/api/organisations/${organisationId}/register-flags`,
      { anonymous: 401, applicant: 403, caseworker: 400, approver: 403, finance: 403, admin: 400 },
    ],
    ['get', () => '/api/schemes', staffRead],
    ['get', () => `/api/schemes/${schemeId}`, staffRead],
    ['post', () => '/api/schemes', adminOnlyWrite],
    ['patch', () => `/api/schemes/${schemeId}`, adminOnlyWrite],
    ['get', () => '/api/rounds', staffRead],
    ['get', () => `/api/rounds/${roundId}`, staffRead],
    ['post', () => '/api/rounds', adminOnlyWrite],
    ['patch', () => `/api/rounds/${roundId}`, adminOnlyWrite],
    ['post', () => `/api/rounds/${roundId}/publish`, adminOnlyWrite],
    ['post', () => `/api/rounds/${roundId}/close`, adminOnlyWrite],
    ['get', () => '/api/admin/users', adminOnlyRead],
    ['get', () => `/api/admin/users/${userId}`, adminOnlyRead],
    ['post', () => '/api/admin/users', adminOnlyWrite],
    ['patch', () => `/api/admin/users/${userId}`, adminOnlyWrite],
    ['get', () => '/api/admin/audit-events', adminOnlyRead],
    ['get', () => `/api/statistics/rounds/${roundId}`, staffRead],
    ['get', () => '/api/statistics/years', staffRead],
    ['get', () => '/api/reports', staffRead],
    ['post', () => `/api/repayment-claims/${organisationId}/repayments`, financeWrite],
    // The round is open, not decided: the public award list answers 409 to everyone.
    [
      'get',
      () => `/api/public/rounds/${roundId}/awards`,
      { ...open, anonymous: 409, applicant: 409, caseworker: 409, approver: 409, finance: 409, admin: 409 },
    ],
    [
      'post',
      () => `/api/rounds/${roundId}/decide`,
      { anonymous: 401, applicant: 403, caseworker: 403, approver: 400, finance: 403, admin: 400 },
    ],
    [
      'post',
      () => `/api/applications/${roundId}/report/review`,
      { anonymous: 401, applicant: 403, caseworker: 400, approver: 403, finance: 403, admin: 403 },
    ],
    // Payments: finance acts; finance, approvers and admins read (DOMAIN.md §3).
    ['get', () => '/api/disbursements', paymentRead],
    ['get', () => '/api/payment-batches', paymentRead],
    ['get', () => '/api/budget-ledger?year=2027', paymentRead],
    ['post', () => '/api/payment-batches', financeWrite],
    ['post', () => `/api/disbursements/${organisationId}/attestation`, financeWrite],
    ['post', () => `/api/disbursements/${organisationId}/paid`, financeWrite],
    ['post', () => `/api/disbursements/${organisationId}/extra-control`, { ...financeWrite, approver: 400 }],
    ['post', () => `/api/payment-batches/${organisationId}/paid`, financeWrite],
    ['post', () => `/api/payment-batches/${organisationId}/cancellation`, financeWrite],
    [
      'post',
      () => `/api/organisations/${organisationId}/bank-account/verification`,
      { anonymous: 401, applicant: 403, caseworker: 400, approver: 403, finance: 400, admin: 400 },
    ],
  ];

  for (const [method, path, expected] of matrix) {
    // "() => `/api/rounds/${roundId}`" → "/api/rounds/:roundId"
    const label = path
      .toString()
      .replace(/^[^`']*[`'](.*)[`'][^`']*$/s, '$1')
      .replace(/\$\{(\w+)\}/g, ':$1');
    for (const who of ['anonymous', ...ALL_ROLES] as Who[]) {
      it(`${method.toUpperCase()} ${label} as ${who} → ${expected[who]}`, async () => {
        let request = ctx.http()[method](path());
        if (who !== 'anonymous') request = request.set('authorization', users.get(who)!.auth);
        if (method !== 'get') request = request.send({});
        const res = await request;
        expect({ who, status: res.status }).toEqual({ who, status: expected[who] });
        if (res.status >= 400) expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      });
    }
  }

  it('lets an admin manage users and roles, audited, but not remove their own admin role', async () => {
    const admin = users.get(Role.Admin)!;
    const created = await ctx
      .http()
      .post('/api/admin/users')
      .set('authorization', admin.auth)
      .send({
        email: `ny-sb-${Date.now()}@sfk.test`,
        name: 'Ny Saksbehandler',
        password: 'a long enough password',
        roles: ['caseworker'],
      })
      .expect(201);
    const updated = await ctx
      .http()
      .patch(`/api/admin/users/${created.body.id}`)
      .set('authorization', admin.auth)
      .send({ version: 1, roles: ['caseworker', 'approver'] })
      .expect(200);
    expect(updated.body).toMatchObject({ roles: ['caseworker', 'approver'], version: 2 });
    const events = await ctx.f.auditEvents(created.body.id);
    expect(events.map((e) => e.action)).toEqual(['user.created', 'user.updated']);
    expect(events[1]).toMatchObject({
      actor_user_id: admin.user.id,
      before: expect.objectContaining({ roles: ['caseworker'] }),
    });

    // The new role takes effect at once: roles are read from the database on every request.
    const token = ctx.tokens.issue(created.body.id, 1).accessToken;
    await ctx.http().get('/api/rounds').set('authorization', `Bearer ${token}`).expect(200);
    await ctx
      .http()
      .patch(`/api/admin/users/${created.body.id}`)
      .set('authorization', admin.auth)
      .send({ version: 2, active: false })
      .expect(200);
    await ctx.http().get('/api/rounds').set('authorization', `Bearer ${token}`).expect(401);

    const self = await ctx
      .http()
      .patch(`/api/admin/users/${admin.user.id}`)
      .set('authorization', admin.auth)
      .send({ version: admin.user.version, roles: ['caseworker'] })
      .expect(422);
    expect(self.body.errors).toEqual([expect.objectContaining({ field: 'roles', rule: 'selfAdmin' })]);

    const list = await ctx
      .http()
      .get('/api/admin/users?role=caseworker&limit=5')
      .set('authorization', admin.auth)
      .expect(200);
    expect(list.body.limit).toBe(5);
    expect(list.body.items.every((u: { roles: string[] }) => u.roles.includes('caseworker'))).toBe(true);
    expect(list.body.items.every((u: object) => !('passwordHash' in u))).toBe(true);
  });
});
