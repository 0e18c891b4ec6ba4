import { seedDemo } from '../../scripts/seed';
import { DEMO_PASSWORD, DEMO_USERS } from '../../scripts/demo-data';
import { SmtpCapture } from '../support/smtp';
import { createTestApp, TestContext } from '../support/test-app';

const DAY_MS = 24 * 60 * 60 * 1000;
const DEMO_ORGANISATION_NUMBERS = ['912345688', '923456783'];

/** Every row the demo seed writes, counted through the demo organisations, scheme and users. */
const COUNTS = `
  WITH orgs AS (SELECT id FROM organisations WHERE organisation_number = ANY($1)),
       apps AS (SELECT id FROM applications WHERE organisation_id IN (SELECT id FROM orgs)),
       demo_users AS (SELECT id FROM users WHERE email = ANY($2))
  SELECT
    (SELECT count(*) FROM grant_schemes WHERE code = 'MHP') AS schemes,
    (SELECT count(*) FROM grant_rounds r JOIN grant_schemes s ON s.id = r.scheme_id WHERE s.code = 'MHP') AS rounds,
    (SELECT count(*) FROM demo_users) AS users,
    (SELECT count(*) FROM orgs) AS organisations,
    (SELECT count(*) FROM memberships WHERE organisation_id IN (SELECT id FROM orgs) AND signatory) AS signatories,
    (SELECT count(*) FROM apps) AS applications,
    (SELECT count(*) FROM application_attachments WHERE application_id IN (SELECT id FROM apps)) AS attachments,
    (SELECT count(*) FROM decisions WHERE application_id IN (SELECT id FROM apps)) AS decisions,
    (SELECT count(*) FROM letters WHERE application_id IN (SELECT id FROM apps) AND delivered_at IS NOT NULL) AS letters,
    (SELECT count(*) FROM disbursements WHERE application_id IN (SELECT id FROM apps)) AS disbursements,
    (SELECT count(DISTINCT i.batch_id) FROM payment_batch_items i JOIN disbursements d ON d.id = i.disbursement_id
      WHERE d.application_id IN (SELECT id FROM apps)) AS batches,
    (SELECT count(*) FROM recipient_reports WHERE application_id IN (SELECT id FROM apps)) AS reports,
    (SELECT count(*) FROM appeals WHERE application_id IN (SELECT id FROM apps)) AS appeals,
    (SELECT count(*) FROM audit_events WHERE actor_user_id IN (SELECT id FROM demo_users) OR action LIKE '%.seeded') AS audit`;

describe('demo seed', () => {
  let ctx: TestContext;
  const smtp = new SmtpCapture();
  const login = async (email: string) => {
    const res = await ctx.http().post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200);
    return `Bearer ${res.body.accessToken as string}`;
  };

  beforeAll(async () => {
    process.env.SMTP_URL = await smtp.start();
    ctx = await createTestApp();
    await seedDemo(() => undefined);
  }, 120_000);
  afterAll(async () => {
    await ctx.close();
    await smtp.stop();
  });

  it('builds a history through the services once, and a second run changes nothing (rows, audit, e-mails)', async () => {
    const count = async () =>
      (await ctx.db.query(COUNTS, [DEMO_ORGANISATION_NUMBERS, DEMO_USERS.map((u) => u.email)]))[0];
    const first = await count();
    const mails = smtp.messages.length;
    expect(first).toMatchObject({
      schemes: '1',
      rounds: '2',
      users: '7',
      organisations: '2',
      signatories: '2',
      applications: '8',
      decisions: '5',
      reports: '2',
      appeals: '2',
    });
    expect(Number(first.batches)).toBe(1);
    await seedDemo(() => undefined);
    expect(await count()).toEqual(first);
    expect(smtp.messages.length).toBe(mails);
  });

  it('has one round open for weeks from today and an earlier round decided, in the past', async () => {
    const mhp = await ctx.db.query<{ id: string; year: number; status: string; deadline: Date }[]>(
      `SELECT r.id, r.year, r.status, r.application_deadline AS deadline FROM grant_rounds r
         JOIN grant_schemes s ON s.id = r.scheme_id WHERE s.code = 'MHP' ORDER BY r.year`,
    );
    const [earlier, open] = mhp;
    expect([earlier.status, open.status]).toEqual(['decided', 'published']);
    expect(open.year).toBe(earlier.year + 1);
    const weeksLeft = (open.deadline.getTime() - Date.now()) / (7 * DAY_MS);
    expect(weeksLeft).toBeGreaterThan(5);
    expect(weeksLeft).toBeLessThan(7);
    expect(earlier.deadline.getTime()).toBeLessThan(Date.now() - 100 * DAY_MS);
    // Other suites share the test database, so the open round need not be on the list's first page: ask for it.
    const publicOpen = (await ctx.http().get(`/api/public/rounds/${open.id}`).expect(200)).body;
    expect(publicOpen.id).toBe(open.id);

    const awards = (await ctx.http().get(`/api/public/rounds/${earlier.id}/awards`).expect(200)).body;
    expect(awards.tilskuddNoId).toBe('DT-0044');
    expect(awards.awards.map((a: { recipient: string }) => a.recipient).sort()).toEqual([
      'Fyrlykta stiftelse',
      'Fyrlykta stiftelse',
      'Trygg Havn forening',
    ]);
  });

  it('the demo applicant signs for the organisation: accepting the grant awaiting acceptance answers 200', async () => {
    const auth = await login('soker@trygghavn.test');
    const notified = (
      await ctx.http().get('/api/applications?status=notified').set('authorization', auth).expect(200)
    ).body.items as { id: string; title: string }[];
    const list = notified.filter((a) => a.title === 'Botilbud med døgnbemanning');
    expect(list).toHaveLength(1);
    const detail = (
      await ctx.http().get(`/api/applications/${list[0].id}`).set('authorization', auth).expect(200)
    ).body as { version: number };
    const accepted = await ctx
      .http()
      .post(`/api/applications/${list[0].id}/acceptance`)
      .set('authorization', auth)
      .send({ version: detail.version, accept: true });
    expect({ status: accepted.status, body: accepted.body as unknown }).toMatchObject({ status: 200 });
    const [membership] = await ctx.db.query(
      `SELECT m.signatory FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'soker@fyrlykta.test'`,
    );
    expect(membership.signatory).toBe(true);
  });

  it('every role has work waiting: approval, screening, attestation, report review, an appeal, a paid batch', async () => {
    const leder = await login('leder@sfk.test');
    const assessed = (
      await ctx.http().get('/api/applications?status=assessed').set('authorization', leder).expect(200)
    ).body.items.map((a: { title: string }) => a.title);
    expect(assessed).toContain('Samtalegrupper for kvinner i prostitusjon');

    const sara = await login('saksbehandler@sfk.test');
    const submitted = (
      await ctx.http().get('/api/applications?status=submitted').set('authorization', sara).expect(200)
    ).body.items.map((a: { title: string }) => a.title);
    expect(submitted).toContain('Trygg overgang til arbeid');
    const reports = (
      await ctx.http().get('/api/reports?status=submitted').set('authorization', sara).expect(200)
    ).body.items.map((r: { title?: string; referenceNumber?: string; organisationName?: string }) => r);
    expect(JSON.stringify(reports)).toContain('Trygg Havn forening');

    const okonomi = await login('okonomi@sfk.test');
    const planned = (
      await ctx.http().get('/api/disbursements?status=planned').set('authorization', okonomi).expect(200)
    ).body.items as { organisationName?: string }[];
    expect(planned.length).toBeGreaterThan(0);
    const batches = (await ctx.http().get('/api/payment-batches').set('authorization', okonomi).expect(200))
      .body.items as { status: string; controlCount: number }[];
    expect(batches.some((b) => b.status === 'paid')).toBe(true);

    const [campaign] = await ctx.db.query(
      `SELECT id FROM applications WHERE title = 'Informasjonskampanje mot kjøp av sex'`,
    );
    const sindre = await login('saksbehandler2@sfk.test');
    const appeals = (
      await ctx
        .http()
        .get(`/api/applications/${campaign.id}/appeals`)
        .set('authorization', sindre)
        .expect(200)
    ).body as { status: string; late: boolean }[] | { items: { status: string; late: boolean }[] };
    const list = Array.isArray(appeals) ? appeals : appeals.items;
    expect(list).toEqual([expect.objectContaining({ status: 'lodged', late: false })]);
  });

  it('letters reached the organisations by e-mail, in their written standard', () => {
    const trygg = smtp.to('post@trygghavn.test');
    const fyr = smtp.to('post@fyrlykta.test');
    // Trygg Havn: 4 receipts, 3 decisions; Fyrlykta: 3 receipts, 2 decisions, the forwarded appeal, the report approval.
    expect([trygg.length, fyr.length]).toEqual([7, 7]);
    expect(trygg.every((m) => m.text?.includes('vedlagt er brevet'))).toBe(true);
    expect(fyr.every((m) => m.text?.includes('vedlagt finn de brevet'))).toBe(true);
    expect(fyr.map((m) => m.attachments[0]?.contentType)).toEqual(fyr.map(() => 'application/pdf'));
  });

  it('refuses to run with NODE_ENV=production unless allowed explicitly (--allow-production), writing nothing', async () => {
    const before = await ctx.db.query(`SELECT count(*) AS n FROM audit_events WHERE action LIKE '%.seeded'`);
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await expect(seedDemo(() => undefined)).rejects.toThrow(/NODE_ENV is production.*--allow-production/);
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    expect(await ctx.db.query(`SELECT count(*) AS n FROM audit_events WHERE action LIKE '%.seeded'`)).toEqual(
      before,
    );
  });
});
