/**
 * Recipient reports and repayment claims: a report draft → submitted → approved | returned (→ submitted again) |
 * repayment_claimed, what it must contain, who writes and who reviews it; a claim open → settled through repayments;
 * and the formal check's guard on reports owed on earlier grants.
 */
import { PriorReportRule, Role, ScreeningOutcome, ScreeningService, SignatoryRole } from '@app/grants';
import { deadlineAtEndOfOsloDay, osloDate, osloDateAfter } from '@app/platform';
import { pdfBytes, pngBytes } from '../support/files';
import { Case, TestActor } from './support/fixtures';
import { forbidden, invalidState, notFound, ruleBroken, stale } from './support/refusals';
import { useServiceContext } from './support/service-context';
import { ReportsService } from '@app/grants/reports/reports.service';
import { ReportContent } from '@app/grants/reports/report-view';
import { ReportReviewService } from '@app/grants/reports/report-review.service';
import { RepaymentClaimsService } from '@app/grants/reports/repayment-claims.service';
import { RepaymentClaim, RepaymentClaimStatus } from '@app/grants/reports/repayment-claim.entity';
import { ReportStatus } from '@app/grants/reports/recipient-report.entity';

/** A complete report for the test scheme: the whole grant spent on budget line 0 unless said otherwise. */
function completeReport(spentOre: number): ReportContent {
  return {
    goalAchievement: 'Tiltaket nådde målene: flere kvinner fikk trygg bolig og oppfølging.',
    activities: 'Drift av botilbud hele året og ukentlige samtalegrupper.',
    deviations: 'Ingen avvik.',
    indicators: { people_helped: { female: 14, male: 3, other_or_unknown: 1 } },
    actuals: [{ line: 0, actualOre: spentOre }],
    signatory: { name: 'Stine Styreleder', role: SignatoryRole.Chair },
  };
}

describe('reports and repayment claims (service)', () => {
  const ctx = useServiceContext();
  const reports = () => ctx.get(ReportsService);
  const today = () => osloDate(ctx.clock.now());

  async function reportVersion(c: Case): Promise<number> {
    return (await reports().view(c.member, c.applicationId)).report!.version;
  }

  async function save(c: Case, content: ReportContent, who: TestActor = c.member) {
    const view = await reports().view(c.member, c.applicationId);
    return reports().save(who, c.applicationId, view.report?.version, content);
  }

  async function submit(c: Case) {
    return reports().submit(c.member, c.applicationId, await reportVersion(c));
  }

  /** An accepted grant whose complete report (spending `spentOre`) is submitted; the caseworker has declared. */
  async function submittedReport(spentOre?: number, options = {}): Promise<Case> {
    const c = await ctx.fx.accepted(options);
    await save(c, completeReport(spentOre ?? c.amountOre));
    await submit(c);
    return c;
  }

  async function review(
    c: Case,
    outcome: 'approve' | 'return' | 'claim',
    comment: string | null = null,
    claim: Parameters<ReportReviewService['review']>[5] = null,
    who: TestActor = c.staff.caseworker,
  ) {
    return ctx
      .get(ReportReviewService)
      .review(who, c.applicationId, await reportVersion(c), outcome, comment, claim);
  }

  describe('who owes and writes a report', () => {
    it('is owed only by an accepted grant in force (409 before acceptance)', async () => {
      const c = await ctx.fx.notified();
      await invalidState(reports().view(c.member, c.applicationId), 'notified', /akseptert tilskudd/);
    });

    it("is written by the organisation's members: staff 403, outsiders 404", async () => {
      const c = await ctx.fx.accepted();
      await forbidden(
        reports().save(c.staff.caseworker, c.applicationId, undefined, { deviations: 'Sfk skriver' }),
      );
      await notFound(
        reports().save(await ctx.fx.user(), c.applicationId, undefined, { deviations: 'Fremmed' }),
      );
    });

    it('starts with the first save; later saves need the version (422) and a current one (409)', async () => {
      const c = await ctx.fx.accepted();
      const started = await reports().save(c.member, c.applicationId, undefined, {
        deviations: 'Ingen avvik.',
      });
      expect(started.report).toMatchObject({ status: ReportStatus.Draft, grantOre: c.amountOre, version: 1 });
      await ruleBroken(reports().save(c.member, c.applicationId, undefined, { activities: 'Mer' }), {
        field: 'version',
        rule: 'required',
      });
      await reports().save(c.member, c.applicationId, 1, { activities: 'Mer' });
      await stale(reports().save(c.member, c.applicationId, 1, { activities: 'Gammel fane' }), 2);
      expect((await ctx.fx.audit(started.report!.id)).map((e) => e.action)).toEqual([
        'report.started',
        'report.saved',
      ]);
    });

    it('refuses personal data, unknown indicators and budget lines the application does not have (422, per field)', async () => {
      const c = await ctx.fx.accepted();
      await ruleBroken(
        save(c, {
          activities: 'Kontakt Kari på kari@example.no eller 912 34 567.',
          indicators: { people_helped: { female: -1, alien: 2 }, unknown_code: { total: 1 } },
          actuals: [{ line: 3, actualOre: 1 }],
        }),
        { field: 'activities', rule: 'noPersonalData' },
        { field: 'indicators.people_helped.female', rule: 'wholeNumber' },
        { field: 'indicators.people_helped.alien', rule: 'unknownCell' },
        { field: 'indicators.unknown_code', rule: 'unknownIndicator' },
        { field: 'actuals[0].line', rule: 'budgetLine' },
      );
    });
  });

  describe('submit: draft | returned → submitted', () => {
    it('refuses an incomplete report, naming each missing part (422)', async () => {
      const c = await ctx.fx.accepted();
      await save(c, { goalAchievement: 'Målene er nådd.' });
      await ruleBroken(
        submit(c),
        { field: 'activities', rule: 'required' },
        { field: 'deviations', rule: 'required' },
        { field: 'signatory', rule: 'required' },
        { field: 'indicators.people_helped', rule: 'required' },
        { field: 'actuals[0]', rule: 'required' },
      );
    });

    it("asks for the auditor's statement at the scheme's threshold (422), a PDF only (422), then submits", async () => {
      const c = await ctx.fx.accepted({ scheme: { auditorThresholdOre: 50_000_000 } });
      await save(c, completeReport(c.amountOre));
      await ruleBroken(submit(c), { field: 'auditorStatement', rule: 'required' });
      await ruleBroken(
        reports().uploadAuditorStatement(c.member, c.applicationId, 'erklæring.png', pngBytes()),
        {
          field: 'file',
          rule: 'fileType',
        },
      );
      await reports().uploadAuditorStatement(c.member, c.applicationId, 'erklæring.pdf', pdfBytes());
      expect((await submit(c)).report).toMatchObject({ status: ReportStatus.Submitted });
    });

    it('submits a complete report once (409 «submitted»), and takes no edits after (409)', async () => {
      const c = await submittedReport();
      const view = await reports().view(c.member, c.applicationId);
      expect(view.report).toMatchObject({ status: 'submitted', submittedBy: c.member.userId, unspentOre: 0 });
      await invalidState(submit(c), 'submitted');
      await invalidState(save(c, { deviations: 'Etterpå' }), 'submitted');
    });
  });

  describe('review: submitted → approved | returned | repayment_claimed', () => {
    it('approves with a letter to the organisation', async () => {
      const c = await submittedReport();
      await ctx.fx.declare(c.staff.caseworker, c.applicationId);
      const { report } = await review(c, 'approve');
      expect(report).toMatchObject({ status: ReportStatus.Approved, reviewedBy: c.staff.caseworker.userId });
      expect(await ctx.fx.outbox(report!.id)).toEqual(['letter.report_approval']);
    });

    it('returns with a comment (422 without one); the organisation revises and submits again', async () => {
      const c = await submittedReport();
      await ctx.fx.declare(c.staff.caseworker, c.applicationId);
      await ruleBroken(review(c, 'return', '  '), { field: 'comment', rule: 'required' });
      expect((await review(c, 'return', 'Fyll ut avvik.')).report).toMatchObject({ status: 'returned' });
      await save(c, { deviations: 'To aktiviteter ble flyttet.' });
      expect((await submit(c)).report).toMatchObject({ status: 'submitted' });
    });

    it('reviews only a submitted report (409 «draft»)', async () => {
      const c = await ctx.fx.accepted();
      await save(c, { deviations: 'Ingen avvik.' });
      await ctx.fx.declare(c.staff.caseworker, c.applicationId);
      await invalidState(review(c, 'approve'), 'draft');
    });

    it('needs a declaration (403), and refuses a reviewer with a declared conflict (403)', async () => {
      const c = await submittedReport();
      const reviewer = await ctx.fx.user([Role.Caseworker]);
      await forbidden(review(c, 'approve', null, null, reviewer), /erklære/);
      await ctx.fx.declare(reviewer, c.applicationId, true);
      await forbidden(review(c, 'approve', null, null, reviewer), /inhabil/);
    });
  });

  describe('repayment claims: open → settled', () => {
    const due = () => osloDateAfter(ctx.clock.now(), 30);

    it('claims back the unspent part by default, with a letter (a decision the organisation may appeal)', async () => {
      const c = await submittedReport(30_000_000);
      await ctx.fx.declare(c.staff.caseworker, c.applicationId);
      const { report, claim } = await review(c, 'claim', null, { reason: 'Ubrukte midler.', dueDate: due() });
      expect(report).toMatchObject({ status: ReportStatus.RepaymentClaimed, unspentOre: 20_000_000 });
      expect(claim).toMatchObject({
        amountOre: 20_000_000,
        status: RepaymentClaimStatus.Open,
        dueDate: due(),
      });
      expect(await ctx.fx.outbox(claim!.id)).toEqual(['letter.repayment_claim']);
    });

    it('names what is wrong with a claim (422): none asked for, nothing unspent, more than the grant, a due date passed', async () => {
      const c = await submittedReport();
      await ctx.fx.declare(c.staff.caseworker, c.applicationId);
      await ruleBroken(review(c, 'claim'), { field: 'claim', rule: 'required' });
      await ruleBroken(
        review(c, 'claim', null, { reason: ' ', dueDate: today() }),
        {
          field: 'claim.amountOre',
          rule: 'positive',
        },
        { field: 'claim.reason', rule: 'required' },
        { field: 'claim.dueDate', rule: 'inFuture' },
      );
      await ruleBroken(
        review(c, 'claim', null, { amountOre: c.amountOre + 1, reason: 'Feil bruk.', dueDate: due() }),
        {
          field: 'claim.amountOre',
          rule: 'withinGrant',
        },
      );
    });

    it('is settled when repayments add up to it; not by a dated-ahead, too large or late repayment (422, 422, 409)', async () => {
      const c = await submittedReport(30_000_000);
      await ctx.fx.declare(c.staff.caseworker, c.applicationId);
      const { claim } = await review(c, 'claim', null, { reason: 'Ubrukte midler.', dueDate: due() });
      const finance = c.staff.finance;
      const record = async (amountOre: number, receivedOn = today()) =>
        ctx
          .get(RepaymentClaimsService)
          .recordRepayment(
            finance,
            claim!.id,
            await ctx.fx.version(RepaymentClaim, claim!.id),
            amountOre,
            receivedOn,
          );
      await ruleBroken(record(1, osloDateAfter(ctx.clock.now(), 1)), {
        field: 'receivedOn',
        rule: 'notInFuture',
      });
      await ruleBroken(record(20_000_001), { field: 'amountOre', rule: 'withinClaim' });
      expect(await record(5_000_000)).toMatchObject({ repaidOre: 5_000_000, status: 'open' });
      expect(await record(15_000_000)).toMatchObject({
        repaidOre: 20_000_000,
        status: RepaymentClaimStatus.Settled,
      });
      await invalidState(record(1), 'settled');
      const current = await ctx.fx.version(RepaymentClaim, claim!.id);
      await stale(
        ctx.get(RepaymentClaimsService).recordRepayment(finance, claim!.id, 1, 1, today()),
        current,
      );
    });
  });

  describe('guard at the formal check: reports owed on earlier grants', () => {
    it('blocks a new application while a report on an earlier grant is overdue, when the scheme says so (422)', async () => {
      const now = ctx.clock.now();
      const earlier = await ctx.fx.accepted({
        scheme: { priorReportRule: PriorReportRule.Block },
        round: { reportDeadline: deadlineAtEndOfOsloDay(osloDateAfter(now, 61)) },
      });
      ctx.clock.set(new Date(deadlineAtEndOfOsloDay(osloDateAfter(now, 61)).getTime() + 1000));
      const round = await ctx.fx.round({
        schemeId: earlier.round.schemeId,
        round: { year: earlier.round.year + 1 },
      });
      const c = await ctx.fx.submitted({ existingRound: round, member: earlier.member });
      await ctx.fx.declare(c.staff.caseworker, c.applicationId);
      const screen = async () =>
        ctx
          .get(ScreeningService)
          .screen(c.staff.caseworker, c.applicationId, await ctx.fx.applicationVersion(c.applicationId), {
            outcome: ScreeningOutcome.Passed,
          });
      const error = await ruleBroken(screen(), { field: 'checks.priorReports', rule: 'priorReports' });
      expect(error.message).toMatch(/1 rapport\(er\).*ikke er levert/);
      const findings = await ctx.get(ScreeningService).findings(c.staff.caseworker, c.applicationId);
      expect(findings.priorReports).toEqual({ overdue: 1, unapproved: 0 });
    });
  });
});
