import { AccountMailService, Role } from '@app/grants';
import { ParsedMail } from 'mailparser';
import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { testDatabaseUrl } from '../support/env';
import { TEST_PASSWORD, TestUser } from '../support/factories';
import { SmtpCapture } from '../support/smtp';
import { createTestApp, TestContext } from '../support/test-app';

const NEW_PASSWORD = 'fjellbekk og tyttebær i oktober';
const MINUTE = 60_000;

/**
 * Account e-mails go through the outbox like every e-mail; here each test does its rows' side effect itself
 * (AccountMailService.deliver, the worker's `mail.account` job) with the real MailTransport and a real SMTP
 * catcher. Other suites run workers on the same test database whose relay would take those rows and send them
 * to their own SMTP catcher; a test seam (made by the superuser in the test database only) marks every new
 * `mail.account` row as dispatched, which keeps every relay away from it for a lease period.
 */
async function holdAccountMailFromOtherRelays(): Promise<void> {
  const admin = new Client({ connectionString: testDatabaseUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE OR REPLACE FUNCTION test_hold_account_mail() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.topic = 'mail.account' THEN NEW.dispatched_at := 'infinity'; END IF;
        RETURN NEW;
      END $$`);
    await admin.query(`DROP TRIGGER IF EXISTS test_hold_account_mail ON outbox_messages`);
    await admin.query(`CREATE TRIGGER test_hold_account_mail BEFORE INSERT ON outbox_messages
      FOR EACH ROW EXECUTE FUNCTION test_hold_account_mail()`);
  } finally {
    await admin.end();
  }
}

describe('accounts: registration, password change and reset, revocation', () => {
  let ctx: TestContext;
  let mail: AccountMailService;
  const smtp = new SmtpCapture();
  let savedSmtp: string | undefined;
  const domain = `konto-${randomBytes(4).toString('hex')}.test`;
  let n = 0;
  const address = (name: string) => `${name}-${++n}@${domain}`;

  beforeAll(async () => {
    savedSmtp = process.env.SMTP_URL;
    process.env.SMTP_URL = await smtp.start();
    await holdAccountMailFromOtherRelays();
    ctx = await createTestApp();
    mail = ctx.app.get(AccountMailService);
  });
  afterAll(async () => {
    await ctx.close();
    await smtp.stop();
    process.env.SMTP_URL = savedSmtp;
  });
  beforeEach(() => ctx.clock.set(new Date()));

  /** Does every open account e-mail of this suite's addresses (and what they lead to), as the worker would. */
  async function deliver(): Promise<void> {
    for (let round = 0; round < 5; round++) {
      const rows = await ctx.db.query<{ id: string }[]>(
        `SELECT o.id::text FROM outbox_messages o
           LEFT JOIN account_tokens t ON t.id = (o.payload->>'subjectId')::uuid
           LEFT JOIN users u ON u.id = coalesce(t.user_id, (o.payload->>'subjectId')::uuid)
          WHERE o.topic = 'mail.account' AND o.completed_at IS NULL AND o.failed_at IS NULL
            AND (u.email LIKE $1 OR o.payload->>'email' LIKE $1)
          ORDER BY o.id`,
        [`%@${domain}`],
      );
      if (rows.length === 0) return;
      for (const row of rows) expect(await mail.deliver(row.id)).toBe('done');
    }
  }

  const mailsTo = (email: string, subject: string): ParsedMail[] =>
    smtp.to(email).filter((m) => m.subject === subject);

  /** The token in a link of the e-mail (after `#token=`). */
  function tokenIn(message: ParsedMail): string {
    const match = /#token=([A-Za-z0-9_-]{43})\b/.exec(message.text ?? '');
    if (!match) throw new Error(`no link with a token in: ${message.text}`);
    return match[1];
  }

  const login = (email: string, password: string) =>
    ctx.http().post('/api/auth/login').send({ email, password });
  const me = (token: string, on: TestContext = ctx) =>
    on.http().get('/api/me').set('authorization', `Bearer ${token}`);
  const register = (email: string, password = 'a long enough password', name = 'Nora Ny') =>
    ctx.http().post('/api/auth/register').send({ email, name, password });
  const requestReset = (email: string) => ctx.http().post('/api/auth/password-reset').send({ email });
  const confirmReset = (token: string, newPassword = NEW_PASSWORD) =>
    ctx.http().post('/api/auth/password-reset/confirm').send({ token, newPassword });

  async function applicant(): Promise<TestUser> {
    return ctx.f.user([Role.Applicant], { email: address('soker'), name: 'Siri Søker' });
  }

  describe('registration', () => {
    it('e-mails a new address a single-use confirmation link; the account logs in only once it is confirmed', async () => {
      const email = address('ny');
      await register(email).expect(202);
      await deliver();
      const [confirmation] = mailsTo(email, 'Bekreft e-postadressen din for Tilskudd');
      expect(confirmation.text).toContain('Hei Nora Ny!');
      expect(confirmation.text).toContain(`http://127.0.0.1:3000/bekreft-e-post#token=`);
      expect(confirmation.messageId).toMatch(/^<account-\d+@tilskudd\.konfliktraadet\.no>$/);
      const token = tokenIn(confirmation);

      // Only the token's SHA-256 is stored; the token itself is nowhere in the database.
      const [row] = await ctx.db.query(
        `SELECT t.purpose, t.token_hash, t.used_at, t.expires_at, t.created_at FROM account_tokens t
           JOIN users u ON u.id = t.user_id WHERE u.email = $1`,
        [email],
      );
      expect(row).toMatchObject({ purpose: 'email_confirmation', used_at: null });
      expect(row.token_hash).toEqual(createHash('sha256').update(Buffer.from(token, 'base64url')).digest());
      expect(row.expires_at.getTime() - row.created_at.getTime()).toBe(24 * 60 * MINUTE);
      const [{ found }] = await ctx.db.query(
        `SELECT (SELECT count(*) FROM outbox_messages WHERE payload::text LIKE $1)
              + (SELECT count(*) FROM audit_events WHERE coalesce(after::text, '') || coalesce(before::text, '') LIKE $1)
              AS found`,
        [`%${token}%`],
      );
      expect(Number(found)).toBe(0);

      await login(email, 'a long enough password').expect(403);
      const confirmed = await ctx.http().post('/api/auth/register/confirm').send({ token }).expect(200);
      expect(confirmed.body).toEqual({ message: 'E-postadressen er bekreftet. Du kan nå logge inn.' });
      await login(email, 'a long enough password').expect(200);
      const again = await ctx.http().post('/api/auth/register/confirm').send({ token }).expect(422);
      expect(again.body.errors).toEqual([expect.objectContaining({ field: 'token', rule: 'invalidToken' })]);
      const [user] = await ctx.db.query('SELECT id, email_confirmed_at FROM users WHERE email = $1', [email]);
      expect(user.email_confirmed_at).toBeInstanceOf(Date);
      expect((await ctx.f.auditEvents(user.id)).map((e) => e.action)).toEqual([
        'user.registered',
        'user.email_confirmed',
      ]);
    });

    it('refuses an expired confirmation link and a malformed one', async () => {
      const email = address('sen');
      await register(email).expect(202);
      await deliver();
      const token = tokenIn(mailsTo(email, 'Bekreft e-postadressen din for Tilskudd')[0]);
      ctx.clock.advance(24 * 60 * MINUTE + 1000);
      await ctx.http().post('/api/auth/register/confirm').send({ token }).expect(422);
      const malformed = await ctx
        .http()
        .post('/api/auth/register/confirm')
        .send({ token: 'abc' })
        .expect(400);
      expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'token', rule: 'matches' })]);
      await login(email, 'a long enough password').expect(403);
    });

    it('tells the owner of a taken address instead, once an hour, and answers exactly as for a new one', async () => {
      const owner = await applicant();
      const fresh = await register(address('ledig')).expect(202);
      const taken = await register(owner.user.email, 'someone elses long password', 'Mallory').expect(202);
      expect(taken.body).toEqual(fresh.body);
      await register(owner.user.email, 'and yet another long password', 'Mallory').expect(202);
      await deliver();
      const notices = mailsTo(owner.user.email, 'Forsøk på å registrere en ny konto med e-postadressen din');
      expect(notices).toHaveLength(1);
      expect(notices[0].text).toContain('http://127.0.0.1:3000/glemt-passord');
      expect(notices[0].text).not.toContain('Mallory');
      expect(mailsTo(owner.user.email, 'Bekreft e-postadressen din for Tilskudd')).toHaveLength(0);
      // The account is the owner's as before.
      await login(owner.user.email, 'someone elses long password').expect(401);
      await login(owner.user.email, TEST_PASSWORD).expect(200);
      const users = await ctx.db.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [
        owner.user.email,
      ]);
      expect(users[0].n).toBe(1);
    });

    it('makes one account of two registrations of one new address at the same moment', async () => {
      const email = address('samtidig');
      const answers = await Promise.all([register(email), register(email, 'a second long enough password')]);
      expect(answers.map((a) => a.status)).toEqual([202, 202]);
      expect(answers[0].body).toEqual(answers[1].body);
      await deliver();
      expect(await ctx.db.query('SELECT 1 FROM users WHERE email = $1', [email])).toHaveLength(1);
      expect(mailsTo(email, 'Bekreft e-postadressen din for Tilskudd')).toHaveLength(1);
      expect(mailsTo(email, 'Forsøk på å registrere en ny konto med e-postadressen din')).toHaveLength(1);
    });
  });

  describe('changing the password', () => {
    it('counts wrong current passwords like failed logins: a stolen token cannot be used to guess the password', async () => {
      const user = await applicant();
      const change = (currentPassword: string) =>
        ctx
          .http()
          .post('/api/me/password')
          .set('authorization', user.auth)
          .send({ currentPassword, newPassword: NEW_PASSWORD });
      for (let i = 0; i < 5; i++) await change(`gjetning nummer ${i} her`).expect(422);
      const held = await change(TEST_PASSWORD).expect(429);
      expect(held.headers['retry-after']).toMatch(/^\d+$/);
      // Held back for this account from this client, as a login would be; the password is unchanged.
      await login(user.user.email, TEST_PASSWORD).expect(429);
    });

    it('needs the current password and a strong new one, ends every other login and answers a fresh token', async () => {
      const user = await applicant();
      const other = (await login(user.user.email, TEST_PASSWORD).expect(200)).body.accessToken as string;
      const change = (body: object) =>
        ctx.http().post('/api/me/password').set('authorization', user.auth).send(body);

      const wrong = await change({
        currentPassword: 'not my password at all',
        newPassword: NEW_PASSWORD,
      }).expect(422);
      expect(wrong.body.errors).toEqual([
        { field: 'currentPassword', rule: 'wrongPassword', message: 'Det nåværende passordet er feil.' },
      ]);
      const weak = await change({ currentPassword: TEST_PASSWORD, newPassword: 'sirisøker2027' }).expect(422);
      expect(weak.body.errors).toEqual([
        {
          field: 'newPassword',
          rule: 'weakPassword',
          message: expect.stringContaining('må ikke bygge på e-postadressen eller navnet ditt'),
        },
      ]);
      const short = await change({ currentPassword: TEST_PASSWORD, newPassword: 'kort' }).expect(400);
      expect(short.body.errors).toEqual([
        expect.objectContaining({ field: 'newPassword', rule: 'minLength' }),
      ]);
      await me(user.token).expect(200);

      const changed = await change({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }).expect(200);
      expect(changed.body).toEqual({ accessToken: expect.any(String), tokenType: 'Bearer', expiresIn: 3600 });
      await me(changed.body.accessToken).expect(200);
      for (const old of [user.token, other]) {
        const res = await me(old).expect(401);
        expect(res.body.detail).toBe('Innloggingen er ugyldig eller utløpt. Logg inn på nytt.');
      }
      await login(user.user.email, TEST_PASSWORD).expect(401);
      await login(user.user.email, NEW_PASSWORD).expect(200);

      const events = await ctx.f.auditEvents(user.user.id);
      expect(events.map((e) => e.action)).toEqual(['user.password_changed']);
      expect(events[0]).toMatchObject({
        actor_user_id: user.user.id,
        before: { credentialVersion: 1 },
        after: { credentialVersion: 2 },
      });
      await deliver();
      const [notice] = mailsTo(user.user.email, 'Passordet ditt for Tilskudd er endret');
      expect(notice.text).toContain('du er logget ut overalt');
    });

    it('is refused without a login', async () => {
      await ctx
        .http()
        .post('/api/me/password')
        .send({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD })
        .expect(401);
    });
  });

  describe('revocation across API replicas', () => {
    let replica: TestContext;
    beforeAll(async () => {
      replica = await createTestApp();
    });
    afterAll(() => replica.close());

    it('refuses on replica B, at once, a token whose password was changed through replica A', async () => {
      const user = await applicant();
      // B has verified the token and read the user just now (a cache would hold both).
      await me(user.token, replica).expect(200);
      await me(user.token, replica).expect(200);
      await ctx
        .http()
        .post('/api/me/password')
        .set('authorization', user.auth)
        .send({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD })
        .expect(200);
      await me(user.token, replica).expect(401);
    });

    it('ends every login when an admin sets the password, deactivates the user or takes a role away', async () => {
      const admin = await ctx.f.user([Role.Admin]);
      const patch = (id: string, body: object) =>
        ctx.http().patch(`/api/admin/users/${id}`).set('authorization', admin.auth).send(body);

      const a = await ctx.f.user([Role.Caseworker, Role.Approver]);
      await me(a.token, replica).expect(200);
      await patch(a.user.id, { version: 1, roles: [Role.Caseworker, Role.Approver, Role.Finance] }).expect(
        200,
      );
      await me(a.token, replica).expect(200); // a role added: the login goes on
      await patch(a.user.id, { version: 2, roles: [Role.Caseworker] }).expect(200);
      await me(a.token, replica).expect(401);

      const b = await ctx.f.user([Role.Caseworker]);
      await me(b.token, replica).expect(200);
      const weak = await patch(b.user.id, { version: 1, password: 'qwertyuiop12' }).expect(422);
      expect(weak.body.errors).toEqual([
        expect.objectContaining({ field: 'password', rule: 'weakPassword' }),
      ]);
      await me(b.token, replica).expect(200);
      await patch(b.user.id, { version: 1, password: NEW_PASSWORD }).expect(200);
      await me(b.token, replica).expect(401);

      const c = await ctx.f.user([Role.Finance]);
      await me(c.token, replica).expect(200);
      await patch(c.user.id, { version: 1, active: false }).expect(200);
      await patch(c.user.id, { version: 2, active: true }).expect(200);
      // Reactivated, but the old login stays over.
      await me(c.token, replica).expect(401);
      await login(c.user.email, TEST_PASSWORD).expect(200);
    });
  });

  describe('resetting a forgotten password by e-mail', () => {
    it('answers the same for a known and an unknown address, and e-mails only the account a single-use link', async () => {
      const user = await applicant();
      const known = await requestReset(user.user.email.toUpperCase()).expect(202);
      const unknown = await requestReset(address('ukjent')).expect(202);
      expect(unknown.body).toEqual(known.body);
      expect(known.body.message).toContain('Lenken virker i 30 minutter.');
      await deliver();
      expect(smtp.messages.filter((m) => m.to && JSON.stringify(m.to).includes('ukjent-'))).toHaveLength(0);
      const [resetMail] = mailsTo(user.user.email, 'Sett nytt passord for Tilskudd');
      expect(resetMail.text).toContain('http://127.0.0.1:3000/nytt-passord#token=');
      const token = tokenIn(resetMail);

      // The request rows no longer hold the addresses asked for.
      const requests = await ctx.db.query(
        `SELECT payload FROM outbox_messages WHERE topic = 'mail.account' AND payload->>'kind' = 'password_reset_request'
            AND created_at > now() - interval '5 minutes' AND completed_at IS NOT NULL`,
      );
      expect(requests.length).toBeGreaterThanOrEqual(2);
      expect(JSON.stringify(requests)).not.toContain(domain);

      const other = (await login(user.user.email, TEST_PASSWORD).expect(200)).body.accessToken as string;
      const weak = await confirmReset(token, 'Passord12345').expect(422);
      expect(weak.body.errors).toEqual([
        expect.objectContaining({ field: 'newPassword', rule: 'weakPassword' }),
      ]);
      const done = await confirmReset(token).expect(200);
      expect(done.body).toEqual({
        message: 'Passordet er endret, og du er logget ut overalt. Logg inn med det nye passordet.',
      });
      await me(user.token).expect(401);
      await me(other).expect(401);
      await login(user.user.email, TEST_PASSWORD).expect(401);
      await login(user.user.email, NEW_PASSWORD).expect(200);
      const reused = await confirmReset(token, 'yet another strong passphrase').expect(422);
      expect(reused.body.errors).toEqual([
        {
          field: 'token',
          rule: 'invalidToken',
          message: 'Lenken er ugyldig, utløpt eller allerede brukt. Be om en ny lenke.',
        },
      ]);

      const events = await ctx.f.auditEvents(user.user.id);
      expect(events.map((e) => e.action)).toEqual(['user.password_reset_requested', 'user.password_reset']);
      expect(JSON.stringify(events)).not.toContain(token);
      await deliver();
      expect(mailsTo(user.user.email, 'Passordet ditt for Tilskudd er endret')).toHaveLength(1);
    });

    it('refuses a link after 30 minutes', async () => {
      const user = await applicant();
      await requestReset(user.user.email).expect(202);
      await deliver();
      const token = tokenIn(mailsTo(user.user.email, 'Sett nytt passord for Tilskudd')[0]);
      ctx.clock.advance(30 * MINUTE);
      await confirmReset(token).expect(422);
      await login(user.user.email, TEST_PASSWORD).expect(200);
    });

    it('lets one of two confirmations of the same link at the same moment win', async () => {
      const user = await applicant();
      await requestReset(user.user.email).expect(202);
      await deliver();
      const token = tokenIn(mailsTo(user.user.email, 'Sett nytt passord for Tilskudd')[0]);
      const answers = await Promise.all([
        confirmReset(token),
        confirmReset(token, 'a different strong passphrase'),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 422]);
      const [row] = await ctx.db.query(
        `SELECT count(*) FILTER (WHERE used_at IS NOT NULL)::int AS used FROM account_tokens WHERE user_id = $1`,
        [user.user.id],
      );
      expect(row.used).toBe(1);
      const winner = answers[0].status === 200 ? NEW_PASSWORD : 'a different strong passphrase';
      await login(user.user.email, winner).expect(200);
      const [{ credential_version }] = await ctx.db.query(
        'SELECT credential_version FROM users WHERE id = $1',
        [user.user.id],
      );
      expect(credential_version).toBe(2);
    });

    it('sends at most three links an hour to one account, and voids open links when the password changes', async () => {
      const user = await applicant();
      for (let i = 0; i < 3; i++) await requestReset(user.user.email).expect(202);
      // The fourth request is refused by the API's limit per address (RATE_LIMIT_PASSWORD_RESET_ADDRESS); the
      // worker's own cap of three links an hour stands behind it.
      const limited = await requestReset(user.user.email).expect(429);
      expect(limited.headers['retry-after']).toMatch(/^\d+$/);
      await deliver();
      const links = mailsTo(user.user.email, 'Sett nytt passord for Tilskudd');
      expect(links).toHaveLength(3);
      await confirmReset(tokenIn(links[0])).expect(200);
      // The other two were voided by the new password.
      await confirmReset(tokenIn(links[1]), 'a different strong passphrase').expect(422);
      await confirmReset(tokenIn(links[2]), 'a different strong passphrase').expect(422);
    });

    it('confirms an unconfirmed account: the link proves the address', async () => {
      const email = address('glemsk');
      await register(email).expect(202);
      await requestReset(email).expect(202);
      await deliver();
      await confirmReset(tokenIn(mailsTo(email, 'Sett nytt passord for Tilskudd')[0])).expect(200);
      await login(email, NEW_PASSWORD).expect(200);
    });
  });
});
