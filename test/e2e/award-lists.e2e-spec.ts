import { GrantRound, RoundStatus } from '@app/grants';
import type { components } from '../../apps/web/src/api/schema';
import { decideRound, staff, Staff } from '../support/case-handling';
import { acceptedGrant, notifiedGrant, osloToday } from '../support/payments';
import { createTestApp, TestContext } from '../support/test-app';

/** A list of award lists' item, as the API's generated types name it. */
type Listed = components['schemas']['PublicAwardListResponse'];

/**
 * The public list of award lists (GET /api/public/award-lists): every decided round, newest grant year first, with
 * what its award list says summed up — without login, paged, and never a round that is not decided.
 */
describe('the public list of award lists', () => {
  let ctx: TestContext;
  let s: Staff;
  let decided: GrantRound;
  let emptyDecided: GrantRound;
  let open: GrantRound;
  let draft: GrantRound;
  const tilskuddNoId = `DT-${String(Date.now()).slice(-8)}`;

  const decide = (round: GrantRound) => decideRound(ctx, s.approver, round.id);

  /** Every page of the list, walked with the given page size. */
  async function everything(limit: number): Promise<{ items: Listed[]; totals: number[] }> {
    const items: Listed[] = [];
    const totals: number[] = [];
    for (let offset = 0; ; offset += limit) {
      const res = await ctx.http().get(`/api/public/award-lists?limit=${limit}&offset=${offset}`).expect(200);
      expect(res.body).toMatchObject({ limit, offset, totalIsExact: true });
      totals.push(res.body.total);
      items.push(...res.body.items);
      if (res.body.items.length < limit) return { items, totals };
    }
  }

  beforeAll(async () => {
    ctx = await createTestApp();
    s = await staff(ctx);
    const scheme = await ctx.f.scheme({ tilskuddNoId });
    decided = await ctx.f.round({ schemeId: scheme.id, year: 2098, title: 'Tiltak mot menneskehandel 2098' });
    // Two accepted grants are listed; a grant still waiting for its acceptance is not (yet).
    await acceptedGrant(ctx, s, { round: decided, amountOre: 40_000_000, verifyAccountBy: null });
    await acceptedGrant(ctx, s, { round: decided, amountOre: 12_500_050, verifyAccountBy: null });
    await notifiedGrant(ctx, s, { round: decided, amountOre: 30_000_000 });
    await decide(decided);
    emptyDecided = await ctx.f.round({ schemeId: scheme.id, year: 2097 });
    await decide(emptyDecided);
    open = await ctx.f.round({ schemeId: scheme.id, year: 2099 });
    draft = await ctx.f.round({
      schemeId: scheme.id,
      year: 2096,
      status: RoundStatus.Draft,
      publishedAt: null,
    });
  }, 120_000);
  afterAll(() => ctx?.close());

  it('lists a decided round with the count and sum of its award list, without login, cacheable for a minute', async () => {
    const res = await ctx.http().get('/api/public/award-lists?limit=100').expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    const listed = res.body.items.find((i: Listed) => i.roundId === decided.id);
    expect(listed).toEqual({
      roundId: decided.id,
      year: 2098,
      title: 'Tiltak mot menneskehandel 2098',
      tilskuddNoId,
      schemeCode: expect.any(String),
      schemeName: expect.stringMatching(/^Testordning /),
      grants: 2,
      totalOre: 52_500_050,
      decidedAt: osloToday(),
    });
    // The same figures as the award list itself.
    const list = await ctx.http().get(`/api/public/rounds/${decided.id}/awards`).expect(200);
    expect({ grants: list.body.awards.length, totalOre: list.body.totalOre }).toEqual({
      grants: listed.grants,
      totalOre: listed.totalOre,
    });
    expect(listed.schemeCode).toBe(list.body.schemeCode);
    expect(listed.schemeName).toBe(list.body.schemeName);
    // A decided round without accepted grants is listed with none.
    expect(res.body.items.find((i: Listed) => i.roundId === emptyDecided.id)).toMatchObject({
      grants: 0,
      totalOre: 0,
      decidedAt: osloToday(),
    });
  });

  it('leaves out open and draft rounds, and names no recipient', async () => {
    const { items } = await everything(100);
    const ids = items.map((i) => i.roundId);
    expect(ids).toContain(decided.id);
    expect(ids).not.toContain(open.id);
    expect(ids).not.toContain(draft.id);
    const body = JSON.stringify(items);
    const names = await ctx.db.query<{ name: string }[]>(
      `SELECT o.name FROM applications a JOIN organisations o ON o.id = a.organisation_id WHERE a.round_id = $1`,
      [decided.id],
    );
    expect(names).toHaveLength(3);
    for (const { name } of names) expect(body).not.toContain(name);
  });

  it('pages through the rounds newest grant year first, losing none', async () => {
    // Other suites decide rounds on the same database meanwhile: a round decided during the walk may show twice
    // (it pushes the rest one place on), but no round is lost and the order holds.
    const whole = await everything(100);
    const paged = await everything(1);
    for (const page of [whole, paged]) {
      const years = page.items.map((i) => i.year);
      expect(years).toEqual([...years].sort((a, b) => b - a));
    }
    const pagedIds = new Set(paged.items.map((i) => i.roundId));
    expect(whole.items.filter((i) => !pagedIds.has(i.roundId))).toEqual([]);
    expect(Math.min(...paged.totals)).toBeGreaterThanOrEqual(whole.items.length);
    const ours = paged.items.filter((i) => [decided.id, emptyDecided.id].includes(i.roundId));
    expect(ours.map((i) => i.year)).toEqual([2098, 2097]);
    const second = await ctx.http().get('/api/public/award-lists?limit=1&offset=1').expect(200);
    expect(second.body.items).toHaveLength(1);
    const beyond = await ctx.http().get('/api/public/award-lists?offset=10000000').expect(200);
    expect(beyond.body).toMatchObject({ items: [], limit: 25, offset: 10_000_000 });
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['limit=ti', 'limit'],
    ['offset=-1', 'offset'],
  ])('refuses %s with 400 naming the field', async (query, field) => {
    const res = await ctx.http().get(`/api/public/award-lists?${query}`).expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.errors).toEqual([expect.objectContaining({ field })]);
  });
});
