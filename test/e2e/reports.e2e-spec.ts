import { RemindersService, Role } from '@app/grants';
import { staff, Staff, declare } from '../support/case-handling';
import { pdfBytes, pngBytes } from '../support/files';
import { completeContent, upload } from '../support/applications';
import { acceptedGrant, AcceptedGrant, applicationVersion } from '../support/payments';
import { COMPLETE_REPORT, submitReport } from '../support/reports';
import { createTestApp, TestContext } from '../support/test-app';

describe('recipient reports', () => {
  let ctx: TestContext;
  let s: Staff;

  beforeAll(async () => {
    ctx = await createTestApp();
    s = await staff(ctx);
  });
  afterAll(() => ctx.close());

  const report = (grant: AcceptedGrant, who = grant.member) =>
    ctx.http().get(`/api/applications/${grant.applicationId}/report`).set('authorization', who.auth);
  const save = (grant: AcceptedGrant, body: Record<string, unknown>) =>
    ctx
      .http()
      .put(`/api/applications/${grant.applicationId}/report`)
      .set('authorization', grant.member.auth)
      .send(body);
  const submit = (grant: AcceptedGrant, version: number) =>
    ctx
      .http()
      .post(`/api/applications/${grant.applicationId}/report/submit`)
      .set('authorization', grant.member.auth)
      .send({ version });
  const uploadStatement = (grant: AcceptedGrant, bytes = pdfBytes()) =>
    ctx
      .http()
      .post(`/api/applications/${grant.applicationId}/report/auditor-statement`)
      .set('authorization', grant.member.auth)
      .attach('file', bytes, { filename: 'revisorerklaering.pdf', contentType: 'application/pdf' });

  it('makes every accepted grant owe a report by the round deadline, visible to the organisation and staff', async () => {
    const grant = await acceptedGrant(ctx, s, { amountOre: 10_000_000 });
    const res = await report(grant).expect(200);
    expect(res.body).toMatchObject({
      status: 'due',
      dueAt: grant.round.reportDeadline.toISOString(),
      grantOre: 10_000_000,
      version: 0,
      indicatorCells: { people_helped: ['female', 'male', 'other_or_unknown'] },
    });
    await report(grant, s.caseworker).expect(200);
    const outsider = await ctx.f.user();
    await report(grant, outsider).expect(404);
  });

  it('refuses to submit an incomplete report, naming every missing part', async () => {
    const grant = await acceptedGrant(ctx, s, { amountOre: 10_000_000 });
    const started = await save(grant, { goalAchievement: COMPLETE_REPORT.goalAchievement }).expect(200);
    expect(started.body).toMatchObject({ status: 'draft', version: 1 });
    const res = await submit(grant, 1).expect(422);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(
      ['activities', 'actuals[0]', 'deviations', 'indicators.people_helped', 'signatory'].sort(),
    );
    const [row] = await ctx.db.query('SELECT status FROM recipient_reports WHERE application_id = $1', [
      grant.applicationId,
    ]);
    expect(row.status).toBe('draft');
  });

  it('requires the auditor statement exactly from the scheme threshold (NOK 200 000) upwards', async () => {
    const below = await acceptedGrant(ctx, s, { amountOre: 19_999_999 });
    const at = await acceptedGrant(ctx, s, { amountOre: 20_000_000 });
    expect((await report(below).expect(200)).body.auditorStatementRequired).toBe(false);
    expect((await report(at).expect(200)).body.auditorStatementRequired).toBe(true);
    for (const grant of [below, at]) {
      await save(grant, { ...COMPLETE_REPORT, actuals: [{ line: 0, actualOre: 19_999_999 }] }).expect(200);
    }
    await submit(below, 1).expect(200);
    const refused = await submit(at, 1).expect(422);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ field: 'auditorStatement', rule: 'required' }),
    ]);
    const notPdf = await uploadStatement(at, pngBytes()).expect(422);
    expect(notPdf.body.errors[0]).toMatchObject({ field: 'file', rule: 'fileType' });
    const uploaded = await uploadStatement(at).expect(201);
    expect(uploaded.body.auditorStatement).toMatchObject({ fileName: 'revisorerklaering.pdf' });
    await submit(at, 1).expect(200);
    const file = await ctx
      .http()
      .get(`/api/applications/${at.applicationId}/report/auditor-statement`)
      .set('authorization', s.caseworker.auth)
      .expect(200);
    expect(file.headers['content-type']).toBe('application/pdf');
  });

  it('computes the unspent amount: grant − (actual costs − other income), never below zero', async () => {
    const grant = await acceptedGrant(ctx, s, { amountOre: 50_000_000 });
    let res = await save(grant, {
      actuals: [{ line: 0, actualOre: 45_000_000 }],
      otherIncomeOre: 3_000_000,
    }).expect(200);
    expect(res.body.unspentOre).toBe(8_000_000);
    res = await save(grant, {
      version: 1,
      actuals: [{ line: 0, actualOre: 60_000_000 }],
      otherIncomeOre: 5_000_000,
    }).expect(200);
    expect(res.body.unspentOre).toBe(0);
    res = await save(grant, {
      version: 2,
      actuals: [{ line: 0, actualOre: 1_000_000 }],
      otherIncomeOre: 2_000_000,
    }).expect(200);
    expect(res.body.unspentOre).toBe(50_000_000);
    const [row] = await ctx.db.query('SELECT unspent_ore FROM recipient_reports WHERE application_id = $1', [
      grant.applicationId,
    ]);
    expect(Number(row.unspent_ore)).toBe(50_000_000);
    // A stale save, a budget line the application does not have, and personal data are refused.
    await save(grant, { version: 1, deviations: 'x' }).expect(409);
    const bad = await save(grant, {
      version: 3,
      actuals: [{ line: 4, actualOre: 1 }],
      indicators: { people_helped: { women: 2 } },
      activities: 'Vi hjalp Kari (fnr 010190 12345) med bolig.',
    }).expect(422);
    expect(
      bad.body.errors.map((e: { field: string; rule: string }) => `${e.field}:${e.rule}`).sort(),
    ).toEqual(
      [
        'actuals[0].line:budgetLine',
        'activities:noPersonalData',
        'indicators.people_helped.women:unknownCell',
      ].sort(),
    );
  });

  it('lets a caseworker return a report with comments; the organisation revises and resubmits; then it is approved', async () => {
    const grant = await acceptedGrant(ctx, s, { amountOre: 10_000_000 });
    await save(grant, { ...COMPLETE_REPORT, actuals: [{ line: 0, actualOre: 10_000_000 }] }).expect(200);
    await submit(grant, 1).expect(200);
    await save(grant, { version: 2, deviations: 'Endret.' }).expect(409);
    const review = (body: Record<string, unknown>, who = s.caseworker) =>
      ctx
        .http()
        .post(`/api/applications/${grant.applicationId}/report/review`)
        .set('authorization', who.auth)
        .send(body);
    await review({ version: 2, outcome: 'return', comment: 'Mangler.' }, grant.member).expect(403);
    await declare(ctx, s.caseworker, grant.applicationId).expect(201);
    const noComment = await review({ version: 2, outcome: 'return' }).expect(422);
    expect(noComment.body.errors[0]).toMatchObject({ field: 'comment', rule: 'required' });
    const returned = await review({
      version: 2,
      outcome: 'return',
      comment: 'Beskriv avvikene i budsjettet.',
    }).expect(200);
    expect(returned.body).toMatchObject({
      status: 'returned',
      reviewComment: 'Beskriv avvikene i budsjettet.',
    });
    const seen = await report(grant).expect(200);
    expect(seen.body.reviewComment).toBe('Beskriv avvikene i budsjettet.');
    await save(grant, { version: 3, deviations: 'Husleien ble lavere enn budsjettert.' }).expect(200);
    await submit(grant, 4).expect(200);
    const approved = await review({ version: 5, outcome: 'approve' }).expect(200);
    expect(approved.body.status).toBe('approved');
    await save(grant, { version: 6, deviations: 'Etterpå.' }).expect(409);
    const events = await ctx.db.query(
      `SELECT action FROM audit_events WHERE entity_type = 'recipient_report' AND entity_id =
         (SELECT id FROM recipient_reports WHERE application_id = $1) ORDER BY id`,
      [grant.applicationId],
    );
    expect(events.map((e: { action: string }) => e.action)).toEqual([
      'report.started',
      'report.submitted',
      'report.returned',
      'report.saved',
      'report.submitted',
      'report.approved',
    ]);
  });

  it('has no report for an application without an accepted grant', async () => {
    const grant = await acceptedGrant(ctx, s, { amountOre: 1_000_000 });
    await ctx.db.query(
      `UPDATE decisions SET accepted_at = NULL, accepted_by = NULL WHERE application_id = $1`,
      [grant.applicationId],
    );
    await report(grant).expect(409);
  });

  describe('prior reports at screening', () => {
    /** An organisation with an accepted grant in a round whose report deadline has passed, and a new application. */
    async function organisationWithPastGrant(rule: 'warn' | 'block') {
      const scheme = await ctx.f.scheme({ priorReportRule: rule as never });
      const earlier = await ctx.f.round({ schemeId: scheme.id, year: 2090 });
      const grant = await acceptedGrant(ctx, s, { round: earlier, amountOre: 1_000_000 });
      await ctx.db.query(
        `UPDATE grant_rounds SET application_deadline = now() - interval '300 days', opens_at = now() - interval '400 days',
              report_deadline = now() - interval '1 day' WHERE id = $1`,
        [earlier.id],
      );
      const current = await ctx.f.round({ schemeId: scheme.id, year: 2091 });
      const created = await ctx
        .http()
        .post('/api/applications')
        .set('authorization', grant.member.auth)
        .send({ roundId: current.id, organisationId: grant.organisationId, ...completeContent() })
        .expect(201);
      const draft = { id: created.body.id as string };
      for (const kind of ['statutes', 'budget']) await upload(ctx, grant.member, draft.id, kind).expect(201);
      await ctx
        .http()
        .post(`/api/applications/${draft.id}/submit`)
        .set('authorization', grant.member.auth)
        .send({ version: await applicationVersion(ctx, draft.id) })
        .expect(200);
      await declare(ctx, s.caseworker, draft.id).expect(201);
      return { grant, applicationId: draft.id };
    }

    const findings = (id: string) =>
      ctx
        .http()
        .get(`/api/applications/${id}/screening-findings`)
        .set('authorization', s.caseworker.auth)
        .expect(200);
    const screen = async (id: string, status: number) =>
      ctx
        .http()
        .post(`/api/applications/${id}/screening`)
        .set('authorization', s.caseworker.auth)
        .send({ version: await applicationVersion(ctx, id), outcome: 'passed' })
        .expect(status);

    it('flags an overdue report from an earlier grant and blocks the formal check when the scheme says so', async () => {
      const { grant, applicationId } = await organisationWithPastGrant('block');
      const found = await findings(applicationId);
      expect(found.body).toMatchObject({
        priorReports: { overdue: 1, unapproved: 0 },
        priorReportRule: 'block',
      });
      const refused = await screen(applicationId, 422);
      expect(refused.body.errors).toEqual([
        expect.objectContaining({ field: 'checks.priorReports', rule: 'priorReports' }),
      ]);

      // The report is submitted (not yet approved): still flagged, as unapproved.
      await submitReport(ctx, grant, 1_000_000);
      expect((await findings(applicationId)).body.priorReports).toEqual({ overdue: 0, unapproved: 1 });

      // Approved: nothing owed, and the application passes.
      await declare(ctx, s.caseworker, grant.applicationId).expect(201);
      await ctx
        .http()
        .post(`/api/applications/${grant.applicationId}/report/review`)
        .set('authorization', s.caseworker.auth)
        .send({ version: 2, outcome: 'approve' })
        .expect(200);
      expect((await findings(applicationId)).body.priorReports).toEqual({ overdue: 0, unapproved: 0 });
      await screen(applicationId, 200);
    });

    it('only warns when the scheme says warn', async () => {
      const { applicationId } = await organisationWithPastGrant('warn');
      expect((await findings(applicationId)).body.priorReports).toEqual({ overdue: 1, unapproved: 0 });
      await screen(applicationId, 200);
      const [row] = await ctx.db.query(`SELECT checks FROM screenings WHERE application_id = $1`, [
        applicationId,
      ]);
      expect(row.checks.priorReports).toEqual({ overdue: 1, unapproved: 0 });
    });
  });

  describe('report reminders in the daily scan', () => {
    async function remindersFor(
      decisionId: string,
    ): Promise<{ id: string; kind: string; due_date: string }[]> {
      return ctx.db.query(
        `SELECT id, kind, due_date::text FROM reminder_log WHERE entity_id = $1 ORDER BY created_at, kind`,
        [decisionId],
      );
    }
    const setDeadline = (roundId: string, interval: string) =>
      ctx.db.query(
        `UPDATE grant_rounds SET opens_at = now() - interval '400 days', application_deadline = now() - interval '300 days',
              report_deadline = now() + $2::interval
        WHERE id = $1`,
        [roundId, interval],
      );

    it('reminds 30 and 7 days before the report deadline and when it has passed, each once, and not once the report is in', async () => {
      const owing = await acceptedGrant(ctx, s, { amountOre: 1_000_000 });
      const reported = await acceptedGrant(ctx, s, { amountOre: 1_000_000 });
      const reminders = ctx.app.get(RemindersService);
      // The report of the second grant is in.
      await submitReport(ctx, reported, 1_000_000);

      for (const grant of [owing, reported]) await setDeadline(grant.round.id, '20 days');
      await reminders.scan();
      await reminders.scan();
      expect((await remindersFor(owing.decisionId)).map((r) => r.kind)).toEqual(['report_due_30d']);
      expect(await remindersFor(reported.decisionId)).toEqual([]);
      const [first] = await remindersFor(owing.decisionId);
      const mail = await reminders.reminderMail(first.id);
      const [app] = await ctx.db.query('SELECT reference_number FROM applications WHERE id = $1', [
        owing.applicationId,
      ]);
      expect(mail).toMatchObject({ subject: expect.stringContaining(app.reference_number) });
      expect(mail!.subject).toContain('innen 30 dager');
      expect(mail!.text).toContain('ikke inneholde opplysninger om enkeltpersoner');

      for (const grant of [owing, reported]) await setDeadline(grant.round.id, '5 days');
      await reminders.scan();
      for (const grant of [owing, reported]) await setDeadline(grant.round.id, '-1 day');
      await reminders.scan();
      await reminders.scan();
      expect((await remindersFor(owing.decisionId)).map((r) => r.kind)).toEqual([
        'report_due_30d',
        'report_due_7d',
        'report_overdue',
      ]);
      expect(await remindersFor(reported.decisionId)).toEqual([]);
      const overdue = (await remindersFor(owing.decisionId))[2];
      expect((await reminders.reminderMail(overdue.id))!.subject).toContain('forsinket');

      // Once the report is in, a pending reminder is not sent.
      await submitReport(ctx, owing, 1_000_000);
      expect(await reminders.reminderMail(overdue.id)).toBeNull();
    });
  });

  describe('concurrent first saves of a report', () => {
    it('creates one report; the other save is told to send the version', async () => {
      const grant = await acceptedGrant(ctx, s, { amountOre: 1_000_000 });
      const results = await Promise.all(
        [1, 2].map((n) =>
          ctx
            .http()
            .put(`/api/applications/${grant.applicationId}/report`)
            .set('authorization', grant.member.auth)
            .send({ goalAchievement: `Utkast ${n}.` }),
        ),
      );
      expect(results.map((r) => r.status).sort()).toEqual([200, 422]);
      const refused = results.find((r) => r.status === 422)!;
      expect(refused.body.errors[0]).toMatchObject({ field: 'version', rule: 'required' });
      const [{ n }] = await ctx.db.query(
        'SELECT count(*)::int AS n FROM recipient_reports WHERE application_id = $1',
        [grant.applicationId],
      );
      expect(n).toBe(1);
    });
  });

  describe('report obligations for staff', () => {
    it('lists every accepted grant with its report state, filtered by round, state and overdue', async () => {
      const round = await ctx.f.round();
      const owing = await acceptedGrant(ctx, s, { round, amountOre: 1_000_000 });
      const reported = await acceptedGrant(ctx, s, { round, amountOre: 2_000_000 });
      await submitReport(ctx, reported, 2_000_000);
      await ctx.db.query(
        `UPDATE grant_rounds SET opens_at = now() - interval '400 days', application_deadline = now() - interval '300 days',
              report_deadline = now() - interval '1 day' WHERE id = $1`,
        [round.id],
      );
      const list = (query: string, who = s.caseworker) =>
        ctx.http().get(`/api/reports?roundId=${round.id}${query}`).set('authorization', who.auth);
      const all = await list('').expect(200);
      expect(all.body.total).toBe(2);
      expect(
        all.body.items.map((o: { applicationId: string; status: string; overdue: boolean }) => [
          o.applicationId,
          o.status,
          o.overdue,
        ]),
      ).toEqual(
        expect.arrayContaining([
          [owing.applicationId, 'due', true],
          [reported.applicationId, 'submitted', false],
        ]),
      );
      expect(
        (await list('&overdue=true').expect(200)).body.items.map(
          (o: { applicationId: string }) => o.applicationId,
        ),
      ).toEqual([owing.applicationId]);
      expect((await list('&status=submitted').expect(200)).body.total).toBe(1);
      await list('&status=lost').expect(400);
      await list('', owing.member).expect(403);
      // A declared conflict keeps the case out of the list.
      const conflicted = await ctx.f.user([Role.Caseworker]);
      await declare(ctx, conflicted, owing.applicationId, true, 'Nær venn av daglig leder.').expect(201);
      expect(
        (await list('', conflicted).expect(200)).body.items.map(
          (o: { applicationId: string }) => o.applicationId,
        ),
      ).toEqual([reported.applicationId]);
    });
  });

  describe('repayment claims', () => {
    it('claims the unspent part at review, and finance records repayments until the claim is settled; the ledger shows both', async () => {
      const year = 2080 + Math.floor(Math.random() * 9);
      const round = await ctx.f.round({ year });
      const grant = await acceptedGrant(ctx, s, { round, amountOre: 1_000_000 });
      await submitReport(ctx, grant, 600_000);
      await declare(ctx, s.caseworker, grant.applicationId).expect(201);
      const review = (body: Record<string, unknown>) =>
        ctx
          .http()
          .post(`/api/applications/${grant.applicationId}/report/review`)
          .set('authorization', s.caseworker.auth)
          .send({ version: 2, outcome: 'claim', ...body });
      const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
      expect((await review({}).expect(422)).body.errors[0]).toMatchObject({
        field: 'claim',
        rule: 'required',
      });
      const past = await review({ claim: { reason: 'Ubrukte midler.', dueDate: '2020-01-01' } }).expect(422);
      expect(past.body.errors[0]).toMatchObject({ field: 'claim.dueDate', rule: 'inFuture' });
      const tooMuch = await review({
        claim: { amountOre: 1_000_001, reason: 'x', dueDate: tomorrow },
      }).expect(422);
      expect(tooMuch.body.errors[0]).toMatchObject({ field: 'claim.amountOre', rule: 'withinGrant' });
      const claimed = await review({
        comment: 'Rapporten viser ubrukte midler.',
        claim: {
          reason: 'Ubrukte midler skal betales tilbake (vilkår i tilskuddsbrevet).',
          dueDate: tomorrow,
        },
      }).expect(200);
      expect(claimed.body.status).toBe('repayment_claimed');
      expect(claimed.body.repaymentClaim).toMatchObject({
        amountOre: 400_000,
        status: 'open',
        dueDate: tomorrow,
      });
      const claimId = claimed.body.repaymentClaim.id;

      const finance = await ctx.f.user([Role.Finance]);
      const ledger = async () =>
        (
          await ctx
            .http()
            .get(`/api/budget-ledger?year=${year}&roundId=${round.id}`)
            .set('authorization', finance.auth)
            .expect(200)
        ).body.rounds[0];
      expect(await ledger()).toMatchObject({ claimedOre: 400_000, repaidOre: 0 });
      const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
      const repay = (version: number, amountOre: number, who = finance) =>
        ctx
          .http()
          .post(`/api/repayment-claims/${claimId}/repayments`)
          .set('authorization', who.auth)
          .send({ version, amountOre, receivedOn: today });
      await repay(1, 150_000, s.caseworker).expect(403);
      expect((await repay(1, 150_000).expect(200)).body).toMatchObject({ status: 'open', version: 2 });
      expect((await repay(2, 300_000).expect(422)).body.errors[0]).toMatchObject({ rule: 'withinClaim' });
      expect((await repay(2, 250_000).expect(200)).body).toMatchObject({ status: 'settled' });
      await repay(3, 1).expect(409);
      expect(await ledger()).toMatchObject({ claimedOre: 400_000, repaidOre: 400_000 });
      // The database refuses more repaid than claimed, whatever the caller.
      await expect(
        ctx.db.query(`UPDATE repayment_claims SET repaid_ore = amount_ore + 1 WHERE id = $1`, [claimId]),
      ).rejects.toThrow(/ck_repayment_claims/);
      const events = await ctx.f.auditEvents(claimId);
      expect(events.map((e) => e.action)).toEqual(['repayment.recorded', 'repayment.recorded']);
    });
  });
});
