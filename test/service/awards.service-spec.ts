/**
 * Awards: the answer to a grant — acceptance by someone who signs for the organisation, before the acceptance
 * deadline (Oslo time, to the second), which plans the payments; declining and lapsing, which free the frame; and
 * the replacement of a decision in force (four eyes, frame, open payments cancelled, an overpayment claimed back).
 */
import {
  AcceptanceService,
  ApplicationStatus,
  Decision,
  DecisionOutcome,
  DecisionsService,
  DisbursementStatus,
  OrganisationsService,
  PaymentBatchesService,
  RecommendedOutcome,
  Role,
} from '@app/grants';
import { osloDate } from '@app/platform';
import { Case, REASONS, TestActor } from './support/fixtures';
import { forbidden, invalidState, notFound, oneWins, ruleBroken } from './support/refusals';
import { useServiceContext } from './support/service-context';
import { DecisionReplacementService } from '@app/grants/awards/decision-replacement.service';

describe('awards (service)', () => {
  const ctx = useServiceContext();
  const acceptance = () => ctx.get(AcceptanceService);
  const version = (id: string) => ctx.fx.applicationVersion(id);

  async function accept(c: Case, who: TestActor = c.member) {
    return acceptance().accept(who, c.applicationId, await version(c.applicationId));
  }

  async function decline(c: Case, reason = 'Prosjektet er avlyst.') {
    return acceptance().decline(c.member, c.applicationId, await version(c.applicationId), reason);
  }

  async function status(applicationId: string): Promise<string> {
    const [row] = await ctx.db.query('SELECT status FROM applications WHERE id = $1', [applicationId]);
    return row.status;
  }

  describe('acceptance: notified → accepted', () => {
    it('is made by a signatory before the deadline: recorded on the decision, payments planned, audited', async () => {
      const c = await ctx.fx.notified();
      const decision = await accept(c);
      expect(decision).toMatchObject({
        acceptedAt: ctx.clock.now(),
        acceptedBy: c.member.userId,
        lapsedAt: null,
      });
      expect(await status(c.applicationId)).toBe(ApplicationStatus.Accepted);
      const planned = await ctx.fx.disbursements(c.applicationId);
      expect(planned).toEqual([
        expect.objectContaining({
          amountOre: c.amountOre,
          status: DisbursementStatus.Planned,
          dueDate: osloDate(ctx.clock.now()),
          decisionApprovedBy: c.staff.approver.userId,
          requiresExtraControl: false,
        }),
      ]);
      expect((await ctx.fx.audit(c.applicationId)).map((e) => e.action)).toContain('decision.accepted');
    });

    it("plans the scheme's instalments, adding up to the grant to the øre", async () => {
      const c = await ctx.fx.notified({
        amountOre: 10_000_001,
        scheme: {
          paymentPlan: [
            { percent: 34, due: 'acceptance' },
            { percent: 33, due: '12-31' },
            { percent: 33, due: '12-31' },
          ],
        },
      });
      await accept(c);
      const planned = await ctx.fx.disbursements(c.applicationId);
      expect(planned.map((d) => d.instalmentCount)).toEqual([3, 3, 3]);
      expect(planned.reduce((sum, d) => sum + d.amountOre, 0)).toBe(10_000_001);
    });

    it('refuses a member who may not sign for the organisation (403)', async () => {
      const c = await ctx.fx.notified();
      const plain = await ctx.fx.user();
      await ctx.get(OrganisationsService).addMember(c.member, c.organisationId, plain.email, false);
      plain.organisationIds.push(c.organisationId);
      await forbidden(accept(c, plain), /signere/);
    });

    it('refuses Sfk staff (403) and outsiders, to whom the case does not exist (404)', async () => {
      const c = await ctx.fx.notified();
      await forbidden(accept(c, c.staff.caseworker));
      await notFound(accept(c, await ctx.fx.user([Role.Applicant])));
    });

    it('takes an acceptance in the last second of the deadline, 23:59:59.999 Oslo time', async () => {
      const c = await ctx.fx.notified();
      const { acceptanceDeadline } = await ctx.fx.decisionInForce(c.applicationId);
      expect(acceptanceDeadline!.toISOString()).toMatch(/T2[12]:59:59\.000Z$/);
      ctx.clock.set(new Date(acceptanceDeadline!.getTime() + 999));
      expect(await accept(c)).toMatchObject({ acceptedBy: c.member.userId });
    });

    it('refuses an acceptance in the second after the deadline (422 deadline), leaving the grant open', async () => {
      const c = await ctx.fx.notified();
      const { acceptanceDeadline } = await ctx.fx.decisionInForce(c.applicationId);
      ctx.clock.set(new Date(acceptanceDeadline!.getTime() + 1000));
      await ruleBroken(accept(c), { field: 'acceptance', rule: 'deadline' });
      expect(await status(c.applicationId)).toBe(ApplicationStatus.Notified);
    });

    it('refuses an answer before the letter has reached the organisation (409 «decided»)', async () => {
      const c = await ctx.fx.decided();
      await invalidState(accept(c), 'decided');
    });

    it('refuses to accept a rejection: there are no conditions to answer (409)', async () => {
      const c = await ctx.fx.notified({
        recommendation: {
          recommendedOutcome: RecommendedOutcome.Rejection,
          recommendedAmountOre: 0,
          reasons: REASONS,
        },
      });
      await invalidState(accept(c), 'notified', /ikke et tilskudd/);
    });

    it('answers once: a second acceptance is refused (409 «accepted»)', async () => {
      const c = await ctx.fx.notified();
      await accept(c);
      await invalidState(accept(c), 'accepted');
    });

    it('takes one of two signatories accepting at the same moment; one set of payments', async () => {
      const c = await ctx.fx.notified();
      const second = await ctx.fx.user();
      await ctx.get(OrganisationsService).addMember(c.member, c.organisationId, second.email, true);
      second.organisationIds.push(c.organisationId);
      await oneWins([accept(c), accept(c, second)]);
      expect(await ctx.fx.disbursements(c.applicationId)).toHaveLength(1);
    });
  });

  describe('declining and lapsing: notified → lapsed', () => {
    it('needs a reason to decline (422)', async () => {
      const c = await ctx.fx.notified();
      await ruleBroken(decline(c, ' '), { field: 'reason', rule: 'required' });
    });

    it("lapses the grant on a decline, and frees its amount in the round's frame", async () => {
      const round = await ctx.fx.round({ round: { budgetFrameOre: 80_000_000 } });
      const c = await ctx.fx.notified({ existingRound: round });
      const waiting = await ctx.fx.assessed({ existingRound: round });
      await ctx.fx.declare(waiting.staff.approver, waiting.applicationId);
      const approve = async () =>
        ctx
          .get(DecisionsService)
          .approve(waiting.staff.approver, waiting.applicationId, await version(waiting.applicationId), {});
      await ruleBroken(approve(), { field: 'amountOre', rule: 'withinFrame' });
      expect(await decline(c)).toMatchObject({ lapseReason: 'Takket nei: Prosjektet er avlyst.' });
      expect(await status(c.applicationId)).toBe(ApplicationStatus.Lapsed);
      expect(await approve()).toMatchObject({ outcome: DecisionOutcome.Granted });
    });

    it('lapses a grant not answered by its deadline in the daily scan (by no one), and leaves an accepted one', async () => {
      const round = await ctx.fx.round({ round: { acceptancePeriodDays: 1 } });
      const unanswered = await ctx.fx.notified({ existingRound: round });
      const answered = await ctx.fx.notified({ existingRound: round });
      await accept(answered);
      const { acceptanceDeadline } = await ctx.fx.decisionInForce(unanswered.applicationId);
      ctx.clock.set(new Date(acceptanceDeadline!.getTime() + 999));
      expect(await acceptance().lapseOverdue()).not.toContain(unanswered.applicationId);
      ctx.clock.set(new Date(acceptanceDeadline!.getTime() + 1000));
      // The scan is global: other suites' grants may lapse with it; these two are what this test owns.
      const lapsed = await acceptance().lapseOverdue();
      expect(lapsed).toContain(unanswered.applicationId);
      expect(lapsed).not.toContain(answered.applicationId);
      expect(await acceptance().lapseOverdue()).not.toContain(unanswered.applicationId);
      expect(await status(unanswered.applicationId)).toBe(ApplicationStatus.Lapsed);
      expect(await status(answered.applicationId)).toBe(ApplicationStatus.Accepted);
      const events = await ctx.db.query(
        `SELECT actor_user_id FROM audit_events WHERE entity_id = $1 AND action = 'decision.lapsed'`,
        [unanswered.applicationId],
      );
      expect(events).toEqual([{ actor_user_id: null }]);
    });
  });

  describe('replacing the decision in force', () => {
    const replacement = () => ctx.get(DecisionReplacementService);

    /** Replaces the case's decision in force with new terms, prepared by `preparedBy`, approved by `approver`. */
    function replace(c: Case, amountOre: number, approver: TestActor, preparedBy: TestActor) {
      return ctx.db.transaction(async (manager) => {
        const old = await manager.findOneByOrFail(Decision, { id: c.decisionId! });
        return replacement().replace(manager, approver, {
          oldDecisionId: old.id,
          terms: {
            outcome: amountOre === c.amountOre ? DecisionOutcome.Granted : DecisionOutcome.PartlyGranted,
            amountOre,
            reasons: REASONS,
            conditions: ['Rapport innen fristen.'],
          },
          preparedBy: preparedBy.userId,
          cause: { test: 'replacement' },
        });
      });
    }

    it('supersedes the old decision, cancels open payments, puts the case back to decided and asks for a letter', async () => {
      const c = await ctx.fx.accepted();
      const preparer = await ctx.fx.user([Role.Caseworker]);
      const decision = await replace(c, 30_000_000, c.staff.approver, preparer);
      expect(decision).toMatchObject({
        outcome: 'partly_granted',
        amountOre: 30_000_000,
        supersededBy: null,
      });
      expect(await ctx.fx.decisionInForce(c.applicationId)).toMatchObject({ id: decision.id });
      const [old] = await ctx.db.query('SELECT superseded_by FROM decisions WHERE id = $1', [c.decisionId]);
      expect(old.superseded_by).toBe(decision.id);
      expect((await ctx.fx.disbursements(c.applicationId)).map((d) => d.status)).toEqual(['cancelled']);
      expect(await status(c.applicationId)).toBe(ApplicationStatus.Decided);
      expect(await ctx.fx.outbox(decision.id)).toEqual(['letter.decision']);
    });

    it('refuses the preparer as its approver (403) and a decision already replaced (409 «superseded»)', async () => {
      const c = await ctx.fx.notified();
      await forbidden(replace(c, 30_000_000, c.staff.approver, c.staff.approver), /forberedte/);
      await replace(c, 30_000_000, c.staff.approver, c.staff.caseworker);
      await invalidState(replace(c, 20_000_000, c.staff.approver, c.staff.caseworker), 'superseded');
    });

    it("holds the round's frame, counting the old decision's amount as released (422 withinFrame)", async () => {
      const round = await ctx.fx.round({ round: { budgetFrameOre: 60_000_000 } });
      const c = await ctx.fx.notified({ existingRound: round });
      await ruleBroken(replace(c, 60_000_001, c.staff.approver, c.staff.caseworker), {
        field: 'amountOre',
        rule: 'withinFrame',
      });
      expect(await replace(c, 60_000_000, c.staff.approver, c.staff.caseworker)).toMatchObject({
        amountOre: 60_000_000,
      });
    });

    it('waits while a payment is with the bank (409 «exported»)', async () => {
      const c = await ctx.fx.attested();
      await ctx
        .get(PaymentBatchesService)
        .build(c.staff.finance, { roundId: c.round.id, dueOnOrBefore: osloDate(ctx.clock.now()) });
      await invalidState(replace(c, 30_000_000, c.staff.approver, c.staff.caseworker), 'exported');
    });
  });
});
