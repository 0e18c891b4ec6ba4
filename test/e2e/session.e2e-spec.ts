import { Role } from '@app/grants';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { withEnv } from '../support/env';
import { TEST_PASSWORD, TestUser } from '../support/factories';
import { createTestApp, TestContext } from '../support/test-app';

const COOKIE = 'tilskudd_session';
const NEW_PASSWORD = 'et helt nytt og langt passord';
const MINUTE = 60_000;
const PROBLEM = /^application\/problem\+json/;
const WEB_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

/** The session cookie a response sets (name=value), and the whole Set-Cookie line. */
function setCookie(res: Response): { cookie: string; line: string } | undefined {
  const lines = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const line = lines.find((l) => l.startsWith(`${COOKIE}=`));
  return line ? { cookie: line.split(';')[0], line } : undefined;
}

describe('browser sessions, CSRF and the web application on the same origin', () => {
  let ctx: TestContext;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'tilskudd-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(
      join(webRoot, 'index.html'),
      '<!doctype html><html lang="nb"><head><script type="module" src="/assets/app-3f2a1b.js"></script></head>' +
        '<body><div id="root"></div></body></html>',
    );
    writeFileSync(join(webRoot, 'assets', 'app-3f2a1b.js'), 'console.log("Tilskudd");');
    writeFileSync(join(webRoot, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(webRoot, '.env'), 'SECRET=1');
    ctx = await withEnv({ WEB_ROOT: webRoot }, () => createTestApp());
  });
  afterAll(async () => {
    await ctx.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  const login = (email: string, password = TEST_PASSWORD) =>
    ctx.http().post('/api/session').send({ email, password });

  /** Logs the user in; the cookie and the CSRF token. */
  async function browser(user: TestUser): Promise<{ cookie: string; csrf: string; body: Response['body'] }> {
    const res = await login(user.user.email).expect(201);
    return { cookie: setCookie(res)!.cookie, csrf: res.body.csrfToken, body: res.body };
  }

  const me = (cookie: string) => ctx.http().get('/api/me').set('cookie', cookie);
  const newOrganisation = (cookie: string) =>
    ctx.http().post('/api/organisations').set('cookie', cookie).send(ctx.f.organisationInput());

  describe('logging in', () => {
    it('sets an HttpOnly SameSite=Lax cookie for a session stored only as a hash, and answers who is logged in', async () => {
      const applicant = await ctx.f.user([Role.Applicant]);
      const organisation = await ctx.f.organisation([applicant]);
      const now = ctx.clock.now();
      const res = await login(applicant.user.email.toUpperCase())
        .set('user-agent', 'Testnettleser/1.0')
        .expect(201);

      const { cookie, line } = setCookie(res)!;
      const attributes = line.split(';').map((a) => a.trim());
      expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/']));
      expect(attributes).not.toContain('Secure'); // plain http outside production
      expect(attributes.some((a) => /^(Max-Age|Expires|Domain)=/i.test(a))).toBe(false);
      const value = cookie.slice(COOKIE.length + 1);
      expect(value).toMatch(/^[A-Za-z0-9_-]{43}$/);

      expect(res.body).toEqual({
        user: {
          id: applicant.user.id,
          name: applicant.user.name,
          email: applicant.user.email,
          roles: ['applicant'],
          active: true,
          version: 1,
          createdAt: applicant.user.createdAt.toISOString(),
          organisations: [
            {
              id: organisation.id,
              name: organisation.name,
              organisationNumber: organisation.organisationNumber,
            },
          ],
        },
        csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
        idleExpiresAt: new Date(now.getTime() + 30 * MINUTE).toISOString(),
        absoluteExpiresAt: new Date(now.getTime() + 12 * 60 * MINUTE).toISOString(),
        authMethod: 'password',
      });
      expect(res.headers['cache-control']).toBe('no-store');

      const [row] = await ctx.db.query(
        'SELECT token_hash, user_id, credential_version, auth_method, client FROM sessions WHERE user_id = $1',
        [applicant.user.id],
      );
      expect(row).toEqual({
        token_hash: createHash('sha256').update(Buffer.from(value, 'base64url')).digest(),
        user_id: applicant.user.id,
        credential_version: 1,
        auth_method: 'password',
        client: { address: expect.stringMatching(/127\.0\.0\.1/), userAgent: 'Testnettleser/1.0' },
      });
      const [{ found }] = await ctx.db.query(
        `SELECT count(*)::int AS found FROM sessions WHERE encode(token_hash, 'escape') LIKE $1 OR csrf_token = $2`,
        [`%${value}%`, value],
      );
      expect(found).toBe(0);

      const current = await ctx.http().get('/api/session').set('cookie', cookie).expect(200);
      expect(current.body).toEqual(res.body);
      await me(cookie).expect(200);
    });

    it('refuses a wrong password as POST /api/auth/login does, sets no cookie, and shares its throttle', async () => {
      const { user } = await ctx.f.user([Role.Applicant]);
      const wrong = await login(user.email, 'not the password at all').expect(401);
      expect(setCookie(wrong)).toBeUndefined();
      expect(wrong.body).toMatchObject({
        type: 'urn:problem:tilskudd:unauthenticated',
        detail: 'Feil e-postadresse eller passord.',
      });
      for (let i = 0; i < 4; i++) {
        await ctx
          .http()
          .post('/api/auth/login')
          .send({ email: user.email, password: `wrong-${i}-password` })
          .expect(401);
      }
      // Five failures in all, through either door: this client is held back for the account, in both.
      const held = await login(user.email).expect(429);
      expect(held.headers['retry-after']).toMatch(/^\d+$/);
      await ctx
        .http()
        .post('/api/auth/login')
        .send({ email: user.email, password: TEST_PASSWORD })
        .expect(429);
    });

    it('refuses a login posted from another site', async () => {
      const { user } = await ctx.f.user([Role.Applicant]);
      const res = await login(user.email).set('origin', 'https://evil.example').expect(403);
      expect(res.body).toMatchObject({ type: 'urn:problem:tilskudd:csrf', title: 'Forespørselen er avvist' });
      expect(setCookie(res)).toBeUndefined();
    });

    it('answers GET /api/session 401 without a session, and for a cookie it does not know', async () => {
      const none = await ctx.http().get('/api/session').expect(401);
      expect(none.headers['content-type']).toMatch(PROBLEM);
      expect(none.body).toMatchObject({
        type: 'urn:problem:tilskudd:unauthenticated',
        detail: 'Du er ikke logget inn.',
      });
      const unknown = await ctx
        .http()
        .get('/api/session')
        .set('cookie', `${COOKIE}=${'x'.repeat(43)}`)
        .expect(401);
      expect(unknown.body.type).toBe('urn:problem:tilskudd:unauthenticated');
      await me(`${COOKIE}=nonsense`).expect(401);
    });
  });

  describe('using the session', () => {
    it('needs the CSRF token and our own origin for a change made with the cookie, not for a read', async () => {
      const user = await ctx.f.user([Role.Applicant]);
      const { cookie, csrf } = await browser(user);

      const missing = await newOrganisation(cookie).expect(403);
      expect(missing.headers['content-type']).toMatch(PROBLEM);
      expect(missing.body).toMatchObject({
        type: 'urn:problem:tilskudd:csrf',
        status: 403,
        detail: 'Forespørselen mangler gyldig CSRF-token (X-CSRF-Token). Last siden på nytt og prøv igjen.',
      });
      await newOrganisation(cookie).set('x-csrf-token', 'x'.repeat(43)).expect(403);
      const foreign = await newOrganisation(cookie)
        .set('x-csrf-token', csrf)
        .set('origin', 'https://evil.example')
        .expect(403);
      expect(foreign.body.detail).toBe('Forespørselen kom fra et annet nettsted og er avvist.');
      await newOrganisation(cookie).set('x-csrf-token', csrf).set('sec-fetch-site', 'cross-site').expect(403);
      expect(await ctx.db.query('SELECT 1 FROM memberships WHERE user_id = $1', [user.user.id])).toEqual([]);

      const made = await newOrganisation(cookie)
        .set('x-csrf-token', csrf)
        .set('origin', 'http://127.0.0.1:3000') // PUBLIC_BASE_URL
        .set('sec-fetch-site', 'same-origin')
        .expect(201);
      await newOrganisation(cookie).set('x-csrf-token', csrf).expect(201);
      const mine = await me(cookie).expect(200);
      expect(mine.body.organisations.map((o: { id: string }) => o.id)).toContain(made.body.id);
    });

    it('judges a request with a bearer token by the token alone: no CSRF token needed, and a bad token is refused', async () => {
      const user = await ctx.f.user([Role.Applicant]);
      const { cookie } = await browser(user);
      await newOrganisation(cookie).set('authorization', user.auth).expect(201);
      const other = await ctx.f.user([Role.Caseworker]);
      const res = await ctx
        .http()
        .get('/api/me')
        .set('cookie', cookie)
        .set('authorization', other.auth)
        .expect(200);
      expect(res.body.id).toBe(other.user.id);
      await me(cookie).set('authorization', 'Bearer not-a-token').expect(401);
    });

    it('keeps the roles and need-to-know of the user: a role guard refuses the cookie as it refuses the token', async () => {
      const user = await ctx.f.user([Role.Applicant]);
      const { cookie } = await browser(user);
      const res = await ctx.http().get('/api/admin/users').set('cookie', cookie).expect(403);
      expect(res.body.type).toBe('urn:problem:tilskudd:forbidden');
    });
  });

  describe('timeouts', () => {
    it('ends a session nobody used for 30 minutes, and each use moves that end forward', async () => {
      const user = await ctx.f.user([Role.Applicant]);
      const { cookie } = await browser(user);
      ctx.clock.advance(20 * MINUTE);
      await me(cookie).expect(200);
      ctx.clock.advance(20 * MINUTE);
      const current = await ctx.http().get('/api/session').set('cookie', cookie).expect(200);
      expect(current.body.idleExpiresAt).toBe(
        new Date(ctx.clock.now().getTime() + 30 * MINUTE).toISOString(),
      );
      ctx.clock.advance(30 * MINUTE + 1000);

      const ended = await me(cookie).expect(401);
      expect(ended.headers['content-type']).toMatch(PROBLEM);
      expect(ended.body).toMatchObject({
        type: 'urn:problem:tilskudd:session-expired',
        title: 'Økten er utløpt',
        reason: 'idle-timeout',
        detail: 'Du ble logget ut fordi du ikke har vært aktiv på 30 minutter. Logg inn på nytt.',
      });
      const cleared = setCookie(ended)!;
      expect(cleared.cookie).toBe(`${COOKIE}=`);
      expect(cleared.line).toMatch(/Expires=Thu, 01 Jan 1970/);
      const session = await ctx.http().get('/api/session').set('cookie', cookie).expect(401);
      expect(session.body.reason).toBe('idle-timeout');
    });

    it('ends a session 12 hours after the login, however busy', async () => {
      const user = await ctx.f.user([Role.Applicant]);
      const { cookie, body } = await browser(user);
      for (let hour = 0; hour < 12 * 3 - 1; hour++) {
        ctx.clock.advance(20 * MINUTE);
        await me(cookie).expect(200);
      }
      ctx.clock.advance(10 * MINUTE); // 11 h 50 min
      const last = await ctx.http().get('/api/session').set('cookie', cookie).expect(200);
      expect(last.body.idleExpiresAt).toBe(body.absoluteExpiresAt);
      ctx.clock.advance(10 * MINUTE);
      const ended = await me(cookie).expect(401);
      expect(ended.body).toMatchObject({
        type: 'urn:problem:tilskudd:session-expired',
        reason: 'absolute-timeout',
        detail: 'Du ble logget ut fordi det er gått 12 timer siden du logget inn. Logg inn på nytt.',
      });
    });
  });

  describe('logging out and ending sessions', () => {
    it('logs out with the CSRF token only: the session ends on the server and the cookie is cleared', async () => {
      const user = await ctx.f.user([Role.Applicant]);
      const { cookie, csrf } = await browser(user);
      const refused = await ctx.http().delete('/api/session').set('cookie', cookie).expect(403);
      expect(refused.body.type).toBe('urn:problem:tilskudd:csrf');
      await me(cookie).expect(200);

      const out = await ctx
        .http()
        .delete('/api/session')
        .set('cookie', cookie)
        .set('x-csrf-token', csrf)
        .expect(204);
      expect(setCookie(out)!.cookie).toBe(`${COOKIE}=`);
      const [row] = await ctx.db.query('SELECT revoked_at FROM sessions WHERE user_id = $1', [user.user.id]);
      expect(row.revoked_at).toEqual(ctx.clock.now());

      const after = await me(cookie).expect(401);
      expect(after.body).toMatchObject({
        type: 'urn:problem:tilskudd:session-expired',
        reason: 'logged-out',
      });
      await ctx.http().get('/api/session').set('cookie', cookie).expect(401);
      // Logging out again is harmless.
      await ctx.http().delete('/api/session').set('cookie', cookie).expect(204);
    });

    it('ends every session of the user when the password is changed; the browser that changed it goes on under a new cookie', async () => {
      const user = await ctx.f.user([Role.Applicant]);
      const first = await browser(user);
      const second = await browser(user);
      const changed = await ctx
        .http()
        .post('/api/me/password')
        .set('cookie', first.cookie)
        .set('x-csrf-token', first.csrf)
        .send({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD })
        .expect(200);
      const renewed = setCookie(changed)!.cookie;
      expect(renewed).not.toBe(first.cookie);

      for (const old of [first.cookie, second.cookie]) {
        const res = await me(old).expect(401);
        expect(res.body).toMatchObject({
          type: 'urn:problem:tilskudd:session-expired',
          reason: expect.stringMatching(/^(credentials-changed|logged-out)$/),
        });
      }
      expect((await me(second.cookie)).body).toMatchObject({
        reason: 'credentials-changed',
        detail: 'Du ble logget ut fordi passordet eller tilgangen din er endret. Logg inn på nytt.',
      });
      const current = await ctx.http().get('/api/session').set('cookie', renewed).expect(200);
      expect(current.body.csrfToken).not.toBe(first.csrf);
      expect(current.body.absoluteExpiresAt).toBe(first.body.absoluteExpiresAt);

      // A change through a bearer token ends the browser's sessions too.
      await ctx
        .http()
        .post('/api/me/password')
        .set('authorization', changed.body.tokenType + ' ' + changed.body.accessToken)
        .send({ currentPassword: NEW_PASSWORD, newPassword: `${NEW_PASSWORD} igjen` })
        .expect(200);
      expect((await me(renewed).expect(401)).body.reason).toBe('credentials-changed');
    });

    it('ends the sessions of a user an admin deactivates', async () => {
      const admin = await ctx.f.user([Role.Admin]);
      const user = await ctx.f.user([Role.Caseworker]);
      const { cookie } = await browser(user);
      await ctx
        .http()
        .patch(`/api/admin/users/${user.user.id}`)
        .set('authorization', admin.auth)
        .send({ version: 1, active: false })
        .expect(200);
      expect((await me(cookie).expect(401)).body.reason).toBe('credentials-changed');
    });
  });

  describe('the web application', () => {
    it('serves index.html at / and for the app’s own pages, never cached, with a strict policy', async () => {
      for (const path of ['/', '/soknader/123', '/nn/soknader?side=2']) {
        const res = await ctx.http().get(path).set('accept', 'text/html,application/xhtml+xml').expect(200);
        expect(res.headers['content-type']).toMatch(/^text\/html/);
        expect(res.text).toContain('<div id="root"></div>');
        expect(res.headers['cache-control']).toBe('no-cache');
        expect(res.headers['content-security-policy']).toBe(WEB_CSP);
        expect(res.headers['x-content-type-options']).toBe('nosniff');
      }
      const root = await ctx.http().get('/').expect(200);
      expect(root.text).toContain('<div id="root"></div>');
    });

    it('serves hashed assets cached for a year, and other files revalidated', async () => {
      const asset = await ctx.http().get('/assets/app-3f2a1b.js').expect(200);
      expect(asset.headers['content-type']).toMatch(/javascript/);
      expect(asset.text).toBe('console.log("Tilskudd");');
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(asset.headers['content-security-policy']).toBe(WEB_CSP);
      const icon = await ctx.http().get('/favicon.svg').expect(200);
      expect(icon.headers['cache-control']).toBe('no-cache');
      await ctx.http().head('/assets/app-3f2a1b.js').expect(200);
    });

    it('answers a missing file, a hidden file, a path out of the root and an unknown API path with a 404 problem', async () => {
      const paths = [
        '/assets/finnes-ikke.js',
        '/.env',
        '/%2eenv',
        '/assets/..%2f..%2fpackage.json',
        '/api/finnes-ikke',
      ];
      for (const path of paths) {
        const res = await ctx.http().get(path).set('accept', '*/*');
        expect({ path, status: res.status, type: res.headers['content-type'] }).toEqual({
          path,
          status: 404,
          type: expect.stringMatching(PROBLEM),
        });
        expect(res.headers['cache-control']).toBe('no-store');
      }
      // A page of the app is index.html, whatever its name; never the hidden file.
      const page = await ctx.http().get('/.env').set('accept', 'text/html').expect(200);
      expect(page.text).not.toContain('SECRET');
      await ctx.http().get('/assets/finnes-ikke.js').set('accept', 'text/html').expect(404);
      await ctx.http().get('/api/finnes-ikke').set('accept', 'text/html').expect(404);
      const json = await ctx.http().get('/soknader/123').set('accept', 'application/json').expect(404);
      expect(json.body.type).toBe('urn:problem:tilskudd:not-found');
    });

    it('keeps the API’s own headers under /api', async () => {
      const res = await ctx.http().get('/api/health');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['content-security-policy']).not.toBe(WEB_CSP);
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    });

    it('says in Norwegian that the web application is not built when WEB_ROOT has no index.html', async () => {
      renameSync(join(webRoot, 'index.html'), join(webRoot, 'index.html.bak'));
      try {
        const res = await ctx.http().get('/').expect(503);
        expect(res.headers['content-type']).toMatch(/^text\/html/);
        expect(res.text).toContain('Nettsiden er ikke bygget');
        expect(res.text).toContain('npm run build');
        expect(res.headers['cache-control']).toBe('no-store');
        expect(res.headers['content-security-policy']).toBe(WEB_CSP);
        await ctx.http().get('/soknader').set('accept', 'text/html').expect(503);
        await ctx.http().get('/api/health').expect(200);
      } finally {
        renameSync(join(webRoot, 'index.html.bak'), join(webRoot, 'index.html'));
      }
    });
  });
});
