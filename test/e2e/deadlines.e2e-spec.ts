import { deadlineAtEndOfOsloDay } from '@app/platform';
import { staff, Staff } from '../support/case-handling';
import { AcceptedGrant, applicationVersion, notifiedGrant } from '../support/payments';
import { createTestApp, TestContext } from '../support/test-app';

/**
 * One rule for the end of the day (fristregelen): every deadline is in time up to and including its last
 * second, 23:59:59.000–.999 Oslo time, and late from 00:00:00.000 — here the appeal and the acceptance deadline,
 * through the API under the test clock, on the days the clocks change.
 */
describe('deadlines: the whole last second is in time, the next second is late', () => {
  let ctx: TestContext;
  let s: Staff;

  beforeAll(async () => {
    ctx = await createTestApp();
    s = await staff(ctx);
  });
  afterAll(() => ctx.close());
  beforeEach(() => ctx.clock.set(new Date()));

  // The spring change day 2030 (31 March, 02:00 → 03:00) and the autumn change day (27 October, 03:00 → 02:00).
  const SPRING = deadlineAtEndOfOsloDay('2030-03-31');
  const AUTUMN = deadlineAtEndOfOsloDay('2030-10-27');
  const INSTANTS: [string, number, boolean][] = [
    ['23:59:59.000', 0, true],
    ['23:59:59.400', 400, true],
    ['23:59:59.999', 999, true],
    ['00:00:00.000 the next day', 1000, false],
  ];

  it('puts the deadlines of the clock-change days at 23:59:59 local time', () => {
    expect(SPRING.toISOString()).toBe('2030-03-31T21:59:59.000Z');
    expect(AUTUMN.toISOString()).toBe('2030-10-27T22:59:59.000Z');
  });

  describe.each([
    ['the spring change day', SPRING],
    ['the autumn change day', AUTUMN],
  ])('appeal deadline on %s', (_day, deadline) => {
    it.each(INSTANTS)(
      'an appeal lodged at %s is marked late only after the last second',
      async (_t, ms, inTime) => {
        const grant = await notifiedGrant(ctx, s);
        await ctx.db.query('UPDATE decisions SET appeal_deadline = $2 WHERE id = $1', [
          grant.decisionId,
          deadline,
        ]);
        ctx.clock.set(new Date(deadline.getTime() + ms));
        const res = await ctx
          .http()
          .post(`/api/applications/${grant.applicationId}/appeals`)
          .set('authorization', grant.member.auth)
          .send({ grounds: 'Vi mener tiltaket fyller alle vilkårene og ber om fullt tilskudd.' })
          .expect(201);
        expect(res.body).toMatchObject({ late: !inTime, status: 'lodged' });
        const [row] = await ctx.db.query('SELECT late FROM appeals WHERE id = $1', [res.body.id]);
        expect(row.late).toBe(!inTime);
      },
    );
  });

  describe.each([
    ['the spring change day', SPRING],
    ['the autumn change day', AUTUMN],
  ])('acceptance deadline on %s', (_day, deadline) => {
    async function acceptAt(grant: AcceptedGrant, instant: Date) {
      ctx.clock.set(instant);
      return ctx
        .http()
        .post(`/api/applications/${grant.applicationId}/acceptance`)
        .set('authorization', grant.member.auth)
        .send({ version: await applicationVersion(ctx, grant.applicationId), accept: true });
    }

    it.each(INSTANTS)(
      'an acceptance at %s is in time only until the last second ends',
      async (_t, ms, inTime) => {
        const grant = await notifiedGrant(ctx, s);
        await ctx.db.query('UPDATE decisions SET acceptance_deadline = $2 WHERE id = $1', [
          grant.decisionId,
          deadline,
        ]);
        const res = await acceptAt(grant, new Date(deadline.getTime() + ms));
        const [row] = await ctx.db.query(
          `SELECT a.status, d.accepted_at FROM applications a JOIN decisions d ON d.application_id = a.id
          WHERE a.id = $1 AND d.superseded_by IS NULL`,
          [grant.applicationId],
        );
        if (inTime) {
          expect(res.status).toBe(200);
          expect(row.status).toBe('accepted');
          expect(row.accepted_at.getTime()).toBe(deadline.getTime() + ms);
        } else {
          expect(res.status).toBe(422);
          expect(res.body.errors).toEqual([
            expect.objectContaining({
              field: 'acceptance',
              rule: 'deadline',
              message: expect.stringMatching(/kl\. 23:59/),
            }),
          ]);
          expect(row).toEqual({ status: 'notified', accepted_at: null });
        }
      },
    );
  });

  it('answers an acceptance with the application as it now is (status and version) and the decision', async () => {
    const grant = await notifiedGrant(ctx, s);
    const before = await applicationVersion(ctx, grant.applicationId);
    const res = await ctx
      .http()
      .post(`/api/applications/${grant.applicationId}/acceptance`)
      .set('authorization', grant.member.auth)
      .send({ version: before, accept: true })
      .expect(200);
    const now = await applicationVersion(ctx, grant.applicationId);
    expect(now).toBeGreaterThan(before);
    expect(res.body.application).toMatchObject({ id: grant.applicationId, status: 'accepted', version: now });
    expect(res.body.decision).toMatchObject({ id: grant.decisionId, acceptedAt: expect.any(String) });
    // The version returned is the one the next write needs: no re-fetch.
    const detail = await ctx
      .http()
      .get(`/api/applications/${grant.applicationId}`)
      .set('authorization', grant.member.auth)
      .expect(200);
    expect(detail.body.version).toBe(res.body.application.version);
  });
});
