import { seedDemo } from '../../scripts/seed';
import { DEMO_PASSWORD, DEMO_USERS } from '../../scripts/demo-data';
import { createTestApp, TestContext } from '../support/test-app';

describe('demo seed', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  it('loads the MHP scheme, its 2027 round, one user per role and two NGOs — and changes nothing the second time', async () => {
    const count = async () =>
      (
        await ctx.db.query(
          `SELECT
          (SELECT count(*) FROM grant_schemes WHERE code = 'MHP') AS schemes,
          (SELECT count(*) FROM grant_rounds r JOIN grant_schemes s ON s.id = r.scheme_id WHERE s.code = 'MHP') AS rounds,
          (SELECT count(*) FROM users WHERE email = ANY($1)) AS users,
          (SELECT count(*) FROM organisations WHERE organisation_number IN ('912345688', '923456783')) AS organisations,
          (SELECT count(*) FROM audit_events WHERE action LIKE '%.seeded') AS audit`,
          [DEMO_USERS.map((u) => u.email)],
        )
      )[0];
    await seedDemo(ctx.db, () => undefined);
    const first = await count();
    expect(first).toEqual({ schemes: '1', rounds: '1', users: '7', organisations: '2', audit: '11' });
    await seedDemo(ctx.db, () => undefined);
    expect(await count()).toEqual(first);

    const [{ id }] = await ctx.db.query(
      `SELECT r.id FROM grant_rounds r JOIN grant_schemes s ON s.id = r.scheme_id WHERE s.code = 'MHP' AND r.year = 2027`,
    );
    const mhp = (await ctx.http().get(`/api/public/rounds/${id}`).expect(200)).body;
    expect(mhp).toMatchObject({
      year: 2027,
      budgetFrameOre: 3_920_000_000,
      budgetReservation: true,
      applicationDeadline: { local: '2026-12-01T23:59:59+01:00' },
    });
    expect(mhp.scheme.measureCategories.map((c: { code: string }) => c.code)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
    ]);

    for (const email of ['admin@sfk.test', 'leder@sfk.test', 'soker@fyrlykta.test']) {
      await ctx.http().post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200);
    }
  });
});
