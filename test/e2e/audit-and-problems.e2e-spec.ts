import { Role } from '@app/grants';
import { Client } from 'pg';
import { testOwnerDatabaseUrl } from '../support/env';
import { createTestApp, TestContext } from '../support/test-app';

describe('audit trail and problem responses', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  it('refuses UPDATE, DELETE and TRUNCATE on audit events in the database itself, even to the owner', async () => {
    const applicant = await ctx.f.user([Role.Applicant]);
    const res = await ctx
      .http()
      .post('/api/organisations')
      .set('authorization', applicant.auth)
      .set('x-request-id', 'audit-test-123')
      .send(ctx.f.organisationInput())
      .expect(201);
    const [event] = await ctx.db.query('SELECT id, request_id FROM audit_events WHERE entity_id = $1', [
      res.body.id,
    ]);
    expect(event.request_id).toBe('audit-test-123');

    // The application's role has no such privilege (audit-integrity.e2e-spec.ts); the trigger stops the owner too.
    const owner = new Client({ connectionString: testOwnerDatabaseUrl() });
    await owner.connect();
    try {
      await expect(
        owner.query(`UPDATE audit_events SET action = 'tampered' WHERE id = $1`, [event.id]),
      ).rejects.toThrow(/append-only: UPDATE/);
      await expect(owner.query('DELETE FROM audit_events WHERE id = $1', [event.id])).rejects.toThrow(
        /append-only: DELETE/,
      );
      await expect(owner.query('TRUNCATE audit_events')).rejects.toThrow(/append-only: TRUNCATE/);
    } finally {
      await owner.end();
    }
    const [after] = await ctx.db.query('SELECT action FROM audit_events WHERE id = $1', [event.id]);
    expect(after.action).toBe('organisation.registered');
  });

  it('lets the admin read the audit trail of an entity, newest first', async () => {
    const admin = await ctx.f.user([Role.Admin]);
    const applicant = await ctx.f.user([Role.Applicant]);
    const org = await ctx.f.organisation([applicant]);
    await ctx
      .http()
      .patch(`/api/organisations/${org.id}`)
      .set('authorization', applicant.auth)
      .send({ version: 1, name: 'A' })
      .expect(200);
    await ctx
      .http()
      .patch(`/api/organisations/${org.id}`)
      .set('authorization', applicant.auth)
      .send({ version: 2, name: 'B' })
      .expect(200);
    const res = await ctx
      .http()
      .get(`/api/admin/audit-events?entityId=${org.id}`)
      .set('authorization', admin.auth)
      .expect(200);
    expect(res.body.total).toBe(2);
    expect(res.body.items.map((e: { after: { name: string } }) => e.after.name)).toEqual(['B', 'A']);
    expect(res.body.items[0]).toMatchObject({
      actorUserId: applicant.user.id,
      actorRoles: ['applicant'],
      entityType: 'organisation',
    });
  });

  it('puts a request id on every response, keeping a sane one from the caller', async () => {
    const given = await ctx.http().get('/api/health').set('x-request-id', 'my-trace-1');
    expect(given.headers['x-request-id']).toBe('my-trace-1');
    const generated = await ctx.http().get('/api/health').set('x-request-id', 'bad id with spaces');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const problem = await ctx.http().get('/api/nowhere').expect(404);
    expect(problem.body).toMatchObject({
      status: 404,
      type: 'urn:problem:tilskudd:not-found',
      requestId: problem.headers['x-request-id'],
    });
  });

  it('sends security headers', async () => {
    const res = await ctx.http().get('/api/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['strict-transport-security']).toContain('max-age=');
  });

  it('answers malformed JSON and a wrong content type with a 4xx problem, never a 500', async () => {
    const malformed = await ctx
      .http()
      .post('/api/auth/login')
      .set('content-type', 'application/json')
      .send('{"email":')
      .expect(400);
    expect(malformed.body).toMatchObject({ type: 'urn:problem:tilskudd:bad-request', status: 400 });
    const wrongType = await ctx
      .http()
      .post('/api/auth/login')
      .set('content-type', 'text/csv')
      .send('a;b')
      .expect(415);
    expect(wrongType.headers['content-type']).toMatch(/^application\/problem\+json/);
    const notUuid = await ctx.http().get('/api/public/rounds/not-a-uuid').expect(404);
    expect(notUuid.body.detail).toBe('Utlysningen ble ikke funnet.');
  });

  it('serves the OpenAPI document and the docs page', async () => {
    const doc = await ctx.http().get('/api/docs/openapi.json').expect(200);
    expect(doc.body.info.title).toBe('Tilskudd API');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/public/rounds', '/api/organisations']),
    );
    const page = await ctx.http().get('/api/docs').expect(200);
    expect(page.text).toContain('swagger-ui');
  });
});
