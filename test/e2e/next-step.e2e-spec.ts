import { deadlineAtEndOfOsloDay } from '@app/platform';
import { declare, staff, Staff } from '../support/case-handling';
import { completeDraft } from '../support/applications';
import { acceptedGrant, AcceptedGrant, notifiedGrant } from '../support/payments';
import { submitReport } from '../support/reports';
import { TestUser } from '../support/factories';
import { createTestApp, TestContext } from '../support/test-app';

/** Issue 18: every application says what the organisation does next and by when, in the list and alone. */
describe('next step of an application', () => {
  let ctx: TestContext;
  let s: Staff;

  beforeAll(async () => {
    ctx = await createTestApp();
    s = await staff(ctx);
  });
  afterAll(() => ctx.close());

  /** The next step as the single response and the member's list both give it (they must agree). */
  async function nextStepOf(member: TestUser, id: string): Promise<unknown> {
    const one = await ctx.http().get(`/api/applications/${id}`).set('authorization', member.auth).expect(200);
    const list = await ctx
      .http()
      .get('/api/applications')
      .query({ limit: 100 })
      .set('authorization', member.auth)
      .expect(200);
    const item = list.body.items.find((i: { id: string }) => i.id === id);
    expect(item.nextStep).toEqual(one.body.nextStep);
    return one.body.nextStep;
  }

  async function decisionDeadlines(applicationId: string): Promise<{ appeal: string; acceptance: string }> {
    const [row] = await ctx.db.query(
      'SELECT appeal_deadline, acceptance_deadline FROM decisions WHERE application_id = $1',
      [applicationId],
    );
    return { appeal: row.appeal_deadline.toISOString(), acceptance: row.acceptance_deadline.toISOString() };
  }

  const review = (grant: AcceptedGrant, body: Record<string, unknown>) =>
    ctx
      .http()
      .post(`/api/applications/${grant.applicationId}/report/review`)
      .set('authorization', s.caseworker.auth)
      .send({ version: 2, ...body })
      .expect(200);

  it('asks to finish a draft by the round deadline, then to wait for the decision once submitted', async () => {
    const draft = await completeDraft(ctx);
    expect(await nextStepOf(draft.member, draft.id)).toEqual({
      code: 'complete_draft',
      deadline: draft.round.applicationDeadline.toISOString(),
      appealUntil: null,
      canRequestChange: false,
    });
    await ctx
      .http()
      .post(`/api/applications/${draft.id}/submit`)
      .set('authorization', draft.member.auth)
      .send({ version: draft.version })
      .expect(200);
    expect(await nextStepOf(draft.member, draft.id)).toEqual({
      code: 'await_decision',
      deadline: null,
      appealUntil: null,
      canRequestChange: false,
    });
  });

  it('asks to answer a notified grant by the acceptance deadline, with the appeal open until its deadline', async () => {
    const grant = await notifiedGrant(ctx, s, { amountOre: 1_000_000 });
    const deadlines = await decisionDeadlines(grant.applicationId);
    expect(await nextStepOf(grant.member, grant.applicationId)).toEqual({
      code: 'answer_decision',
      deadline: deadlines.acceptance,
      appealUntil: deadlines.appeal,
      canRequestChange: false,
    });
  });

  it('asks an accepted grant for its report by the report deadline, and lets it ask for changes meanwhile', async () => {
    const grant = await acceptedGrant(ctx, s, { amountOre: 1_000_000 });
    expect(await nextStepOf(grant.member, grant.applicationId)).toEqual({
      code: 'send_report',
      deadline: grant.round.reportDeadline.toISOString(),
      appealUntil: (await decisionDeadlines(grant.applicationId)).appeal,
      canRequestChange: true,
    });
    await submitReport(ctx, grant, 1_000_000);
    expect(await nextStepOf(grant.member, grant.applicationId)).toMatchObject({
      code: 'await_report_review',
      deadline: null,
      canRequestChange: false,
    });
  });

  it('asks for the report again when it was returned for revision', async () => {
    const grant = await acceptedGrant(ctx, s, { amountOre: 1_000_000 });
    await submitReport(ctx, grant, 1_000_000);
    await declare(ctx, s.caseworker, grant.applicationId).expect(201);
    await review(grant, { outcome: 'return', comment: 'Beskriv avvikene.' });
    expect(await nextStepOf(grant.member, grant.applicationId)).toMatchObject({
      code: 'send_report',
      deadline: grant.round.reportDeadline.toISOString(),
      canRequestChange: true,
    });
  });

  it('has nothing left to do once the report is approved and the appeal deadline has passed', async () => {
    const grant = await acceptedGrant(ctx, s, { amountOre: 1_000_000 });
    await submitReport(ctx, grant, 1_000_000);
    await declare(ctx, s.caseworker, grant.applicationId).expect(201);
    await review(grant, { outcome: 'approve' });
    await ctx.db.query(`UPDATE decisions SET appeal_deadline = now() - interval '1 day' WHERE id = $1`, [
      grant.decisionId,
    ]);
    expect(await nextStepOf(grant.member, grant.applicationId)).toEqual({
      code: 'none',
      deadline: null,
      appealUntil: null,
      canRequestChange: false,
    });
  });

  it('asks to pay an open repayment claim by the end of its due date', async () => {
    const grant = await acceptedGrant(ctx, s, { amountOre: 1_000_000 });
    await submitReport(ctx, grant, 600_000);
    await declare(ctx, s.caseworker, grant.applicationId).expect(201);
    const dueDate = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await review(grant, { outcome: 'claim', claim: { reason: 'Ubrukte midler.', dueDate } });
    expect(await nextStepOf(grant.member, grant.applicationId)).toMatchObject({
      code: 'pay_back',
      deadline: deadlineAtEndOfOsloDay(dueDate).toISOString(),
      canRequestChange: false,
    });
  });
});
