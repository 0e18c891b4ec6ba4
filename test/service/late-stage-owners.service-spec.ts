/**
 * The owners of the late stages' statuses (issue 16, «one owner per state»): `moveReport`, `moveRepaymentClaim`,
 * `moveAppeal` and `moveChangeRequest`. Each step writes one audit row with the row before and after (and the facts
 * noted beside it) and its letters in the same transaction; a step the state machine refuses is a 409 naming the
 * status, and writes nothing — no change, no version, no audit row.
 */
import {
  AppealBodyOutcome,
  AppealHandlingService,
  AppealsService,
  AppealSubject,
  BudgetCategory,
  ChangeKind,
  ChangeRequest,
  ChangeRequestsService,
  DecisionOutcome,
  Role,
  SignatoryRole,
} from '@app/grants';
import { DomainError, osloDate, osloDateAfter } from '@app/platform';
import { Appeal } from '@app/grants/appeals/appeal.entity';
import { moveAppeal } from '@app/grants/appeals/appeal-transitions';
import { moveChangeRequest } from '@app/grants/changes/change-request-transitions';
import { RecipientReport } from '@app/grants/reports/recipient-report.entity';
import { RepaymentClaim } from '@app/grants/reports/repayment-claim.entity';
import { moveRepaymentClaim } from '@app/grants/reports/repayment-claim-transitions';
import { RepaymentClaimsService } from '@app/grants/reports/repayment-claims.service';
import { ReportReviewService } from '@app/grants/reports/report-review.service';
import { moveReport } from '@app/grants/reports/report-transitions';
import { ReportsService } from '@app/grants/reports/reports.service';
import { EntityManager, EntityTarget } from 'typeorm';
import { Case, REASONS, TestActor } from './support/fixtures';
import { invalidState } from './support/refusals';
import { useServiceContext } from './support/service-context';

interface AuditRow {
  action: string;
  actor: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
}

describe('late stage owners (service)', () => {
  const ctx = useServiceContext();

  /** The audit trail of an entity, oldest first. */
  async function trail(entityId: string): Promise<AuditRow[]> {
    return ctx.db.query(
      `SELECT action, actor_user_id AS actor, before, after FROM audit_events WHERE entity_id = $1 ORDER BY id`,
      [entityId],
    );
  }

  /** Each audit row as `action: before status → after status`. */
  async function steps(entityId: string): Promise<string[]> {
    return (await trail(entityId)).map(
      (e) => `${e.action}: ${String(e.before?.status)} → ${String(e.after.status)}`,
    );
  }

  /**
   * Calls an owner directly on the locked row, with an event its state machine refuses: a 409 naming the status,
   * and the row, its version and its audit trail as they were.
   */
  async function refusedByOwner<T extends { id: string; version: number; status: string }>(
    target: EntityTarget<T>,
    id: string,
    move: (manager: EntityManager, row: T) => Promise<unknown>,
  ): Promise<void> {
    const before = await ctx.db.getRepository(target).findOneByOrFail({ id } as never);
    const audited = (await trail(id)).length;
    const error = await ctx.db
      .transaction(async (manager) => {
        const row = await manager.findOneOrFail(target, {
          where: { id } as never,
          lock: { mode: 'pessimistic_write' },
        });
        return move(manager, row);
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'invalid_state', details: { currentState: before.status } });
    const after = await ctx.db.getRepository(target).findOneByOrFail({ id } as never);
    expect({ status: after.status, version: after.version }).toEqual({
      status: before.status,
      version: before.version,
    });
    expect(await trail(id)).toHaveLength(audited);
  }

  const content = (spentOre: number) => ({
    goalAchievement: 'Målene er nådd.',
    activities: 'Drift hele året.',
    deviations: 'Ingen avvik.',
    indicators: { people_helped: { female: 3, male: 2, other_or_unknown: 0 } },
    actuals: [{ line: 0, actualOre: spentOre }],
    signatory: { name: 'Stine Styreleder', role: SignatoryRole.Chair },
  });

  /** An accepted grant whose report (spending `spentOre`) is submitted; its caseworker has declared. */
  async function submittedReport(spentOre?: number): Promise<Case & { reportId: string }> {
    const c = await ctx.fx.accepted();
    const reports = ctx.get(ReportsService);
    const { report } = await reports.save(
      c.member,
      c.applicationId,
      undefined,
      content(spentOre ?? c.amountOre),
    );
    await reports.submit(c.member, c.applicationId, report!.version);
    await ctx.fx.declare(c.staff.caseworker, c.applicationId);
    return { ...c, reportId: report!.id };
  }

  const reportVersion = (c: { reportId: string }) => ctx.fx.version(RecipientReport, c.reportId);

  describe('moveReport', () => {
    it('audits every step of a report, returned and resubmitted, with the row before and after', async () => {
      const c = await submittedReport();
      const review = ctx.get(ReportReviewService);
      await review.review(
        c.staff.caseworker,
        c.applicationId,
        await reportVersion(c),
        'return',
        'Mer om avvik.',
      );
      await ctx.get(ReportsService).save(c.member, c.applicationId, await reportVersion(c), {
        deviations: 'To aktiviteter ble flyttet.',
      });
      await ctx.get(ReportsService).submit(c.member, c.applicationId, await reportVersion(c));
      await review.review(c.staff.caseworker, c.applicationId, await reportVersion(c), 'approve', null);
      expect(await steps(c.reportId)).toEqual([
        'report.started: undefined → draft',
        'report.submitted: draft → submitted',
        'report.returned: submitted → returned',
        'report.saved: returned → returned',
        'report.submitted: returned → submitted',
        'report.approved: submitted → approved',
      ]);
      const rows = await trail(c.reportId);
      expect(rows[0].before).toBeNull();
      expect(rows[2]).toMatchObject({
        actor: c.staff.caseworker.userId,
        after: { reviewComment: 'Mer om avvik.', reviewedBy: c.staff.caseworker.userId },
      });
      expect(rows[3]).toMatchObject({
        before: { deviations: 'Ingen avvik.' },
        after: { deviations: 'To aktiviteter ble flyttet.' },
      });
      expect((rows[5].after as { version: number }).version).toBe(
        (rows[5].before as { version: number }).version + 1,
      );
      expect(await ctx.fx.outbox(c.reportId)).toEqual(['letter.report_approval']);
    });

    it('refuses what the state machine does not allow (409), writing nothing', async () => {
      const c = await submittedReport();
      const actor = c.staff.caseworker;
      await refusedByOwner(RecipientReport, c.reportId, (m, r) =>
        moveReport(m, r, 'edit', { actor, action: 'report.saved' }),
      );
      await ctx
        .get(ReportReviewService)
        .review(actor, c.applicationId, await reportVersion(c), 'approve', null);
      for (const event of ['edit', 'submit', 'approve', 'return', 'claim'] as const) {
        await refusedByOwner(RecipientReport, c.reportId, (m, r) =>
          moveReport(m, r, event, { actor, action: 'x' }),
        );
      }
      await invalidState(
        ctx.get(ReportReviewService).review(actor, c.applicationId, await reportVersion(c), 'approve', null),
        'approved',
      );
    });
  });

  describe('moveRepaymentClaim', () => {
    /** A report reviewed with a claim for the NOK 200 000 unspent. */
    async function claimed() {
      const c = await submittedReport(30_000_000);
      const { claim } = await ctx
        .get(ReportReviewService)
        .review(c.staff.caseworker, c.applicationId, await reportVersion(c), 'claim', null, {
          reason: 'Ubrukte midler.',
          dueDate: osloDateAfter(ctx.clock.now(), 30),
        });
      return { ...c, claim: claim! };
    }

    it('notes the claim in the review, and audits each repayment until the claim is settled', async () => {
      const c = await claimed();
      const [, , review] = await trail(c.reportId);
      expect(review).toMatchObject({
        action: 'report.repayment_claimed',
        after: {
          status: 'repayment_claimed',
          claim: { id: c.claim.id, amountOre: 20_000_000, status: 'open' },
        },
      });
      const claims = ctx.get(RepaymentClaimsService);
      const today = osloDate(ctx.clock.now());
      const finance = c.staff.finance;
      await claims.recordRepayment(
        finance,
        c.claim.id,
        await ctx.fx.version(RepaymentClaim, c.claim.id),
        5_000_000,
        today,
      );
      await claims.recordRepayment(
        finance,
        c.claim.id,
        await ctx.fx.version(RepaymentClaim, c.claim.id),
        15_000_000,
        today,
      );
      expect(await steps(c.claim.id)).toEqual([
        'repayment.recorded: open → open',
        'repayment.recorded: open → settled',
      ]);
      const [first, second] = await trail(c.claim.id);
      expect(first).toMatchObject({
        actor: finance.userId,
        before: { repaidOre: 0 },
        after: { repaidOre: 5_000_000, repayment: { amountOre: 5_000_000, receivedOn: today } },
      });
      expect(second.after).toMatchObject({ repaidOre: 20_000_000, repayment: { amountOre: 15_000_000 } });
      await refusedByOwner(RepaymentClaim, c.claim.id, (m, claim) =>
        moveRepaymentClaim(m, claim, 'repay', { actor: finance, action: 'x' }, (row) => {
          row.repaidOre = row.amountOre;
        }),
      );
    });

    it('revises a claim through the appeal (cancelled at 0, with the appeal noted); a cancelled claim is revised no more (409)', async () => {
      const c = await claimed();
      await ctx.fx.deliverLetters([c.claim.id]);
      const handler = await ctx.fx.user([Role.Caseworker], 'appeal-caseworker');
      await ctx.fx.declare(handler, c.applicationId);
      const appeal = await ctx.get(AppealsService).lodge(c.member, c.applicationId, {
        subjectType: AppealSubject.RepaymentClaim,
        subjectId: c.claim.id,
        grounds: 'Pengene er brukt.',
      });
      const handling = ctx.get(AppealHandlingService);
      await handling.take(handler, appeal.id, appeal.version);
      await handling.proposeNewDecision(handler, appeal.id, await ctx.fx.version(Appeal, appeal.id), {
        amountOre: 0,
        reasons: REASONS,
        conditions: [],
      });
      await ctx.fx.declare(c.staff.approver, c.applicationId);
      await handling.approveNewDecision(c.staff.approver, appeal.id, await ctx.fx.version(Appeal, appeal.id));
      expect(await steps(c.claim.id)).toEqual([
        'repayment_claim.notified: undefined → undefined',
        'repayment_claim.revised: open → cancelled',
      ]);
      const revised = (await trail(c.claim.id))[1];
      expect(revised).toMatchObject({
        actor: c.staff.approver.userId,
        before: { amountOre: 20_000_000 },
        after: { amountOre: 0, amountBeforeRevisionOre: 20_000_000, appealId: appeal.id },
      });
      expect(await ctx.fx.outbox(appeal.id)).toEqual(['letter.claim_revised']);
      await refusedByOwner(RepaymentClaim, c.claim.id, (m, claim) =>
        moveRepaymentClaim(m, claim, 'revise', { actor: c.staff.approver, action: 'x' }),
      );
    });
  });

  describe('moveAppeal', () => {
    /** A notified decision, its appeal lodged, and the caseworker who will prepare it (not the decision's). */
    async function lodged(): Promise<Case & { handler: TestActor; appeal: Appeal }> {
      const c = await ctx.fx.notified();
      const handler = await ctx.fx.user([Role.Caseworker], 'appeal-caseworker');
      await ctx.fx.declare(handler, c.applicationId);
      const appeal = await ctx.get(AppealsService).lodge(c.member, c.applicationId, {
        subjectType: AppealSubject.Decision,
        grounds: 'Vi mener tilskuddet er for lavt.',
      });
      return { ...c, handler, appeal };
    }

    const version = (appeal: Appeal) => ctx.fx.version(Appeal, appeal.id);

    it('audits a reversal: lodged → taken → proposed → redecided, the new decision noted on the row', async () => {
      const c = await lodged();
      const handling = ctx.get(AppealHandlingService);
      await handling.take(c.handler, c.appeal.id, c.appeal.version);
      await handling.proposeNewDecision(c.handler, c.appeal.id, await version(c.appeal), {
        outcome: DecisionOutcome.Granted,
        amountOre: c.amountOre,
        reasons: REASONS,
        conditions: ['Rapport innen fristen.'],
      });
      await ctx.fx.declare(c.staff.approver, c.applicationId);
      const redecided = await handling.approveNewDecision(
        c.staff.approver,
        c.appeal.id,
        await version(c.appeal),
      );
      expect(await steps(c.appeal.id)).toEqual([
        'appeal.lodged: undefined → lodged',
        'appeal.taken: lodged → lodged',
        'appeal.new_decision_proposed: lodged → reversal_proposed',
        'appeal.redecided: reversal_proposed → redecided',
      ]);
      const rows = await trail(c.appeal.id);
      expect(rows[1]).toMatchObject({
        before: { caseworkerId: null },
        after: { caseworkerId: c.handler.userId },
      });
      expect(rows[3]).toMatchObject({
        actor: c.staff.approver.userId,
        before: { newDecisionId: null },
        after: { newDecisionId: redecided.newDecisionId },
      });
    });

    it('audits a forwarding with its letter and the appeal body upholding; then refuses every step (409), writing nothing', async () => {
      const c = await lodged();
      const handling = ctx.get(AppealHandlingService);
      await handling.take(c.handler, c.appeal.id, c.appeal.version);
      await handling.forward(c.handler, c.appeal.id, await version(c.appeal), 'Sfk opprettholder vedtaket.');
      expect(await ctx.fx.outbox(c.appeal.id)).toEqual(['letter.appeal_forwarded']);
      await handling.registerAppealBodyOutcome(c.handler, c.appeal.id, await version(c.appeal), {
        outcome: AppealBodyOutcome.Upheld,
        decidedOn: osloDate(ctx.clock.now()),
        reference: ' 24/1234 ',
      });
      expect((await steps(c.appeal.id)).slice(2)).toEqual([
        'appeal.forwarded: lodged → forwarded',
        'appeal.body_outcome_registered: forwarded → upheld',
      ]);
      expect((await trail(c.appeal.id))[3].after).toMatchObject({ appealBodyReference: '24/1234' });
      const actor = c.handler;
      for (const event of ['take', 'propose', 'redecide', 'forward', 'uphold', 'overturn'] as const) {
        await refusedByOwner(Appeal, c.appeal.id, (m, a) => moveAppeal(m, a, event, { actor, action: 'x' }));
      }
      await invalidState(
        handling.forward(c.handler, c.appeal.id, await version(c.appeal), 'Igjen.'),
        'upheld',
      );
    });
  });

  describe('moveChangeRequest', () => {
    const changes = () => ctx.get(ChangeRequestsService);
    const version = (change: ChangeRequest) => ctx.fx.version(ChangeRequest, change.id);

    it('audits a handled request with its letter, and refuses handling it again (409), writing nothing', async () => {
      const c = await ctx.fx.accepted();
      const change = await changes().request(c.member, c.applicationId, {
        kind: ChangeKind.Period,
        reason: 'Oppstarten ble forsinket.',
        periodEnd: `${c.round.year + 1}-06-30`,
      });
      await changes().handle(c.staff.caseworker, change.id, change.version, {
        approve: true,
        reasons: null,
        comment: ' Ok. ',
      });
      expect(await steps(change.id)).toEqual([
        'change_request.submitted: undefined → pending',
        'change_request.handled: pending → approved',
      ]);
      expect((await trail(change.id))[1]).toMatchObject({
        actor: c.staff.caseworker.userId,
        before: { handledBy: null, comment: null },
        after: { handledBy: c.staff.caseworker.userId, comment: 'Ok.' },
      });
      expect(await ctx.fx.outbox(change.id)).toEqual(['letter.change_approved']);
      const actor = c.staff.caseworker;
      for (const event of ['approve', 'reject', 'refer', 'redecide'] as const) {
        await refusedByOwner(ChangeRequest, change.id, (m, r) =>
          moveChangeRequest(m, r, event, { actor, action: 'x' }),
        );
      }
      await invalidState(
        changes().handle(actor, change.id, await version(change), {
          approve: false,
          reasons: REASONS,
          comment: null,
        }),
        'approved',
      );
    });

    it('audits more money: pending → awaiting_decision → approved, the new decision noted', async () => {
      const c = await ctx.fx.accepted();
      const change = await changes().request(c.member, c.applicationId, {
        kind: ChangeKind.Budget,
        reason: 'Flere brukere enn ventet.',
        budgetLines: [
          { category: BudgetCategory.Salaries, description: 'Miljøarbeidere', amountOre: c.amountOre },
          { category: BudgetCategory.Activities, description: 'Aktiviteter', amountOre: 10_000_000 },
        ],
        additionalAmountOre: 10_000_000,
      });
      await changes().handle(c.staff.caseworker, change.id, change.version, {
        approve: true,
        reasons: REASONS,
        comment: null,
      });
      expect(await ctx.fx.outbox(change.id)).toEqual([]);
      await ctx.fx.declare(c.staff.approver, c.applicationId);
      const approved = await changes().approveNewDecision(c.staff.approver, change.id, await version(change));
      expect(await steps(change.id)).toEqual([
        'change_request.submitted: undefined → pending',
        'change_request.handled: pending → awaiting_decision',
        'change_request.redecided: awaiting_decision → approved',
      ]);
      expect((await trail(change.id))[2]).toMatchObject({
        actor: c.staff.approver.userId,
        after: { approvedBy: c.staff.approver.userId, newDecisionId: approved.newDecisionId },
      });
    });
  });
});
