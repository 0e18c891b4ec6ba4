import { Role } from '@app/grants';
import { randomUUID } from 'node:crypto';
import supertest from 'supertest';
import { TestUser } from '../support/factories';
import { OwnRedis, TcpProxy } from '../support/outages';
import { createTestApp, TestContext } from '../support/test-app';

/**
 * Issue 14 §4: when PostgreSQL or Redis is down or does not answer, requests answer 503 with Retry-After and
 * the unavailable problem type within a bounded time — never a 500, never no answer at all.
 */
function expectOutage(res: supertest.Response): void {
  expect(res.status).toBe(503);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  expect(res.body).toMatchObject({
    type: 'urn:problem:tilskudd:unavailable',
    title: 'Tjenesten er midlertidig utilgjengelig',
    status: 503,
  });
}

async function timed(request: () => supertest.Test): Promise<{ res: supertest.Response; ms: number }> {
  const started = Date.now();
  const res = await request();
  return { res, ms: Date.now() - started };
}

/** Runs `body` with the given environment for the app it creates, restoring it afterwards. */
async function withEnv<T>(env: Record<string, string>, body: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    return await body();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

describe('outages answer as outages', () => {
  /** An app whose PostgreSQL is reached through a proxy the test controls. */
  async function appBehindDatabaseProxy(env: Record<string, string> = {}) {
    const target = new URL(process.env.DATABASE_URL!);
    const proxy = await TcpProxy.start(target.hostname, Number(target.port || 5432));
    const url = new URL(target.toString());
    url.port = String(proxy.port);
    const ctx = await withEnv({ DATABASE_URL: url.toString(), ...env }, () => createTestApp());
    const approver = await ctx.f.user([Role.Approver]);
    const applicant = await ctx.f.user([Role.Applicant]);
    return { ctx, proxy, approver, applicant };
  }

  function requests(ctx: TestContext, approver: TestUser, applicant: TestUser) {
    return {
      read: () => ctx.http().get('/api/me').set('authorization', applicant.auth),
      publicRead: () => ctx.http().get('/api/public/rounds'),
      login: () =>
        ctx.http().post('/api/auth/login').send({ email: applicant.user.email, password: 'whatever-it-is' }),
      approval: () =>
        ctx
          .http()
          .post(`/api/rounds/${randomUUID()}/approvals`)
          .set('authorization', approver.auth)
          .send({ items: [{ applicationId: randomUUID(), version: 1 }] }),
    };
  }

  it('answers reads, login and approvals with 503 and Retry-After at once when PostgreSQL refuses connections', async () => {
    const { ctx, proxy, approver, applicant } = await appBehindDatabaseProxy();
    try {
      const calls = requests(ctx, approver, applicant);
      expect((await calls.read()).status).toBe(200);
      await proxy.refuse();
      for (const call of Object.values(calls)) {
        const { res, ms } = await timed(call);
        expectOutage(res);
        expect(ms).toBeLessThan(6000);
      }
    } finally {
      await ctx.close();
    }
  });

  it('answers 503 within the statement and connection timeouts when PostgreSQL stops answering', async () => {
    const { ctx, proxy, approver, applicant } = await appBehindDatabaseProxy({
      DATABASE_STATEMENT_TIMEOUT_MS: '1000',
      DATABASE_CONNECT_TIMEOUT_MS: '1000',
    });
    try {
      const calls = requests(ctx, approver, applicant);
      expect((await calls.read()).status).toBe(200);
      proxy.silence();
      const answers = await Promise.all([calls.read, calls.login, calls.approval].map((call) => timed(call)));
      for (const { res, ms } of answers) {
        expectOutage(res);
        // query_timeout = statement timeout + 5 s: a silent server never cancels anything itself.
        expect(ms).toBeLessThan(9000);
      }
    } finally {
      await proxy.refuse();
      await ctx.close();
    }
  }, 60_000);

  describe('with a Redis of its own', () => {
    let redis: OwnRedis;
    let ctx: TestContext;
    let admin: TestUser;
    beforeAll(async () => {
      redis = await OwnRedis.start();
      ctx = await withEnv({ REDIS_URL: redis.url }, () => createTestApp());
      admin = await ctx.f.user([Role.Admin]);
    });
    afterAll(async () => {
      redis.resume();
      await ctx.close();
      redis.stop();
    });

    it('answers login and the failed-jobs page with 503 within seconds while Redis is paused, and works again after', async () => {
      const login = () =>
        ctx.http().post('/api/auth/login').send({ email: admin.user.email, password: 'not-the-password' });
      const jobs = () => ctx.http().get('/api/admin/jobs').set('authorization', admin.auth);
      expect((await login()).status).toBe(401);
      expect((await jobs()).status).toBe(200);

      redis.pause();
      try {
        const [loginAnswer, jobsAnswer, health] = await Promise.all([
          timed(login),
          timed(jobs),
          timed(() => ctx.http().get('/api/health')),
        ]);
        expectOutage(loginAnswer.res);
        expect(loginAnswer.ms).toBeLessThan(5000);
        expectOutage(jobsAnswer.res);
        expect(jobsAnswer.ms).toBeLessThan(5000);
        expect(health.res.status).toBe(503);
        expect(health.res.body.redis).toMatchObject({ status: 'down', error: 'timeout' });
      } finally {
        redis.resume();
      }
      expect((await login()).status).toBe(401);
      expect((await jobs()).status).toBe(200);
    }, 60_000);
  });

  it('answers the failed-jobs page and login with 503 within seconds when Redis refuses connections', async () => {
    // BullMQ reports each refused connection on the console before any listener can be attached.
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    // Port 1 is closed: connections are refused at once.
    const cut = await withEnv({ REDIS_URL: 'redis://127.0.0.1:1' }, () => createTestApp());
    try {
      const admin = await cut.f.user([Role.Admin]);
      const jobs = await timed(() => cut.http().get('/api/admin/jobs').set('authorization', admin.auth));
      expectOutage(jobs.res);
      expect(jobs.ms).toBeLessThan(5000);
      const login = await timed(() =>
        cut.http().post('/api/auth/login').send({ email: admin.user.email, password: 'x-y-z-w' }),
      );
      expectOutage(login.res);
      expect(login.ms).toBeLessThan(5000);
      // Registration's limits fail closed too: no account is created while they cannot be counted.
      const email = `cut-${randomUUID()}@example.test`;
      const register = await timed(() =>
        cut
          .http()
          .post('/api/auth/register')
          .send({ email, name: 'Kari Kutt', password: 'a long enough password' }),
      );
      expectOutage(register.res);
      expect(register.ms).toBeLessThan(5000);
      expect(await cut.db.query('SELECT 1 FROM users WHERE email = $1', [email])).toEqual([]);
    } finally {
      await cut.close();
      consoleError.mockRestore();
    }
  }, 60_000);
});
