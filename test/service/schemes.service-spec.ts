/**
 * Schemes: creation and change under the scheme's rules, versions, and the guard that freezes a scheme's structure
 * while a round of it runs.
 */
import { GrantScheme, RoundsService, SchemesService } from '@app/grants';
import { refused, ruleBroken, stale, notFound } from './support/refusals';
import { useServiceContext } from './support/service-context';

describe('schemes (service)', () => {
  const ctx = useServiceContext();
  const schemes = () => ctx.get(SchemesService);

  describe('creating', () => {
    it('creates a scheme at version 1 and audits it', async () => {
      const scheme = await ctx.fx.scheme();
      expect(scheme).toMatchObject({ version: 1 });
      expect(await ctx.fx.audit(scheme.id)).toEqual([
        expect.objectContaining({ action: 'scheme.created', actor_user_id: (await ctx.fx.admin()).userId }),
      ]);
    });

    it('refuses a second scheme with the same code (409 duplicate, field code)', async () => {
      const first = await ctx.fx.scheme();
      await refused(schemes().create(ctx.fx.schemeInput({ code: first.code }), await ctx.fx.admin()), {
        status: 409,
        code: 'duplicate',
        errors: [{ field: 'code', rule: 'unique' }],
      });
    });

    it('refuses two schemes with the same tilskudd.no id (409 duplicate, field tilskuddNoId)', async () => {
      const tilskuddNoId = `T${Date.now() % 1_000_000}-${Math.floor(Math.random() * 1e9)}`;
      await ctx.fx.scheme({ tilskuddNoId });
      await refused(schemes().create(ctx.fx.schemeInput({ tilskuddNoId }), await ctx.fx.admin()), {
        status: 409,
        code: 'duplicate',
        errors: [{ field: 'tilskuddNoId', rule: 'unique' }],
      });
    });

    it('names every broken rule of the scheme at once (422): weights, repeated codes, scale, payment plan', async () => {
      const input = ctx.fx.schemeInput({
        assessmentCriteria: [
          { code: 'relevance', name: 'Relevans', weight: 60 },
          { code: 'relevance', name: 'Relevans igjen', weight: 30 },
        ],
        scoreScaleMin: 6,
        scoreScaleMax: 6,
        paymentPlan: [
          { percent: 50, due: 'acceptance' },
          { percent: 40, due: '13-01' },
        ],
      });
      await ruleBroken(
        schemes().create(input, await ctx.fx.admin()),
        { field: 'assessmentCriteria', rule: 'weightsSumTo100' },
        { field: 'assessmentCriteria', rule: 'uniqueCodes' },
        { field: 'scoreScaleMax', rule: 'greaterThanMin' },
        { field: 'paymentPlan', rule: 'percentSumTo100' },
        { field: 'paymentPlan[1].due', rule: 'due' },
      );
      expect(await ctx.db.query('SELECT 1 FROM grant_schemes WHERE code = $1', [input.code])).toEqual([]);
    });
  });

  describe('changing', () => {
    it('changes a scheme at its version and audits before and after', async () => {
      const scheme = await ctx.fx.scheme();
      const changed = await schemes().update(scheme.id, 1, { name: 'Nytt navn' }, await ctx.fx.admin());
      expect(changed).toMatchObject({ name: 'Nytt navn', version: 2 });
      expect((await ctx.fx.audit(scheme.id)).map((e) => e.action)).toEqual([
        'scheme.created',
        'scheme.updated',
      ]);
    });

    it('refuses a stale version (409 naming the current version) and changes nothing', async () => {
      const scheme = await ctx.fx.scheme();
      await schemes().update(scheme.id, 1, { name: 'Først' }, await ctx.fx.admin());
      await stale(schemes().update(scheme.id, 1, { name: 'Sist' }, await ctx.fx.admin()), 2);
      expect(await schemes().get(scheme.id)).toMatchObject({ name: 'Først', version: 2 });
    });

    it('checks the scheme as a whole after a change (422 weightsSumTo100)', async () => {
      const scheme = await ctx.fx.scheme();
      await ruleBroken(
        schemes().update(
          scheme.id,
          1,
          { assessmentCriteria: [{ code: 'relevance', name: 'Relevans', weight: 90 }] },
          await ctx.fx.admin(),
        ),
        { field: 'assessmentCriteria', rule: 'weightsSumTo100' },
      );
    });

    it('answers 404 for a scheme that does not exist or an id that is no uuid', async () => {
      await notFound(schemes().update('not-a-uuid', 1, { name: 'x' }, await ctx.fx.admin()));
      await notFound(schemes().get('7d0c5c3e-8a3b-4f7e-9a55-000000000000'));
    });
  });

  describe('guard: the structure is frozen while a round of the scheme runs', () => {
    const structural: [string, (s: GrantScheme) => Partial<GrantScheme>][] = [
      ['measureCategories', () => ({ measureCategories: [{ code: 'c', name: 'Nytt område' }] })],
      [
        'assessmentCriteria',
        () => ({ assessmentCriteria: [{ code: 'impact', name: 'Virkning', weight: 100 }] }),
      ],
      ['scoreScaleMin', () => ({ scoreScaleMin: 0 })],
      ['scoreScaleMax', () => ({ scoreScaleMax: 10 })],
    ];

    it.each(structural)(
      'refuses a change of %s while a round is published (422 frozenWhileRoundRuns)',
      async (field, change) => {
        const round = await ctx.fx.round();
        const scheme = await schemes().get(round.schemeId);
        await ruleBroken(schemes().update(scheme.id, scheme.version, change(scheme), await ctx.fx.admin()), {
          field,
          rule: 'frozenWhileRoundRuns',
        });
      },
    );

    it('keeps it frozen while the round is closed, and lets it change once the round is decided', async () => {
      const admin = await ctx.fx.admin();
      const round = await ctx.fx.round();
      const rounds = ctx.get(RoundsService);
      ctx.clock.set(new Date(round.applicationDeadline.getTime() + 1000));
      const closed = await rounds.close(round.id, round.version, admin);
      const change = { measureCategories: [{ code: 'c', name: 'Nytt område' }] };
      await ruleBroken(schemes().update(round.schemeId, 1, change, admin), {
        field: 'measureCategories',
        rule: 'frozenWhileRoundRuns',
      });
      await rounds.decide(round.id, closed.version, admin);
      expect(await schemes().update(round.schemeId, 1, change, admin)).toMatchObject({
        measureCategories: change.measureCategories,
        version: 2,
      });
    });

    it('lets the structure change while the scheme has only a draft round', async () => {
      const round = await ctx.fx.round({ publish: false });
      expect(
        await schemes().update(round.schemeId, 1, { scoreScaleMax: 10 }, await ctx.fx.admin()),
      ).toMatchObject({ scoreScaleMax: 10 });
    });

    it('lets the name and purpose change while a round runs', async () => {
      const round = await ctx.fx.round();
      expect(
        await schemes().update(
          round.schemeId,
          1,
          { name: 'Omdøpt', purpose: 'Nytt formål.' },
          await ctx.fx.admin(),
        ),
      ).toMatchObject({ name: 'Omdøpt', purpose: 'Nytt formål.', version: 2 });
    });
  });
});
