import { Role } from '@app/grants';
import { completeContent } from '../support/applications';
import { approve, assessed, declare, staff, Staff } from '../support/case-handling';
import { TestUser } from '../support/factories';
import { createTestApp, TestContext } from '../support/test-app';

/** The frame is never below what is granted, simultaneous approvals never answer 500, amounts stay exact. */
describe('frames, races and amounts', () => {
  let ctx: TestContext;
  let s: Staff;
  let admin: TestUser;

  beforeAll(async () => {
    ctx = await createTestApp();
    s = await staff(ctx);
    admin = await ctx.f.user([Role.Admin]);
  });
  afterAll(() => ctx.close());

  const roundVersion = async (id: string): Promise<number> =>
    (await ctx.db.query('SELECT version FROM grant_rounds WHERE id = $1', [id]))[0].version;
  const setFrame = async (roundId: string, budgetFrameOre: number) =>
    ctx
      .http()
      .patch(`/api/rounds/${roundId}`)
      .set('authorization', admin.auth)
      .send({ version: await roundVersion(roundId), budgetFrameOre });
  const overviewTotals = async (roundId: string) =>
    (
      await ctx
        .http()
        .get(`/api/rounds/${roundId}/overview`)
        .set('authorization', s.approver.auth)
        .expect(200)
    ).body.totals;

  describe('lowering the frame', () => {
    it('refuses a frame below what is already granted (409 naming the granted sum); the frame is unchanged', async () => {
      // Frame NOK 1 200 000; two grants of NOK 500 000 each.
      const round = await ctx.f.round({ budgetFrameOre: 120_000_000 });
      for (let i = 0; i < 2; i++) {
        const app = await assessed(ctx, s, round);
        await declare(ctx, s.approver, app.id).expect(201);
        await approve(ctx, s.approver, app.id, 201);
      }
      const refused = await setFrame(round.id, 50_000_000);
      expect(refused.status).toBe(409);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body.detail).toContain('kr 1\u00a0000\u00a0000');
      expect(refused.body.errors).toEqual([
        expect.objectContaining({ field: 'budgetFrameOre', rule: 'notBelowGranted' }),
      ]);
      const [row] = await ctx.db.query('SELECT budget_frame_ore FROM grant_rounds WHERE id = $1', [round.id]);
      expect(Number(row.budget_frame_ore)).toBe(120_000_000);
      expect(await overviewTotals(round.id)).toMatchObject({
        grantedOre: 100_000_000,
        remainingOre: 20_000_000,
      });

      // Down to exactly what is granted is allowed: nothing left, nothing negative.
      const exact = await setFrame(round.id, 100_000_000);
      expect(exact.status).toBe(200);
      expect(exact.body.budgetFrameOre).toBe(100_000_000);
      expect(await overviewTotals(round.id)).toMatchObject({ remainingOre: 0 });
    });

    it('never leaves a negative remainder when the frame is lowered while an approval runs (repeated)', async () => {
      for (let attempt = 0; attempt < 3; attempt++) {
        // Frame NOK 1 000 000 with NOK 500 000 granted; approve another 500 000 while lowering to 600 000.
        const round = await ctx.f.round({ budgetFrameOre: 100_000_000 });
        const first = await assessed(ctx, s, round);
        await declare(ctx, s.approver, first.id).expect(201);
        await approve(ctx, s.approver, first.id, 201);
        const second = await assessed(ctx, s, round);
        await declare(ctx, s.approver, second.id).expect(201);
        const [approval, lowering] = await Promise.all([
          approve(ctx, s.approver, second.id),
          setFrame(round.id, 60_000_000),
        ]);
        const outcome = [approval.status, lowering.status];
        expect([
          [201, 409],
          [422, 200],
        ]).toContainEqual(outcome);
        const totals = await overviewTotals(round.id);
        expect(totals.remainingOre).toBeGreaterThanOrEqual(0);
      }
    }, 120_000);
  });

  describe('two approvers batch-approving the same applications in opposite order', () => {
    it('never answers 500: one batch wins whole, the other gets a 409, every time (repeated)', async () => {
      const other = await ctx.f.user([Role.Approver]);
      for (let attempt = 0; attempt < 5; attempt++) {
        const round = await ctx.f.round();
        const apps = [];
        for (let i = 0; i < 3; i++) apps.push(await assessed(ctx, s, round));
        for (const app of apps) {
          await declare(ctx, s.approver, app.id).expect(201);
          await declare(ctx, other, app.id).expect(201);
        }
        const versions: { id: string; version: number }[] = await ctx.db.query(
          'SELECT id, version FROM applications WHERE id = ANY($1)',
          [apps.map((a) => a.id)],
        );
        const items = apps.map((a) => ({
          applicationId: a.id,
          version: versions.find((v) => v.id === a.id)!.version,
        }));
        const batch = (who: TestUser, list: typeof items) =>
          ctx
            .http()
            .post(`/api/rounds/${round.id}/approvals`)
            .set('authorization', who.auth)
            .send({ items: list });
        const results = await Promise.all([batch(s.approver, items), batch(other, [...items].reverse())]);

        expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
        const winner = results.find((r) => r.status === 201)!;
        const loser = results.find((r) => r.status === 409)!;
        expect(loser.headers['content-type']).toContain('application/problem+json');
        expect(loser.body.title).not.toBe('Intern feil');
        // The winner's answer lists the decisions in the order it asked for them.
        const asked = winner === results[0] ? items : [...items].reverse();
        expect(winner.body.map((d: { applicationId: string }) => d.applicationId)).toEqual(
          asked.map((i) => i.applicationId),
        );
        // Consistent: every application decided once, all by the winner.
        const rows: { application_id: string; approved_by: string }[] = await ctx.db.query(
          'SELECT application_id, approved_by FROM decisions WHERE round_id = $1',
          [round.id],
        );
        expect(rows).toHaveLength(3);
        expect(new Set(rows.map((r) => r.application_id)).size).toBe(3);
        expect(new Set(rows.map((r) => r.approved_by)).size).toBe(1);
      }
    }, 180_000);
  });

  describe('amounts have a ceiling (NOK 1 000 000 000), per field and in sum', () => {
    let organisationId: string;
    async function draft(content: Record<string, unknown>) {
      const member = await ctx.f.user();
      const organisation = await ctx.f.organisation([member]);
      organisationId = organisation.id;
      const round = await ctx.f.round();
      return ctx
        .http()
        .post('/api/applications')
        .set('authorization', member.auth)
        .send({ roundId: round.id, organisationId: organisation.id, ...completeContent(content) });
    }

    it('refuses budget lines past 2^53 øre with a 400 naming each line; nothing is stored', async () => {
      const res = await draft({
        budgetLines: [
          { category: 'salaries', description: 'Lønn', amountOre: 9_007_199_254_740_000 },
          { category: 'premises', description: 'Husleie', amountOre: 9_007_199_254_740_000 },
        ],
      });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'budgetLines[0].amountOre', rule: 'amountCeiling' }),
          expect.objectContaining({ field: 'budgetLines[1].amountOre', rule: 'amountCeiling' }),
        ]),
      );
      expect(res.body.errors[0].message).toContain('kr 1\u00a0000\u00a0000\u00a0000');
      const stored = await ctx.db.query('SELECT 1 FROM applications WHERE organisation_id = $1', [
        organisationId,
      ]);
      expect(stored).toEqual([]);
    });

    it('refuses lines that are each within the ceiling but add up past it, naming the list', async () => {
      const res = await draft({
        budgetLines: [
          { category: 'salaries', description: 'Lønn', amountOre: 60_000_000_000 },
          { category: 'premises', description: 'Husleie', amountOre: 60_000_000_000 },
        ],
      });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([
        expect.objectContaining({ field: 'budgetLines', rule: 'amountCeiling' }),
      ]);
    });

    it('takes an amount of exactly NOK 1 000 000 000, and refuses one øre more in any amount field', async () => {
      const atCeiling = await draft({
        budgetLines: [{ category: 'salaries', description: 'Lønn', amountOre: 100_000_000_000 }],
      });
      expect(atCeiling.status).toBe(201);
      expect(atCeiling.body.budgetTotalOre).toBe(100_000_000_000);
      const scheme = await ctx.f.scheme();
      const frame = await ctx.http().post('/api/rounds').set('authorization', admin.auth).send({
        schemeId: scheme.id,
        year: 2041,
        budgetFrameOre: 100_000_000_001,
        opensAt: '2040-01-01T00:00',
      });
      expect(frame.status).toBe(400);
      expect(frame.body.errors).toEqual([
        expect.objectContaining({ field: 'budgetFrameOre', rule: 'amountCeiling' }),
      ]);
    });
  });
});
