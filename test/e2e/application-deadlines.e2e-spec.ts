import { Role } from '@app/grants';
import { osloLocalToInstant } from '@app/platform';
import { createTestApp, TestContext } from '../support/test-app';
import { completeContent, upload } from '../support/applications';
import { TestUser } from '../support/factories';

/**
 * The server clock decides the deadline, in Europe/Oslo local time: the whole second 23:59:59 is in
 * time, 00:00:00 is late — in winter, in summer and on the days the clocks change.
 */
describe('application deadline in Europe/Oslo time', () => {
  let ctx: TestContext;
  let admin: TestUser;
  beforeAll(async () => {
    ctx = await createTestApp();
    admin = await ctx.f.user([Role.Admin]);
  });
  afterAll(() => ctx.close());

  /** A round created and published through the API with the deadline as Oslo wall-clock time. */
  async function roundWithDeadline(localDeadline: string) {
    const deadline = osloLocalToInstant(localDeadline);
    ctx.clock.set(new Date(deadline.getTime() - 10 * 86_400_000));
    const scheme = await ctx.f.scheme();
    const created = await ctx
      .http()
      .post('/api/rounds')
      .set('authorization', admin.auth)
      .send({
        schemeId: scheme.id,
        year: deadline.getUTCFullYear() + 1,
        budgetFrameOre: 1_000_000_000,
        opensAt: new Date(deadline.getTime() - 30 * 86_400_000).toISOString(),
        applicationDeadline: localDeadline,
      })
      .expect(201);
    await ctx
      .http()
      .post(`/api/rounds/${created.body.id}/publish`)
      .set('authorization', admin.auth)
      .send({ version: 1, shortNoticeReason: 'Kort frist i testen.' })
      .expect(200);
    return {
      id: created.body.id as string,
      deadline,
      local: created.body.applicationDeadline.local as string,
    };
  }

  async function draftIn(roundId: string) {
    const member = await ctx.f.user();
    const org = await ctx.f.organisation([member]);
    const res = await ctx
      .http()
      .post('/api/applications')
      .set('authorization', member.auth)
      .send({ roundId, organisationId: org.id, ...completeContent() })
      .expect(201);
    for (const kind of ['statutes', 'budget']) await upload(ctx, member, res.body.id, kind).expect(201);
    return { member, id: res.body.id as string };
  }

  async function submitAt(instant: Date, member: TestUser, id: string) {
    ctx.clock.set(instant);
    const [{ version }] = await ctx.db.query('SELECT version FROM applications WHERE id = $1', [id]);
    return ctx
      .http()
      .post(`/api/applications/${id}/submit`)
      .set('authorization', member.auth)
      .send({ version });
  }

  it.each([
    ['a winter deadline (1 December)', '2030-12-01T23:59:59', '+01:00'],
    ['the spring change day (last Sunday of March, 02:00 → 03:00)', '2031-03-30T23:59:59', '+02:00'],
    ['the autumn change day (last Sunday of October, 03:00 → 02:00)', '2031-10-26T23:59:59', '+01:00'],
    ['a summer deadline', '2031-06-15T23:59:59', '+02:00'],
  ])('%s: 23:59:59 local is in time, 00:00:00 is late', async (_name, localDeadline, offset) => {
    const round = await roundWithDeadline(localDeadline);
    expect(round.local).toBe(`${localDeadline}${offset}`);

    const early = await draftIn(round.id);
    // The last moment: 23:59:59.999 local.
    const inTime = await submitAt(new Date(round.deadline.getTime() + 999), early.member, early.id);
    expect(inTime.status).toBe(200);
    expect(inTime.body.referenceNumber).toMatch(/-0001$/);

    ctx.clock.set(new Date(round.deadline.getTime() - 3_600_000));
    const late = await draftIn(round.id);
    const midnight = new Date(round.deadline.getTime() + 1000); // 00:00:00 local, the next day
    const refused = await submitAt(midnight, late.member, late.id);
    expect(refused.status).toBe(422);
    const dateText = localDeadline.slice(8, 10).replace(/^0/, '');
    expect(refused.body.errors).toEqual([
      {
        field: 'submittedAt',
        rule: 'deadline',
        message: expect.stringMatching(
          new RegExp(`^Søknadsfristen gikk ut ${dateText}\\. \\S+ \\d{4} kl\\. 23:59 \\(norsk tid\\)`),
        ),
      },
    ]);
    const [row] = await ctx.db.query('SELECT status, reference_number FROM applications WHERE id = $1', [
      late.id,
    ]);
    expect(row).toEqual({ status: 'draft', reference_number: null });
  });

  it('gives 30 simultaneous submissions in one round 30 distinct, consecutive reference numbers', async () => {
    const round = await roundWithDeadline('2032-12-01T23:59:59');
    const drafts = [];
    for (let i = 0; i < 30; i++) drafts.push(await draftIn(round.id));
    ctx.clock.set(new Date(round.deadline.getTime() - 60_000));
    const results = await Promise.all(
      drafts.map(({ member, id }) =>
        ctx
          .http()
          .post(`/api/applications/${id}/submit`)
          .set('authorization', member.auth)
          .send({ version: 1 }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(30).fill(200));
    const numbers = results.map((r) => r.body.referenceNumber as string).sort();
    const prefix = numbers[0].slice(0, -4);
    expect(numbers).toEqual(
      Array.from({ length: 30 }, (_, i) => `${prefix}${String(i + 1).padStart(4, '0')}`),
    );
    const [counter] = await ctx.db.query('SELECT last_number FROM reference_counters WHERE round_id = $1', [
      round.id,
    ]);
    expect(counter.last_number).toBe(30);
  });

  it('leaves no gap when a submission fails inside its transaction', async () => {
    const round = await roundWithDeadline('2033-12-01T23:59:59');
    const ok1 = await draftIn(round.id);
    const incomplete = await draftIn(round.id);
    const ok2 = await draftIn(round.id);
    await ctx.db.query(`UPDATE applications SET signatory = NULL WHERE id = $1`, [incomplete.id]);
    const at = new Date(round.deadline.getTime() - 60_000);
    expect((await submitAt(at, ok1.member, ok1.id)).body.referenceNumber).toMatch(/-0001$/);
    expect((await submitAt(at, incomplete.member, incomplete.id)).status).toBe(422);
    expect((await submitAt(at, ok2.member, ok2.id)).body.referenceNumber).toMatch(/-0002$/);
  });
});
