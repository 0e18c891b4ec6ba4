import { OrganisationForm, Role } from '@app/grants';
import { createTestApp, TestContext } from '../support/test-app';
import {
  approve,
  assess,
  assessed,
  declare,
  REASONS,
  screenPass,
  staff,
  Staff,
  submitted,
} from '../support/case-handling';

describe('assessment and decisions', () => {
  let ctx: TestContext;
  let s: Staff;
  beforeAll(async () => {
    ctx = await createTestApp();
    s = await staff(ctx);
  });
  afterAll(() => ctx.close());

  it('goes from screening to a four-eyes decision, audited, with a letter requested', async () => {
    const app = await submitted(ctx);
    const screened = await screenPass(ctx, s.caseworker, app.id, 200);
    expect(screened.body.status).toBe('in_assessment');

    const assessment = await assess(
      ctx,
      s.caseworker,
      app.id,
      {
        recommendedOutcome: 'partial_grant',
        recommendedAmountOre: 30_000_000,
        reasons: REASONS,
        conditions: ['Midlene brukes til botilbudet.', 'Rapport innen 1. april.'],
      },
      200,
    );
    // (5 × 60 + 4 × 40) / 100 = 4.6
    expect(assessment.body).toMatchObject({
      weightedScore: 4.6,
      recommendedOutcome: 'partial_grant',
      recommendedAmountOre: 30_000_000,
    });

    await declare(ctx, s.approver, app.id).expect(201);
    const decision = await approve(ctx, s.approver, app.id, 201);
    expect(decision.body).toMatchObject({
      outcome: 'partly_granted',
      amountOre: 30_000_000,
      conditions: ['Midlene brukes til botilbudet.', 'Rapport innen 1. april.'],
      reasons: REASONS,
      preparedBy: s.caseworker.user.id,
      approvedBy: s.approver.user.id,
      madeUnderBudgetReservation: false,
    });
    const [row] = await ctx.db.query('SELECT status FROM applications WHERE id = $1', [app.id]);
    expect(row.status).toBe('decided');
    const events = (await ctx.f.auditEvents(app.id)).map((e) => e.action);
    expect(events).toEqual(
      expect.arrayContaining([
        'impartiality.declared_impartial',
        'application.screened',
        'assessment.made',
        'decision.approved',
      ]),
    );
    const outbox = await ctx.db.query(`SELECT topic FROM outbox_messages WHERE payload->>'decisionId' = $1`, [
      decision.body.id,
    ]);
    expect(outbox).toEqual([{ topic: 'letter.decision' }]);

    // The organisation sees its decision.
    const mine = await ctx
      .http()
      .get(`/api/applications/${app.id}/decisions`)
      .set('authorization', app.member.auth)
      .expect(200);
    expect(mine.body.map((d: { id: string }) => d.id)).toEqual([decision.body.id]);

    const overview = await ctx
      .http()
      .get(`/api/rounds/${app.round.id}/overview`)
      .set('authorization', s.approver.auth)
      .expect(200);
    expect(overview.body.totals).toMatchObject({
      applications: 1,
      budgetFrameOre: 1_000_000_000,
      requestedOre: 50_000_000,
      recommendedOre: 30_000_000,
      grantedOre: 30_000_000,
      remainingOre: 970_000_000,
      byStatus: { decided: 1 },
    });
    expect(overview.body.items[0]).toMatchObject({
      applicationId: app.id,
      weightedScore: 4.6,
      decisionOutcome: 'partly_granted',
      decidedAmountOre: 30_000_000,
    });
  });

  it('dismisses at screening: a decision with reasons, made by the caseworker', async () => {
    const app = await submitted(ctx);
    await declare(ctx, s.caseworker, app.id).expect(201);
    const noReasons = await ctx
      .http()
      .post(`/api/applications/${app.id}/screening`)
      .set('authorization', s.caseworker.auth)
      .send({ version: 2, outcome: 'dismissed' })
      .expect(422);
    expect(noReasons.body.errors).toEqual([expect.objectContaining({ field: 'reasons', rule: 'required' })]);
    const dismissed = await ctx
      .http()
      .post(`/api/applications/${app.id}/screening`)
      .set('authorization', s.caseworker.auth)
      .send({ version: 2, outcome: 'dismissed', reasons: REASONS })
      .expect(200);
    expect(dismissed.body.status).toBe('decided');
    const [decision] = (
      await ctx
        .http()
        .get(`/api/applications/${app.id}/decisions`)
        .set('authorization', s.caseworker.auth)
        .expect(200)
    ).body;
    expect(decision).toMatchObject({
      outcome: 'dismissed',
      amountOre: 0,
      preparedBy: s.caseworker.user.id,
      approvedBy: null,
      reasons: REASONS,
    });
    const [screening] = await ctx.db.query(
      'SELECT outcome, dismissal_reason FROM screenings WHERE application_id = $1',
      [app.id],
    );
    expect(screening).toEqual({ outcome: 'dismissed', dismissal_reason: REASONS.mainConsiderations });
  });

  it('will not pass an ineligible organisation, and asks a municipality for its justification', async () => {
    const coop = await submitted(ctx);
    await ctx.db.query(
      'UPDATE organisations SET form = $1 WHERE id = (SELECT organisation_id FROM applications WHERE id = $2)',
      [OrganisationForm.Cooperative, coop.id],
    );
    const refused = await screenPass(ctx, s.caseworker, coop.id, 422);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ field: 'checks.eligibleOrganisationForm', rule: 'eligible' }),
    ]);

    const municipality = await submitted(ctx);
    await ctx.db.query(
      `UPDATE grant_schemes SET eligible_organisation_forms = array_append(eligible_organisation_forms, 'municipality') WHERE id = (SELECT scheme_id FROM grant_rounds WHERE id = $1)`,
      [municipality.round.id],
    );
    await ctx.db.query(
      'UPDATE organisations SET form = $1 WHERE id = (SELECT organisation_id FROM applications WHERE id = $2)',
      [OrganisationForm.Municipality, municipality.id],
    );
    const noJustification = await screenPass(ctx, s.caseworker, municipality.id, 422);
    expect(noJustification.body.errors).toEqual([
      expect.objectContaining({ field: 'municipalityJustification', rule: 'required' }),
    ]);
    const findings = await ctx
      .http()
      .get(`/api/applications/${municipality.id}/screening-findings`)
      .set('authorization', s.caseworker.auth)
      .expect(200);
    expect(findings.body).toEqual({
      organisationForm: 'municipality',
      // No earlier grants: no reports owed; the scheme only warns.
      priorReports: { overdue: 0, unapproved: 0 },
      priorReportRule: 'warn',
      eligibleOrganisationForm: true,
      voluntaryRegistry: true,
      deadlineMet: true,
      requiredAttachments: true,
    });
    await ctx
      .http()
      .post(`/api/applications/${municipality.id}/screening`)
      .set('authorization', s.caseworker.auth)
      .send({
        version: 2,
        outcome: 'passed',
        municipalityJustification: 'Ingen frivillige tilbud i kommunen.',
      })
      .expect(200);
  });

  it('refuses the assessor as approver of their own assessment', async () => {
    const both = await ctx.f.user([Role.Caseworker, Role.Approver]);
    const app = await submitted(ctx);
    await screenPass(ctx, both, app.id, 200);
    await assess(
      ctx,
      both,
      app.id,
      { recommendedOutcome: 'grant', recommendedAmountOre: 50_000_000, conditions: ['Rapport.'] },
      200,
    );
    const res = await approve(ctx, both, app.id, 403);
    expect(res.body.detail).toContain('vurderte denne søknaden selv');
    expect(await ctx.db.query('SELECT 1 FROM decisions WHERE application_id = $1', [app.id])).toEqual([]);
  });

  it('blocks a conflicted user from every action on the case, with a clear 403', async () => {
    const app = await assessed(ctx, s);
    const conflicted = await ctx.f.user([Role.Caseworker, Role.Approver]);
    const noReason = await declare(ctx, conflicted, app.id, true).expect(422);
    expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'reason', rule: 'required' })]);
    await declare(ctx, conflicted, app.id, true, 'Styremedlem i søkerorganisasjonen.').expect(201);
    const calls = await Promise.all([
      ctx.http().get(`/api/applications/${app.id}`).set('authorization', conflicted.auth),
      ctx.http().get(`/api/applications/${app.id}/assessment`).set('authorization', conflicted.auth),
      ctx.http().get(`/api/applications/${app.id}/decisions`).set('authorization', conflicted.auth),
      assess(ctx, conflicted, app.id, {
        recommendedOutcome: 'rejection',
        recommendedAmountOre: 0,
        reasons: REASONS,
      }),
      approve(ctx, conflicted, app.id),
      ctx
        .http()
        .post(`/api/rounds/${app.round.id}/approvals`)
        .set('authorization', conflicted.auth)
        .send({ items: [{ applicationId: app.id, version: 4 }] }),
    ]);
    for (const res of calls) {
      expect({ status: res.status, detail: res.body.detail }).toEqual({
        status: 403,
        detail: expect.stringContaining('inhabil'),
      });
    }
    const undo = await declare(ctx, conflicted, app.id, false).expect(409);
    expect(undo.body.detail).toContain('kan ikke trekkes tilbake');
    const events = await ctx.f.auditEvents(app.id);
    expect(events.filter((e) => e.action === 'impartiality.conflict_declared')).toHaveLength(1);
  });

  it('requires a declaration before handling the case', async () => {
    const app = await submitted(ctx);
    const fresh = await ctx.f.user([Role.Caseworker]);
    const res = await ctx
      .http()
      .post(`/api/applications/${app.id}/screening`)
      .set('authorization', fresh.auth)
      .send({ version: 2, outcome: 'passed' })
      .expect(403);
    expect(res.body.detail).toContain('erklære');
  });

  it('refuses partial grants and rejections without reasons, and an approver changing the outcome without reasons', async () => {
    const app = await submitted(ctx);
    await screenPass(ctx, s.caseworker, app.id, 200);
    for (const recommendation of [
      { recommendedOutcome: 'partial_grant', recommendedAmountOre: 10_000_000, conditions: ['x'] },
      { recommendedOutcome: 'rejection', recommendedAmountOre: 0 },
    ]) {
      const res = await assess(ctx, s.caseworker, app.id, recommendation, 422);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'reasons', rule: 'required' })]);
    }
    const scale = await assess(
      ctx,
      s.caseworker,
      app.id,
      {
        scores: [{ criterion: 'relevance', score: 9, comment: 'x' }],
        recommendedOutcome: 'grant',
        recommendedAmountOre: 50_000_000,
        conditions: ['x'],
      },
      422,
    );
    expect(scale.body.errors.map((e: { field: string; rule: string }) => `${e.field}:${e.rule}`)).toEqual([
      'scores:everyCriterion',
      'scores[0].score:scale',
    ]);

    await assess(
      ctx,
      s.caseworker,
      app.id,
      { recommendedOutcome: 'grant', recommendedAmountOre: 50_000_000, conditions: ['Rapport.'] },
      200,
    );
    await declare(ctx, s.approver, app.id).expect(201);
    const change = await approve(ctx, s.approver, app.id, { outcome: 'rejected' }, 422);
    expect(change.body.errors).toEqual([expect.objectContaining({ field: 'reasons', rule: 'required' })]);
    const changed = await approve(
      ctx,
      s.approver,
      app.id,
      { outcome: 'partly_granted', amountOre: 20_000_000, reasons: REASONS },
      201,
    );
    expect(changed.body).toMatchObject({
      outcome: 'partly_granted',
      amountOre: 20_000_000,
      reasons: REASONS,
    });
  });

  it('answers 409 naming the current state for transitions outside the state machine', async () => {
    const app = await submitted(ctx);
    await declare(ctx, s.caseworker, app.id).expect(201);
    await declare(ctx, s.approver, app.id).expect(201);
    const early = await approve(ctx, s.approver, app.id, 409);
    expect(early.body).toMatchObject({
      type: 'urn:problem:tilskudd:invalid-state',
      currentState: 'submitted',
    });
    const notScreened = await assess(
      ctx,
      s.caseworker,
      app.id,
      { recommendedOutcome: 'grant', recommendedAmountOre: 50_000_000, conditions: ['x'] },
      409,
    );
    expect(notScreened.body.currentState).toBe('submitted');
    await screenPass(ctx, s.caseworker, app.id, 200);
    const twice = await ctx
      .http()
      .post(`/api/applications/${app.id}/screening`)
      .set('authorization', s.caseworker.auth)
      .send({ version: 3, outcome: 'passed' })
      .expect(409);
    expect(twice.body.currentState).toBe('in_assessment');
    await assess(
      ctx,
      s.caseworker,
      app.id,
      { recommendedOutcome: 'grant', recommendedAmountOre: 50_000_000, conditions: ['x'] },
      200,
    );
    await approve(ctx, s.approver, app.id, 201);
    const after = await assess(
      ctx,
      s.caseworker,
      app.id,
      { recommendedOutcome: 'rejection', recommendedAmountOre: 0, reasons: REASONS },
      409,
    );
    expect(after.body.currentState).toBe('decided');
    const withdraw = await ctx
      .http()
      .post(`/api/applications/${app.id}/withdraw`)
      .set('authorization', app.member.auth)
      .send({ version: 5, reason: 'x' })
      .expect(409);
    expect(withdraw.body.currentState).toBe('decided');
  });

  it('never exceeds the frame when two approvers approve at the same moment (repeated)', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      // Frame NOK 800 000; two grants of NOK 500 000 each: only one fits.
      const round = await ctx.f.round({ budgetFrameOre: 80_000_000 });
      const a = await assessed(ctx, s, round);
      const b = await assessed(ctx, s, round);
      const other = await ctx.f.user([Role.Approver]);
      await declare(ctx, s.approver, a.id).expect(201);
      await declare(ctx, other, b.id).expect(201);
      const results = await Promise.all([approve(ctx, s.approver, a.id), approve(ctx, other, b.id)]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 422]);
      const refused = results.find((r) => r.status === 422)!;
      expect(refused.body.errors).toEqual([
        expect.objectContaining({
          field: 'amountOre',
          rule: 'withinFrame',
          message: expect.stringContaining('kr 300\u00a0000'),
        }),
      ]);
      const [{ sum, n }] = await ctx.db.query(
        `SELECT COALESCE(SUM(amount_ore), 0)::bigint AS sum, count(*)::int AS n FROM decisions WHERE round_id = $1`,
        [round.id],
      );
      expect({ sum: Number(sum), n }).toEqual({ sum: 50_000_000, n: 1 });
    }
  });

  it('approves a batch all or none within the frame', async () => {
    const round = await ctx.f.round({ budgetFrameOre: 120_000_000 });
    const apps = [
      await assessed(ctx, s, round),
      await assessed(ctx, s, round),
      await assessed(ctx, s, round),
    ];
    for (const app of apps) await declare(ctx, s.approver, app.id).expect(201);
    const versions = await ctx.db.query('SELECT id, version FROM applications WHERE id = ANY($1)', [
      apps.map((a) => a.id),
    ]);
    const items = apps.map((a) => ({
      applicationId: a.id,
      version: versions.find((v: { id: string }) => v.id === a.id).version,
    }));
    const tooMuch = await ctx
      .http()
      .post(`/api/rounds/${round.id}/approvals`)
      .set('authorization', s.approver.auth)
      .send({ items })
      .expect(422);
    expect(tooMuch.body.errors).toEqual([expect.objectContaining({ rule: 'withinFrame' })]);
    expect(await ctx.db.query('SELECT 1 FROM decisions WHERE round_id = $1', [round.id])).toEqual([]);
    const ok = await ctx
      .http()
      .post(`/api/rounds/${round.id}/approvals`)
      .set('authorization', s.approver.auth)
      .send({ items: items.slice(0, 2) })
      .expect(201);
    expect(ok.body.map((d: { outcome: string; amountOre: number }) => [d.outcome, d.amountOre])).toEqual([
      ['granted', 50_000_000],
      ['granted', 50_000_000],
    ]);
  });

  it('records decisions made under the budget reservation, until an admin lifts it', async () => {
    const round = await ctx.f.round({ budgetReservation: true });
    const app = await assessed(ctx, s, round);
    await declare(ctx, s.approver, app.id).expect(201);
    const decision = await approve(ctx, s.approver, app.id, 201);
    expect(decision.body.madeUnderBudgetReservation).toBe(true);
    const admin = await ctx.f.user([Role.Admin]);
    const lifted = await ctx
      .http()
      .post(`/api/rounds/${round.id}/lift-budget-reservation`)
      .set('authorization', admin.auth)
      .send({ version: 1 })
      .expect(200);
    expect(lifted.body.budgetReservation).toBe(false);
    // The organisation is told, through the outbox, in the same transaction.
    expect(
      await ctx.db.query('SELECT count(*)::int AS n FROM outbox_messages WHERE dedupe_key = $1', [
        `letter.budget_reservation_lifted:${decision.body.id}`,
      ]),
    ).toEqual([{ n: 1 }]);
    await ctx
      .http()
      .post(`/api/rounds/${round.id}/lift-budget-reservation`)
      .set('authorization', admin.auth)
      .send({ version: 2 })
      .expect(409);
    await ctx
      .http()
      .post(`/api/rounds/${round.id}/lift-budget-reservation`)
      .set('authorization', s.approver.auth)
      .send({ version: 2 })
      .expect(403);
    expect((await ctx.f.auditEvents(round.id)).map((e) => e.action)).toEqual([
      'round.budget_reservation_lifted',
    ]);
  });

  it('keeps the four-eyes rule in the database itself', async () => {
    const app = await submitted(ctx);
    await expect(
      ctx.db.query(
        `INSERT INTO decisions (application_id, round_id, outcome, amount_ore, prepared_by, approved_by, decided_at, reasons)
         VALUES ($1, $2, 'granted', 100, $3, $3, now(), NULL)`,
        [app.id, app.round.id, s.caseworker.user.id],
      ),
    ).rejects.toThrow(/ck_decisions_four_eyes/);
  });
});
