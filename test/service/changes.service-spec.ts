/**
 * Change requests after acceptance: pending → approved | rejected (a caseworker, impartial, reasons for a rejection,
 * a letter either way) | awaiting_decision → approved (more money: a new decision by an approver who did not handle
 * it, within the frame); one open request per grant; the approved plan the report is measured against.
 */
import {
  ApplicationStatus,
  BudgetCategory,
  ChangeKind,
  ChangeRequest,
  ChangeRequestsService,
  ChangeRequestStatus,
  Role,
} from '@app/grants';
import { Case, REASONS, TestActor } from './support/fixtures';
import { forbidden, invalidState, notFound, oneWins, ruleBroken, stale } from './support/refusals';
import { useServiceContext } from './support/service-context';
import { ReportsService } from '@app/grants/reports/reports.service';
import { ChangeRequestInput } from '@app/grants/changes/change-requests.service';

describe('change requests (service)', () => {
  const ctx = useServiceContext();
  const changes = () => ctx.get(ChangeRequestsService);
  const version = (change: { id: string }) => ctx.fx.version(ChangeRequest, change.id);

  const period = (c: Case): ChangeRequestInput => ({
    kind: ChangeKind.Period,
    reason: 'Oppstarten ble forsinket.',
    periodEnd: `${c.round.year + 1}-06-30`,
  });

  const moreMoney = (c: Case, additionalAmountOre: number): ChangeRequestInput => ({
    kind: ChangeKind.Budget,
    reason: 'Flere brukere enn ventet.',
    budgetLines: [
      { category: BudgetCategory.Salaries, description: 'Miljøarbeidere', amountOre: c.amountOre },
      { category: BudgetCategory.Activities, description: 'Aktiviteter', amountOre: additionalAmountOre },
    ],
    additionalAmountOre,
  });

  /** An accepted grant whose caseworker has declared (at screening) and is ready to handle requests. */
  function accepted(options = {}) {
    return ctx.fx.accepted(options);
  }

  async function handle(
    c: Case,
    change: ChangeRequest,
    approve: boolean,
    reasons: typeof REASONS | null = REASONS,
    who: TestActor = c.staff.caseworker,
  ) {
    return changes().handle(who, change.id, await version(change), { approve, reasons, comment: ' Ok. ' });
  }

  describe('asking', () => {
    it('is possible once the grant is accepted (409 before)', async () => {
      const notified = await ctx.fx.notified();
      await invalidState(
        changes().request(notified.member, notified.applicationId, period(notified)),
        'notified',
      );
      const c = await accepted();
      expect(await changes().request(c.member, c.applicationId, period(c))).toMatchObject({
        status: ChangeRequestStatus.Pending,
        requestedBy: c.member.userId,
        requestedAt: ctx.clock.now(),
      });
    });

    it('names what a request must say (422): a reason, a later end, the same budget total, a described change', async () => {
      const c = await accepted();
      await ruleBroken(
        changes().request(c.member, c.applicationId, {
          ...period(c),
          reason: ' ',
          periodEnd: `${c.round.year}-12-31`,
        }),
        { field: 'reason', rule: 'required' },
        { field: 'periodEnd', rule: 'afterCurrentEnd' },
      );
      await ruleBroken(
        changes().request(c.member, c.applicationId, { ...moreMoney(c, 1_000), additionalAmountOre: 0 }),
        {
          field: 'budgetLines',
          rule: 'sameTotal',
        },
      );
      await ruleBroken(
        changes().request(c.member, c.applicationId, {
          kind: ChangeKind.Content,
          reason: 'Nytt',
          content: ' ',
        }),
        {
          field: 'content',
          rule: 'required',
        },
      );
    });

    it('takes one open request per grant (409), also when two arrive at the same moment', async () => {
      const c = await accepted();
      await oneWins([
        changes().request(c.member, c.applicationId, period(c)),
        changes().request(c.member, c.applicationId, period(c)),
      ]);
      await invalidState(changes().request(c.member, c.applicationId, period(c)), 'pending');
    });

    it("is asked by the organisation's members: staff 403, outsiders 404", async () => {
      const c = await accepted();
      await forbidden(changes().request(c.staff.caseworker, c.applicationId, period(c)));
      await notFound(changes().request(await ctx.fx.user(), c.applicationId, period(c)));
    });
  });

  describe('handling: pending → approved | rejected | awaiting_decision', () => {
    it('approves a period change with a letter; the approved plan — what the report is measured against — follows', async () => {
      const c = await accepted();
      const change = await changes().request(c.member, c.applicationId, period(c));
      const handled = await handle(c, change, true, null);
      expect(handled).toMatchObject({
        status: ChangeRequestStatus.Approved,
        handledBy: c.staff.caseworker.userId,
        comment: 'Ok.',
      });
      expect(await ctx.fx.outbox(change.id)).toEqual(['letter.change_approved']);
      const view = await ctx.get(ReportsService).view(c.member, c.applicationId);
      expect(view.plan).toMatchObject({
        periodEnd: `${c.round.year + 1}-06-30`,
        changeRequestIds: [change.id],
      });
    });

    it('rejects only with full reasons (422), then with a letter (a decision)', async () => {
      const c = await accepted();
      const change = await changes().request(c.member, c.applicationId, period(c));
      await ruleBroken(handle(c, change, false, null), { field: 'reasons', rule: 'required' });
      expect(await handle(c, change, false)).toMatchObject({ status: ChangeRequestStatus.Rejected });
      expect(await ctx.fx.outbox(change.id)).toEqual(['letter.change_rejected']);
    });

    it('handles once (409 «approved»), at the current version (409)', async () => {
      const c = await accepted();
      const change = await changes().request(c.member, c.applicationId, period(c));
      await stale(
        changes().handle(c.staff.caseworker, change.id, 0, { approve: true, reasons: null, comment: null }),
        1,
      );
      await handle(c, change, true, null);
      await invalidState(handle(c, change, true, null), 'approved');
    });

    it('is done by a caseworker (403) who has declared (403) and has no conflict (403)', async () => {
      const c = await accepted();
      const change = await changes().request(c.member, c.applicationId, period(c));
      await forbidden(handle(c, change, true, null, c.staff.approver), /saksbehandlere/);
      const other = await ctx.fx.user([Role.Caseworker]);
      await forbidden(handle(c, change, true, null, other), /erklære/);
      await ctx.fx.declare(other, c.applicationId, true);
      await forbidden(handle(c, change, true, null, other), /inhabil/);
    });

    it('sends a request for more money to an approver: reasons needed (422), then awaiting_decision', async () => {
      const c = await accepted();
      const change = await changes().request(c.member, c.applicationId, moreMoney(c, 10_000_000));
      await ruleBroken(handle(c, change, true, null), { field: 'reasons', rule: 'required' });
      expect(await handle(c, change, true)).toMatchObject({ status: ChangeRequestStatus.AwaitingDecision });
      expect(await ctx.fx.outbox(change.id)).toEqual([]);
    });
  });

  describe('more money: awaiting_decision → approved through a new decision', () => {
    async function awaiting(options = {}) {
      const c = await accepted(options);
      const change = await changes().request(c.member, c.applicationId, moreMoney(c, 10_000_000));
      await handle(c, change, true);
      await ctx.fx.declare(c.staff.approver, c.applicationId);
      return { ...c, change };
    }

    it('makes a new decision of the grant plus the addition, replacing the old one; the grant is decided again', async () => {
      const c = await awaiting();
      const approved = await changes().approveNewDecision(
        c.staff.approver,
        c.change.id,
        await version(c.change),
      );
      expect(approved).toMatchObject({
        status: ChangeRequestStatus.Approved,
        approvedBy: c.staff.approver.userId,
      });
      expect(await ctx.fx.decisionInForce(c.applicationId)).toMatchObject({
        id: approved.newDecisionId,
        amountOre: 60_000_000,
        outcome: 'granted',
        preparedBy: c.staff.caseworker.userId,
        approvedBy: c.staff.approver.userId,
      });
      const [{ status }] = await ctx.db.query('SELECT status FROM applications WHERE id = $1', [
        c.applicationId,
      ]);
      expect(status).toBe(ApplicationStatus.Decided);
    });

    it('refuses a non-approver (403), the caseworker who handled it as approver (403), and a request not awaiting (409)', async () => {
      const c = await awaiting();
      await forbidden(
        changes().approveNewDecision(c.staff.caseworker, c.change.id, await version(c.change)),
        /budsjettdisponeringsmyndighet/,
      );
      const pending = await accepted();
      const open = await changes().request(pending.member, pending.applicationId, period(pending));
      await ctx.fx.declare(pending.staff.approver, pending.applicationId);
      await invalidState(
        changes().approveNewDecision(pending.staff.approver, open.id, await version(open)),
        'pending',
      );
      // A caseworker with budget authority who handled the request may not approve its decision too.
      const both = await ctx.fx.user([Role.Caseworker, Role.Approver]);
      const own = await accepted();
      await ctx.fx.declare(both, own.applicationId);
      const mine = await changes().request(own.member, own.applicationId, moreMoney(own, 10_000_000));
      await handle(own, mine, true, REASONS, both);
      await forbidden(
        changes().approveNewDecision(both, mine.id, await version(mine)),
        /forberedte saken selv/,
      );
    });

    it("holds the round's frame (422 withinFrame)", async () => {
      const round = await ctx.fx.round({ round: { budgetFrameOre: 55_000_000 } });
      const c = await awaiting({ existingRound: round });
      await ruleBroken(changes().approveNewDecision(c.staff.approver, c.change.id, await version(c.change)), {
        field: 'amountOre',
        rule: 'withinFrame',
      });
    });
  });
});
