import { createTestApp, TestContext } from '../support/test-app';

/**
 * API_DOCS: the Swagger UI and the OpenAPI document at /api/docs are a setting — public in development and test,
 * off by default in production. Off, both answer 404 like any unknown path; the API itself is unchanged.
 */
describe.each([
  ['public', 200],
  ['off', 404],
] as const)('API_DOCS=%s', (setting, status) => {
  let ctx: TestContext;
  const saved = process.env.API_DOCS;

  beforeAll(async () => {
    process.env.API_DOCS = setting;
    ctx = await createTestApp();
  });
  afterAll(async () => {
    await ctx.close();
    if (saved === undefined) delete process.env.API_DOCS;
    else process.env.API_DOCS = saved;
  });

  it(`answers ${status} for the docs page and the OpenAPI document`, async () => {
    const document = await ctx.http().get('/api/docs/openapi.json').expect(status);
    const page = await ctx.http().get('/api/docs').expect(status);
    if (status === 200) {
      expect(document.body.info.title).toBe('Tilskudd API');
      expect(page.text).toContain('swagger-ui');
    } else {
      for (const res of [document, page]) {
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.body).toMatchObject({ status: 404, type: 'urn:problem:tilskudd:not-found' });
        expect(res.body.paths).toBeUndefined();
      }
    }
    await ctx.http().get('/api/public/rounds').expect(200);
  });

  it('answers GET /api with links to what is served', async () => {
    const index = await ctx.http().get('/api').expect(200);
    expect(index.headers['content-type']).toMatch(/^application\/json/);
    expect(index.body).toEqual({
      name: 'Tilskudd API',
      links:
        status === 200
          ? { docs: '/api/docs', openapi: '/api/docs/openapi.json', health: '/api/health' }
          : { health: '/api/health' },
    });
    // Every link leads somewhere (health may be 503 here: no worker runs beside the test app).
    for (const link of Object.values(index.body.links as Record<string, string>)) {
      expect((await ctx.http().get(link)).status).not.toBe(404);
    }
  });

  if (status === 200) {
    it('keeps the bearer token of the docs page on reload', async () => {
      const init = await ctx.http().get('/api/docs/swagger-ui-init.js').expect(200);
      expect(init.text).toMatch(/"persistAuthorization":\s*true/);
    });
  }
});
