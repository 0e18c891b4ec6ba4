import { Role } from '@app/grants';
import { createTestApp, TestContext } from '../support/test-app';
import { TestUser } from '../support/factories';

describe('schemes and rounds', () => {
  let ctx: TestContext;
  let admin: TestUser;
  beforeAll(async () => {
    ctx = await createTestApp();
    admin = await ctx.f.user([Role.Admin]);
  });
  afterAll(() => ctx.close());
  beforeEach(() => ctx.clock.set(new Date()));

  function createScheme(overrides: Record<string, unknown> = {}) {
    return ctx
      .http()
      .post('/api/schemes')
      .set('authorization', admin.auth)
      .send(ctx.f.schemeInput(overrides));
  }

  it('lets an admin create a scheme with every part of it, audited', async () => {
    const res = await createScheme({ nameNn: 'Testordning på nynorsk' }).expect(201);
    expect(res.body).toMatchObject({
      nameNn: 'Testordning på nynorsk',
      legalBasisSections: ['§ 1', '§ 2'],
      eligibleOrganisationForms: ['association', 'foundation'],
      measureCategories: [
        { code: 'a', name: 'Botilbud' },
        { code: 'b', name: 'Rådgivning' },
      ],
      assessmentCriteria: [
        expect.objectContaining({ code: 'relevance', weight: 60 }),
        expect.objectContaining({ weight: 40 }),
      ],
      requiredAttachmentKinds: ['statutes', 'budget'],
      auditorThresholdOre: 20_000_000,
      appealBody: 'Justis- og beredskapsdepartementet',
      budgetChapter: '0433',
      budgetPost: '70',
      version: 1,
    });
    expect((await ctx.f.auditEvents(res.body.id)).map((e) => e.action)).toEqual(['scheme.created']);
  });

  it('refuses criteria weights that do not add up to 100, and duplicate codes, naming the field', async () => {
    const res = await createScheme({
      assessmentCriteria: [
        { code: 'a', name: 'A', weight: 50 },
        { code: 'a', name: 'B', weight: 30 },
      ],
    }).expect(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ field: 'assessmentCriteria', rule: 'weightsSumTo100' }),
      expect.objectContaining({ field: 'assessmentCriteria', rule: 'uniqueCodes' }),
    ]);
  });

  it('names nested fields by path when a list item is invalid', async () => {
    const res = await createScheme({
      measureCategories: [
        { code: 'a', name: 'ok' },
        { code: 'B C', name: 'x' },
      ],
    }).expect(400);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ field: 'measureCategories[1].code', rule: 'matches' }),
    ]);
  });

  it('refuses a duplicate scheme code with 409', async () => {
    const first = await createScheme().expect(201);
    const dup = await createScheme({ code: first.body.code }).expect(409);
    expect(dup.body.errors).toEqual([expect.objectContaining({ field: 'code', rule: 'unique' })]);
  });

  it('creates a round with the defaults of docs/domain.md §2, in Europe/Oslo time', async () => {
    const scheme = await createScheme().expect(201);
    const res = await ctx
      .http()
      .post('/api/rounds')
      .set('authorization', admin.auth)
      .send({
        schemeId: scheme.body.id,
        year: 2031,
        budgetFrameOre: 3_920_000_000,
        opensAt: '2030-10-15T00:00:00',
      })
      .expect(201);
    expect(res.body).toMatchObject({
      schemeCode: scheme.body.code,
      year: 2031,
      status: 'draft',
      budgetFrameOre: 3_920_000_000,
      acceptancePeriodDays: 21,
      budgetReservation: false,
      budgetChapter: '0433',
      budgetPost: '70',
      // 1 December the year before, 23:59 in Oslo (winter time, UTC+1)
      applicationDeadline: {
        at: '2030-12-01T22:59:59.000Z',
        local: '2030-12-01T23:59:59+01:00',
        text: '1. desember 2030 kl. 23:59',
      },
      // 1 April the year after, end of day (summer time, UTC+2)
      reportDeadline: { at: '2032-04-01T21:59:59.000Z', local: '2032-04-01T23:59:59+02:00' },
      // 15 October is summer time: midnight local is 22:00 UTC the day before
      opensAt: { at: '2030-10-14T22:00:00.000Z' },
      openForApplications: false,
    });
    expect((await ctx.f.auditEvents(res.body.id)).map((e) => e.action)).toEqual(['round.created']);

    const twice = await ctx
      .http()
      .post('/api/rounds')
      .set('authorization', admin.auth)
      .send({ schemeId: scheme.body.id, year: 2031, budgetFrameOre: 1, opensAt: '2030-10-15T00:00:00' })
      .expect(409);
    expect(twice.body.errors).toEqual([expect.objectContaining({ field: 'year', rule: 'unique' })]);
  });

  it('refuses deadlines in the wrong order and malformed times, naming the field', async () => {
    const scheme = await ctx.f.scheme();
    const order = await ctx
      .http()
      .post('/api/rounds')
      .set('authorization', admin.auth)
      .send({
        schemeId: scheme.id,
        year: 2040,
        budgetFrameOre: 100,
        opensAt: '2040-01-01T00:00:00',
        applicationDeadline: '2039-12-01T23:59:59',
      })
      .expect(422);
    expect(order.body.errors).toEqual([
      expect.objectContaining({ field: 'applicationDeadline', rule: 'afterOpensAt' }),
    ]);
    const malformed = await ctx
      .http()
      .post('/api/rounds')
      .set('authorization', admin.auth)
      .send({ schemeId: scheme.id, year: 2040, budgetFrameOre: 1.5, opensAt: '1. desember' })
      .expect(400);
    expect(malformed.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'opensAt', rule: 'isDate' }),
        expect.objectContaining({ field: 'budgetFrameOre', rule: 'isInt' }),
      ]),
    );
    // 02:30 on the last Sunday of March 2040 does not exist in Oslo: the answer names the clock change.
    const skipped = await ctx
      .http()
      .post('/api/rounds')
      .set('authorization', admin.auth)
      .send({ schemeId: scheme.id, year: 2040, budgetFrameOre: 100, opensAt: '2040-03-25T02:30:00' })
      .expect(400);
    expect(skipped.body.errors).toEqual([
      expect.objectContaining({
        field: 'opensAt',
        message: expect.stringMatching(
          /^2040-03-25T02:30:00 finnes ikke i norsk tid: .*sommertid.*02:00 til 03:00/,
        ),
      }),
    ]);
  });

  it('publishes a round: it appears in the public list with its scheme text; drafts never do', async () => {
    const scheme = await ctx.f.scheme();
    const now = Date.now();
    const draft = await ctx.f.round({
      schemeId: scheme.id,
      year: 2050,
      status: 'draft' as never,
      publishedAt: null,
      applicationDeadline: new Date(now + 60 * 86_400_000),
    });
    const other = await ctx.f.round({
      schemeId: scheme.id,
      year: 2051,
      status: 'draft' as never,
      publishedAt: null,
    });

    await ctx.http().get(`/api/public/rounds/${draft.id}`).expect(404);
    const published = await ctx
      .http()
      .post(`/api/rounds/${draft.id}/publish`)
      .set('authorization', admin.auth)
      .send({ version: 1 })
      .expect(200);
    expect(published.body).toMatchObject({ status: 'published', version: 2, openForApplications: true });
    expect(new Date(published.body.publishedAt).getTime()).toBeGreaterThanOrEqual(now - 1000);

    const publicRound = await ctx.http().get(`/api/public/rounds/${draft.id}`).expect(200);
    expect(publicRound.body).toMatchObject({
      id: draft.id,
      openForApplications: true,
      scheme: { code: scheme.code, purpose: scheme.purpose, measureCategories: scheme.measureCategories },
    });
    expect(publicRound.body.scheme).not.toHaveProperty('reportIndicators');
    expect(publicRound.body).not.toHaveProperty('version');

    // Every page: the suite's other files publish rounds in the same database, often more than one page.
    const ids: string[] = [];
    for (let offset = 0; ; offset += 100) {
      const page = await ctx.http().get(`/api/public/rounds?limit=100&offset=${offset}`).expect(200);
      ids.push(...page.body.items.map((r: { id: string }) => r.id));
      if (page.body.items.length < 100) break;
    }
    expect(ids).toContain(draft.id);
    expect(ids).not.toContain(other.id);
    expect((await ctx.f.auditEvents(draft.id)).map((e) => e.action)).toEqual(['round.publish']);
  });

  it('answers 409 naming the current state for transitions the state machine does not allow', async () => {
    const round = await ctx.f.round({
      status: 'draft' as never,
      publishedAt: null,
      applicationDeadline: new Date(Date.now() + 60 * 86_400_000),
    });
    const close = await ctx
      .http()
      .post(`/api/rounds/${round.id}/close`)
      .set('authorization', admin.auth)
      .send({ version: 1 })
      .expect(409);
    expect(close.body).toMatchObject({ type: 'urn:problem:tilskudd:invalid-state', currentState: 'draft' });
    await ctx
      .http()
      .post(`/api/rounds/${round.id}/publish`)
      .set('authorization', admin.auth)
      .send({ version: 1 })
      .expect(200);
    const again = await ctx
      .http()
      .post(`/api/rounds/${round.id}/publish`)
      .set('authorization', admin.auth)
      .send({ version: 2 })
      .expect(409);
    expect(again.body).toMatchObject({ currentState: 'published' });
    expect(again.body.detail).toContain('publisert');
  });

  describe('the six weeks between publication and deadline (docs/domain.md §2)', () => {
    const draftWithDeadline = (days: number) =>
      ctx.f.round({
        status: 'draft' as never,
        publishedAt: null,
        applicationDeadline: new Date(Date.now() + days * 86_400_000),
      });
    const publish = (id: string, body: Record<string, unknown>) =>
      ctx
        .http()
        .post(`/api/rounds/${id}/publish`)
        .set('authorization', admin.auth)
        .send({ version: 1, ...body });

    it('refuses to publish a call with less than six weeks to the deadline without a reason (422, row unchanged)', async () => {
      const round = await draftWithDeadline(30);
      const refused = await publish(round.id, {}).expect(422);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body.errors).toEqual([
        expect.objectContaining({ field: 'shortNoticeReason', rule: 'minimumNotice' }),
      ]);
      expect(refused.body.detail).toContain('minst 42 dager');
      const blank = await publish(round.id, { shortNoticeReason: '   ' }).expect(400);
      expect(blank.body.errors[0].field).toBe('shortNoticeReason');
      const [row] = await ctx.db.query(
        'SELECT status, version, published_at FROM grant_rounds WHERE id = $1',
        [round.id],
      );
      expect(row).toEqual({ status: 'draft', version: 1, published_at: null });
    });

    it('publishes a call with a shorter notice when a reason is given, and stores and audits the reason', async () => {
      const round = await draftWithDeadline(30);
      const reason = 'Utlysningen ble forsinket av departementets tildelingsbrev.';
      const published = await publish(round.id, { shortNoticeReason: reason }).expect(200);
      expect(published.body).toMatchObject({ status: 'published', shortNoticeReason: reason });
      const [row] = await ctx.db.query('SELECT short_notice_reason FROM grant_rounds WHERE id = $1', [
        round.id,
      ]);
      expect(row.short_notice_reason).toBe(reason);
      const [event] = await ctx.f.auditEvents(round.id);
      expect(event.action).toBe('round.publish');
      expect(event.after).toMatchObject({ shortNoticeReason: reason });
    });

    it('publishes a call with six weeks or more without a reason (counted in Oslo calendar days)', async () => {
      const round = await draftWithDeadline(43);
      const published = await publish(round.id, {}).expect(200);
      expect(published.body).toMatchObject({ status: 'published', shortNoticeReason: null });
    });
  });

  it('closes a round only after its deadline (the clock decides)', async () => {
    const deadline = new Date(Date.now() + 3600_000);
    const round = await ctx.f.round({ applicationDeadline: deadline });
    const early = await ctx
      .http()
      .post(`/api/rounds/${round.id}/close`)
      .set('authorization', admin.auth)
      .send({ version: 1 })
      .expect(409);
    expect(early.body).toMatchObject({ currentState: 'published' });
    ctx.clock.set(new Date(deadline.getTime() + 1000));
    const closed = await ctx
      .http()
      .post(`/api/rounds/${round.id}/close`)
      .set('authorization', admin.auth)
      .send({ version: 1 })
      .expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', openForApplications: false });
    expect(closed.body.closedAt).toBe(new Date(deadline.getTime() + 1000).toISOString());
  });

  it('after publishing, only extends the deadline and never changes the year-defining fields', async () => {
    const round = await ctx.f.round();
    const earlier = new Date(round.applicationDeadline.getTime() - 86_400_000).toISOString();
    const shorten = await ctx
      .http()
      .patch(`/api/rounds/${round.id}`)
      .set('authorization', admin.auth)
      .send({ version: 1, applicationDeadline: earlier })
      .expect(422);
    expect(shorten.body.errors).toEqual([
      expect.objectContaining({ field: 'applicationDeadline', rule: 'extendOnly' }),
    ]);
    const opens = await ctx
      .http()
      .patch(`/api/rounds/${round.id}`)
      .set('authorization', admin.auth)
      .send({ version: 1, opensAt: new Date().toISOString(), budgetChapter: '0440' })
      .expect(422);
    expect(opens.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'budgetChapter',
      'opensAt',
    ]);
    const later = new Date(round.applicationDeadline.getTime() + 86_400_000).toISOString();
    const ok = await ctx
      .http()
      .patch(`/api/rounds/${round.id}`)
      .set('authorization', admin.auth)
      .send({
        version: 1,
        applicationDeadline: later,
        budgetFrameOre: 5_000_000_000,
        budgetReservation: true,
      })
      .expect(200);
    expect(ok.body).toMatchObject({ version: 2, budgetFrameOre: 5_000_000_000, budgetReservation: true });
    expect(ok.body.applicationDeadline.at).toBe(later);
    const events = await ctx.f.auditEvents(round.id);
    expect(events.map((e) => e.action)).toEqual(['round.updated']);
    expect(events[0].before).toMatchObject({ budgetFrameOre: 1_000_000_000 });
    expect(events[0].after).toMatchObject({ budgetFrameOre: 5_000_000_000 });
  });

  it('freezes categories and criteria while a round of the scheme runs', async () => {
    const scheme = await ctx.f.scheme();
    await ctx.f.round({ schemeId: scheme.id });
    const res = await ctx
      .http()
      .patch(`/api/schemes/${scheme.id}`)
      .set('authorization', admin.auth)
      .send({ version: 1, measureCategories: [{ code: 'z', name: 'Ny' }] })
      .expect(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ field: 'measureCategories', rule: 'frozenWhileRoundRuns' }),
    ]);
    const text = await ctx
      .http()
      .patch(`/api/schemes/${scheme.id}`)
      .set('authorization', admin.auth)
      .send({ version: 1, purpose: 'Nytt formål.' })
      .expect(200);
    expect(text.body).toMatchObject({ purpose: 'Nytt formål.', version: 2 });
  });

  it('lists rounds for staff with filters and pagination bounds', async () => {
    const scheme = await ctx.f.scheme();
    const a = await ctx.f.round({ schemeId: scheme.id, year: 2060 });
    await ctx.f.round({ schemeId: scheme.id, year: 2061, status: 'draft' as never });
    const caseworker = await ctx.f.user([Role.Caseworker]);
    const res = await ctx
      .http()
      .get(`/api/rounds?schemeId=${scheme.id}&status=published`)
      .set('authorization', caseworker.auth)
      .expect(200);
    expect(res.body).toMatchObject({ total: 1, limit: 25, offset: 0 });
    expect(res.body.items[0].id).toBe(a.id);
    const tooMany = await ctx
      .http()
      .get('/api/rounds?limit=1000')
      .set('authorization', caseworker.auth)
      .expect(400);
    expect(tooMany.body.errors).toEqual([expect.objectContaining({ field: 'limit', rule: 'max' })]);
  });
});
