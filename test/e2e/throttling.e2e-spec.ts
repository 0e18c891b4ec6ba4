import { LoginNoticesService, Role, updateReturning } from '@app/grants';
import { randomInt, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import supertest from 'supertest';
import { LoginNoticeHandlers } from '../../apps/worker/src/accounts/login-notice.handlers';
import { testDatabaseUrl, withEnv } from '../support/env';
import { TEST_PASSWORD } from '../support/factories';
import { SmtpCapture } from '../support/smtp';
import { createTestApp, TestContext } from '../support/test-app';

/**
 * Issue 15 §2: login throttling per account and client, per client and per account; registration and the public
 * export limits; X-Forwarded-For believed only from configured proxies. Real Redis and PostgreSQL, the SMTP catcher.
 *
 * Each app counts in a Redis key space of its own (under the run's prefix, so the global setup clears it), and
 * behind a "proxy" (TRUST_PROXY=loopback: the test is the proxy) each test's clients are addresses of their own:
 * no test sees another's counters, nor the other suites', which all come from 127.0.0.1.
 */
const ownKeySpace = () => `${process.env.QUEUE_PREFIX}:limits-${randomUUID().slice(0, 8)}`;
const newClient = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
const nobody = () => `ingen-${randomUUID()}@example.test`;
const WRONG = 'not the right password';

function login(ctx: TestContext, email: string, password: string, client?: string): supertest.Test {
  const request = ctx.http().post('/api/auth/login');
  if (client) void request.set('x-forwarded-for', client);
  return request.send({ email, password });
}

function register(ctx: TestContext, email: string, client: string): supertest.Test {
  return ctx
    .http()
    .post('/api/auth/register')
    .set('x-forwarded-for', client)
    .send({ email, name: 'Nina Ny', password: 'a long enough password' });
}

/** A 429 problem with Retry-After; returns the seconds it asks the client to wait. */
function expectLimited(res: supertest.Response, detail: RegExp): number {
  expect(res.status).toBe(429);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({
    type: 'urn:problem:tilskudd:rate-limited',
    status: 429,
    title: 'For mange forsøk',
  });
  expect(res.body.detail).toMatch(detail);
  const retryAfter = Number(res.headers['retry-after']);
  expect(retryAfter).toBeGreaterThan(0);
  return retryAfter;
}

async function failTimes(
  ctx: TestContext,
  times: number,
  email: () => string,
  client?: string,
): Promise<void> {
  for (let i = 0; i < times; i++) {
    const res = await login(ctx, email(), WRONG, client);
    expect({ attempt: i + 1, status: res.status }).toEqual({ attempt: i + 1, status: 401 });
  }
}

/**
 * A test seam, not a rule of the system: the login notices of the given users wait in the outbox (not due) until
 * the test sends them, so no worker of another suite sharing the test database sends them to its own SMTP catcher.
 * Made by the superuser in the test database only.
 */
async function holdLoginNotices(userId: string): Promise<void> {
  const admin = new Client({ connectionString: testDatabaseUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE TABLE IF NOT EXISTS test_login_notice_holds (user_id uuid PRIMARY KEY)`);
    await admin.query(`GRANT SELECT ON test_login_notice_holds TO tilskudd_app`);
    await admin.query(`CREATE OR REPLACE FUNCTION test_hold_login_notices() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.topic = 'mail.login_throttled' AND EXISTS (
          SELECT 1 FROM test_login_notice_holds h WHERE h.user_id = (NEW.payload->>'subjectId')::uuid) THEN
          NEW.next_attempt_at := 'infinity';
        END IF;
        RETURN NEW;
      END $$`);
    await admin.query(`DROP TRIGGER IF EXISTS test_hold_login_notices ON outbox_messages`);
    await admin.query(`CREATE TRIGGER test_hold_login_notices BEFORE INSERT ON outbox_messages
      FOR EACH ROW EXECUTE FUNCTION test_hold_login_notices()`);
    await admin.query(`INSERT INTO test_login_notice_holds VALUES ($1) ON CONFLICT DO NOTHING`, [userId]);
  } finally {
    await admin.end();
  }
}

/** What the worker does with the held notices: its job handler, through the real SMTP catcher. */
async function sendLoginNotices(ctx: TestContext, userId: string): Promise<{ kind: string }[]> {
  const rows = await updateReturning<{ id: string; kind: string }>(
    ctx.db,
    `UPDATE outbox_messages SET next_attempt_at = now()
      WHERE topic = 'mail.login_throttled' AND payload->>'subjectId' = $1 AND completed_at IS NULL
      RETURNING id::text, payload->>'kind' AS kind`,
    [userId],
  );
  const handle = new LoginNoticeHandlers(ctx.app.get(LoginNoticesService)).handlers()[
    'mail.login_throttled'
  ]!;
  for (const row of rows) await handle({ outboxId: row.id, userId }, undefined as never);
  const open = await ctx.db.query(
    `SELECT id FROM outbox_messages WHERE topic = 'mail.login_throttled' AND payload->>'subjectId' = $1
        AND completed_at IS NULL`,
    [userId],
  );
  expect(open).toEqual([]);
  return rows.map((r) => ({ kind: r.kind }));
}

describe('login throttling behind a trusted proxy', () => {
  const smtp = new SmtpCapture();
  let ctx: TestContext;

  beforeAll(async () => {
    const smtpUrl = await smtp.start();
    ctx = await withEnv(
      {
        QUEUE_PREFIX: ownKeySpace(),
        TRUST_PROXY: 'loopback',
        SMTP_URL: smtpUrl,
        AUTH_LOGIN_MAX_FAILURES: '5',
        AUTH_LOGIN_LOCK_SECONDS: '900',
        AUTH_LOGIN_CLIENT_LIMIT: '10/86400',
        AUTH_LOGIN_ACCOUNT_LIMIT: '50/86400',
        RATE_LIMIT_PUBLIC_EXPORT_CLIENT: '2/60',
      },
      () => createTestApp(),
    );
  });
  afterAll(async () => {
    await ctx.close();
    await smtp.stop();
  });

  it("holds back the attacker's client, not the owner at her own, and e-mails the owner once per lock window", async () => {
    const owner = await ctx.f.user([Role.Approver]);
    await holdLoginNotices(owner.user.id);
    const [attacker, ownerDesk, attacker2] = [newClient(), newClient(), newClient()];

    await failTimes(ctx, 5, () => owner.user.email, attacker);
    // Held back, even with the right password: the attacker's client cannot go on guessing.
    const held = await login(ctx, owner.user.email, TEST_PASSWORD, attacker);
    const retryAfter = expectLimited(held, /For mange mislykkede innloggingsforsøk/);
    expect(retryAfter).toBeLessThanOrEqual(900);
    expect(held.body).not.toHaveProperty('accessToken');

    // The owner at her own desk logs in as always.
    const own = await login(ctx, owner.user.email, TEST_PASSWORD, ownerDesk).expect(200);
    expect(own.body.accessToken).toEqual(expect.any(String));

    // A second client held back within the same lock window: no second e-mail.
    await failTimes(ctx, 5, () => owner.user.email, attacker2);
    expectLimited(await login(ctx, owner.user.email, WRONG, attacker2), /For mange mislykkede/);
    expectLimited(await login(ctx, owner.user.email, WRONG, attacker), /For mange mislykkede/);

    expect(await sendLoginNotices(ctx, owner.user.id)).toEqual([{ kind: 'locked' }]);
    const mails = smtp.to(owner.user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('Mislykkede innlogginger på kontoen din i Tilskudd');
    expect(mails[0].text).toContain('med feil passord 5 ganger på rad fra samme sted');
    expect(mails[0].text).toContain('stoppet i 15 minutter');
    expect(mails[0].text).not.toContain(attacker);
  });

  it('answers for an e-mail without an account exactly as for one with, so the answers reveal no accounts', async () => {
    const [unknown, known] = [nobody(), (await ctx.f.user()).user.email];
    const answers = async (email: string) => {
      const client = newClient();
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await login(ctx, email, WRONG, client)).status);
      const last = await login(ctx, email, WRONG, client);
      return { statuses, detail: last.body.detail as string };
    };
    const [forUnknown, forKnown] = [await answers(unknown), await answers(known)];
    expect(forUnknown).toEqual(forKnown);
    expect(forKnown.statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('holds back one client address that fails on many accounts, but not another client behind the same proxy', async () => {
    const stuffer = newClient();
    const neighbour = newClient();
    await failTimes(ctx, 10, nobody, stuffer);
    expectLimited(await login(ctx, nobody(), WRONG, stuffer), /fra denne adressen/);
    const user = await ctx.f.user();
    expectLimited(await login(ctx, user.user.email, TEST_PASSWORD, stuffer), /fra denne adressen/);
    // The forwarded address is the client: the neighbour behind the same proxy is counted on its own.
    await login(ctx, nobody(), WRONG, neighbour).expect(401);
    await login(ctx, user.user.email, TEST_PASSWORD, neighbour).expect(200);
  });

  it('lets a client that has logged in to an account before keep doing so when its address is held back', async () => {
    const owner = await ctx.f.user([Role.Finance]);
    const office = newClient();
    await login(ctx, owner.user.email, TEST_PASSWORD, office).expect(200);
    // Someone else at the same address fails on ten accounts: the address is held back for everyone new ...
    await failTimes(ctx, 10, nobody, office);
    const stranger = await ctx.f.user();
    expectLimited(await login(ctx, stranger.user.email, TEST_PASSWORD, office), /fra denne adressen/);
    // ... but not for the account that logged in from it.
    await login(ctx, owner.user.email, TEST_PASSWORD, office).expect(200);
  });

  it('limits the public award list per client address', async () => {
    const [first, second] = [newClient(), newClient()];
    const awards = (client: string) =>
      ctx.http().get(`/api/public/rounds/${randomUUID()}/awards`).set('x-forwarded-for', client);
    await awards(first).expect(404);
    await awards(first).expect(404);
    expectLimited(await awards(first), /For mange forespørsler/);
    await awards(second).expect(404);
  });
});

describe('an account attacked from many addresses is slowed, not locked', () => {
  const smtp = new SmtpCapture();
  let ctx: TestContext;

  beforeAll(async () => {
    const smtpUrl = await smtp.start();
    ctx = await withEnv(
      {
        QUEUE_PREFIX: ownKeySpace(),
        TRUST_PROXY: 'loopback',
        SMTP_URL: smtpUrl,
        AUTH_LOGIN_MAX_FAILURES: '3',
        AUTH_LOGIN_ACCOUNT_LIMIT: '6/86400',
        AUTH_LOGIN_SLOW_SECONDS: '30',
      },
      () => createTestApp(),
    );
  });
  afterAll(async () => {
    await ctx.close();
    await smtp.stop();
  });

  it('lets the approver in from her usual client at once and from a new one after a short wait, and tells her', async () => {
    const approver = await ctx.f.user([Role.Approver]);
    await holdLoginNotices(approver.user.id);
    const desk = newClient();
    await login(ctx, approver.user.email, TEST_PASSWORD, desk).expect(200);

    // Payment day: failures from two addresses reach the account's limit.
    const [bot1, bot2] = [newClient(), newClient()];
    await failTimes(ctx, 3, () => approver.user.email, bot1);
    await failTimes(ctx, 3, () => approver.user.email, bot2);

    // From her usual desk: in at once, every time.
    await login(ctx, approver.user.email, TEST_PASSWORD, desk).expect(200);
    await login(ctx, approver.user.email, TEST_PASSWORD, desk).expect(200);
    // From a laptop never used before: the account takes one attempt at a time from new places ...
    await login(ctx, approver.user.email, TEST_PASSWORD, newClient()).expect(200);
    const slowed = await login(ctx, approver.user.email, TEST_PASSWORD, newClient());
    expect(expectLimited(slowed, /tar bare imot ett forsøk om gangen/)).toBeLessThanOrEqual(30);
    // ... and so do the attackers' new addresses.
    expectLimited(await login(ctx, approver.user.email, WRONG, newClient()), /ett forsøk om gangen/);

    const notices = await sendLoginNotices(ctx, approver.user.id);
    expect(notices.map((n) => n.kind).sort()).toEqual(['locked', 'slowed']);
    const mails = smtp.to(approver.user.email);
    expect(mails.map((m) => m.subject).sort()).toEqual([
      'Mange mislykkede innlogginger på kontoen din i Tilskudd',
      'Mislykkede innlogginger på kontoen din i Tilskudd',
    ]);
    const slowMail = mails.find((m) => m.subject?.startsWith('Mange'))!;
    expect(slowMail.text).toContain('6 eller flere mislykkede innlogginger');
    expect(slowMail.text).toContain('ett innloggingsforsøk per 30 sekunder');
    expect(slowMail.text).toContain('Kontoen er ikke sperret');
  });
});

describe('X-Forwarded-For is ignored unless the request comes from a configured proxy', () => {
  it.each([
    ['off', 'off'],
    ['a proxy the request does not come from', '192.0.2.10,10.20.0.0/16'],
  ])(
    'TRUST_PROXY %s: a new X-Forwarded-For on every failed login does not escape the limit',
    async (_, trust) => {
      const ctx = await withEnv(
        { QUEUE_PREFIX: ownKeySpace(), TRUST_PROXY: trust, AUTH_LOGIN_CLIENT_LIMIT: '4/86400' },
        () => createTestApp(),
      );
      try {
        for (let i = 0; i < 4; i++) await login(ctx, nobody(), WRONG, newClient()).expect(401);
        expectLimited(await login(ctx, nobody(), WRONG, newClient()), /fra denne adressen/);
        // The one client behind all those headers is held back for every account it has not logged in to.
        const user = await ctx.f.user();
        expectLimited(await login(ctx, user.user.email, TEST_PASSWORD, newClient()), /fra denne adressen/);
      } finally {
        await ctx.close();
      }
    },
  );
});

describe('registration limits', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await withEnv(
      {
        QUEUE_PREFIX: ownKeySpace(),
        TRUST_PROXY: 'loopback',
        RATE_LIMIT_REGISTER_ADDRESS: '2/86400',
        RATE_LIMIT_REGISTER_CLIENT: '3/3600',
      },
      () => createTestApp(),
    );
  });
  afterAll(() => ctx.close());

  const accounts = (email: string) =>
    ctx.db.query('SELECT id FROM users WHERE email = $1', [email.toLowerCase()]);

  it('limits registrations per e-mail address, from whatever client', async () => {
    const email = `ny-${randomUUID()}@example.test`;
    await register(ctx, email, newClient()).expect(202);
    // A taken address is answered like a new one (202); its owner gets an e-mail instead.
    await register(ctx, email.toUpperCase(), newClient()).expect(202);
    const limited = await register(ctx, email, newClient());
    expect(expectLimited(limited, /For mange registreringer/)).toBeLessThanOrEqual(86400);
    expect(await accounts(email)).toHaveLength(1);
  });

  it('limits registrations per client address; another client is not affected', async () => {
    const client = newClient();
    for (let i = 0; i < 3; i++) await register(ctx, `ny-${randomUUID()}@example.test`, client).expect(202);
    const email = `ny-${randomUUID()}@example.test`;
    expectLimited(await register(ctx, email, client), /For mange registreringer/);
    expect(await accounts(email)).toEqual([]);
    await register(ctx, email, newClient()).expect(202);
  });

  it('counts nothing for a request that fails validation', async () => {
    const client = newClient();
    for (let i = 0; i < 4; i++) {
      await ctx
        .http()
        .post('/api/auth/register')
        .set('x-forwarded-for', client)
        .send({ email: 'x' })
        .expect(400);
    }
    await register(ctx, `ny-${randomUUID()}@example.test`, client).expect(202);
  });

  it('caps registrations from all clients together', async () => {
    const capped = await withEnv(
      { QUEUE_PREFIX: ownKeySpace(), TRUST_PROXY: 'loopback', RATE_LIMIT_REGISTER_GLOBAL: '2/3600' },
      () => createTestApp(),
    );
    try {
      await register(capped, `ny-${randomUUID()}@example.test`, newClient()).expect(202);
      await register(capped, `ny-${randomUUID()}@example.test`, newClient()).expect(202);
      const email = `ny-${randomUUID()}@example.test`;
      expectLimited(await register(capped, email, newClient()), /For mange registreringer/);
      expect(await accounts(email)).toEqual([]);
    } finally {
      await capped.close();
    }
  });
});
