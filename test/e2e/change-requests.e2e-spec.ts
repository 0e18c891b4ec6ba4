import { Role } from '@app/grants';
import { declare, REASONS, staff, Staff } from '../support/case-handling';
import { acceptedGrant, AcceptedGrant, notifiedGrant } from '../support/payments';
import { COMPLETE_REPORT } from '../support/reports';
import { createTestApp, TestContext } from '../support/test-app';

describe('change requests after acceptance', () => {
  let ctx: TestContext;
  let s: Staff;

  beforeAll(async () => {
    ctx = await createTestApp();
    s = await staff(ctx);
  });
  afterAll(() => ctx.close());

  const ask = (grant: AcceptedGrant, body: Record<string, unknown>, who = grant.member) =>
    ctx
      .http()
      .post(`/api/applications/${grant.applicationId}/change-requests`)
      .set('authorization', who.auth)
      .send({ reason: 'Husleien ble lavere enn ventet.', ...body });
  const handle = (id: string, body: Record<string, unknown>, who = s.caseworker) =>
    ctx.http().post(`/api/change-requests/${id}/handling`).set('authorization', who.auth).send(body);
  const report = (grant: AcceptedGrant) =>
    ctx.http().get(`/api/applications/${grant.applicationId}/report`).set('authorization', grant.member.auth);
  const outboxTopic = async (subjectId: string) =>
    (await ctx.db.query(`SELECT topic FROM outbox_messages WHERE payload->>'subjectId' = $1`, [subjectId]))[0]
      ?.topic;

  /** The grant's budget of NOK 10 000 split in two lines (same total). */
  const SPLIT = [
    { category: 'salaries', description: 'Miljøarbeidere', amountOre: 700_000 },
    { category: 'premises', description: 'Husleie', amountOre: 300_000 },
  ];

  it('approves a budget change with a letter, and the report form then asks for actuals against the new budget', async () => {
    const grant = await acceptedGrant(ctx, s, { amountOre: 1_000_000 });
    expect((await report(grant).expect(200)).body.budget).toEqual([
      { line: 0, category: 'salaries', description: 'Miljøarbeidere', budgetOre: 1_000_000 },
    ]);
    const wrongTotal = await ask(grant, { kind: 'budget', budgetLines: [SPLIT[0]] }).expect(422);
    expect(wrongTotal.body.errors[0]).toMatchObject({ field: 'budgetLines', rule: 'sameTotal' });
    const asked = await ask(grant, { kind: 'budget', budgetLines: SPLIT }).expect(201);
    expect(asked.body).toMatchObject({ status: 'pending', kind: 'budget', additionalAmountOre: 0 });
    // One request at a time; other organisations see nothing.
    await ask(grant, { kind: 'content', content: 'Vi legger til et kveldstilbud.' }).expect(409);
    const outsider = await ctx.f.user();
    await ask(grant, { kind: 'content', content: 'x' }, outsider).expect(404);
    await ctx
      .http()
      .get(`/api/applications/${grant.applicationId}/change-requests`)
      .set('authorization', outsider.auth)
      .expect(404);

    const caseworker2 = await ctx.f.user([Role.Caseworker]);
    await handle(asked.body.id, { version: 1, approve: true }, caseworker2).expect(403); // no impartiality declared
    await handle(asked.body.id, { version: 1, approve: true }, grant.member).expect(403);
    await declare(ctx, caseworker2, grant.applicationId).expect(201);
    const approved = await handle(
      asked.body.id,
      { version: 1, approve: true, comment: 'Omfordelingen er innenfor formålet.' },
      caseworker2,
    ).expect(200);
    expect(approved.body).toMatchObject({
      status: 'approved',
      comment: 'Omfordelingen er innenfor formålet.',
    });
    expect(await outboxTopic(asked.body.id)).toBe('letter.change_approved');
    await handle(asked.body.id, { version: 2, approve: false, reasons: REASONS }, caseworker2).expect(409);

    const form = (await report(grant).expect(200)).body;
    expect(form.budget).toEqual([
      { line: 0, category: 'salaries', description: 'Miljøarbeidere', budgetOre: 700_000 },
      { line: 1, category: 'premises', description: 'Husleie', budgetOre: 300_000 },
    ]);
    const saved = await ctx
      .http()
      .put(`/api/applications/${grant.applicationId}/report`)
      .set('authorization', grant.member.auth)
      .send({ ...COMPLETE_REPORT, actuals: [{ line: 0, actualOre: 700_000 }] })
      .expect(200);
    const submit = await ctx
      .http()
      .post(`/api/applications/${grant.applicationId}/report/submit`)
      .set('authorization', grant.member.auth)
      .send({ version: saved.body.version })
      .expect(422);
    expect(submit.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'actuals[1]', rule: 'required' })]),
    );
    const history = await ctx
      .http()
      .get(`/api/applications/${grant.applicationId}/history`)
      .set('authorization', grant.member.auth)
      .expect(200);
    expect(history.body.map((e: { event: string }) => e.event)).toEqual(
      expect.arrayContaining(['decision.made', 'change_request.submitted', 'change_request.approved']),
    );
    expect((await ctx.f.auditEvents(asked.body.id)).map((e) => e.action)).toEqual([
      'change_request.submitted',
      'change_request.handled',
    ]);
  });

  it('extends the period; a rejection needs reasons and sends a letter', async () => {
    const grant = await acceptedGrant(ctx, s, { amountOre: 1_000_000 });
    const [app] = await ctx.db.query(
      `SELECT to_char(period_end, 'YYYY-MM-DD') AS end FROM applications WHERE id = $1`,
      [grant.applicationId],
    );
    const early = await ask(grant, { kind: 'period', periodEnd: '2000-01-01' }).expect(422);
    expect(early.body.errors[0]).toMatchObject({ field: 'periodEnd', rule: 'afterCurrentEnd' });
    await declare(ctx, s.caseworker, grant.applicationId).expect(201);

    const content = await ask(grant, {
      kind: 'content',
      content: 'Vi vil også drive et tilbud i Bergen.',
    }).expect(201);
    const unreasoned = await handle(content.body.id, { version: 1, approve: false }).expect(422);
    expect(unreasoned.body.errors[0]).toMatchObject({ field: 'reasons', rule: 'required' });
    const rejected = await handle(content.body.id, { version: 1, approve: false, reasons: REASONS }).expect(
      200,
    );
    expect(rejected.body.status).toBe('rejected');
    expect(await outboxTopic(content.body.id)).toBe('letter.change_rejected');
    expect((await report(grant).expect(200)).body.contentChanges).toEqual([]);

    const newEnd = `${Number(app.end.slice(0, 4)) + 1}${app.end.slice(4)}`;
    const extension = await ask(grant, { kind: 'period', periodEnd: newEnd }).expect(201);
    await handle(extension.body.id, { version: 1, approve: true }).expect(200);
    expect((await report(grant).expect(200)).body).toMatchObject({ periodEnd: newEnd });
  });

  it('refuses changes before the grant is accepted', async () => {
    const notified = await notifiedGrant(ctx, s, { amountOre: 1_000_000 });
    expect((await ask(notified, { kind: 'content', content: 'x' }).expect(409)).body.currentState).toBe(
      'notified',
    );
  });

  it('more money is a new decision by an approver, within the frame', async () => {
    const round = await ctx.f.round({ budgetFrameOre: 1_050_000 });
    const grant = await acceptedGrant(ctx, s, { round, amountOre: 1_000_000 });
    const lines = [SPLIT[0], { ...SPLIT[1], amountOre: 400_000 }];
    const asked = await ask(grant, {
      kind: 'budget',
      budgetLines: lines,
      additionalAmountOre: 100_000,
    }).expect(201);
    await declare(ctx, s.caseworker, grant.applicationId).expect(201);
    const handled = await handle(asked.body.id, { version: 1, approve: true, reasons: REASONS }).expect(200);
    expect(handled.body.status).toBe('awaiting_decision');
    const decide = (who = s.approver) =>
      ctx
        .http()
        .post(`/api/change-requests/${asked.body.id}/new-decision`)
        .set('authorization', who.auth)
        .send({ version: handled.body.version });
    await decide(s.caseworker).expect(403);
    const over = await decide().expect(422);
    expect(over.body.errors[0]).toMatchObject({ field: 'amountOre', rule: 'withinFrame' });
    await ctx.db.query('UPDATE grant_rounds SET budget_frame_ore = 2000000 WHERE id = $1', [round.id]);
    const made = await decide().expect(200);
    expect(made.body.status).toBe('approved');
    const [decision] = await ctx.db.query(
      'SELECT outcome, amount_ore, prepared_by, approved_by FROM decisions WHERE id = $1',
      [made.body.newDecisionId],
    );
    expect(decision).toEqual({
      outcome: 'granted',
      amount_ore: '1100000',
      prepared_by: s.caseworker.user.id,
      approved_by: s.approver.user.id,
    });
    const [old] = await ctx.db.query('SELECT superseded_by FROM decisions WHERE id = $1', [grant.decisionId]);
    expect(old.superseded_by).toBe(made.body.newDecisionId);
    const [app] = await ctx.db.query('SELECT status FROM applications WHERE id = $1', [grant.applicationId]);
    expect(app.status).toBe('decided');
    const finance = await ctx.f.user([Role.Finance]);
    const ledger = await ctx
      .http()
      .get(`/api/budget-ledger?year=${round.year}&roundId=${round.id}`)
      .set('authorization', finance.auth)
      .expect(200);
    expect(ledger.body.rounds[0]).toMatchObject({ grantedOre: 1_100_000 });
  });
});
