/**
 * Appeals (klage, forvaltningsloven §§ 28–33): lodged (in time or late, to the second in Oslo time) → taken by a
 * caseworker who did not prepare the decision → not considered | reversal proposed → redecided (a new decision by an
 * approver who is not the appeal's caseworker) | forwarded → upheld | to be redecided; appeals against repayment
 * claims; one open appeal per subject; versions.
 */
import {
  Appeal,
  AppealBodyOutcome,
  AppealHandlingService,
  AppealsService,
  AppealStatus,
  AppealSubject,
  ApplicationStatus,
  DecisionOutcome,
  PaymentBatchesService,
  RecommendedOutcome,
  Role,
} from '@app/grants';
import { osloDate, osloDateAfter } from '@app/platform';
import { Case, REASONS, TestActor } from './support/fixtures';
import { forbidden, invalidState, notFound, oneWins, ruleBroken, stale } from './support/refusals';
import { useServiceContext } from './support/service-context';
import { RepaymentClaim, RepaymentClaimOrigin } from '@app/grants/reports/repayment-claim.entity';
import { ReportsService } from '@app/grants/reports/reports.service';
import { ReportReviewService } from '@app/grants/reports/report-review.service';
import { RepaymentClaimsService } from '@app/grants/reports/repayment-claims.service';

describe('appeals (service)', () => {
  const ctx = useServiceContext();
  const appeals = () => ctx.get(AppealsService);
  const handling = () => ctx.get(AppealHandlingService);
  const version = (appeal: { id: string }) => ctx.fx.version(Appeal, appeal.id);

  /** A notified decision and the caseworker who will prepare its appeal (not the decision's preparer). */
  async function appealable(options = {}): Promise<Case & { handler: TestActor }> {
    const c = await ctx.fx.notified(options);
    const handler = await ctx.fx.user([Role.Caseworker], 'appeal-caseworker');
    await ctx.fx.declare(handler, c.applicationId);
    return { ...c, handler };
  }

  function lodge(c: Case, input: Partial<Parameters<AppealsService['lodge']>[2]> = {}) {
    return appeals().lodge(c.member, c.applicationId, {
      subjectType: AppealSubject.Decision,
      grounds: 'Vi mener tilskuddet er for lavt.',
      ...input,
    });
  }

  /** Lodged in time and taken by the case's appeal caseworker. */
  async function taken(options = {}) {
    const c = await appealable(options);
    const appeal = await lodge(c);
    await handling().take(c.handler, appeal.id, appeal.version);
    return { ...c, appeal };
  }

  async function propose(
    c: Case & { handler: TestActor; appeal: Appeal },
    amountOre: number,
    outcome?: DecisionOutcome.Granted | DecisionOutcome.PartlyGranted | DecisionOutcome.Rejected,
  ) {
    return handling().proposeNewDecision(c.handler, c.appeal.id, await version(c.appeal), {
      outcome:
        outcome ?? (amountOre === c.amountOre ? DecisionOutcome.Granted : DecisionOutcome.PartlyGranted),
      amountOre,
      reasons: REASONS,
      conditions: ['Rapport innen fristen.'],
    });
  }

  describe('lodging', () => {
    it('lodges an appeal in time against the decision in force, with its notification and deadline, audited', async () => {
      const c = await appealable();
      const decision = await ctx.fx.decisionInForce(c.applicationId);
      const appeal = await lodge(c);
      expect(appeal).toMatchObject({
        status: AppealStatus.Lodged,
        subjectId: decision.id,
        subjectNotifiedAt: decision.notifiedAt,
        deadline: decision.appealDeadline,
        late: false,
        originalPreparerId: c.staff.caseworker.userId,
        lodgedBy: c.member.userId,
      });
      expect((await ctx.fx.audit(appeal.id)).map((e) => e.action)).toEqual(['appeal.lodged']);
    });

    it('counts the last second of the appeal deadline as in time, and the next one as late (registered, marked)', async () => {
      const inTime = await appealable();
      const { appealDeadline } = await ctx.fx.decisionInForce(inTime.applicationId);
      ctx.clock.set(new Date(appealDeadline!.getTime() + 999));
      expect(await lodge(inTime)).toMatchObject({ late: false });
      const late = await appealable();
      const deadline = (await ctx.fx.decisionInForce(late.applicationId)).appealDeadline!;
      ctx.clock.set(new Date(deadline.getTime() + 1000));
      expect(await lodge(late)).toMatchObject({ late: true, lateConsidered: null, status: 'lodged' });
    });

    it('needs grounds (422), and a decision to appeal against (409)', async () => {
      const c = await appealable();
      await ruleBroken(lodge(c, { grounds: '  ' }), { field: 'grounds', rule: 'required' });
      const assessed = await ctx.fx.assessed();
      await invalidState(lodge(assessed), 'assessed', /ikke avgjort/);
    });

    it('takes one open appeal per decision (409), also when two are lodged at the same moment', async () => {
      const c = await appealable();
      const { losers } = await oneWins([lodge(c), lodge(c)]);
      expect(losers[0]).toMatchObject({ code: 'invalid_state' });
      await invalidState(lodge(c), 'lodged');
    });

    it("is lodged by the organisation's members: staff 403, outsiders 404", async () => {
      const c = await appealable();
      await forbidden(
        appeals().lodge(c.staff.caseworker, c.applicationId, {
          subjectType: AppealSubject.Decision,
          grounds: 'x',
        }),
      );
      await notFound(
        appeals().lodge(await ctx.fx.user(), c.applicationId, {
          subjectType: AppealSubject.Decision,
          grounds: 'x',
        }),
      );
    });
  });

  describe('taking the appeal', () => {
    it('is refused to the caseworker who prepared the decision (403), to non-caseworkers (403), to the undeclared (403)', async () => {
      const c = await appealable();
      const appeal = await lodge(c);
      await forbidden(handling().take(c.staff.caseworker, appeal.id, appeal.version), /forberedte vedtaket/);
      await forbidden(handling().take(c.staff.approver, appeal.id, appeal.version), /saksbehandlere/);
      await forbidden(
        handling().take(await ctx.fx.user([Role.Caseworker]), appeal.id, appeal.version),
        /erklære/,
      );
      expect(await handling().take(c.handler, appeal.id, appeal.version)).toMatchObject({
        caseworkerId: c.handler.userId,
      });
    });

    it('lets only the caseworker who took it handle it (403), at the current version (409)', async () => {
      const c = await taken();
      const other = await ctx.fx.user([Role.Caseworker]);
      await ctx.fx.declare(other, c.applicationId);
      await forbidden(
        handling().forward(other, c.appeal.id, await version(c.appeal), 'Opprettholdes.'),
        /tildelt en annen/,
      );
      await stale(handling().forward(c.handler, c.appeal.id, 1, 'Opprettholdes.'), 2);
    });
  });

  describe('a late appeal (§ 31)', () => {
    async function lateAppeal() {
      const c = await appealable();
      const deadline = (await ctx.fx.decisionInForce(c.applicationId)).appealDeadline!;
      ctx.clock.set(new Date(deadline.getTime() + 1000));
      const appeal = await lodge(c);
      const current = await handling().take(c.handler, appeal.id, appeal.version);
      return { ...c, appeal: current };
    }

    it('is handled only once it is decided to consider it (409)', async () => {
      const c = await lateAppeal();
      await invalidState(
        handling().forward(c.handler, c.appeal.id, c.appeal.version, 'Opprettholdes.'),
        'lodged',
        /etter fristen/,
      );
      await invalidState(propose(c, c.amountOre), 'lodged');
    });

    it('not considered: ends the appeal, with a letter (itself a decision); decided once (409)', async () => {
      const c = await lateAppeal();
      await ruleBroken(handling().decideLateness(c.handler, c.appeal.id, c.appeal.version, false, ' '), {
        field: 'reason',
        rule: 'required',
      });
      const ended = await handling().decideLateness(
        c.handler,
        c.appeal.id,
        c.appeal.version,
        false,
        'Ingen grunn til å se bort fra fristen.',
      );
      expect(ended).toMatchObject({ status: AppealStatus.NotConsidered, lateConsidered: false });
      expect(await ctx.fx.outbox(c.appeal.id)).toEqual(['letter.appeal_not_considered']);
      await invalidState(
        handling().decideLateness(c.handler, c.appeal.id, ended.version, true, 'Likevel'),
        'not_considered',
      );
    });

    it('considered anyway: handled like one in time', async () => {
      const c = await lateAppeal();
      const considered = await handling().decideLateness(
        c.handler,
        c.appeal.id,
        c.appeal.version,
        true,
        'Særlige grunner.',
      );
      expect(
        await handling().forward(c.handler, c.appeal.id, considered.version, 'Opprettholdes.'),
      ).toMatchObject({
        status: AppealStatus.Forwarded,
      });
    });

    it('refuses a lateness decision for an appeal in time (409)', async () => {
      const c = await taken();
      await invalidState(
        handling().decideLateness(c.handler, c.appeal.id, await version(c.appeal), true, 'x'),
        'lodged',
        /i tide/,
      );
    });
  });

  describe('reversal by Sfk (§ 33): reversal_proposed → redecided', () => {
    it('needs the new terms and reasons (422, per field)', async () => {
      const c = await taken();
      await ruleBroken(
        handling().proposeNewDecision(c.handler, c.appeal.id, await version(c.appeal), {
          amountOre: 10,
          reasons: { ...REASONS, mainConsiderations: '' },
          conditions: [],
        }),
        { field: 'outcome', rule: 'required' },
        { field: 'reasons', rule: 'required' },
      );
      await ruleBroken(propose(c, c.amountOre + 1, DecisionOutcome.PartlyGranted), {
        field: 'amountOre',
        rule: 'partialAmount',
      });
    });

    it("replaces the decision through an approver's new decision: old superseded, the case decided again, a letter", async () => {
      const c = await taken();
      const old = await ctx.fx.decisionInForce(c.applicationId);
      await propose(c, 30_000_000);
      await ctx.fx.declare(c.staff.approver, c.applicationId);
      const redecided = await handling().approveNewDecision(
        c.staff.approver,
        c.appeal.id,
        await version(c.appeal),
      );
      expect(redecided).toMatchObject({ status: AppealStatus.Redecided, newDecisionId: expect.any(String) });
      const current = await ctx.fx.decisionInForce(c.applicationId);
      expect(current).toMatchObject({
        id: redecided.newDecisionId,
        outcome: 'partly_granted',
        amountOre: 30_000_000,
        preparedBy: c.handler.userId,
        approvedBy: c.staff.approver.userId,
      });
      const [{ superseded_by }] = await ctx.db.query('SELECT superseded_by FROM decisions WHERE id = $1', [
        old.id,
      ]);
      expect(superseded_by).toBe(current.id);
      const [{ status }] = await ctx.db.query('SELECT status FROM applications WHERE id = $1', [
        c.applicationId,
      ]);
      expect(status).toBe(ApplicationStatus.Decided);
      expect(await ctx.fx.outbox(current.id)).toEqual(['letter.decision']);
    });

    it('refuses an appeal with nothing proposed (409), a non-approver (403), and the appeal caseworker as approver (403)', async () => {
      const c = await appealable();
      const both = await ctx.fx.user([Role.Caseworker, Role.Approver], 'caseworker-approver');
      await ctx.fx.declare(both, c.applicationId);
      const lodged = await lodge(c);
      await handling().take(both, lodged.id, lodged.version);
      await ctx.fx.declare(c.staff.approver, c.applicationId);
      await invalidState(
        handling().approveNewDecision(c.staff.approver, lodged.id, await version(lodged)),
        'lodged',
      );
      await propose({ ...c, handler: both, appeal: lodged }, 30_000_000);
      await forbidden(
        handling().approveNewDecision(c.staff.caseworker, lodged.id, await version(lodged)),
        /budsjettdisponeringsmyndighet/,
      );
      await forbidden(
        handling().approveNewDecision(both, lodged.id, await version(lodged)),
        /forberedte klagesaken selv/,
      );
    });

    it("holds the round's frame for a raised grant, the old amount released (422 withinFrame)", async () => {
      const round = await ctx.fx.round({ round: { budgetFrameOre: 80_000_000 } });
      // A partial grant of NOK 300 000 of the 500 000 applied for, and another grant of 400 000: 700 000 committed.
      const c = await taken({
        existingRound: round,
        recommendation: {
          recommendedOutcome: RecommendedOutcome.PartialGrant,
          recommendedAmountOre: 30_000_000,
          reasons: REASONS,
        },
      });
      await ctx.fx.decided({ existingRound: round, amountOre: 40_000_000 });
      await propose(c, c.amountOre);
      await ctx.fx.declare(c.staff.approver, c.applicationId);
      await ruleBroken(
        handling().approveNewDecision(c.staff.approver, c.appeal.id, await version(c.appeal)),
        {
          field: 'amountOre',
          rule: 'withinFrame',
        },
      );
      await propose(c, 40_000_000);
      expect(
        await handling().approveNewDecision(c.staff.approver, c.appeal.id, await version(c.appeal)),
      ).toMatchObject({ status: AppealStatus.Redecided });
    });

    it('claims back what a lowered grant leaves overpaid (a repayment claim with its letter)', async () => {
      const c = await ctx.fx.attested();
      const today = osloDate(ctx.clock.now());
      const { batch } = await ctx
        .get(PaymentBatchesService)
        .build(c.staff.finance, { roundId: c.round.id, dueOnOrBefore: today });
      await ctx.get(PaymentBatchesService).markPaid(c.staff.finance, batch.id, batch.version, today);
      const handler = await ctx.fx.user([Role.Caseworker], 'appeal-caseworker');
      await ctx.fx.declare(handler, c.applicationId);
      const appeal = await lodge(c);
      await handling().take(handler, appeal.id, appeal.version);
      await propose({ ...c, handler, appeal }, 30_000_000);
      await ctx.fx.declare(c.staff.approver, c.applicationId);
      const redecided = await handling().approveNewDecision(
        c.staff.approver,
        appeal.id,
        await version(appeal),
      );
      const claim = await ctx.db
        .getRepository(RepaymentClaim)
        .findOneByOrFail({ applicationId: c.applicationId, decisionId: redecided.newDecisionId! });
      expect(claim).toMatchObject({
        origin: RepaymentClaimOrigin.ChangedDecision,
        amountOre: 20_000_000,
        paidBeforeOre: 50_000_000,
        status: 'open',
        claimedBy: c.staff.approver.userId,
      });
      expect(await ctx.fx.outbox(claim.id)).toEqual(['letter.repayment_claim']);
    });
  });

  describe('forwarding to the appeal body: forwarded → upheld | to_be_redecided', () => {
    it('needs a statement (422); forwards with a letter', async () => {
      const c = await taken();
      await ruleBroken(handling().forward(c.handler, c.appeal.id, await version(c.appeal), ' '), {
        field: 'statement',
        rule: 'required',
      });
      const forwarded = await handling().forward(
        c.handler,
        c.appeal.id,
        await version(c.appeal),
        'Sfk opprettholder vedtaket.',
      );
      expect(forwarded).toMatchObject({ status: AppealStatus.Forwarded, forwardedAt: ctx.clock.now() });
      expect(await ctx.fx.outbox(c.appeal.id)).toEqual(['letter.appeal_forwarded']);
      await invalidState(
        handling().forward(c.handler, c.appeal.id, forwarded.version, 'Igjen.'),
        'forwarded',
      );
    });

    it("registers the appeal body's outcome dated between the forwarding and today (422 otherwise); upheld ends it", async () => {
      const c = await taken();
      await invalidState(
        handling().registerAppealBodyOutcome(c.handler, c.appeal.id, await version(c.appeal), {
          outcome: AppealBodyOutcome.Upheld,
          decidedOn: osloDate(ctx.clock.now()),
          reference: null,
        }),
        'lodged',
      );
      const forwarded = await handling().forward(
        c.handler,
        c.appeal.id,
        await version(c.appeal),
        'Opprettholdes.',
      );
      const register = (decidedOn: string, outcome = AppealBodyOutcome.Upheld) =>
        handling().registerAppealBodyOutcome(c.handler, c.appeal.id, forwarded.version, {
          outcome,
          decidedOn,
          reference: ' 26/123 ',
        });
      await ruleBroken(register(osloDateAfter(ctx.clock.now(), -1)), {
        field: 'decidedOn',
        rule: 'withinAppeal',
      });
      await ruleBroken(register(osloDateAfter(ctx.clock.now(), 1)), {
        field: 'decidedOn',
        rule: 'withinAppeal',
      });
      const upheld = await register(osloDate(ctx.clock.now()));
      expect(upheld).toMatchObject({ status: AppealStatus.Upheld, appealBodyReference: '26/123' });
      await invalidState(handling().take(c.handler, c.appeal.id, upheld.version), 'upheld');
    });

    it('a changed decision is carried out by Sfk the same way as a reversal', async () => {
      const c = await taken();
      const forwarded = await handling().forward(
        c.handler,
        c.appeal.id,
        await version(c.appeal),
        'Opprettholdes.',
      );
      const changed = await handling().registerAppealBodyOutcome(c.handler, c.appeal.id, forwarded.version, {
        outcome: AppealBodyOutcome.Changed,
        decidedOn: osloDate(ctx.clock.now()),
        reference: null,
      });
      expect(changed.status).toBe(AppealStatus.ToBeRedecided);
      await propose(c, 20_000_000);
      await ctx.fx.declare(c.staff.approver, c.applicationId);
      expect(
        await handling().approveNewDecision(c.staff.approver, c.appeal.id, await version(c.appeal)),
      ).toMatchObject({
        status: AppealStatus.Redecided,
      });
    });
  });

  describe('appeals against a repayment claim', () => {
    /** An accepted grant whose report showed NOK 200 000 unspent, claimed back, the claim letter delivered. */
    async function claimed() {
      const c = await ctx.fx.accepted();
      const reports = ctx.get(ReportsService);
      await reports.save(c.member, c.applicationId, undefined, {
        goalAchievement: 'Nådd.',
        activities: 'Drift.',
        deviations: 'Ingen avvik.',
        indicators: { people_helped: { female: 1, male: 1, other_or_unknown: 0 } },
        actuals: [{ line: 0, actualOre: 30_000_000 }],
        signatory: { name: 'Stine', role: 'chair' as never },
      });
      await reports.submit(c.member, c.applicationId, 1);
      await ctx.fx.declare(c.staff.caseworker, c.applicationId);
      const { claim } = await ctx
        .get(ReportReviewService)
        .review(c.staff.caseworker, c.applicationId, 2, 'claim', null, {
          reason: 'Ubrukte midler.',
          dueDate: osloDateAfter(ctx.clock.now(), 30),
        });
      await ctx.fx.deliverLetters([claim!.id]);
      const handler = await ctx.fx.user([Role.Caseworker], 'appeal-caseworker');
      await ctx.fx.declare(handler, c.applicationId);
      return { ...c, handler, claim: claim! };
    }

    it('counts the appeal period from the claim letter, and keeps the new amount between what is repaid and the claim (422)', async () => {
      const c = await claimed();
      const delivered = await ctx.db.getRepository(RepaymentClaim).findOneByOrFail({ id: c.claim.id });
      expect(delivered.notifiedAt).not.toBeNull();
      expect(delivered.version).toBe(c.claim.version);
      await ctx
        .get(RepaymentClaimsService)
        .recordRepayment(
          c.staff.finance,
          c.claim.id,
          delivered.version,
          5_000_000,
          osloDate(ctx.clock.now()),
        );
      const appeal = await appeals().lodge(c.member, c.applicationId, {
        subjectType: AppealSubject.RepaymentClaim,
        subjectId: c.claim.id,
        grounds: 'Pengene er brukt.',
      });
      expect(appeal).toMatchObject({
        late: false,
        deadline: delivered.appealDeadline,
        originalPreparerId: c.staff.caseworker.userId,
      });
      await handling().take(c.handler, appeal.id, appeal.version);
      const proposeClaim = async (amountOre: number) =>
        handling().proposeNewDecision(c.handler, appeal.id, await version(appeal), {
          amountOre,
          reasons: REASONS,
          conditions: [],
        });
      await ruleBroken(proposeClaim(20_000_001), { field: 'amountOre', rule: 'notAboveClaim' });
      await ruleBroken(proposeClaim(4_999_999), { field: 'amountOre', rule: 'notBelowRepaid' });
      await proposeClaim(5_000_000);
      await ctx.fx.declare(c.staff.approver, c.applicationId);
      await handling().approveNewDecision(c.staff.approver, appeal.id, await version(appeal));
      expect(await ctx.db.getRepository(RepaymentClaim).findOneByOrFail({ id: c.claim.id })).toMatchObject({
        amountOre: 5_000_000,
        amountBeforeRevisionOre: 20_000_000,
        status: 'settled',
      });
      expect(await ctx.fx.outbox(appeal.id)).toEqual(['letter.claim_revised']);
    });

    it('drops a claim at 0 (cancelled)', async () => {
      const c = await claimed();
      const appeal = await appeals().lodge(c.member, c.applicationId, {
        subjectType: AppealSubject.RepaymentClaim,
        subjectId: c.claim.id,
        grounds: 'Pengene er brukt.',
      });
      await handling().take(c.handler, appeal.id, appeal.version);
      await handling().proposeNewDecision(c.handler, appeal.id, await version(appeal), {
        amountOre: 0,
        reasons: REASONS,
        conditions: [],
      });
      await ctx.fx.declare(c.staff.approver, c.applicationId);
      await handling().approveNewDecision(c.staff.approver, appeal.id, await version(appeal));
      expect(await ctx.db.getRepository(RepaymentClaim).findOneByOrFail({ id: c.claim.id })).toMatchObject({
        amountOre: 0,
        status: 'cancelled',
      });
    });
  });
});
