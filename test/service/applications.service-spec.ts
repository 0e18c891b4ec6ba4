/**
 * Applications: draft → submitted → … → withdrawn, who may write a case, what a submission needs (its problems,
 * named per field), the deadline in Oslo time to the second, reference numbers under concurrency, and versions.
 */
import {
  ApplicationsService,
  ApplicationStatus,
  ApplicationSubmissionService,
  AttachmentKind,
  AttachmentsService,
  Role,
  RoundsService,
} from '@app/grants';
import { deadlineAtEndOfOsloDay } from '@app/platform';
import { pdfBytes } from '../support/files';
import { Case } from './support/fixtures';
import { forbidden, invalidState, notFound, oneWins, ruleBroken, stale } from './support/refusals';
import { useServiceContext } from './support/service-context';

describe('applications (service)', () => {
  const ctx = useServiceContext();
  const applications = () => ctx.get(ApplicationsService);
  const submission = () => ctx.get(ApplicationSubmissionService);
  const version = (id: string) => ctx.fx.applicationVersion(id);
  const submit = async (c: Case) =>
    submission().submit(c.member, c.applicationId, await version(c.applicationId));
  const withdraw = async (c: Case) =>
    submission().withdraw(
      c.member,
      c.applicationId,
      await version(c.applicationId),
      ' Prosjektet er avlyst. ',
    );

  describe('starting a draft', () => {
    it('lets a member start a draft in an open round, audited', async () => {
      const c = await ctx.fx.draft();
      const { application } = await applications().get(c.member, c.applicationId);
      expect(application).toMatchObject({
        status: ApplicationStatus.Draft,
        referenceNumber: null,
        version: 1,
      });
      expect((await ctx.fx.audit(c.applicationId)).map((e) => e.action)).toEqual(['application.created']);
    });

    it('answers 404 to someone who is not a member of the organisation (its existence is not revealed)', async () => {
      const round = await ctx.fx.round();
      const member = await ctx.fx.user();
      const organisationId = await ctx.fx.organisation(member);
      const outsider = await ctx.fx.user();
      await notFound(applications().create(outsider, round.id, organisationId, {}), /Organisasjonen/);
    });

    it('refuses a round that is a draft, not yet open, or past its deadline (422 openRound)', async () => {
      const member = await ctx.fx.user();
      const organisationId = await ctx.fx.organisation(member);
      const draft = await ctx.fx.round({ publish: false });
      await ruleBroken(applications().create(member, draft.id, organisationId, {}), {
        field: 'roundId',
        rule: 'openRound',
      });
      const round = await ctx.fx.round();
      ctx.clock.set(new Date(round.opensAt.getTime() - 1));
      await ruleBroken(applications().create(member, round.id, organisationId, {}), {
        field: 'roundId',
        rule: 'openRound',
      });
      ctx.clock.set(new Date(round.applicationDeadline.getTime() + 1000));
      await ruleBroken(applications().create(member, round.id, organisationId, {}), {
        field: 'roundId',
        rule: 'openRound',
      });
    });

    it("refuses choices the scheme does not offer and text over the scheme's limits (422, per field)", async () => {
      const round = await ctx.fx.round();
      const member = await ctx.fx.user();
      const organisationId = await ctx.fx.organisation(member);
      await ruleBroken(
        applications().create(member, round.id, organisationId, {
          measureCategory: 'z',
          title: 'x'.repeat(151),
          periodStart: '2030-06-01',
          periodEnd: '2030-01-01',
        }),
        { field: 'measureCategory', rule: 'schemeCategory' },
        { field: 'title', rule: 'maxChars' },
        { field: 'periodEnd', rule: 'afterStart' },
      );
    });
  });

  describe('editing a draft', () => {
    it('saves over several sittings at the current version, and refuses a stale one (409), overwriting nothing', async () => {
      const c = await ctx.fx.draft();
      await applications().update(c.member, c.applicationId, 1, { title: 'Første lagring' });
      await stale(applications().update(c.member, c.applicationId, 1, { title: 'Gammel fane' }), 2);
      expect((await applications().get(c.member, c.applicationId)).application.title).toBe('Første lagring');
    });

    it('lets one of two simultaneous saves at the same version win; the other is stale (409)', async () => {
      const c = await ctx.fx.draft();
      const { losers } = await oneWins([
        applications().update(c.member, c.applicationId, 1, { title: 'Fane A' }),
        applications().update(c.member, c.applicationId, 1, { title: 'Fane B' }),
      ]);
      expect(losers[0]).toMatchObject({ code: 'stale_version', details: { currentVersion: 2 } });
    });

    it('refuses staff, who may read but never write a case (403), and outsiders (404)', async () => {
      const c = await ctx.fx.draft();
      await forbidden(
        applications().update(c.staff.caseworker, c.applicationId, 1, { title: 'Sfk skriver' }),
      );
      await notFound(applications().update(await ctx.fx.user(), c.applicationId, 1, { title: 'Fremmed' }));
    });

    it('refuses edits once submitted (409 naming «submitted»)', async () => {
      const c = await ctx.fx.submitted();
      await invalidState(
        applications().update(c.member, c.applicationId, await version(c.applicationId), {
          title: 'Etterpå',
        }),
        'submitted',
      );
    });
  });

  describe('guard: who reads a case', () => {
    it('shuts out a staff member who declared a conflict (403); other staff and the party read it; outsiders 404', async () => {
      const c = await ctx.fx.submitted();
      await ctx.fx.declare(c.staff.caseworker, c.applicationId, true);
      await forbidden(applications().get(c.staff.caseworker, c.applicationId), /inhabil/);
      expect((await applications().get(c.staff.approver, c.applicationId)).application.id).toBe(
        c.applicationId,
      );
      expect((await applications().get(c.member, c.applicationId)).application.status).toBe('submitted');
      await notFound(applications().get(await ctx.fx.user(), c.applicationId));
    });
  });

  describe('submission problems', () => {
    it("lists what still stops a draft in the draft's detail, and submits nothing while any is left (422, per field)", async () => {
      const round = await ctx.fx.round();
      const member = await ctx.fx.user();
      const organisationId = await ctx.fx.organisation(member);
      const { id } = await applications().create(member, round.id, organisationId, {
        title: 'Bare en tittel',
        budgetLines: [{ category: 'salaries' as never, description: 'Lønn', amountOre: 1_000 }],
        requestedAmountOre: 2_000,
      });
      const detail = await applications().get(member, id);
      const problems = detail.submissionProblems.map((p) => `${p.field}:${p.rule}`);
      expect(problems).toEqual(
        expect.arrayContaining([
          'summary:required',
          'measureCategory:required',
          'signatory:required',
          'requestedAmountOre:withinBudget',
        ]),
      );
      expect(problems).not.toContain('title:required');
      await ruleBroken(
        submission().submit(member, id, 1),
        ...detail.submissionProblems.map(({ field, rule }) => ({ field, rule })),
      );
      expect((await applications().get(member, id)).application.status).toBe('draft');
    });

    it('requires an empty budget to get a line (422 budgetLines required)', async () => {
      const c = await ctx.fx.draft({ content: { budgetLines: [] } });
      await ruleBroken(submit(c), { field: 'budgetLines', rule: 'required' });
    });

    it("requires the scheme's attachment kinds, and submits once they are uploaded", async () => {
      const c = await ctx.fx.draft({ scheme: { requiredAttachmentKinds: [AttachmentKind.Statutes] } });
      await ruleBroken(submit(c), { field: 'attachments', rule: 'requiredKind' });
      await ctx.get(AttachmentsService).upload(c.member, c.applicationId, {
        kind: AttachmentKind.Statutes,
        fileName: 'vedtekter.pdf',
        bytes: pdfBytes(),
        exemptFromPublic: false,
      });
      expect(await submit(c)).toMatchObject({ status: ApplicationStatus.Submitted });
    });
  });

  describe('submit: draft → submitted', () => {
    it('gives the next reference number of the round, freezes the content, asks for a receipt, audited', async () => {
      const c = await ctx.fx.draft();
      const scheme = await ctx.db.query('SELECT code FROM grant_schemes WHERE id = $1', [c.round.schemeId]);
      const submitted = await submit(c);
      expect(submitted).toMatchObject({
        status: ApplicationStatus.Submitted,
        referenceNumber: `${scheme[0].code}-${c.round.year}-0001`,
        submittedAt: ctx.clock.now(),
        submittedBy: c.member.userId,
      });
      expect(await ctx.fx.outbox(c.applicationId)).toEqual(['letter.receipt']);
      expect((await ctx.fx.audit(c.applicationId)).map((e) => e.action)).toEqual([
        'application.created',
        'application.submitted',
      ]);
    });

    it('refuses to submit twice (409 naming «submitted»)', async () => {
      const c = await ctx.fx.submitted();
      await invalidState(submit(c), 'submitted');
    });

    it('refuses a stale version (409)', async () => {
      const c = await ctx.fx.draft();
      await applications().update(c.member, c.applicationId, 1, { title: 'Endret i en annen fane' });
      await stale(submission().submit(c.member, c.applicationId, 1), 2);
    });

    it('refuses a round that is closed (422 openRound)', async () => {
      const c = await ctx.fx.draft();
      ctx.clock.set(new Date(c.round.applicationDeadline.getTime() + 1000));
      await ctx.get(RoundsService).close(c.round.id, c.round.version, await ctx.fx.admin());
      await ruleBroken(submit(c), { field: 'roundId', rule: 'openRound' });
    });

    it('gives ten simultaneous submissions in a round ten distinct, consecutive numbers', async () => {
      const first = await ctx.fx.draft();
      const cases = [first];
      for (let i = 0; i < 9; i++) cases.push(await ctx.fx.draft({ existingRound: first.round }));
      const submitted = await Promise.all(cases.map((c) => submit(c)));
      expect(submitted.map((a) => a.sequenceNumber).sort((a, b) => a! - b!)).toEqual([
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
      ]);
    });
  });

  describe('guard: the application deadline, to the second, in Oslo time', () => {
    /** A round of `date`'s year whose deadline ends that Oslo day; the clock at `at`, in time to start a draft. */
    async function roundEnding(date: string, at: string): Promise<Case> {
      const deadline = deadlineAtEndOfOsloDay(date);
      ctx.clock.set(new Date(deadline.getTime() - 30 * 86_400_000));
      const c = await ctx.fx.draft({
        round: {
          year: Number(date.slice(0, 4)),
          opensAt: new Date(deadline.getTime() - 31 * 86_400_000),
          applicationDeadline: deadline,
          reportDeadline: new Date(deadline.getTime() + 365 * 86_400_000),
        },
      });
      ctx.clock.set(new Date(at));
      return c;
    }

    it('takes a winter submission in the last second, 23:59:59.999 Oslo (22:59:59.999 UTC)', async () => {
      const c = await roundEnding('2031-01-15', '2031-01-15T22:59:59.999Z');
      expect(await submit(c)).toMatchObject({ status: 'submitted' });
    });

    it('refuses a winter submission at 00:00:00.000 Oslo the next day (422 deadline, naming the Oslo time)', async () => {
      const c = await roundEnding('2031-01-15', '2031-01-15T23:00:00.000Z');
      await refusedDeadline(c, /15\. januar 2031 kl\. 23:59/);
    });

    it('takes a summer submission in the last second, 23:59:59.999 Oslo (21:59:59.999 UTC)', async () => {
      const c = await roundEnding('2031-07-15', '2031-07-15T21:59:59.999Z');
      expect(await submit(c)).toMatchObject({ status: 'submitted' });
    });

    it('refuses a summer submission at 00:00:00.000 Oslo the next day (22:00 UTC)', async () => {
      const c = await roundEnding('2031-07-15', '2031-07-15T22:00:00.000Z');
      await refusedDeadline(c, /15\. juli 2031/);
    });

    async function refusedDeadline(c: Case, message: RegExp) {
      const error = await ruleBroken(submit(c), { field: 'submittedAt', rule: 'deadline' });
      expect(error.message).toMatch(message);
      expect((await applications().get(c.member, c.applicationId)).application.status).toBe('draft');
    }
  });

  describe('withdraw: until a decision is made', () => {
    it('withdraws a draft, recording who, when and why (trimmed)', async () => {
      const c = await ctx.fx.draft();
      expect(await withdraw(c)).toMatchObject({
        status: ApplicationStatus.Withdrawn,
        withdrawnBy: c.member.userId,
        withdrawnAt: ctx.clock.now(),
        withdrawalReason: 'Prosjektet er avlyst.',
      });
    });

    it.each([
      ['submitted', (o = {}) => ctx.fx.submitted(o)],
      ['in_assessment', (o = {}) => ctx.fx.inAssessment(o)],
      ['assessed', (o = {}) => ctx.fx.assessed(o)],
    ] as const)('withdraws an application that is %s', async (_status, build) => {
      const c = await build();
      expect(await withdraw(c)).toMatchObject({ status: ApplicationStatus.Withdrawn });
    });

    it('refuses once decided (409 naming «decided»), and twice (409 naming «withdrawn»)', async () => {
      const decided = await ctx.fx.decided();
      await invalidState(withdraw(decided), 'decided');
      const draft = await ctx.fx.draft();
      await withdraw(draft);
      await invalidState(withdraw(draft), 'withdrawn');
    });

    it('refuses staff (403)', async () => {
      const c = await ctx.fx.submitted();
      const finance = await ctx.fx.user([Role.Finance]);
      await forbidden(
        submission().withdraw(finance, c.applicationId, await version(c.applicationId), 'Sfk trekker'),
      );
    });
  });
});
