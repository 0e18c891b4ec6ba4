import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { formatIsoDate, LettersService, OutboxRelayService, Role } from '@app/grants';
import { Clock, formatOsloNorwegian, QueueName } from '@app/platform';
import { Queue } from 'bullmq';
import { Client } from 'pg';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfParse = require('pdf-parse/lib/pdf-parse.js') as (
  data: Uint8Array,
) => Promise<{ text: string; numpages: number }>;
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { enqueueOutboxMessage } from '../../apps/worker/src/outbox/outbox-relay.worker';
import { approve, assessed, declare, REASONS, staff, Staff, submitted } from '../support/case-handling';
import {
  acceptedGrant,
  AcceptedGrant,
  answerGrant,
  attest,
  disbursementsOf,
  verifyAccount,
} from '../support/payments';
import { submitReport } from '../support/reports';
import { testDatabaseUrl } from '../support/env';
import { SmtpCapture, waitFor } from '../support/smtp';
import { createTestApp, TestContext } from '../support/test-app';

/**
 * The daily scan is global: at a moved clock it lapses, reminds and writes interim replies for every qualifying row
 * the other suites (running in parallel on the same test database) have left, and the worker renders and mails all
 * of them. Tests that run it wait for that whole batch, so they get more time than the default.
 */
const SCAN_TEST_TIMEOUT_MS = 120_000;
const SCAN_WAIT_MS = 90_000;

/** Letters wait behind the other suites' receipts (see waitFor), so every test here may take longer than the default. */
jest.setTimeout(90_000);

const plain = (text: string) => text.replace(/\u00a0/g, ' ').replace(/[ \t]+/g, ' ');

describe('letters, e-mail, acceptance and reminders through the worker', () => {
  let ctx: TestContext;
  let s: Staff;
  let worker: INestApplicationContext;
  const smtp = new SmtpCapture();
  let savedSmtp: string | undefined;

  beforeAll(async () => {
    savedSmtp = process.env.SMTP_URL;
    process.env.SMTP_URL = await smtp.start();
    // Retries after 1 s, 2 s, 2 s, …; health calls a letter stuck after 10 s (this process only).
    process.env.DELIVERY_RETRY_BASE_SECONDS = '1';
    process.env.DELIVERY_RETRY_MAX_DELAY_SECONDS = '2';
    process.env.DELIVERY_STUCK_AFTER_SECONDS = '10';
    ctx = await createTestApp();
    s = await staff(ctx);
    const moduleRef = await Test.createTestingModule({ imports: [WorkerModule] })
      .overrideProvider(Clock)
      .useValue(ctx.clock)
      .compile();
    worker = await moduleRef.init();
  });
  afterAll(async () => {
    await worker.close();
    await ctx.close();
    await smtp.stop();
    process.env.SMTP_URL = savedSmtp;
  });
  beforeEach(() => ctx.clock.set(new Date()));

  /**
   * A test seam, not a rule of the system: decision letters of the given round wait in the outbox (not due) until
   * released, so a test can set up what it needs before any worker of any suite sharing the database takes them.
   * Made by the superuser in the test database only.
   */
  async function holdDecisionLetters(roundId: string): Promise<void> {
    const admin = new Client({ connectionString: testDatabaseUrl() });
    await admin.connect();
    try {
      await admin.query(`CREATE TABLE IF NOT EXISTS test_outbox_holds (round_id uuid PRIMARY KEY)`);
      await admin.query(`GRANT SELECT ON test_outbox_holds TO tilskudd_app`);
      await admin.query(`CREATE OR REPLACE FUNCTION test_hold_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.topic = 'letter.decision' AND EXISTS (
            SELECT 1 FROM decisions d JOIN test_outbox_holds h ON h.round_id = d.round_id
             WHERE d.id = (NEW.payload->>'decisionId')::uuid) THEN
            NEW.next_attempt_at := 'infinity';
          END IF;
          RETURN NEW;
        END $$`);
      await admin.query(`DROP TRIGGER IF EXISTS test_hold_outbox ON outbox_messages`);
      await admin.query(`CREATE TRIGGER test_hold_outbox BEFORE INSERT ON outbox_messages
        FOR EACH ROW EXECUTE FUNCTION test_hold_outbox()`);
      await admin.query(`INSERT INTO test_outbox_holds VALUES ($1) ON CONFLICT DO NOTHING`, [roundId]);
    } finally {
      await admin.end();
    }
  }
  /** The held decision letter's outbox row becomes due now. */
  const releaseDecisionLetter = (decisionId: string) =>
    ctx.db.query(`UPDATE outbox_messages SET next_attempt_at = now() WHERE dedupe_key = $1`, [
      `letter.decision:${decisionId}`,
    ]);

  async function orgEmail(applicationId: string): Promise<string> {
    const [row] = await ctx.db.query(
      'SELECT o.email FROM applications a JOIN organisations o ON o.id = a.organisation_id WHERE a.id = $1',
      [applicationId],
    );
    return row.email;
  }

  async function decided(
    body: Record<string, unknown> = {},
    language: 'nb' | 'nn' = 'nb',
    round?: Parameters<typeof assessed>[2],
  ) {
    const app = await assessed(ctx, s, round, {
      recommendedOutcome: 'partial_grant',
      recommendedAmountOre: 30_000_000,
      reasons: REASONS,
      conditions: ['Midlene brukes til botilbudet.'],
      ...body,
    });
    await ctx.db.query(
      'UPDATE organisations SET preferred_language = $1 WHERE id = (SELECT organisation_id FROM applications WHERE id = $2)',
      [language, app.id],
    );
    await declare(ctx, s.approver, app.id).expect(201);
    const decision = (await approve(ctx, s.approver, app.id, 201)).body;
    return { ...app, decisionId: decision.id as string, email: await orgEmail(app.id) };
  }

  /** Letter text without whitespace: the PDF's line breaks and label spacing do not matter in these checks. */
  const compactText = (text: string) => text.replace(/\s+/g, '');
  const mailsTitledAny = (email: string, title: string) =>
    waitFor(
      () => smtp.to(email).filter((m) => m.subject?.startsWith(title)),
      (m) => m.length >= 1,
    );

  async function letterText(applicationId: string, member: { auth: string }, type: string): Promise<string> {
    const list = await ctx
      .http()
      .get(`/api/applications/${applicationId}/letters`)
      .set('authorization', member.auth)
      .expect(200);
    const letter = list.body.find((l: { type: string }) => l.type === type);
    const pdf = await ctx
      .http()
      .get(`/api/letters/${letter.id}/pdf`)
      .set('authorization', member.auth)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    // A plain Uint8Array: pdf-parse's pdf.js misreads some Buffers from Node's pool (render-letter.spec.ts).
    return plain((await pdfParse(new Uint8Array(pdf.body as Buffer))).text);
  }

  it('sends a receipt for a submitted application', async () => {
    const app = await submitted(ctx);
    const email = await orgEmail(app.id);
    const mails = await waitFor(
      () => smtp.to(email),
      (m) => m.length >= 1,
    );
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain('Kvittering');
    expect(mails[0].attachments.map((a) => a.contentType)).toEqual(['application/pdf']);
    // The download goes by the same name as the e-mail's attachment: the case reference and the letter type.
    const { referenceNumber } = (
      await ctx.http().get(`/api/applications/${app.id}`).set('authorization', app.member.auth).expect(200)
    ).body as { referenceNumber: string };
    expect(referenceNumber).toMatch(/^[A-Z0-9]+-\d{4}-\d{4}$/);
    expect(mails[0].attachments.map((a) => a.filename)).toEqual([`${referenceNumber}-receipt.pdf`]);
    const [receipt] = (
      await ctx
        .http()
        .get(`/api/applications/${app.id}/letters`)
        .set('authorization', app.member.auth)
        .expect(200)
    ).body as { id: string; type: string }[];
    expect(receipt.type).toBe('receipt');
    const download = await ctx
      .http()
      .get(`/api/letters/${receipt.id}/pdf`)
      .set('authorization', app.member.auth)
      .expect(200);
    expect(download.headers['content-disposition']).toBe(
      `inline; filename*=UTF-8''${referenceNumber}-receipt.pdf`,
    );
  });

  it('turns a decision into exactly one PDF and one e-mail, even when the jobs run twice; the delivery sets the deadlines', async () => {
    const app = await decided();
    const mails = await waitFor(
      () => smtp.to(app.email).filter((m) => m.subject?.includes('Vedtak')),
      (m) => m.length >= 1,
    );
    expect(mails).toHaveLength(1);
    // Deliver the jobs a second time (as BullMQ may after a crash): nothing new happens.
    const letters = worker.get<Queue>(getQueueToken(QueueName.Letters));
    const mailQueue = worker.get<Queue>(getQueueToken(QueueName.Mail));
    const outboxId = async (dedupeKey: string) =>
      (await ctx.db.query('SELECT id::text FROM outbox_messages WHERE dedupe_key = $1', [dedupeKey]))[0].id;
    await letters.add(
      'letters.render',
      {
        outboxId: await outboxId(`letter.decision:${app.decisionId}`),
        topic: 'letter.decision',
        subjectId: app.decisionId,
      },
      { jobId: `again-${app.decisionId}` },
    );
    const [letterRow] = await ctx.db.query('SELECT id FROM letters WHERE subject_id = $1', [app.decisionId]);
    await mailQueue.add(
      'mail.letter',
      { outboxId: await outboxId(`mail.letter:${letterRow.id}`), letterId: letterRow.id },
      { jobId: `again-mail-${letterRow.id}` },
    );
    await waitFor(
      async () => (await letters.getJobState(`again-${app.decisionId}`)) as string,
      (state) => state === 'completed',
    );
    await waitFor(
      async () => (await mailQueue.getJobState(`again-mail-${letterRow.id}`)) as string,
      (state) => state === 'completed',
    );
    expect(
      await ctx.db.query('SELECT count(*)::int AS n FROM letters WHERE subject_id = $1', [app.decisionId]),
    ).toEqual([{ n: 1 }]);
    expect(smtp.to(app.email).filter((m) => m.subject?.includes('Vedtak'))).toHaveLength(1);

    const decision = (
      await ctx
        .http()
        .get(`/api/applications/${app.id}/decisions`)
        .set('authorization', app.member.auth)
        .expect(200)
    ).body[0];
    expect(decision.notifiedAt).not.toBeNull();
    const notified = new Date(decision.notifiedAt).getTime();
    // 21 days, to the end of that day in Oslo; acceptance 21 days likewise (round default).
    expect(new Date(decision.appealDeadline).getTime() - notified).toBeGreaterThan(21 * 86_400_000 - 1000);
    expect(new Date(decision.appealDeadline).getTime() - notified).toBeLessThan(22 * 86_400_000);
    expect(decision.acceptanceDeadline).not.toBeNull();
    const [row] = await ctx.db.query('SELECT status FROM applications WHERE id = $1', [app.id]);
    expect(row.status).toBe('notified');
  });

  it.each([
    ['nb', 'Vedtak om tilskudd', 'Klagefrist', 'Justis- og beredskapsdepartementet'],
    ['nn', 'Vedtak om tilskot', 'Klagefrist', 'Justis- og beredskapsdepartementet'],
  ] as const)(
    'writes a partial-grant letter in %s with every required part',
    async (language, title, appealWord, body) => {
      const app = await decided({}, language);
      await waitFor(
        () => smtp.to(app.email),
        (m) => m.some((x) => x.subject?.includes('Vedtak')),
      );
      const text = await letterText(app.id, app.member, 'partial_grant');
      for (const expected of [
        title,
        'Sekretariatet for konfliktr',
        'kr 300 000',
        appealWord,
        body,
        REASONS.rulesApplied,
        REASONS.factsReliedOn,
        REASONS.mainConsiderations,
        'Midlene brukes til botilbudet.',
        'Riksrevisjonen',
        'Side 1 av',
        // The approver is named as the decision-maker, with the caseworker and her e-mail.
        s.approver.user.name,
        s.caseworker.user.name,
      ]) {
        expect(text).toContain(expected);
      }
      expect(compactText(text)).toContain(compactText(`E-post: ${s.caseworker.user.email}`));
      // The delivery is recorded after the SMTP server took the e-mail: wait for the record, not only the e-mail.
      const decision = await waitFor(
        async () =>
          (
            await ctx
              .http()
              .get(`/api/applications/${app.id}/decisions`)
              .set('authorization', app.member.auth)
              .expect(200)
          ).body[0] as { appealDeadline: string | null },
        (d) => d.appealDeadline !== null,
      );
      expect(decision.appealDeadline).not.toBeNull();
      expect(text).toContain(formatOsloNorwegian(new Date(decision.appealDeadline!), false));
      if (language === 'nn') expect(text).not.toContain('Vedtak om tilskudd');
    },
  );

  it('refuses to issue a decision letter that lacks a required part; the admin sees it failed for good and retries it once fixed', async () => {
    // Held until the part is broken, so the letter is not rendered before.
    const round = await ctx.f.round();
    await holdDecisionLetters(round.id);
    const app = await decided({}, 'nb', round);
    await ctx.db.query(`UPDATE applications SET period_start = NULL, period_end = NULL WHERE id = $1`, [
      app.id,
    ]);
    const admin = await ctx.f.user([Role.Admin]);
    await releaseDecisionLetter(app.decisionId);
    const key = `letter.decision:${app.decisionId}`;
    const [failedRow] = await waitFor(
      () =>
        ctx.db.query('SELECT id::text, attempts, failed_at FROM outbox_messages WHERE dedupe_key = $1', [
          key,
        ]),
      (rows) => rows[0]?.failed_at !== null,
    );
    // A letter the code refuses is not retried: it stops at once and waits for the admin.
    expect(failedRow).toMatchObject({ attempts: 1, failed_at: expect.any(Date) });
    const listed = await ctx
      .http()
      .get('/api/admin/deliveries/failed?limit=100')
      .set('authorization', admin.auth)
      .expect(200);
    expect(listed.body.items.find((f: { id: string }) => f.id === failedRow.id)).toMatchObject({
      topic: 'letter.decision',
      subjectId: app.decisionId,
      applicationId: app.id,
      attempts: 1,
      lastError: expect.stringContaining('Vedtaksbrevet mangler: tilskuddsperiode'),
    });
    expect(smtp.to(app.email).filter((m) => m.subject?.includes('Vedtak'))).toHaveLength(0);

    await ctx.db.query(
      `UPDATE applications SET period_start = '2027-01-01', period_end = '2027-12-31' WHERE id = $1`,
      [app.id],
    );
    await ctx
      .http()
      .post(`/api/admin/deliveries/${failedRow.id}/retry`)
      .set('authorization', admin.auth)
      .expect(204);
    const mails = await waitFor(
      () => smtp.to(app.email).filter((m) => m.subject?.includes('Vedtak')),
      (m) => m.length >= 1,
    );
    expect(mails).toHaveLength(1);
    const [decision] = await waitFor(
      () => ctx.db.query('SELECT notified_at FROM decisions WHERE id = $1', [app.decisionId]),
      (rows) => rows[0].notified_at !== null,
    );
    expect(decision.notified_at).not.toBeNull();
    const [audit] = await ctx.db.query(
      `SELECT actor_user_id, before FROM audit_events WHERE action = 'delivery.retried' AND entity_id = $1`,
      [app.decisionId],
    );
    expect(audit).toMatchObject({
      actor_user_id: admin.user.id,
      before: { outboxId: failedRow.id, attempts: 1 },
    });
    // Only a failed side effect can be retried.
    await ctx
      .http()
      .post(`/api/admin/deliveries/${failedRow.id}/retry`)
      .set('authorization', admin.auth)
      .expect(409);
  });

  it('keeps outbox rows while Redis is unreachable and delivers them when it is back', async () => {
    await worker.close();
    let email = '';
    try {
      const app = await submitted(ctx);
      email = await orgEmail(app.id);
      const relay = ctx.app.get(OutboxRelayService);
      const unreachable = new Queue(QueueName.Letters, {
        connection: { host: '127.0.0.1', port: 1, maxRetriesPerRequest: null },
        prefix: 'unreachable',
      });
      unreachable.on('error', () => undefined);
      await expect(
        relay.relayBatch((m, jobId) =>
          enqueueOutboxMessage({ letters: unreachable, mail: unreachable }, m, jobId),
        ),
      ).rejects.toThrow('queue unavailable');
      await unreachable.close();
      const [pending] = await ctx.db.query(
        'SELECT dispatched_at, completed_at FROM outbox_messages WHERE dedupe_key = $1',
        [`letter.receipt:${app.id}`],
      );
      expect(pending).toEqual({ dispatched_at: null, completed_at: null });
      expect(smtp.to(email)).toHaveLength(0);
    } finally {
      const moduleRef = await Test.createTestingModule({ imports: [WorkerModule] })
        .overrideProvider(Clock)
        .useValue(ctx.clock)
        .compile();
      worker = await moduleRef.init();
    }
    const mails = await waitFor(
      () => smtp.to(email),
      (m) => m.length >= 1,
    );
    expect(mails).toHaveLength(1);
  });

  describe('durable delivery', () => {
    /** A decision whose letter was held and rendered by hand: nothing has tried to send it yet. */
    async function renderedButUnsent(email: string) {
      const round = await ctx.f.round();
      await holdDecisionLetters(round.id);
      const app = await decided({}, 'nb', round);
      // The receipt goes to the address the organisation had; then the letter is to go to `email`.
      await waitFor(
        () => smtp.to(app.email),
        (m) => m.length >= 1,
      );
      await ctx.db.query(
        'UPDATE organisations SET email = $1 WHERE id = (SELECT organisation_id FROM applications WHERE id = $2)',
        [email, app.id],
      );
      const letter = await ctx.app.get(LettersService).renderForTopic('letter.decision', app.decisionId);
      // The render is done (by hand): its held row is closed, so only the e-mail the test sets up remains open.
      await ctx.db.query(`UPDATE outbox_messages SET completed_at = now() WHERE dedupe_key = $1`, [
        `letter.decision:${app.decisionId}`,
      ]);
      return { ...app, email, letterId: letter!.id };
    }
    const outboxRow = (letterId: string) =>
      ctx.db
        .query(
          `SELECT id::text, attempts, lease_until, completed_at, failed_at, last_error FROM outbox_messages
            WHERE dedupe_key = $1`,
          [`mail.letter:${letterId}`],
        )
        .then((rows: ({ id: string } & Record<string, unknown>)[]) => rows[0]);
    const decisionRow = (decisionId: string) =>
      ctx.db
        .query('SELECT notified_at, appeal_deadline FROM decisions WHERE id = $1', [decisionId])
        .then((rows: Record<string, unknown>[]) => rows[0]);

    it('recovers a letter whose worker died holding the lease: once the lease runs out it is sent, recorded and notified, once', async () => {
      const app = await renderedButUnsent(`dod-${Date.now()}@example.org`);
      // What a worker killed after taking the lease leaves behind: the lease, one attempt, an old dispatch.
      await ctx.db.query(
        `INSERT INTO outbox_messages (topic, payload, dedupe_key, attempts, first_attempt_at, lease_until,
                dispatched_at, dispatches)
         VALUES ('mail.letter', jsonb_build_object('subjectId', $1::text), 'mail.letter:' || $1,
                 1, now() - interval '6 minutes', now() - interval '1 minute', now() - interval '6 minutes', 1)`,
        [app.letterId],
      );
      const row = await waitFor(
        () => outboxRow(app.letterId),
        (r) => r.completed_at !== null,
      );
      expect(row).toMatchObject({ attempts: 2, lease_until: null, failed_at: null });
      const mails = smtp.to(app.email);
      expect(mails).toHaveLength(1);
      expect(mails[0].messageId).toBe(`<letter-${app.letterId}@tilskudd.konfliktraadet.no>`);
      const [letter] = await ctx.db.query('SELECT delivered_at, delivered_to FROM letters WHERE id = $1', [
        app.letterId,
      ]);
      expect(letter).toMatchObject({ delivered_at: expect.any(Date), delivered_to: app.email });
      expect(await decisionRow(app.decisionId)).toMatchObject({ notified_at: expect.any(Date) });
    });

    it('sends a letter whose job was queued before jobs carried their outbox id (an upgrade with jobs in Redis)', async () => {
      const app = await renderedButUnsent(`gammel-${Date.now()}@example.org`);
      // Just relayed by the old code: the relay leaves it to the job already in the queue.
      await ctx.db.query(
        `INSERT INTO outbox_messages (topic, payload, dedupe_key, dispatched_at)
         VALUES ('mail.letter', jsonb_build_object('subjectId', $1::text), 'mail.letter:' || $1, now())`,
        [app.letterId],
      );
      const mailQueue = worker.get<Queue>(getQueueToken(QueueName.Mail));
      await mailQueue.add(
        'mail.letter',
        { letterId: app.letterId },
        { jobId: `mail-letter-${app.letterId}` },
      );
      const row = await waitFor(
        () => outboxRow(app.letterId),
        (r) => r.completed_at !== null,
        30_000,
      );
      expect(row).toMatchObject({ attempts: 1, completed_at: expect.any(Date) });
      expect(smtp.to(app.email)).toHaveLength(1);
      expect(await decisionRow(app.decisionId)).toMatchObject({ notified_at: expect.any(Date) });
    });

    it("retries a temporary SMTP failure (451) past BullMQ's five attempts and delivers once; health shows the letter stuck meanwhile", async () => {
      const app = await renderedButUnsent(`tmp7-${Date.now()}@midlertidig.test`);
      await ctx.db.query(
        `INSERT INTO outbox_messages (topic, payload, dedupe_key)
         VALUES ('mail.letter', jsonb_build_object('subjectId', $1::text), 'mail.letter:' || $1)`,
        [app.letterId],
      );
      const health = await waitFor(
        async () =>
          (await ctx.http().get('/api/health')).body as { status: string; deliveries: { stuck: number } },
        (body) => body.deliveries?.stuck > 0,
        30_000,
      );
      expect(health).toMatchObject({ status: 'degraded', deliveries: { stuck: expect.any(Number) } });
      const row = await waitFor(
        () => outboxRow(app.letterId),
        (r) => r.completed_at !== null || r.failed_at !== null,
      );
      expect(row).toMatchObject({ attempts: 8, failed_at: null, completed_at: expect.any(Date) });
      expect(smtp.triesOf(app.email)).toBe(8);
      expect(smtp.to(app.email)).toHaveLength(1);
      expect(await decisionRow(app.decisionId)).toMatchObject({ notified_at: expect.any(Date) });
    });

    it('stops at once on a permanent SMTP refusal (550), shows the letter failed to the admin, and delivers it after a retry', async () => {
      const app = await renderedButUnsent(`ukjent-${Date.now()}@avvist.test`);
      await ctx.db.query(
        `INSERT INTO outbox_messages (topic, payload, dedupe_key)
         VALUES ('mail.letter', jsonb_build_object('subjectId', $1::text), 'mail.letter:' || $1)`,
        [app.letterId],
      );
      const row = await waitFor(
        () => outboxRow(app.letterId),
        (r) => r.failed_at !== null,
      );
      expect(row).toMatchObject({
        attempts: 1,
        completed_at: null,
        last_error: expect.stringContaining('550'),
      });
      expect(smtp.triesOf(app.email)).toBe(1);
      expect(await decisionRow(app.decisionId)).toMatchObject({ notified_at: null });
      const admin = await ctx.f.user([Role.Admin]);
      const listed = await ctx
        .http()
        .get('/api/admin/deliveries/failed?limit=100')
        .set('authorization', admin.auth)
        .expect(200);
      expect(listed.body.items.find((f: { id: string }) => f.id === row.id)).toMatchObject({
        topic: 'mail.letter',
        subjectId: app.letterId,
        applicationId: app.id,
        lastError: expect.stringContaining('550'),
      });
      const health = await ctx.http().get('/api/health').expect(200);
      expect(health.body.deliveries.failed).toBeGreaterThan(0);

      // The organisation's address is corrected; the admin retries.
      const good = `rettet-${Date.now()}@example.org`;
      await ctx.db.query(
        'UPDATE organisations SET email = $1 WHERE id = (SELECT organisation_id FROM applications WHERE id = $2)',
        [good, app.id],
      );
      await ctx
        .http()
        .post(`/api/admin/deliveries/${row.id}/retry`)
        .set('authorization', admin.auth)
        .expect(204);
      await waitFor(
        () => outboxRow(app.letterId),
        (r) => r.completed_at !== null,
      );
      expect(smtp.to(good)).toHaveLength(1);
      expect(await decisionRow(app.decisionId)).toMatchObject({ notified_at: expect.any(Date) });
      await ctx
        .http()
        .post(`/api/admin/deliveries/${row.id}/retry`)
        .set('authorization', admin.auth)
        .expect(409);
      await ctx
        .http()
        .post('/api/admin/deliveries/999999999/retry')
        .set('authorization', admin.auth)
        .expect(404);
    });
  });

  it('lets a signatory accept, refuses a non-signatory, and lapses a declined grant, freeing the frame', async () => {
    const round = await ctx.f.round({ budgetFrameOre: 100_000_000 });
    const a = await decided({}, 'nb', round);
    const b = await decided({}, 'nb', round);
    await waitFor(
      async () =>
        (
          await ctx.db.query(
            'SELECT count(*)::int AS n FROM decisions WHERE round_id = $1 AND notified_at IS NOT NULL',
            [round.id],
          )
        )[0].n,
      (n) => n === 2,
    );
    const colleague = await ctx.f.user();
    await ctx.db.query(
      'INSERT INTO memberships (user_id, organisation_id, signatory) SELECT $1, organisation_id, false FROM applications WHERE id = $2',
      [colleague.user.id, a.id],
    );
    const version = async (id: string) =>
      (await ctx.db.query('SELECT version FROM applications WHERE id = $1', [id]))[0].version;
    const notSignatory = await ctx
      .http()
      .post(`/api/applications/${a.id}/acceptance`)
      .set('authorization', colleague.auth)
      .send({ version: await version(a.id), accept: true })
      .expect(403);
    expect(notSignatory.body.detail).toContain('signere');
    const accepted = await ctx
      .http()
      .post(`/api/applications/${a.id}/acceptance`)
      .set('authorization', a.member.auth)
      .send({ version: await version(a.id), accept: true })
      .expect(200);
    // The answer returns the changed application (to continue with its new version) and the decision.
    expect(accepted.body.decision.acceptedAt).not.toBeNull();
    expect(accepted.body.application).toMatchObject({
      id: a.id,
      status: 'accepted',
      version: await version(a.id),
    });
    const noReason = await ctx
      .http()
      .post(`/api/applications/${b.id}/acceptance`)
      .set('authorization', b.member.auth)
      .send({ version: await version(b.id), accept: false })
      .expect(422);
    expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'reason', rule: 'required' })]);
    const declined = await ctx
      .http()
      .post(`/api/applications/${b.id}/acceptance`)
      .set('authorization', b.member.auth)
      .send({ version: await version(b.id), accept: false, reason: 'Prosjektet er avlyst.' })
      .expect(200);
    expect(declined.body).toMatchObject({
      application: { id: b.id, status: 'lapsed', version: await version(b.id) },
      decision: { lapsedAt: expect.any(String), lapseReason: 'Takket nei: Prosjektet er avlyst.' },
    });
    const overview = await ctx
      .http()
      .get(`/api/rounds/${round.id}/overview`)
      .set('authorization', s.approver.auth)
      .expect(200);
    expect(overview.body.totals).toMatchObject({ grantedOre: 30_000_000, remainingOre: 70_000_000 });
    expect(
      (
        await ctx.db.query('SELECT status FROM applications WHERE id = ANY($1) ORDER BY status', [
          [a.id, b.id],
        ])
      ).map((r: { status: string }) => r.status),
    ).toEqual(['accepted', 'lapsed']);
  });

  it(
    'lapses a grant not accepted in time, tells the organisation once, and reminds 7 days before — each once, even if the scan runs twice',
    async () => {
      const app = await decided();
      const [{ acceptance_deadline: deadline }] = await waitFor(
        () => ctx.db.query('SELECT acceptance_deadline FROM decisions WHERE id = $1', [app.decisionId]),
        (rows: { acceptance_deadline: Date | null }[]) => rows[0].acceptance_deadline !== null,
      );
      const reminders = worker.get<Queue>(getQueueToken(QueueName.Reminders));
      const scan = async (label: string) => {
        await reminders.add('reminders.scan', {}, { jobId: `scan-${label}-${app.id}` });
        await waitFor(
          async () => (await reminders.getJobState(`scan-${label}-${app.id}`)) as string,
          (st) => st === 'completed',
          SCAN_WAIT_MS,
        );
      };
      ctx.clock.set(new Date(new Date(deadline as Date).getTime() - 5 * 86_400_000));
      await scan('a');
      await scan('b');
      const soon = await waitFor(
        () => smtp.to(app.email).filter((m) => m.subject?.includes('Påminnelse: aksepter')),
        (m) => m.length >= 1,
        SCAN_WAIT_MS,
      );
      await new Promise((r) => setTimeout(r, 500));
      expect(smtp.to(app.email).filter((m) => m.subject?.includes('Påminnelse: aksepter'))).toHaveLength(
        soon.length,
      );
      expect(soon).toHaveLength(1);

      ctx.clock.set(new Date(new Date(deadline as Date).getTime() + 1000));
      await scan('c');
      await scan('d');
      const lapsed = await waitFor(
        () => smtp.to(app.email).filter((m) => m.subject?.includes('falt bort')),
        (m) => m.length >= 1,
        SCAN_WAIT_MS,
      );
      await new Promise((r) => setTimeout(r, 500));
      expect(lapsed).toHaveLength(1);
      const [row] = await ctx.db.query(
        'SELECT a.status, d.lapse_reason FROM applications a JOIN decisions d ON d.application_id = a.id WHERE a.id = $1',
        [app.id],
      );
      expect(row).toEqual({ status: 'lapsed', lapse_reason: 'Vilkårene ble ikke akseptert innen fristen.' });
      const late = await ctx
        .http()
        .post(`/api/applications/${app.id}/acceptance`)
        .set('authorization', app.member.auth)
        .send({ version: 99, accept: true });
      expect(late.status).toBe(409);
    },
    SCAN_TEST_TIMEOUT_MS,
  );

  it(
    'sends the interim reply one month after submission without a decision, and not before',
    async () => {
      const app = await submitted(ctx);
      const email = await orgEmail(app.id);
      await waitFor(
        () => smtp.to(email),
        (m) => m.length >= 1,
        SCAN_WAIT_MS,
      ); // the receipt
      const reminders = worker.get<Queue>(getQueueToken(QueueName.Reminders));
      const scan = async (label: string) => {
        await reminders.add('reminders.scan', {}, { jobId: `interim-${label}-${app.id}` });
        await waitFor(
          async () => (await reminders.getJobState(`interim-${label}-${app.id}`)) as string,
          (st) => st === 'completed',
          SCAN_WAIT_MS,
        );
      };
      const submittedAt = new Date(
        (await ctx.db.query('SELECT submitted_at FROM applications WHERE id = $1', [app.id]))[0].submitted_at,
      );
      ctx.clock.set(new Date(submittedAt.getTime() + 27 * 86_400_000));
      await scan('early');
      await new Promise((r) => setTimeout(r, 1500));
      expect(
        await ctx.db.query(`SELECT 1 FROM letters WHERE application_id = $1 AND type = 'interim_reply'`, [
          app.id,
        ]),
      ).toEqual([]);
      ctx.clock.set(new Date(submittedAt.getTime() + 32 * 86_400_000));
      await scan('due');
      await scan('again');
      const mails = await waitFor(
        () => smtp.to(email).filter((m) => m.subject?.includes('Foreløpig svar')),
        (m) => m.length >= 1,
        SCAN_WAIT_MS,
      );
      await new Promise((r) => setTimeout(r, 1000));
      expect(mails).toHaveLength(1);
      expect(smtp.to(email).filter((m) => m.subject?.includes('Foreløpig svar'))).toHaveLength(1);
    },
    SCAN_TEST_TIMEOUT_MS,
  );

  it('reminds drafts 7 days and 1 day before the deadline, once each', async () => {
    const round = await ctx.f.round({ applicationDeadline: new Date(Date.now() + 6 * 86_400_000) });
    const member = await ctx.f.user();
    const org = await ctx.f.organisation([member]);
    await ctx
      .http()
      .post('/api/applications')
      .set('authorization', member.auth)
      .send({ roundId: round.id, organisationId: org.id, title: 'Utkast' })
      .expect(201);
    const reminders = worker.get<Queue>(getQueueToken(QueueName.Reminders));
    const scan = async (label: string) => {
      await reminders.add('reminders.scan', {}, { jobId: `draft-${label}-${round.id}` });
      await waitFor(
        async () => (await reminders.getJobState(`draft-${label}-${round.id}`)) as string,
        (st) => st === 'completed',
      );
    };
    await scan('1');
    await scan('2');
    ctx.clock.set(new Date(Date.now() + 5.5 * 86_400_000));
    await scan('3');
    await scan('4');
    const mails = await waitFor(
      () => smtp.to(org.email),
      (m) => m.length >= 2,
    );
    await new Promise((r) => setTimeout(r, 1000));
    expect(
      smtp
        .to(org.email)
        .map((m) => m.subject)
        .sort(),
    ).toEqual(['Påminnelse: søknadsfristen går ut om en uke', 'Påminnelse: søknadsfristen går ut om én dag']);
    expect(mails.length).toBe(2);
  });

  it('sends decision letters of a reserved round at once with the reservation; payments wait; lifting it tells each grant once', async () => {
    const round = await ctx.f.round({ budgetReservation: true });
    const granted = await decided({}, 'nb', round);
    const grantedNn = await decided({}, 'nn', round);
    const rejected = await decided(
      { recommendedOutcome: 'rejection', recommendedAmountOre: 0, conditions: [] },
      'nb',
      round,
    );
    // docs/domain.md §4: the letter goes out now and carries the reservation.
    for (const app of [granted, grantedNn, rejected]) {
      await waitFor(
        () =>
          smtp.to(app.email).filter((m) => m.subject?.includes('Vedtak') || m.subject?.includes('Avslag')),
        (m) => m.length >= 1,
      );
    }
    expect(compactText(await letterText(granted.id, granted.member, 'partial_grant'))).toContain(
      compactText('Tilskuddet gis med forbehold om Stortingets vedtak om statsbudsjettet for'),
    );
    expect(compactText(await letterText(grantedNn.id, grantedNn.member, 'partial_grant'))).toContain(
      compactText('Tilskotet blir gitt med atterhald om vedtaket i Stortinget om statsbudsjettet for'),
    );
    const [notified] = await ctx.db.query('SELECT notified_at FROM decisions WHERE id = $1', [
      granted.decisionId,
    ]);
    expect(notified.notified_at).not.toBeNull();

    // Accepted, the account verified — and still nothing can be attested while the reservation stands.
    const [{ organisation_id: organisationId }] = await ctx.db.query(
      'SELECT organisation_id FROM applications WHERE id = $1',
      [granted.id],
    );
    const grant: AcceptedGrant = {
      applicationId: granted.id,
      decisionId: granted.decisionId,
      organisationId,
      member: granted.member,
      round,
    };
    await answerGrant(ctx, grant, true);
    await verifyAccount(ctx, await ctx.f.user([Role.Caseworker]), organisationId).expect(200);
    const finance = await ctx.f.user([Role.Finance]);
    const [disbursement] = await disbursementsOf(ctx, granted.id);
    const refused = await attest(ctx, finance, disbursement).expect(409);
    expect(refused.body.detail).toContain('forbehold om Stortingets budsjettvedtak');

    const admin = await ctx.f.user([Role.Admin]);
    await ctx
      .http()
      .post(`/api/rounds/${round.id}/lift-budget-reservation`)
      .set('authorization', admin.auth)
      .send({ version: 1 })
      .expect(200);
    const notice = await waitFor(
      () =>
        smtp
          .to(granted.email)
          .filter((m) => m.subject?.startsWith('Melding om at budsjettforbeholdet er opphevet')),
      (m) => m.length >= 1,
    );
    const noticeNn = await waitFor(
      () =>
        smtp
          .to(grantedNn.email)
          .filter((m) => m.subject?.startsWith('Melding om at budsjettatterhaldet er oppheva')),
      (m) => m.length >= 1,
    );
    expect(noticeNn[0].from?.value[0].name).toBe('Sekretariatet for konfliktråda');
    expect(noticeNn[0].text).toContain('Sekretariatet for konfliktråda');
    const text = compactText(await letterText(granted.id, granted.member, 'budget_reservation_lifted'));
    expect(text).toContain(compactText('Stortinget har nå vedtatt budsjettet, og forbeholdet er opphevet.'));
    expect(text).toContain(compactText('Tilskuddet på kr 300 000 står ved lag'));
    expect(await attest(ctx, finance, disbursement).expect(200)).toBeTruthy();
    // The notice is not the decision's notification: the deadlines stay as the decision letter's delivery set them.
    const [after] = await ctx.db.query('SELECT notified_at FROM decisions WHERE id = $1', [
      granted.decisionId,
    ]);
    expect(after.notified_at).toEqual(notified.notified_at);

    // Once per decision, and only to grants: lifting again is refused, and the rejection got no notice.
    await ctx
      .http()
      .post(`/api/rounds/${round.id}/lift-budget-reservation`)
      .set('authorization', admin.auth)
      .send({ version: 2 })
      .expect(409);
    await new Promise((r) => setTimeout(r, 1500));
    expect(notice).toHaveLength(1);
    expect(smtp.to(granted.email).filter((m) => m.subject?.startsWith('Melding om'))).toHaveLength(1);
    expect(smtp.to(rejected.email).filter((m) => m.subject?.startsWith('Melding om'))).toHaveLength(0);
    expect(
      (await ctx.f.auditEvents(round.id)).find((e) => e.action === 'round.budget_reservation_lifted')?.after,
    ).toMatchObject({
      budgetReservation: false,
      notifiedDecisions: expect.arrayContaining([granted.decisionId]),
    });
  });

  describe('report review letters', () => {
    const review = (grant: AcceptedGrant, body: Record<string, unknown>) =>
      ctx
        .http()
        .post(`/api/applications/${grant.applicationId}/report/review`)
        .set('authorization', s.caseworker.auth)
        .send({ version: 2, ...body });
    it("sends a report approval letter with the figures and the caseworker's comment", async () => {
      const grant = await acceptedGrant(ctx, s, { amountOre: 1_000_000 });
      await submitReport(ctx, grant, 1_000_000);
      await declare(ctx, s.caseworker, grant.applicationId).expect(201);
      await review(grant, { outcome: 'approve', comment: 'Takk for en grundig rapport.' }).expect(200);
      const email = await orgEmail(grant.applicationId);
      expect(await mailsTitledAny(email, 'Godkjenning av rapport om bruk av tilskudd')).toHaveLength(1);
      const text = await letterText(grant.applicationId, grant.member, 'report_approval');
      for (const expected of [
        'Rapporten er godkjent',
        'Tilskudd: kr 10 000',
        'Brukt ifølge regnskapet: kr 10 000',
        'Ikke brukt: kr 0',
        'Takk for en grundig rapport.',
        'Riksrevisjonen',
      ]) {
        expect(compactText(text)).toContain(compactText(expected));
      }
      expect(text).not.toContain('Klagefrist');
    });

    it('sends a repayment claim as a decision in nynorsk; its delivery starts the appeal period, and the ledger shows the claim', async () => {
      const year = 2070 + Math.floor(Math.random() * 9);
      const round = await ctx.f.round({ year });
      const grant = await acceptedGrant(ctx, s, { round, amountOre: 1_000_000 });
      await ctx.db.query(`UPDATE organisations SET preferred_language = 'nn' WHERE id = $1`, [
        grant.organisationId,
      ]);
      await submitReport(ctx, grant, 600_000);
      await declare(ctx, s.caseworker, grant.applicationId).expect(201);
      const dueDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
      const reason = 'Tiltaket vart avslutta tidlegare enn planlagt, og midlane kan ikkje overførast.';
      const claimed = await review(grant, { outcome: 'claim', claim: { reason, dueDate } }).expect(200);
      expect(claimed.body.repaymentClaim).toMatchObject({
        amountOre: 400_000,
        notifiedAt: null,
        appealDeadline: null,
      });

      const email = await orgEmail(grant.applicationId);
      expect(await mailsTitledAny(email, 'Vedtak om tilbakebetaling av tilskot')).toHaveLength(1);
      const text = await letterText(grant.applicationId, grant.member, 'repayment_claim');
      const view = await waitFor(
        async () =>
          (
            await ctx
              .http()
              .get(`/api/applications/${grant.applicationId}/report`)
              .set('authorization', grant.member.auth)
              .expect(200)
          ).body.repaymentClaim,
        (claim) => claim.notifiedAt !== null,
      );
      const notified = new Date(view.notifiedAt).getTime();
      const appealDeadline = new Date(view.appealDeadline);
      expect(appealDeadline.getTime() - notified).toBeGreaterThan(21 * 86_400_000 - 1000);
      expect(appealDeadline.getTime() - notified).toBeLessThan(22 * 86_400_000);
      for (const expected of [
        'Vedtak om tilbakebetaling av tilskot',
        'krev at de betaler tilbake kr 4 000 av tilskotet',
        'De fekk eit tilskot på kr 10 000',
        'er kr 6 000 brukt, og kr 4 000 er ikkje brukt',
        reason,
        `Beløpet må vere betalt innan ${formatIsoDate(dueDate)}.`,
        'kontonummer 8601.11.17947',
        'De kan klage på vedtaket',
        formatOsloNorwegian(appealDeadline, false),
        'Justis- og beredskapsdepartementet',
        'forvaltningslova §§ 18 og 19',
      ]) {
        expect(compactText(text)).toContain(compactText(expected));
      }
      expect(await ctx.f.auditEvents(view.id)).toEqual(
        expect.arrayContaining([expect.objectContaining({ action: 'repayment_claim.notified' })]),
      );

      const finance = await ctx.f.user([Role.Finance]);
      const ledger = await ctx
        .http()
        .get(`/api/budget-ledger?year=${year}&roundId=${round.id}`)
        .set('authorization', finance.auth)
        .expect(200);
      expect(ledger.body.rounds[0]).toMatchObject({ claimedOre: 400_000, repaidOre: 0 });
      // Exactly one letter per claim, however often the job runs.
      expect(
        await ctx.db.query(`SELECT count(*)::int AS n FROM letters WHERE subject_id = $1`, [view.id]),
      ).toEqual([{ n: 1 }]);
    });
  });

  describe('appeal letters', () => {
    it("forwards an appeal with a letter, and the new decision carrying out the appeal body's outcome says what it replaces", async () => {
      const app = await decided();
      await mailsTitledAny(app.email, 'Vedtak');
      const caseworker2 = await ctx.f.user([Role.Caseworker]);
      const act = (who: { auth: string }, path: string, body: Record<string, unknown>) =>
        ctx.http().post(path).set('authorization', who.auth).send(body);
      const appeal = (
        await act(app.member, `/api/applications/${app.id}/appeals`, {
          grounds: 'Vi ber om fullt tilskudd fordi administrasjonen er delfinansiert.',
        }).expect(201)
      ).body;
      expect(appeal.late).toBe(false);
      await declare(ctx, caseworker2, app.id).expect(201);
      const taken = (await act(caseworker2, `/api/appeals/${appeal.id}/take`, { version: 1 }).expect(200))
        .body;
      const statement = 'Sfk har vurdert klagen og finner ikke grunn til å endre prioriteringen.';
      const forwarded = (
        await act(caseworker2, `/api/appeals/${appeal.id}/forwarding`, {
          version: taken.version,
          statement,
        }).expect(200)
      ).body;
      await mailsTitledAny(app.email, 'Klagen er sendt til klageinstansen');
      const forwardingText = compactText(await letterText(app.id, app.member, 'appeal_forwarded'));
      expect(forwardingText).toContain(compactText(statement));
      expect(forwardingText).toContain(compactText('finner ikke grunn til å endre vedtaket'));

      const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
      const changed = (
        await act(caseworker2, `/api/appeals/${appeal.id}/appeal-body-outcome`, {
          version: forwarded.version,
          outcome: 'changed',
          decidedOn: today,
        }).expect(200)
      ).body;
      const proposed = (
        await act(caseworker2, `/api/appeals/${appeal.id}/new-decision-proposal`, {
          version: changed.version,
          outcome: 'granted',
          amountOre: 50_000_000,
          reasons: REASONS,
          conditions: ['Midlene brukes til botilbudet.'],
        }).expect(200)
      ).body;
      await act(s.approver, `/api/appeals/${appeal.id}/new-decision`, { version: proposed.version }).expect(
        200,
      );
      const decisionMails = await waitFor(
        () => smtp.to(app.email).filter((m) => m.subject?.startsWith('Vedtak')),
        (m) => m.length >= 2,
      );
      expect(decisionMails).toHaveLength(2);
      const text = compactText(await letterText(app.id, app.member, 'grant'));
      expect(text).toContain(compactText('Dette vedtaket er gjort etter klage og erstatter vedtaket av'));
      expect(text).toContain(compactText('kr 500 000'));
    });

    it('drops a repayment claim on appeal with a decision letter', async () => {
      const grant = await acceptedGrant(ctx, s, { amountOre: 1_000_000 });
      await submitReport(ctx, grant, 600_000);
      await declare(ctx, s.caseworker, grant.applicationId).expect(201);
      const dueDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
      const claim = (
        await ctx
          .http()
          .post(`/api/applications/${grant.applicationId}/report/review`)
          .set('authorization', s.caseworker.auth)
          .send({ version: 2, outcome: 'claim', claim: { reason: 'Ubrukte midler.', dueDate } })
          .expect(200)
      ).body.repaymentClaim;
      const post = (who: { auth: string }, path: string, body: Record<string, unknown>) =>
        ctx.http().post(path).set('authorization', who.auth).send(body);
      const appeal = (
        await post(grant.member, `/api/applications/${grant.applicationId}/appeals`, {
          subjectType: 'repayment_claim',
          subjectId: claim.id,
          grounds: 'Midlene er brukt; kvitteringene ligger ved.',
        }).expect(201)
      ).body;
      const caseworker2 = await ctx.f.user([Role.Caseworker]);
      await declare(ctx, caseworker2, grant.applicationId).expect(201);
      const taken = (await post(caseworker2, `/api/appeals/${appeal.id}/take`, { version: 1 }).expect(200))
        .body;
      const proposed = (
        await post(caseworker2, `/api/appeals/${appeal.id}/new-decision-proposal`, {
          version: taken.version,
          amountOre: 0,
          reasons: REASONS,
        }).expect(200)
      ).body;
      await post(s.approver, `/api/appeals/${appeal.id}/new-decision`, { version: proposed.version }).expect(
        200,
      );
      const email = await orgEmail(grant.applicationId);
      expect(
        await mailsTitledAny(email, 'Vedtak etter klage på krav om tilbakebetaling av tilskudd'),
      ).toHaveLength(1);
      const text = compactText(await letterText(grant.applicationId, grant.member, 'claim_revised'));
      expect(text).toContain(compactText('frafaller kravet om tilbakebetaling av kr 4 000'));
      expect(text).toContain(compactText(REASONS.mainConsiderations));
      expect(text).toContain(compactText('Dere kan klage på vedtaket'));
      expect(text).not.toContain(compactText('Beløpet må være betalt'));
    });
  });
});
