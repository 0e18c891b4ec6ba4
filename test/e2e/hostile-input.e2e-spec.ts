import { Role } from '@app/grants';
import { randomUUID } from 'node:crypto';
import { AddressInfo, connect } from 'node:net';
import { completeContent, completeDraft, upload } from '../support/applications';
import { pdfBytes } from '../support/files';
import { createTestApp, TestContext } from '../support/test-app';

/** Issue 15 §1: input that crashed or stalled the API, and framework errors that were not problem documents. */

const PROBLEM = /^application\/problem\+json/;

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** One HTTP/1.1 request written as bytes (for requests no HTTP client would send), answer read until close. */
function raw(port: number, request: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const done = (): void => {
      const text = Buffer.concat(chunks).toString('utf8');
      const end = text.indexOf('\r\n\r\n');
      if (end < 0) return reject(new Error(`no HTTP answer: ${JSON.stringify(text.slice(0, 200))}`));
      const [statusLine, ...lines] = text.slice(0, end).split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: text.slice(end + 4) });
    };
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('close', done);
    // A server that closes while we still write resets the connection; what it answered is already read.
    socket.on('error', () => undefined);
    socket.write(request);
  });
}

/** Security headers and the request id, which early answers must carry like every other answer. */
function expectCommonHeaders(headers: Record<string, string | string[] | undefined>): void {
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['content-security-policy']).toContain("default-src 'self'");
  expect(headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
}

describe('hostile input (issue 15 §1)', () => {
  let ctx: TestContext;
  let port: number;
  beforeAll(async () => {
    ctx = await createTestApp();
    await ctx.app.listen(0, '127.0.0.1');
    port = (ctx.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(() => ctx.close());

  describe('limits on JSON bodies, checked while parsing', () => {
    const nested = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);
    const login = (extra: string): string => `{"email":"a@example.test","password":"x","extra":${extra}}`;

    it('refuses a deeply nested body on every operation that takes JSON, before authentication', async () => {
      const doc = (await ctx.http().get('/api/docs/openapi.json').expect(200)).body as {
        paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>>;
      };
      const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
        Object.entries(methods)
          .filter(([, op]) => op.requestBody?.content['application/json'])
          .map(([method, op]) => ({ method, path: path.replace(/\{[^}]+\}/g, randomUUID()), op })),
      );
      expect(operations.length).toBeGreaterThanOrEqual(45);
      const body = `{"a":${nested(3000)}}`;
      const answers: string[] = [];
      for (const { method, path } of operations) {
        const res = await ctx
          .http()
          [method as 'post'](path)
          .set('content-type', 'application/json')
          .send(body);
        answers.push(`${method.toUpperCase()} ${path} ${res.status} ${res.body.type}`);
        expect(res.headers['content-type']).toMatch(PROBLEM);
      }
      expect(answers.filter((a) => !a.endsWith(' 400 urn:problem:tilskudd:json-too-complex'))).toEqual([]);
    });

    it('names the depth limit, and lets a body at the limit through to validation', async () => {
      const deep = await ctx
        .http()
        .post('/api/auth/login')
        .set('content-type', 'application/json')
        .send(login(nested(16))) // the root object is level 1: 17 levels
        .expect(400);
      expect(deep.headers['content-type']).toMatch(PROBLEM);
      expect(deep.body).toMatchObject({
        type: 'urn:problem:tilskudd:json-too-complex',
        status: 400,
        limit: 'maxDepth',
        maximum: 16,
        detail: 'JSON-innholdet er nestet i mer enn 16 nivåer (objekter og lister inne i hverandre).',
        requestId: deep.headers['x-request-id'],
      });
      const atLimit = await ctx
        .http()
        .post('/api/auth/login')
        .set('content-type', 'application/json')
        .send(login(nested(15)))
        .expect(400);
      expect(atLimit.body.type).toBe('urn:problem:tilskudd:validation');
      expect(atLimit.body.errors).toEqual([expect.objectContaining({ field: 'extra' })]);
    });

    it('counts keys and list elements together, and not what is inside strings', async () => {
      // 3 keys + 9 997 elements = 10 000: allowed; one more is not.
      const atLimit = await ctx
        .http()
        .post('/api/auth/login')
        .set('content-type', 'application/json')
        .send(login(`[${Array(9997).fill('0').join(',')}]`))
        .expect(400);
      expect(atLimit.body.type).toBe('urn:problem:tilskudd:validation');
      const tooMany = await ctx
        .http()
        .post('/api/auth/login')
        .set('content-type', 'application/json')
        .send(login(`[${Array(9998).fill('{}').join(', ')}]`))
        .expect(400);
      expect(tooMany.body).toMatchObject({
        type: 'urn:problem:tilskudd:json-too-complex',
        limit: 'maxItems',
        maximum: 10000,
        detail: 'JSON-innholdet har mer enn 10 000 felt og listeelementer til sammen.',
      });
      // Brackets, commas, colons and escaped quotes inside a string are text, not structure.
      const text = `"\\"${'[{,:'.repeat(20000)}\\\\"`;
      const inString = await ctx
        .http()
        .post('/api/auth/login')
        .set('content-type', 'application/json')
        .send(`{"email":"a@example.test","password":${text}}`)
        .expect(400);
      expect(inString.body.errors).toEqual([
        expect.objectContaining({ field: 'password', rule: 'maxLength' }),
      ]);
    });
  });

  describe('characters no stored text may hold', () => {
    it('refuses NUL in a body field, naming the field, without a token', async () => {
      const res = await ctx
        .http()
        .post('/api/auth/register')
        .send({
          email: `nul-${randomUUID()}@example.test`,
          name: 'Kari\u0000Nordmann',
          password: 'x'.repeat(20),
        })
        .expect(400);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.body.errors).toEqual([
        {
          field: 'name',
          rule: 'forbiddenCharacter',
          message: 'Inneholder tegnet U+0000 (NUL), som ikke kan lagres.',
        },
      ]);
    });

    it('names the path of a nested field (a budget line) and stores nothing', async () => {
      const member = await ctx.f.user();
      const organisation = await ctx.f.organisation([member]);
      const round = await ctx.f.round();
      const content = completeContent();
      const lines = content.budgetLines as { description: string }[];
      lines[1].description = 'Husleie\u0000';
      const res = await ctx
        .http()
        .post('/api/applications')
        .set('authorization', member.auth)
        .send({ ...content, roundId: round.id, organisationId: organisation.id })
        .expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'budgetLines[1].description' })]);
      const [{ count }] = await ctx.db.query(
        'SELECT count(*)::int AS count FROM applications WHERE organisation_id = $1',
        [organisation.id],
      );
      expect(count).toBe(0);
    });

    it('refuses NUL in a query string (q=) and in a path parameter', async () => {
      const member = await ctx.f.user();
      const search = await ctx
        .http()
        .get('/api/applications?q=Botilbud%00')
        .set('authorization', member.auth)
        .expect(400);
      expect(search.headers['content-type']).toMatch(PROBLEM);
      expect(search.body.errors).toEqual([
        expect.objectContaining({ field: 'q', rule: 'forbiddenCharacter' }),
      ]);
      const anonymous = await ctx.http().get('/api/public/rounds?limit=1%00').expect(400);
      expect(anonymous.body.errors).toEqual([expect.objectContaining({ field: 'limit' })]);
      const param = await ctx
        .http()
        .get('/api/applications/abc%00def')
        .set('authorization', member.auth)
        .expect(400);
      expect(param.body.errors).toEqual([
        expect.objectContaining({ field: 'id', rule: 'forbiddenCharacter' }),
      ]);
    });

    it('refuses NUL in a multipart text field (exemption reason) and stores no attachment', async () => {
      const { member, id } = await completeDraft(ctx);
      const res = await ctx
        .http()
        .post(`/api/applications/${id}/attachments`)
        .set('authorization', member.auth)
        .field('kind', 'other')
        .field('exemptFromPublic', 'true')
        .field('exemptionBasis', 'offentleglova § 13\u0000')
        .attach('file', pdfBytes(), 'x.pdf')
        .expect(400);
      expect(res.body.errors).toEqual([
        expect.objectContaining({ field: 'exemptionBasis', rule: 'forbiddenCharacter' }),
      ]);
      const [{ count }] = await ctx.db.query(
        'SELECT count(*)::int AS count FROM application_attachments WHERE application_id = $1',
        [id],
      );
      expect(count).toBe(2);
    });

    it('refuses other control characters and broken Unicode, and keeps tabs and line breaks', async () => {
      const applicant = await ctx.f.user([Role.Applicant]);
      const bell = await ctx
        .http()
        .post('/api/organisations')
        .set('authorization', applicant.auth)
        .send(ctx.f.organisationInput({ name: 'Forening\u0007' }))
        .expect(400);
      expect(bell.body.errors).toEqual([
        {
          field: 'name',
          rule: 'forbiddenCharacter',
          message: 'Inneholder kontrolltegnet U+0007, som ikke er tillatt i tekst.',
        },
      ]);
      const surrogate = await ctx
        .http()
        .post('/api/organisations')
        .set('authorization', applicant.auth)
        .send(ctx.f.organisationInput({ name: 'Forening \ud800' }))
        .expect(400);
      expect(surrogate.body.errors).toEqual([
        {
          field: 'name',
          rule: 'forbiddenCharacter',
          message: 'Er ikke gyldig Unicode (et enslig surrogat, U+D800).',
        },
      ]);
      const { member, id, version } = await completeDraft(ctx);
      const kept = await ctx
        .http()
        .patch(`/api/applications/${id}`)
        .set('authorization', member.auth)
        .send({ version, summary: 'Første linje.\r\nAndre linje:\tmed tabulator. 😀' })
        .expect(200);
      expect(kept.body.summary).toBe('Første linje.\r\nAndre linje:\tmed tabulator. 😀');
    });

    it('removes bidi controls and control characters from an uploaded file name', async () => {
      const { member, id } = await completeDraft(ctx);
      const res = await upload(ctx, member, id, 'other', pdfBytes(), 'faktura\u202Efdp.exe\u2066.pdf').expect(
        201,
      );
      expect(res.body.fileName).toBe('fakturafdp.exe.pdf');
      const [row] = await ctx.db.query('SELECT file_name FROM application_attachments WHERE id = $1', [
        res.body.id,
      ]);
      expect(row.file_name).toBe('fakturafdp.exe.pdf');
    });
  });

  describe('errors before the application runs are problem documents that echo nothing long', () => {
    const long = 'a'.repeat(10_000);

    it('answers a path parameter of 10 kB with 414', async () => {
      const res = await ctx.http().get(`/api/applications/${long}`).expect(414);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expectCommonHeaders(res.headers);
      expect(res.body).toMatchObject({
        status: 414,
        type: 'urn:problem:tilskudd:uri-too-long',
        title: 'Adressen er for lang',
      });
      expect(res.text).not.toContain('a'.repeat(100));
    });

    it('answers any URL longer than 4 096 characters with 414, and an unknown route with a Norwegian 404', async () => {
      const res = await ctx
        .http()
        .get(`/api/${long.slice(0, 3000)}?q=${long.slice(0, 3000)}`)
        .expect(414);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expectCommonHeaders(res.headers);
      expect(res.text).not.toContain('a'.repeat(100));
      const unknown = await ctx
        .http()
        .get(`/api/finnes-ikke-${'b'.repeat(300)}`)
        .expect(404);
      expect(unknown.headers['content-type']).toMatch(PROBLEM);
      expect(unknown.body).toMatchObject({
        type: 'urn:problem:tilskudd:not-found',
        title: 'Ikke funnet',
        detail: 'Det finnes ingen slik adresse i API-et. Se dokumentasjonen på /api/docs.',
      });
      expect(unknown.text).not.toContain('b'.repeat(100));
      expect(unknown.text).not.toContain('Cannot');
    });

    it('answers request headers over 16 kB with a 431 problem from the HTTP parser', async () => {
      const res = await raw(
        port,
        `GET /api/health HTTP/1.1\r\nHost: x\r\nX-Filler: ${'c'.repeat(20_000)}\r\n\r\n`,
      );
      expect(res.status).toBe(431);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expectCommonHeaders(res.headers);
      expect(JSON.parse(res.body)).toMatchObject({
        type: 'urn:problem:tilskudd:header-fields-too-large',
        status: 431,
        title: 'For store topptekster (headers)',
        requestId: res.headers['x-request-id'],
      });
      expect(res.body).not.toContain('ccc');
      const longLine = await raw(port, `GET /api/${'d'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
      expect(longLine.status).toBe(431);
      expect(longLine.body).not.toContain('ddd');
    });

    it('answers a request the HTTP parser cannot read with a 400 problem', async () => {
      const res = await raw(
        port,
        `GET /api/health HTTP/1.1\r\nHost: x\r\nBad Header${'e'.repeat(500)}\r\n\r\n`,
      );
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expectCommonHeaders(res.headers);
      expect(JSON.parse(res.body)).toMatchObject({ type: 'urn:problem:tilskudd:bad-request', status: 400 });
      expect(res.body).not.toContain('eee');
    });

    it('answers an unknown expectation with a 417 problem', async () => {
      const res = await raw(
        port,
        `GET /api/health HTTP/1.1\r\nHost: x\r\nExpect: ${'f'.repeat(300)}\r\nConnection: close\r\n\r\n`,
      );
      expect(res.status).toBe(417);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expectCommonHeaders(res.headers);
      expect(res.body).not.toContain('fff');
    });

    it('answers a malformed URL escape with a 400 problem that does not echo the URL', async () => {
      const res = await ctx
        .http()
        .get(`/api/applications/%E0%A4%A${'g'.repeat(50)}`)
        .expect(400);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expectCommonHeaders(res.headers);
      expect(res.body).toMatchObject({ type: 'urn:problem:tilskudd:bad-request', status: 400 });
      expect(res.text).not.toContain('ggg');
    });

    it('answers bad bodies in Norwegian without echoing them', async () => {
      const cases: {
        send: () => Promise<{ status: number; text: string; headers: Record<string, string> }>;
        status: number;
        detail: string;
      }[] = [
        {
          send: () =>
            ctx
              .http()
              .post('/api/auth/login')
              .set('content-type', 'application/json')
              .send(`{"email":"${long}`),
          status: 400,
          detail: 'Innholdet er ikke gyldig JSON.',
        },
        {
          send: () => ctx.http().post('/api/auth/login').set('content-type', 'application/json').send(''),
          status: 400,
          detail: 'Innholdstypen er application/json, men forespørselen har ikke noe innhold.',
        },
        {
          send: () =>
            ctx
              .http()
              .post('/api/auth/login')
              .set('content-type', 'application/json')
              .send(`{"__proto__":{"x":"${long}"}}`),
          status: 400,
          detail: 'Innholdet er ikke gyldig JSON.',
        },
        {
          send: () =>
            ctx.http().post('/api/auth/login').set('content-type', `application/x-${long}`).send('x'),
          status: 415,
          detail: 'Innholdstypen støttes ikke. Send application/json (eller multipart/form-data for filer).',
        },
        {
          send: () =>
            ctx
              .http()
              .post('/api/auth/login')
              .set('content-type', 'application/json')
              .send(`{"email":"${'a'.repeat(1024 * 1024)}"}`),
          status: 413,
          detail: 'Forespørselen er større enn 1 MB.',
        },
      ];
      for (const c of cases) {
        const res = await c.send();
        expect({ status: res.status, type: res.headers['content-type'] }).toEqual({
          status: c.status,
          type: expect.stringMatching(PROBLEM),
        });
        expect(JSON.parse(res.text).detail).toBe(c.detail);
        expect(res.text).not.toContain('a'.repeat(100));
      }
    });

    it('does not echo a long unknown field name', async () => {
      const res = await ctx
        .http()
        .post('/api/auth/login')
        .send({ email: 'a@example.test', password: 'x', [long]: 1 })
        .expect(400);
      expect(res.body.errors).toEqual([
        expect.objectContaining({ field: `${'a'.repeat(60)}…`, rule: 'whitelistValidation' }),
      ]);
      expect(res.text).not.toContain('a'.repeat(100));
    });
  });
});
