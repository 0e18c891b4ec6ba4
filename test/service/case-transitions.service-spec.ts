/**
 * The owners of the case's states (issue 16, «one owner per state»): `moveApplication` (applications), the decision's
 * owners in decisions/decision-transitions.ts, and the use cases that now go through them — submission, edits,
 * approval, the budget reservation's lifting. Each step refuses what its state machine refuses with the status the
 * API answers, writes nothing when it refuses, and leaves one audit row with the row before and after; the
 * notification is recorded once, however often the letter is delivered.
 */
import {
  ApplicationsService,
  ApplicationStatus,
  ApplicationSubmissionService,
  BudgetReservationService,
  Decision,
  DecisionsService,
  RoundsService,
} from '@app/grants';
import { moveApplication } from '@app/grants/applications/application-transitions';
import { Application } from '@app/grants/applications/application.entity';
import {
  changeDecision,
  recordDecisionNotification,
  StatedDeadlines,
} from '@app/grants/decisions/decision-transitions';
import { endOfOsloDayAfter } from '@app/platform';
import { Case } from './support/fixtures';
import { invalidState } from './support/refusals';
import { useServiceContext } from './support/service-context';

describe('case transitions (service)', () => {
  const ctx = useServiceContext();
  const version = (id: string) => ctx.fx.applicationVersion(id);
  const auditCount = async (entityId: string) => (await ctx.fx.audit(entityId)).length;

  describe('moveApplication', () => {
    it('refuses a step the state machine does not allow (409 naming the status) and writes nothing', async () => {
      const c = await ctx.fx.draft();
      const audited = await auditCount(c.applicationId);
      await invalidState(
        ctx.db.transaction(async (manager) => {
          const application = await manager.findOneByOrFail(Application, { id: c.applicationId });
          await moveApplication(manager, application, 'approve', {
            actor: null,
            action: 'decision.approved',
          });
        }),
        ApplicationStatus.Draft,
        /kan ikke godkjennes når den har status «utkast»/,
      );
      expect(await ctx.fx.applicationStatus(c.applicationId)).toBe(ApplicationStatus.Draft);
      expect(await auditCount(c.applicationId)).toBe(audited);
    });

    it('submission: draft → submitted, audited before and after, the receipt asked for; a second submission is 409', async () => {
      const c = await ctx.fx.submitted();
      const [submitted] = await ctx.fx.auditRows(c.applicationId, 'application.submitted');
      expect(submitted.actor_user_id).toBe(c.member.userId);
      expect(submitted.before).toMatchObject({ status: ApplicationStatus.Draft, referenceNumber: null });
      expect(submitted.after).toMatchObject({
        status: ApplicationStatus.Submitted,
        referenceNumber: expect.stringMatching(/-\d{4}$/),
        submittedBy: c.member.userId,
      });
      expect(await ctx.fx.outbox(c.applicationId)).toContain('letter.receipt');
      await invalidState(
        ctx
          .get(ApplicationSubmissionService)
          .submit(c.member, c.applicationId, await version(c.applicationId)),
        ApplicationStatus.Submitted,
      );
      expect(await ctx.fx.auditRows(c.applicationId, 'application.submitted')).toHaveLength(1);
    });

    it('an edit keeps the draft a draft and audits the content before and after; after submission it is 409', async () => {
      const c = await ctx.fx.draft();
      const applications = ctx.get(ApplicationsService);
      await applications.update(c.member, c.applicationId, await version(c.applicationId), {
        title: 'Nytt navn på tiltaket',
      });
      const [edit] = (await ctx.fx.auditRows(c.applicationId, 'application.updated')).slice(-1);
      expect(edit.before).toMatchObject({ status: ApplicationStatus.Draft });
      expect(edit.before!.title).not.toBe('Nytt navn på tiltaket');
      expect(edit.after).toMatchObject({ status: ApplicationStatus.Draft, title: 'Nytt navn på tiltaket' });
      const s = await ctx.fx.submitted();
      await invalidState(
        applications.update(s.member, s.applicationId, await version(s.applicationId), { title: 'For sent' }),
        ApplicationStatus.Submitted,
      );
    });
  });

  describe('approval through moveApplication', () => {
    it('assessed → decided: one audit row with the application before and after and the decision, its letter asked for', async () => {
      const c = await ctx.fx.assessed();
      await ctx.fx.declare(c.staff.approver, c.applicationId);
      const decision = await ctx
        .get(DecisionsService)
        .approve(c.staff.approver, c.applicationId, await version(c.applicationId), {});
      const rows = await ctx.fx.auditRows(c.applicationId, 'decision.approved');
      expect(rows).toHaveLength(1);
      expect(rows[0].before).toMatchObject({ status: ApplicationStatus.Assessed });
      expect(rows[0].after).toMatchObject({
        status: ApplicationStatus.Decided,
        decision: expect.objectContaining({ id: decision.id, approvedBy: c.staff.approver.userId }),
      });
      expect(await ctx.fx.outbox(decision.id)).toEqual(['letter.decision']);
      // Approved already: the same step again is refused (409 «decided») and adds nothing.
      await invalidState(
        ctx
          .get(DecisionsService)
          .approve(c.staff.approver, c.applicationId, await version(c.applicationId), {}),
        ApplicationStatus.Decided,
      );
      expect(await ctx.fx.auditRows(c.applicationId, 'decision.approved')).toHaveLength(1);
    });
  });

  describe('recordDecisionNotification', () => {
    const none: StatedDeadlines = { appealDeadline: null, acceptanceDeadline: null };
    const notify = (decisionId: string, deliveredAt: Date, stated = none) =>
      ctx.db.transaction((manager) => recordDecisionNotification(manager, decisionId, deliveredAt, stated));

    it('fixes the deadlines, moves decided → notified, audits both; a second delivery moves nothing', async () => {
      const c: Case = await ctx.fx.decided();
      const deliveredAt = ctx.clock.now();
      const recorded = await notify(c.decisionId!, deliveredAt);
      expect(recorded).toMatchObject({
        notifiedAt: deliveredAt,
        appealDeadline: endOfOsloDayAfter(deliveredAt, 21),
        acceptanceDeadline: endOfOsloDayAfter(deliveredAt, c.round.acceptancePeriodDays),
      });
      expect(await ctx.fx.applicationStatus(c.applicationId)).toBe(ApplicationStatus.Notified);
      const [notified] = await ctx.fx.auditRows(c.decisionId!, 'decision.notified');
      expect(notified.actor_user_id).toBeNull();
      expect(notified.before).toMatchObject({ notifiedAt: null, appealDeadline: null });
      expect(notified.after).toMatchObject({ notifiedAt: deliveredAt.toISOString() });
      const [moved] = await ctx.fx.auditRows(c.applicationId, 'application.notified');
      expect(moved.before).toMatchObject({ status: ApplicationStatus.Decided });
      expect(moved.after).toMatchObject({ status: ApplicationStatus.Notified, decisionId: c.decisionId });

      // Delivered again, later: nothing moves, nothing more is audited.
      const decisionAudits = await auditCount(c.decisionId!);
      const applicationAudits = await auditCount(c.applicationId);
      expect(await notify(c.decisionId!, new Date(deliveredAt.getTime() + 5 * 86_400_000))).toBeNull();
      const decision = await ctx.db.getRepository(Decision).findOneByOrFail({ id: c.decisionId! });
      expect(decision.notifiedAt).toEqual(deliveredAt);
      expect(decision.appealDeadline).toEqual(endOfOsloDayAfter(deliveredAt, 21));
      expect(await auditCount(c.decisionId!)).toBe(decisionAudits);
      expect(await auditCount(c.applicationId)).toBe(applicationAudits);
    });

    it('never sets a deadline earlier than the letter states', async () => {
      const c = await ctx.fx.decided();
      const deliveredAt = ctx.clock.now();
      const appealDeadline = new Date(deliveredAt.getTime() + 40 * 86_400_000);
      const acceptanceDeadline = new Date(
        deliveredAt.getTime() + (c.round.acceptancePeriodDays + 30) * 86_400_000,
      );
      expect(await notify(c.decisionId!, deliveredAt, { appealDeadline, acceptanceDeadline })).toMatchObject({
        appealDeadline,
        acceptanceDeadline,
      });
    });

    it('notifies the decision without moving an application that is no longer decided', async () => {
      const c = await ctx.fx.notified();
      const decision = await ctx.db.getRepository(Decision).findOneByOrFail({ id: c.decisionId! });
      // A decision row not notified yet whose application is already notified (as after a lost delivery record).
      await ctx.db.query('UPDATE decisions SET notified_at = NULL WHERE id = $1', [decision.id]);
      const before = await ctx.fx.auditRows(c.applicationId, 'application.notified');
      expect(await notify(decision.id, ctx.clock.now())).not.toBeNull();
      expect(await ctx.fx.applicationStatus(c.applicationId)).toBe(ApplicationStatus.Notified);
      expect(await ctx.fx.auditRows(c.applicationId, 'application.notified')).toHaveLength(before.length);
    });
  });

  describe('changeDecision', () => {
    it('audits a change of a decision under the entity type decision, before and after', async () => {
      const c = await ctx.fx.decided();
      await ctx.db.transaction(async (manager) => {
        const decision = await manager.findOneByOrFail(Decision, { id: c.decisionId! });
        await changeDecision(
          manager,
          decision,
          { actor: c.staff.approver, action: 'decision.tested' },
          (row) => {
            row.conditions = [...row.conditions, 'Ett vilkår til.'];
          },
        );
      });
      const [row] = await ctx.db.query(
        `SELECT entity_type, before, after FROM audit_events WHERE entity_id = $1 AND action = 'decision.tested'`,
        [c.decisionId],
      );
      expect(row.entity_type).toBe('decision');
      expect(row.after.conditions).toEqual([...row.before.conditions, 'Ett vilkår til.']);
    });
  });

  describe('lifting the budget reservation', () => {
    it('audits the round before and after with the decisions told; lifting it twice is 409', async () => {
      const c = await ctx.fx.decided({ round: { budgetReservation: true } });
      const rounds = ctx.get(RoundsService);
      const admin = c.staff.admin;
      const round = await rounds.get(c.round.id);
      const told = await ctx.get(BudgetReservationService).lift(round.id, round.version, admin);
      expect(told).toEqual([c.decisionId]);
      const [lifted] = await ctx.fx.auditRows(round.id, 'round.budget_reservation_lifted');
      expect(lifted.before).toMatchObject({ budgetReservation: true });
      expect(lifted.after).toMatchObject({ budgetReservation: false, notifiedDecisions: [c.decisionId] });
      expect(await ctx.fx.outbox(c.decisionId!)).toContain('letter.budget_reservation_lifted');
      const again = await rounds.get(c.round.id);
      await invalidState(
        ctx.get(BudgetReservationService).lift(again.id, again.version, admin),
        again.status,
      );
    });
  });
});
