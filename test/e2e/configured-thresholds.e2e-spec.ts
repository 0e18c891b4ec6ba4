import { staff, Staff } from '../support/case-handling';
import { acceptedGrant } from '../support/payments';
import { submitReport } from '../support/reports';
import { createTestApp, TestContext } from '../support/test-app';

/**
 * The small-cell limit of the statistics and the extra-control threshold of payments are configuration
 * (docs/domain.md §2: every default is), read at start-up like every other setting.
 */
describe('configured thresholds', () => {
  let ctx: TestContext;
  let s: Staff;
  const saved = {
    limit: process.env.STATISTICS_SMALL_CELL_LIMIT,
    threshold: process.env.PAYMENT_EXTRA_CONTROL_ABOVE_NOK,
  };

  beforeAll(async () => {
    process.env.STATISTICS_SMALL_CELL_LIMIT = '10';
    process.env.PAYMENT_EXTRA_CONTROL_ABOVE_NOK = '15000';
    ctx = await createTestApp();
    s = await staff(ctx);
  });
  afterAll(async () => {
    await ctx.close();
    for (const [name, value] of [
      ['STATISTICS_SMALL_CELL_LIMIT', saved.limit],
      ['PAYMENT_EXTRA_CONTROL_ABOVE_NOK', saved.threshold],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('shows figures about people up to STATISTICS_SMALL_CELL_LIMIT as "≤limit"', async () => {
    const round = await ctx.f.round();
    const grant = await acceptedGrant(ctx, s, { round, amountOre: 1_000_000 });
    await submitReport(ctx, grant, 1_000_000, {
      indicators: { people_helped: { female: 40, male: 12, other_or_unknown: 7 } },
    });
    const res = await ctx
      .http()
      .get(`/api/statistics/rounds/${round.id}`)
      .set('authorization', s.caseworker.auth)
      .expect(200);
    expect(res.body.smallCellLimit).toBe(10);
    // 7 is at most 10: "≤10"; the 12 is withheld so that 59 − 40 cannot give it away.
    expect(res.body.indicators[0]).toMatchObject({
      cells: [
        { cell: 'female', value: 40 },
        { cell: 'male', value: ':' },
        { cell: 'other_or_unknown', value: '≤10' },
      ],
      total: 59,
    });
  });

  it('asks for an extra control of disbursements above PAYMENT_EXTRA_CONTROL_ABOVE_NOK', async () => {
    const large = await acceptedGrant(ctx, s, { amountOre: 1_500_001 });
    const small = await acceptedGrant(ctx, s, { amountOre: 1_500_000 });
    for (const [grant, expected] of [
      [large, true],
      [small, false],
    ] as const) {
      const res = await ctx
        .http()
        .get(`/api/applications/${grant.applicationId}/disbursements`)
        .set('authorization', grant.member.auth)
        .expect(200);
      expect(res.body.map((d: { requiresExtraControl: boolean }) => d.requiresExtraControl)).toEqual([
        expected,
      ]);
    }
  });
});
