/**
 * Rounds: the status machine draft → published → closed → decided, each transition's guard (notice in Oslo
 * calendar days, the deadline, open applications), what may change in which status, and versions.
 * (`archive` is in the state machine but no service offers it yet.)
 */
import { ApplicationSubmissionService, GrantRound, RoundsService, RoundStatus } from '@app/grants';
import { deadlineAtEndOfOsloDay, osloLocalToInstant } from '@app/platform';
import { invalidState, oneWins, refused, ruleBroken, stale } from './support/refusals';
import { useServiceContext } from './support/service-context';

describe('rounds (service)', () => {
  const ctx = useServiceContext();
  const rounds = () => ctx.get(RoundsService);
  const admin = () => ctx.fx.admin();

  async function draftRound(overrides: Parameters<typeof ctx.fx.roundInput>[1] = {}): Promise<GrantRound> {
    const scheme = await ctx.fx.scheme();
    return rounds().create(ctx.fx.roundInput(scheme.id, overrides), await admin());
  }

  /** A published round whose deadline has passed (the clock moved past it). */
  async function afterDeadline(): Promise<GrantRound> {
    const round = await ctx.fx.round();
    ctx.clock.set(new Date(round.applicationDeadline.getTime() + 1000));
    return round;
  }

  describe('creating', () => {
    it("starts as a draft with the scheme's budget chapter and the default acceptance period, audited", async () => {
      const scheme = await ctx.fx.scheme({ budgetChapter: '0440', budgetPost: '71' });
      const input = ctx.fx.roundInput(scheme.id);
      delete input.acceptancePeriodDays;
      const round = await rounds().create(input, await admin());
      expect(round).toMatchObject({
        status: RoundStatus.Draft,
        budgetChapter: '0440',
        budgetPost: '71',
        acceptancePeriodDays: 21,
        publishedAt: null,
        version: 1,
      });
      expect((await ctx.fx.audit(round.id)).map((e) => e.action)).toEqual(['round.created']);
    });

    it('refuses an unknown scheme (422 schemeId exists)', async () => {
      await ruleBroken(
        rounds().create(ctx.fx.roundInput('7d0c5c3e-8a3b-4f7e-9a55-000000000000'), await admin()),
        { field: 'schemeId', rule: 'exists' },
      );
    });

    it('refuses a second round of the scheme in the same year (409 duplicate, field year)', async () => {
      const round = await draftRound();
      await refused(rounds().create(ctx.fx.roundInput(round.schemeId), await admin()), {
        status: 409,
        code: 'duplicate',
        errors: [{ field: 'year', rule: 'unique' }],
      });
    });

    it('refuses dates out of order, naming each (422 afterOpensAt, afterApplicationDeadline)', async () => {
      const scheme = await ctx.fx.scheme();
      const now = ctx.clock.now();
      await ruleBroken(
        rounds().create(
          ctx.fx.roundInput(scheme.id, {
            opensAt: now,
            applicationDeadline: new Date(now.getTime() - 1000),
            reportDeadline: new Date(now.getTime() - 2000),
          }),
          await admin(),
        ),
        { field: 'applicationDeadline', rule: 'afterOpensAt' },
        { field: 'reportDeadline', rule: 'afterApplicationDeadline' },
      );
    });
  });

  describe('publish: draft → published', () => {
    it('publishes a draft with enough notice: publishedAt is now, no short-notice reason, audited', async () => {
      const round = await draftRound();
      const published = await rounds().publish(round.id, round.version, await admin(), 'Ikke nødvendig');
      expect(published).toMatchObject({
        status: RoundStatus.Published,
        publishedAt: ctx.clock.now(),
        shortNoticeReason: null,
        version: 2,
      });
      expect((await ctx.fx.audit(round.id)).map((e) => e.action)).toEqual(['round.created', 'round.publish']);
    });

    it('counts the notice in Oslo calendar days: 00:30 in Oslo is already the next day (42 days: published)', async () => {
      // 23:30 UTC on 1 March is 00:30 on 2 March in Oslo; 2 March → 13 April is 42 days (43 counted in UTC days).
      ctx.clock.set(new Date('2031-03-01T23:30:00Z'));
      const round = await draftRound({
        year: 2031,
        opensAt: new Date('2031-03-01T23:00:00Z'),
        applicationDeadline: deadlineAtEndOfOsloDay('2031-04-13'),
      });
      expect(await rounds().publish(round.id, 1, await admin())).toMatchObject({ status: 'published' });
    });

    it('refuses 41 days of notice without a reason (422 minimumNotice), and takes it with one, stored', async () => {
      ctx.clock.set(new Date('2031-03-01T23:30:00Z'));
      const round = await draftRound({
        year: 2031,
        opensAt: new Date('2031-03-01T23:00:00Z'),
        applicationDeadline: deadlineAtEndOfOsloDay('2031-04-12'),
      });
      await ruleBroken(rounds().publish(round.id, 1, await admin(), '   '), {
        field: 'shortNoticeReason',
        rule: 'minimumNotice',
      });
      expect(
        await rounds().publish(round.id, 1, await admin(), ' Ekstraordinære midler i revidert budsjett. '),
      ).toMatchObject({
        status: 'published',
        shortNoticeReason: 'Ekstraordinære midler i revidert budsjett.',
      });
    });

    it('refuses a round whose deadline has passed (422 inFuture)', async () => {
      const round = await draftRound();
      ctx.clock.set(new Date(round.applicationDeadline.getTime() + 1000));
      await ruleBroken(rounds().publish(round.id, 1, await admin(), 'Sent'), {
        field: 'applicationDeadline',
        rule: 'inFuture',
      });
    });

    it('refuses to publish twice (409 naming «published»)', async () => {
      const round = await ctx.fx.round();
      await invalidState(rounds().publish(round.id, round.version, await admin()), 'published');
    });

    it('lets one of two simultaneous publications at the same version through; the other is stale (409)', async () => {
      const round = await draftRound();
      const { losers } = await oneWins([
        rounds().publish(round.id, 1, await admin()),
        rounds().publish(round.id, 1, await admin()),
      ]);
      expect(losers[0].code).toBe('stale_version');
      expect((await ctx.fx.audit(round.id)).filter((e) => e.action === 'round.publish')).toHaveLength(1);
    });
  });

  describe('close: published → closed, only after the deadline', () => {
    it('refuses to close before the deadline, even in its last second (409)', async () => {
      const round = await ctx.fx.round();
      await invalidState(
        rounds().close(round.id, round.version, await admin()),
        'published',
        /før søknadsfristen/,
      );
      ctx.clock.set(new Date(round.applicationDeadline.getTime() + 999));
      await invalidState(rounds().close(round.id, round.version, await admin()), 'published');
    });

    it('closes in the second after the deadline, recording when', async () => {
      const round = await afterDeadline();
      expect(await rounds().close(round.id, round.version, await admin())).toMatchObject({
        status: RoundStatus.Closed,
        closedAt: ctx.clock.now(),
      });
    });

    it('refuses to close a draft (409 naming «draft»)', async () => {
      const round = await draftRound();
      ctx.clock.set(new Date(round.applicationDeadline.getTime() + 1000));
      await invalidState(rounds().close(round.id, 1, await admin()), 'draft');
    });
  });

  describe('decide: closed → decided, when no application waits for a decision', () => {
    it('refuses while a submitted application has no decision (409 naming how many)', async () => {
      const c = await ctx.fx.submitted();
      ctx.clock.set(new Date(c.round.applicationDeadline.getTime() + 1000));
      const closed = await rounds().close(c.round.id, c.round.version, await admin());
      await invalidState(rounds().decide(c.round.id, closed.version, await admin()), 'closed', /1 søknad /);
    });

    it('decides once the open application is withdrawn', async () => {
      const c = await ctx.fx.submitted();
      ctx.clock.set(new Date(c.round.applicationDeadline.getTime() + 1000));
      const closed = await rounds().close(c.round.id, c.round.version, await admin());
      await ctx
        .get(ApplicationSubmissionService)
        .withdraw(c.member, c.applicationId, await ctx.fx.applicationVersion(c.applicationId), 'Avlyst');
      expect(await rounds().decide(c.round.id, closed.version, await admin())).toMatchObject({
        status: RoundStatus.Decided,
      });
    });

    it('refuses to decide a published round (409 naming «published»)', async () => {
      const round = await ctx.fx.round();
      await invalidState(rounds().decide(round.id, round.version, await admin()), 'published');
    });
  });

  describe('changing a round', () => {
    it('changes anything in a draft', async () => {
      const round = await draftRound();
      const opensAt = new Date(round.opensAt.getTime() + 3600_000);
      expect(
        await rounds().update(round.id, 1, { opensAt, budgetChapter: '0441' }, await admin()),
      ).toMatchObject({ opensAt, budgetChapter: '0441', version: 2 });
    });

    it('locks what applicants rely on once published (422 lockedWhenPublished, one per field)', async () => {
      const round = await ctx.fx.round();
      await ruleBroken(
        rounds().update(
          round.id,
          round.version,
          { opensAt: new Date(), budgetChapter: '0441' },
          await admin(),
        ),
        { field: 'opensAt', rule: 'lockedWhenPublished' },
        { field: 'budgetChapter', rule: 'lockedWhenPublished' },
      );
    });

    it('only extends the deadline of a published round (422 extendOnly), and takes a later one', async () => {
      const round = await ctx.fx.round();
      await ruleBroken(
        rounds().update(
          round.id,
          round.version,
          { applicationDeadline: new Date(round.applicationDeadline.getTime() - 86_400_000) },
          await admin(),
        ),
        { field: 'applicationDeadline', rule: 'extendOnly' },
      );
      const later = osloLocalToInstant('2099-12-01T12:00:00');
      const extended = await rounds().update(
        round.id,
        round.version,
        { applicationDeadline: later, reportDeadline: osloLocalToInstant('2100-06-01T12:00:00') },
        await admin(),
      );
      expect(extended.applicationDeadline).toEqual(later);
    });

    it('refuses any change of a closed round (409 naming «closed»)', async () => {
      const round = await afterDeadline();
      const closed = await rounds().close(round.id, round.version, await admin());
      await invalidState(rounds().update(round.id, closed.version, { title: 'Ny' }, await admin()), 'closed');
    });

    it('refuses a stale version (409 naming the current one)', async () => {
      const round = await ctx.fx.round();
      await stale(rounds().update(round.id, 1, { title: 'Ny' }, await admin()), round.version);
    });
  });
});
