/**
 * Decisions: approval assessed → decided under four eyes (the preparer never approves), budget authority and
 * impartiality; the approved terms; the round's frame under its row lock (also against simultaneous approvals and a
 * lowered frame); batch approval all or none; the budget reservation and its lifting.
 */
import {
  ApplicationStatus,
  BudgetReservationService,
  DecisionOutcome,
  DecisionsService,
  OrganisationsService,
  RecommendedOutcome,
  Role,
  RoundsService,
} from '@app/grants';
import { Case, REASONS, TestActor } from './support/fixtures';
import { forbidden, invalidState, oneWins, refused, ruleBroken, stale } from './support/refusals';
import { useServiceContext } from './support/service-context';

describe('decisions (service)', () => {
  const ctx = useServiceContext();
  const decisions = () => ctx.get(DecisionsService);
  const version = (id: string) => ctx.fx.applicationVersion(id);

  async function approve(c: Case, input = {}, who: TestActor = c.staff.approver) {
    return decisions().approve(who, c.applicationId, await version(c.applicationId), input);
  }

  /** Assessed, and the approver has declared no conflict. */
  async function readyToApprove(options: Parameters<typeof ctx.fx.assessed>[0] = {}): Promise<Case> {
    const c = await ctx.fx.assessed(options);
    await ctx.fx.declare(c.staff.approver, c.applicationId);
    return c;
  }

  describe('approval: assessed → decided', () => {
    it('approves the recommendation as it stands: granted, the amount applied for, prepared ≠ approved, a letter asked for', async () => {
      const c = await readyToApprove();
      const decision = await approve(c);
      expect(decision).toMatchObject({
        outcome: DecisionOutcome.Granted,
        amountOre: c.amountOre,
        conditions: ['Rapport innen fristen.'],
        preparedBy: c.staff.caseworker.userId,
        approvedBy: c.staff.approver.userId,
        decidedAt: ctx.clock.now(),
        madeUnderBudgetReservation: false,
      });
      const { status } = await ctx.db
        .query('SELECT status FROM applications WHERE id = $1', [c.applicationId])
        .then((r) => r[0]);
      expect(status).toBe(ApplicationStatus.Decided);
      expect(await ctx.fx.outbox(decision.id)).toEqual(['letter.decision']);
      expect((await ctx.fx.audit(c.applicationId)).map((e) => e.action)).toContain('decision.approved');
    });

    it("takes the approver's own terms with reasons (a partial grant), and refuses a change without them (422)", async () => {
      const c = await readyToApprove();
      await ruleBroken(approve(c, { outcome: DecisionOutcome.PartlyGranted, amountOre: 20_000_000 }), {
        field: 'reasons',
        rule: 'required',
      });
      expect(
        await approve(c, { outcome: DecisionOutcome.PartlyGranted, amountOre: 20_000_000, reasons: REASONS }),
      ).toMatchObject({ outcome: 'partly_granted', amountOre: 20_000_000, reasons: REASONS });
    });

    it('makes a rejection with amount 0 and refuses one with an amount (422 zeroForRejection)', async () => {
      const c = await readyToApprove({
        recommendation: {
          recommendedOutcome: RecommendedOutcome.Rejection,
          recommendedAmountOre: 0,
          reasons: REASONS,
        },
      });
      await ruleBroken(approve(c, { outcome: DecisionOutcome.Rejected, amountOre: 1, reasons: REASONS }), {
        field: 'amountOre',
        rule: 'zeroForRejection',
      });
      expect(await approve(c)).toMatchObject({ outcome: 'rejected', amountOre: 0 });
    });

    it('refuses an application not yet assessed (409 «in_assessment»), a second approval (409 «decided»), a stale version (409)', async () => {
      const inAssessment = await ctx.fx.inAssessment();
      await ctx.fx.declare(inAssessment.staff.approver, inAssessment.applicationId);
      await invalidState(approve(inAssessment), 'in_assessment');
      const c = await readyToApprove();
      const before = await version(c.applicationId);
      await approve(c);
      await invalidState(approve(c), 'decided');
      const current = await version(c.applicationId);
      await stale(decisions().approve(c.staff.approver, c.applicationId, before, {}), current);
    });
  });

  describe('guard: four eyes, budget authority, impartiality', () => {
    it('refuses the assessor as approver of their own assessment, even with the approver role (403)', async () => {
      const both = await ctx.fx.user([Role.Caseworker, Role.Approver], 'both');
      const c = await ctx.fx.submitted();
      const own = { ...c, staff: { ...c.staff, caseworker: both, approver: both } };
      await ctx.fx.screen(own);
      await ctx.fx.assess(own);
      await forbidden(approve(own), /vurderte denne søknaden selv/);
    });

    it('keeps the rule in the database too: a decision approved by its preparer is refused (ck_decisions_four_eyes)', async () => {
      const c = await readyToApprove();
      const decision = await approve(c);
      await expect(
        ctx.db.query('UPDATE decisions SET approved_by = prepared_by WHERE id = $1', [decision.id]),
      ).rejects.toMatchObject({
        driverError: expect.objectContaining({ constraint: 'ck_decisions_four_eyes' }),
      });
    });

    it('refuses anyone without budget authority (403)', async () => {
      const c = await readyToApprove();
      const caseworker = await ctx.fx.user([Role.Caseworker]);
      await ctx.fx.declare(caseworker, c.applicationId);
      await forbidden(approve(c, {}, caseworker), /budsjettdisponeringsmyndighet/);
    });

    it('refuses an approver who has not declared, or who declared a conflict (403)', async () => {
      const c = await ctx.fx.assessed();
      await forbidden(approve(c), /erklære/);
      await ctx.fx.declare(c.staff.approver, c.applicationId, true);
      await forbidden(approve(c), /inhabil/);
    });

    it('refuses an approver who is a member of the applicant organisation, whatever they declared (403)', async () => {
      const c = await readyToApprove();
      const approver = await ctx.fx.user([Role.Approver, Role.Applicant]);
      await ctx.fx.declare(approver, c.applicationId);
      await ctx.get(OrganisationsService).addMember(c.member, c.organisationId, approver.email);
      await forbidden(approve(c, {}, approver), /medlem av søkerorganisasjonen/);
    });
  });

  describe("guard: the round's frame", () => {
    it('refuses an approval past the frame, naming what is left (422 withinFrame)', async () => {
      const round = await ctx.fx.round({ round: { budgetFrameOre: 80_000_000 } });
      const first = await readyToApprove({ existingRound: round });
      await approve(first);
      const second = await readyToApprove({ existingRound: round });
      const error = await ruleBroken(approve(second), { field: 'amountOre', rule: 'withinFrame' });
      expect(error.message).toMatch(/Gjenstående ramme er kr\s300\s000/);
    });

    it('never exceeds the frame when two approvals come at the same moment: one wins, the other is refused (422)', async () => {
      const round = await ctx.fx.round({ round: { budgetFrameOre: 80_000_000 } });
      const a = await readyToApprove({ existingRound: round });
      const b = await readyToApprove({ existingRound: round });
      const { losers } = await oneWins([approve(a), approve(b)]);
      expect(losers[0]).toMatchObject({ code: 'rule_violation' });
      const [{ granted }] = await ctx.db.query(
        'SELECT sum(amount_ore)::bigint AS granted FROM decisions WHERE round_id = $1',
        [round.id],
      );
      expect(Number(granted)).toBe(50_000_000);
    });

    it('makes one decision when two approvers approve the same application at the same moment', async () => {
      const c = await readyToApprove();
      const second = await ctx.fx.user([Role.Approver]);
      await ctx.fx.declare(second, c.applicationId);
      const { losers } = await oneWins([approve(c), approve(c, {}, second)]);
      expect(['stale_version', 'invalid_state']).toContain(losers[0].code);
      const rows = await ctx.db.query('SELECT id FROM decisions WHERE application_id = $1', [
        c.applicationId,
      ]);
      expect(rows).toHaveLength(1);
    });

    it('never lowers the frame below what decisions in force grant (409 notBelowGranted), but to exactly that', async () => {
      const c = await readyToApprove();
      await approve(c);
      const rounds = ctx.get(RoundsService);
      const round = await rounds.get(c.round.id);
      await refused(
        rounds.update(round.id, round.version, { budgetFrameOre: c.amountOre - 1 }, await ctx.fx.admin()),
        {
          status: 409,
          code: 'invalid_state',
          errors: [{ field: 'budgetFrameOre', rule: 'notBelowGranted' }],
        },
      );
      expect(
        await rounds.update(round.id, round.version, { budgetFrameOre: c.amountOre }, await ctx.fx.admin()),
      ).toMatchObject({ budgetFrameOre: c.amountOre });
    });
  });

  describe('batch approval: all or none', () => {
    it('approves every recommendation in one frame check, answering in the order asked', async () => {
      const round = await ctx.fx.round();
      const staff = await ctx.fx.staff();
      const cases = [];
      for (let i = 0; i < 3; i++) cases.push(await readyToApprove({ existingRound: round, staff }));
      const items = await Promise.all(
        cases
          .reverse()
          .map(async (c) => ({ applicationId: c.applicationId, version: await version(c.applicationId) })),
      );
      const made = await decisions().approveMany(staff.approver, round.id, items);
      expect(made.map((d) => d.applicationId)).toEqual(items.map((i) => i.applicationId));
    });

    it('decides none when the frame holds only some of them (422 withinFrame)', async () => {
      const round = await ctx.fx.round({ round: { budgetFrameOre: 120_000_000 } });
      const staff = await ctx.fx.staff();
      const cases = [];
      for (let i = 0; i < 3; i++) cases.push(await readyToApprove({ existingRound: round, staff }));
      const items = await Promise.all(
        cases.map(async (c) => ({ applicationId: c.applicationId, version: await version(c.applicationId) })),
      );
      await ruleBroken(decisions().approveMany(staff.approver, round.id, items), {
        field: 'amountOre',
        rule: 'withinFrame',
      });
      expect(await ctx.db.query('SELECT 1 FROM decisions WHERE round_id = $1', [round.id])).toEqual([]);
    });

    it('refuses an application of another round (422 sameRound)', async () => {
      const staff = await ctx.fx.staff();
      const c = await readyToApprove({ staff });
      const other = await ctx.fx.round();
      await ruleBroken(
        decisions().approveMany(staff.approver, other.id, [
          { applicationId: c.applicationId, version: await version(c.applicationId) },
        ]),
        { field: 'applicationIds', rule: 'sameRound' },
      );
    });
  });

  describe('the budget reservation (Stortingets budsjettvedtak)', () => {
    it('marks decisions of a reserved round; lifting tells each grant in force once, not rejections', async () => {
      const round = await ctx.fx.round({ round: { budgetReservation: true } });
      const staff = await ctx.fx.staff();
      const grant = await readyToApprove({ existingRound: round, staff });
      const rejection = await readyToApprove({
        existingRound: round,
        staff,
        recommendation: {
          recommendedOutcome: RecommendedOutcome.Rejection,
          recommendedAmountOre: 0,
          reasons: REASONS,
        },
      });
      const granted = await approve(grant);
      const rejected = await approve(rejection);
      expect(granted.madeUnderBudgetReservation).toBe(true);
      const lift = ctx.get(BudgetReservationService);
      const current = await ctx.get(RoundsService).get(round.id);
      expect(await lift.lift(round.id, current.version, staff.admin)).toEqual([granted.id]);
      expect(await ctx.fx.outbox(granted.id)).toEqual([
        'letter.decision',
        'letter.budget_reservation_lifted',
      ]);
      expect(await ctx.fx.outbox(rejected.id)).toEqual(['letter.decision']);
      expect(await ctx.get(RoundsService).get(round.id)).toMatchObject({ budgetReservation: false });
    });

    it('refuses to lift a reservation the round does not have (409), or at a stale version (409)', async () => {
      const round = await ctx.fx.round({ round: { budgetReservation: true } });
      const lift = ctx.get(BudgetReservationService);
      await stale(lift.lift(round.id, round.version - 1, await ctx.fx.admin()), round.version);
      await lift.lift(round.id, round.version, await ctx.fx.admin());
      await invalidState(lift.lift(round.id, round.version + 1, await ctx.fx.admin()), 'published');
    });
  });
});
