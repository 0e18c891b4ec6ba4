import { GrantRound, Role } from '@app/grants';
import { endOfOsloDayAfter } from '@app/platform';
import { approve, assessed, declare, REASONS, staff, Staff } from '../support/case-handling';
import { TestUser } from '../support/factories';
import { exeBytes, pdfBytes } from '../support/files';
import {
  AcceptedGrant,
  acceptedGrant,
  answerGrant,
  attest,
  disbursementsOf,
  roundOfThisYear,
  verifyAccount,
} from '../support/payments';
import { submitReport } from '../support/reports';
import { createTestApp, TestContext } from '../support/test-app';

const DAY = 86_400_000;

describe('appeals (klage) after the decision', () => {
  let ctx: TestContext;
  let s: Staff;
  let caseworker2: TestUser;
  let finance: TestUser;

  beforeAll(async () => {
    ctx = await createTestApp();
    s = await staff(ctx);
    caseworker2 = await ctx.f.user([Role.Caseworker]);
    finance = await ctx.f.user([Role.Finance]);
  });
  afterAll(() => ctx.close());
  beforeEach(() => ctx.clock.set(new Date()));

  interface Case {
    id: string;
    member: TestUser;
    round: GrantRound;
    decisionId: string;
    organisationId: string;
  }

  /** A partial grant of NOK 300 000 (of 500 000 requested), approved, and notified at the time given. */
  async function decidedCase(
    round?: GrantRound,
    notifiedAt = new Date(),
    decidedAt = notifiedAt,
  ): Promise<Case> {
    const app = await assessed(ctx, s, round, {
      recommendedOutcome: 'partial_grant',
      recommendedAmountOre: 30_000_000,
      reasons: REASONS,
      conditions: ['Midlene brukes til botilbudet.'],
    });
    await declare(ctx, s.approver, app.id).expect(201);
    const decision = (await approve(ctx, s.approver, app.id, 201)).body;
    await notify(decision.id, notifiedAt, decidedAt);
    const [row] = await ctx.db.query('SELECT organisation_id FROM applications WHERE id = $1', [app.id]);
    return { ...app, decisionId: decision.id, organisationId: row.organisation_id };
  }

  /** The decision letter reached the organisation at `notifiedAt` (delivery is the worker's part). */
  async function notify(decisionId: string, notifiedAt: Date, decidedAt = notifiedAt) {
    const [[row]] = await ctx.db.query(
      `UPDATE decisions SET notified_at = $2, decided_at = $3, appeal_deadline = $4,
              acceptance_deadline = now() + interval '60 days'
        WHERE id = $1 RETURNING application_id`,
      [decisionId, notifiedAt, decidedAt, endOfOsloDayAfter(notifiedAt, 21)],
    );
    await ctx.db.query(
      `UPDATE applications SET status = 'notified', version = version + 1 WHERE id = $1 AND status = 'decided'`,
      [row.application_id],
    );
  }

  const topicFor = async (subjectId: string) =>
    (await ctx.db.query(`SELECT topic FROM outbox_messages WHERE payload->>'subjectId' = $1`, [subjectId]))[0]
      ?.topic;

  const grantOf = (c: Case): AcceptedGrant => ({ ...c, applicationId: c.id });

  const lodge = (c: Case, body: Record<string, unknown> = {}) =>
    ctx
      .http()
      .post(`/api/applications/${c.id}/appeals`)
      .set('authorization', c.member.auth)
      .send({ grounds: 'Vi mener tiltaket fyller alle vilkårene og ber om fullt tilskudd.', ...body });
  const act = (who: TestUser, appealId: string, step: string, body: Record<string, unknown>) =>
    ctx.http().post(`/api/appeals/${appealId}/${step}`).set('authorization', who.auth).send(body);

  /** Lodged, and taken by the second caseworker (who declares impartiality first). */
  async function takenAppeal(c: Case) {
    const appeal = (await lodge(c).expect(201)).body;
    await declare(ctx, caseworker2, c.id).expect(201);
    return (await act(caseworker2, appeal.id, 'take', { version: appeal.version }).expect(200)).body;
  }

  const FULL_GRANT = {
    outcome: 'granted',
    amountOre: 50_000_000,
    reasons: {
      rulesApplied: 'Forvaltningsloven § 33 og forskriften §§ 1–3.',
      factsReliedOn: 'Klagen dokumenterer at administrasjonskostnadene er delt med en annen finansiering.',
      mainConsiderations:
        'Med den nye opplysningen er budsjettet rimelig, og søknaden innvilges i sin helhet.',
    },
    conditions: ['Midlene brukes til botilbudet.'],
  };

  /** The disbursement of the grant paid: attested, in a payment batch, marked paid. */
  async function pay(c: Case) {
    for (const d of await disbursementsOf(ctx, c.id)) await attest(ctx, finance, d).expect(200);
    await ctx
      .http()
      .post('/api/payment-batches')
      .set('authorization', finance.auth)
      .send({ dueOnOrBefore: '2100-12-31', roundId: c.round.id })
      .expect(201);
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
    for (const d of await disbursementsOf(ctx, c.id)) {
      await ctx
        .http()
        .post(`/api/disbursements/${d.id}/paid`)
        .set('authorization', finance.auth)
        .send({ version: d.version, paidOn: today })
        .expect(200);
    }
  }

  describe('lodging and the deadline', () => {
    it('counts the three weeks from the notification, not from the decision date', async () => {
      // Decided 40 days ago, but the letter reached the organisation 10 days ago: in time.
      const c = await decidedCase(
        undefined,
        new Date(Date.now() - 10 * DAY),
        new Date(Date.now() - 40 * DAY),
      );
      const res = await lodge(c).expect(201);
      expect(res.body).toMatchObject({
        subjectType: 'decision',
        subjectId: c.decisionId,
        late: false,
        lateConsidered: null,
        status: 'lodged',
      });
      expect(new Date(res.body.deadline).getTime()).toBe(
        endOfOsloDayAfter(new Date(res.body.subjectNotifiedAt), 21).getTime(),
      );
      // One appeal at a time against the same decision.
      await lodge(c).expect(409);
      // Another organisation sees nothing of it.
      const outsider = await ctx.f.user();
      await ctx.http().get(`/api/appeals/${res.body.id}`).set('authorization', outsider.auth).expect(404);
      await ctx
        .http()
        .get(`/api/applications/${c.id}/appeals`)
        .set('authorization', outsider.auth)
        .expect(404);
      const list = await ctx
        .http()
        .get(`/api/applications/${c.id}/appeals`)
        .set('authorization', c.member.auth);
      expect(list.body.map((a: { id: string }) => a.id)).toEqual([res.body.id]);
      expect((await ctx.f.auditEvents(res.body.id)).map((e) => e.action)).toEqual(['appeal.lodged']);
    });

    it('registers a late appeal, marked late; the caseworker records whether it is considered (§ 31)', async () => {
      const c = await decidedCase(undefined, new Date(Date.now() - 25 * DAY));
      const res = await lodge(c).expect(201);
      expect(res.body).toMatchObject({ late: true, status: 'lodged' });
      await declare(ctx, caseworker2, c.id).expect(201);
      const appeal = (await act(caseworker2, res.body.id, 'take', { version: res.body.version }).expect(200))
        .body;
      // Nothing is prepared before lateness is decided.
      const early = await act(caseworker2, appeal.id, 'forwarding', {
        version: appeal.version,
        statement: 'Vi opprettholder vedtaket.',
      }).expect(409);
      expect(early.body.detail).toContain('etter fristen');
      const missing = await act(caseworker2, appeal.id, 'lateness', {
        version: appeal.version,
        consider: false,
      });
      expect(missing.status).toBe(400);
      expect(missing.body.errors[0]).toMatchObject({ field: 'reason' });
      const notConsidered = await act(caseworker2, appeal.id, 'lateness', {
        version: appeal.version,
        consider: false,
        reason: 'Klagen kom over to uker for sent, uten at det er opplyst hvorfor.',
      }).expect(200);
      expect(notConsidered.body).toMatchObject({ status: 'not_considered', lateConsidered: false });
      const [outbox] = await ctx.db.query(
        `SELECT topic FROM outbox_messages WHERE payload->>'subjectId' = $1`,
        [appeal.id],
      );
      expect(outbox.topic).toBe('letter.appeal_not_considered');
      // A new appeal can be lodged now that this one has ended.
      await lodge(c).expect(201);
    });

    it('takes files with the grounds, typed by their bytes; staff download them, and every download is logged', async () => {
      const c = await decidedCase();
      const appeal = (await lodge(c).expect(201)).body;
      const attach = (who: TestUser, bytes: Buffer, name: string) =>
        ctx
          .http()
          .post(`/api/appeals/${appeal.id}/attachments`)
          .set('authorization', who.auth)
          .attach('file', bytes, { filename: name, contentType: 'application/pdf' });
      const disguised = await attach(c.member, exeBytes(), 'dokumentasjon.pdf').expect(422);
      expect(disguised.body.errors[0]).toMatchObject({ field: 'file', rule: 'fileType' });
      await attach(caseworker2, pdfBytes(), 'x.pdf').expect(403);
      const pdf = pdfBytes('Dokumentasjon av delfinansiering');
      const uploaded = await attach(c.member, pdf, 'Avtale med kommunen.pdf').expect(201);
      expect(uploaded.body).toMatchObject({ fileName: 'Avtale med kommunen.pdf', sizeBytes: pdf.length });
      const list = await ctx
        .http()
        .get(`/api/appeals/${appeal.id}/attachments`)
        .set('authorization', caseworker2.auth)
        .expect(200);
      expect(list.body.map((a: { id: string }) => a.id)).toEqual([uploaded.body.id]);
      const file = await ctx
        .http()
        .get(`/api/appeals/${appeal.id}/attachments/${uploaded.body.id}`)
        .set('authorization', caseworker2.auth)
        .buffer(true)
        .parse((res, cb) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => cb(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect((file.body as Buffer).equals(pdf)).toBe(true);
      const outsider = await ctx.f.user();
      await ctx
        .http()
        .get(`/api/appeals/${appeal.id}/attachments/${uploaded.body.id}`)
        .set('authorization', outsider.auth)
        .expect(404);
      expect((await ctx.f.auditEvents(appeal.id)).map((e) => e.action)).toEqual([
        'appeal.lodged',
        'appeal.attachment_uploaded',
        'appeal.attachment_downloaded',
      ]);
    });

    it('refuses an appeal before anything is decided, and grounds that are blank', async () => {
      const app = await assessed(ctx, s);
      const c = { id: app.id, member: app.member } as Case;
      expect((await lodge(c).expect(409)).body.currentState).toBe('assessed');
      const decided = await decidedCase();
      const blank = await lodge(decided, { grounds: '   ' }).expect(400);
      expect(blank.body.errors[0]).toMatchObject({ field: 'grounds' });
    });
  });

  describe('preparation', () => {
    it('refuses the caseworker who prepared the decision, in the service and in the database', async () => {
      const c = await decidedCase();
      const appeal = (await lodge(c).expect(201)).body;
      const refused = await act(s.caseworker, appeal.id, 'take', { version: appeal.version }).expect(403);
      expect(refused.body.detail).toContain('forberedte vedtaket');
      await act(caseworker2, appeal.id, 'take', { version: appeal.version }).expect(403); // no declaration yet
      await declare(ctx, caseworker2, c.id).expect(201);
      await act(caseworker2, appeal.id, 'take', { version: appeal.version }).expect(200);
      await expect(
        ctx.db.query('UPDATE appeals SET caseworker_id = original_preparer_id WHERE id = $1', [appeal.id]),
      ).rejects.toThrow(/ck_appeals_preparer/);
      // A member cannot prepare anything.
      await act(c.member, appeal.id, 'take', { version: appeal.version + 1 }).expect(403);
    });
  });

  describe('reversal by Sfk (§ 33)', () => {
    it('raising the amount is refused when the frame is spent and made when it is not; the new decision replaces the old', async () => {
      const round = await ctx.f.round({ budgetFrameOre: 40_000_000 });
      const c = await decidedCase(round);
      const taken = await takenAppeal(c);
      const proposed = await act(caseworker2, taken.id, 'new-decision-proposal', {
        version: taken.version,
        ...FULL_GRANT,
      }).expect(200);
      expect(proposed.body).toMatchObject({
        status: 'reversal_proposed',
        proposedTerms: { amountOre: 50_000_000 },
      });
      // Four eyes: the appeal's caseworker cannot approve, and a caseworker is no approver.
      await act(caseworker2, taken.id, 'new-decision', { version: proposed.body.version }).expect(403);
      const blocked = await act(s.approver, taken.id, 'new-decision', {
        version: proposed.body.version,
      }).expect(422);
      expect(blocked.body.errors[0]).toMatchObject({ field: 'amountOre', rule: 'withinFrame' });
      // The old decision's 300 000 is released for the new one: 400 000 is available, 500 000 is asked.
      expect(blocked.body.errors[0].message.replace(/\u00a0/g, ' ')).toContain('kr 400 000');
      await ctx.db.query('UPDATE grant_rounds SET budget_frame_ore = 50000000 WHERE id = $1', [round.id]);
      const made = await act(s.approver, taken.id, 'new-decision', { version: proposed.body.version }).expect(
        200,
      );
      expect(made.body.status).toBe('redecided');
      const decisions = await ctx.db.query(
        `SELECT id, outcome, amount_ore, superseded_by, prepared_by, approved_by FROM decisions
          WHERE application_id = $1 ORDER BY created_at`,
        [c.id],
      );
      expect(decisions).toEqual([
        expect.objectContaining({ id: c.decisionId, superseded_by: made.body.newDecisionId }),
        expect.objectContaining({
          id: made.body.newDecisionId,
          outcome: 'granted',
          amount_ore: '50000000',
          superseded_by: null,
          prepared_by: caseworker2.user.id,
          approved_by: s.approver.user.id,
        }),
      ]);
      const [app] = await ctx.db.query('SELECT status FROM applications WHERE id = $1', [c.id]);
      expect(app.status).toBe('decided');
      const [outbox] = await ctx.db.query(
        `SELECT topic FROM outbox_messages WHERE payload->>'decisionId' = $1`,
        [made.body.newDecisionId],
      );
      expect(outbox.topic).toBe('letter.decision');
      expect((await ctx.f.auditEvents(taken.id)).map((e) => e.action)).toEqual([
        'appeal.lodged',
        'appeal.taken',
        'appeal.new_decision_proposed',
        'appeal.redecided',
      ]);
    });

    it('after payment: a raised grant is topped up, a lowered one claims the overpayment back', async () => {
      // A round of this year: its grants can be paid today.
      const raise = await decidedCase(await roundOfThisYear(ctx));
      const lower = await decidedCase(raise.round);
      for (const c of [raise, lower]) {
        await answerGrant(ctx, grantOf(c), true);
        await verifyAccount(ctx, await ctx.f.user([Role.Caseworker]), c.organisationId).expect(200);
        await pay(c);
      }

      async function redecide(c: Case, terms: Record<string, unknown>) {
        const taken = await takenAppeal(c);
        const proposed = await act(caseworker2, taken.id, 'new-decision-proposal', {
          version: taken.version,
          ...terms,
        }).expect(200);
        return (
          await act(s.approver, taken.id, 'new-decision', { version: proposed.body.version }).expect(200)
        ).body;
      }

      // Raised from 300 000 to 500 000 after 300 000 was paid: 200 000 is paid on acceptance.
      const raised = await redecide(raise, FULL_GRANT);
      await notify(raised.newDecisionId, new Date());
      await answerGrant(ctx, grantOf(raise), true);
      const raisedPayments = await disbursementsOf(ctx, raise.id);
      expect(raisedPayments.map((d) => [d.status, Number(d.amount_ore)])).toEqual([
        ['paid', 30_000_000],
        ['planned', 20_000_000],
      ]);

      // Lowered from 300 000 to 200 000 after 300 000 was paid: 100 000 is claimed back, nothing more is paid.
      const lowered = await redecide(lower, {
        ...FULL_GRANT,
        outcome: 'partly_granted',
        amountOre: 20_000_000,
        reasons: {
          ...FULL_GRANT.reasons,
          mainConsiderations: 'Deler av budsjettet gjelder utstyr som ikke dekkes.',
        },
      });
      const [claim] = await ctx.db.query(
        `SELECT origin, amount_ore, paid_before_ore, report_id, decision_id, status FROM repayment_claims
          WHERE application_id = $1`,
        [lower.id],
      );
      expect(claim).toEqual({
        origin: 'changed_decision',
        amount_ore: '10000000',
        paid_before_ore: '30000000',
        report_id: null,
        decision_id: lowered.newDecisionId,
        status: 'open',
      });
      // The organisation sees the claim on its case; finance finds it among the round's open claims and records
      // the repayment against it.
      const own = await ctx
        .http()
        .get(`/api/applications/${lower.id}/repayment-claims`)
        .set('authorization', lower.member.auth)
        .expect(200);
      expect(own.body).toEqual([
        expect.objectContaining({ origin: 'changed_decision', amountOre: 10_000_000, status: 'open' }),
      ]);
      await ctx.http().get('/api/repayment-claims').set('authorization', lower.member.auth).expect(403);
      const open = await ctx
        .http()
        .get(`/api/repayment-claims?roundId=${lower.round.id}&status=open`)
        .set('authorization', finance.auth)
        .expect(200);
      expect(open.body.items.map((c: { id: string }) => c.id)).toEqual([own.body[0].id]);
      const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
      await ctx
        .http()
        .post(`/api/repayment-claims/${own.body[0].id}/repayments`)
        .set('authorization', finance.auth)
        .send({ version: own.body[0].version, amountOre: 10_000_000, receivedOn: today })
        .expect(200);
      await notify(lowered.newDecisionId, new Date());
      await answerGrant(ctx, grantOf(lower), true);
      expect((await disbursementsOf(ctx, lower.id)).map((d) => d.status)).toEqual(['paid']);
      const [app] = await ctx.db.query('SELECT status FROM applications WHERE id = $1', [lower.id]);
      expect(app.status).toBe('paid');
      const ledger = await ctx
        .http()
        .get(`/api/budget-ledger?year=${raise.round.year}&roundId=${raise.round.id}`)
        .set('authorization', finance.auth)
        .expect(200);
      expect(ledger.body.rounds[0]).toMatchObject({
        grantedOre: 70_000_000,
        claimedOre: 10_000_000,
        repaidOre: 10_000_000,
      });
    });
  });

  describe('appeals against a repayment claim', () => {
    it('lowers a claim, never below what was repaid, and drops one; each with a letter, and the ledger follows', async () => {
      const round = await ctx.f.round();
      const claimed = async (spentOre: number) => {
        const grant = await acceptedGrant(ctx, s, { round, amountOre: 1_000_000 });
        await submitReport(ctx, grant, spentOre);
        const [report] = await ctx.db.query(
          'SELECT version FROM recipient_reports WHERE application_id = $1',
          [grant.applicationId],
        );
        const dueDate = new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10);
        const review = await ctx
          .http()
          .post(`/api/applications/${grant.applicationId}/report/review`)
          .set('authorization', s.caseworker.auth)
          .send({ version: report.version, outcome: 'claim', claim: { reason: 'Ubrukte midler.', dueDate } })
          .expect(200);
        return { grant, claim: review.body.repaymentClaim };
      };
      const CLAIM_REASONS = {
        rulesApplied: 'Forvaltningsloven § 33 og vilkårene i tilskuddsbrevet.',
        factsReliedOn: 'Klagen dokumenterer kostnader som ikke kom med i regnskapet.',
        mainConsiderations: 'Med de dokumenterte kostnadene er en mindre del av tilskuddet ubrukt.',
      };

      // Lowered from 400 000 to 250 000 øre after 100 000 was repaid.
      const first = await claimed(600_000);
      expect(first.claim.amountOre).toBe(400_000);
      const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
      await ctx
        .http()
        .post(`/api/repayment-claims/${first.claim.id}/repayments`)
        .set('authorization', finance.auth)
        .send({ version: first.claim.version, amountOre: 100_000, receivedOn: today })
        .expect(200);
      const c1 = { id: first.grant.applicationId, member: first.grant.member } as Case;
      const appeal = (
        await lodge(c1, { subjectType: 'repayment_claim', subjectId: first.claim.id }).expect(201)
      ).body;
      expect(appeal).toMatchObject({ subjectType: 'repayment_claim', late: false });
      await act(s.caseworker, appeal.id, 'take', { version: 1 }).expect(403); // made the claim
      await declare(ctx, caseworker2, c1.id).expect(201);
      const taken = (await act(caseworker2, appeal.id, 'take', { version: 1 }).expect(200)).body;
      const propose = (amountOre: number) =>
        act(caseworker2, appeal.id, 'new-decision-proposal', {
          version: taken.version,
          amountOre,
          reasons: CLAIM_REASONS,
        });
      expect((await propose(500_000).expect(422)).body.errors[0]).toMatchObject({ rule: 'notAboveClaim' });
      expect((await propose(50_000).expect(422)).body.errors[0]).toMatchObject({ rule: 'notBelowRepaid' });
      const proposed = (await propose(250_000).expect(200)).body;
      await act(s.approver, appeal.id, 'new-decision', { version: proposed.version }).expect(200);
      const own = await ctx
        .http()
        .get(`/api/applications/${c1.id}/repayment-claims`)
        .set('authorization', c1.member.auth)
        .expect(200);
      expect(own.body[0]).toMatchObject({
        amountOre: 250_000,
        amountBeforeRevisionOre: 400_000,
        repaidOre: 100_000,
        status: 'open',
      });
      expect(await topicFor(appeal.id)).toBe('letter.claim_revised');

      // Dropped altogether.
      const second = await claimed(700_000);
      const c2 = { id: second.grant.applicationId, member: second.grant.member } as Case;
      const a2 = (await lodge(c2, { subjectType: 'repayment_claim', subjectId: second.claim.id }).expect(201))
        .body;
      await declare(ctx, caseworker2, c2.id).expect(201);
      const t2 = (await act(caseworker2, a2.id, 'take', { version: 1 }).expect(200)).body;
      const p2 = (
        await act(caseworker2, a2.id, 'new-decision-proposal', {
          version: t2.version,
          amountOre: 0,
          reasons: CLAIM_REASONS,
        }).expect(200)
      ).body;
      await act(s.approver, a2.id, 'new-decision', { version: p2.version }).expect(200);
      const [dropped] = await ctx.db.query('SELECT status, amount_ore FROM repayment_claims WHERE id = $1', [
        second.claim.id,
      ]);
      expect(dropped).toEqual({ status: 'cancelled', amount_ore: '0' });
      // A dropped claim takes no repayments.
      await ctx
        .http()
        .post(`/api/repayment-claims/${second.claim.id}/repayments`)
        .set('authorization', finance.auth)
        .send({ version: second.claim.version + 1, amountOre: 1, receivedOn: today })
        .expect(409);
      const ledger = await ctx
        .http()
        .get(`/api/budget-ledger?year=${round.year}&roundId=${round.id}`)
        .set('authorization', finance.auth)
        .expect(200);
      expect(ledger.body.rounds[0]).toMatchObject({ claimedOre: 250_000, repaidOre: 100_000 });
    });
  });

  describe('forwarding to the appeal body', () => {
    it('forwards with a letter, registers the outcome, and carries out a changed decision the same way', async () => {
      // The test clock stands still; each step moves it a second on, so the case history has an order to show.
      const step = () => ctx.clock.advance(1000);
      const c = await decidedCase();
      step();
      const taken = await takenAppeal(c);
      step();
      const statement =
        'Sfk har prioritert tiltak med direkte hjelp til målgruppen og opprettholder vedtaket.';
      const forwarded = await act(caseworker2, taken.id, 'forwarding', {
        version: taken.version,
        statement,
      }).expect(200);
      expect(forwarded.body).toMatchObject({ status: 'forwarded', forwardingStatement: statement });
      const [outbox] = await ctx.db.query(
        `SELECT topic FROM outbox_messages WHERE payload->>'subjectId' = $1`,
        [taken.id],
      );
      expect(outbox.topic).toBe('letter.appeal_forwarded');
      const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
      const tooEarly = await act(caseworker2, taken.id, 'appeal-body-outcome', {
        version: forwarded.body.version,
        outcome: 'changed',
        decidedOn: '2020-01-01',
      }).expect(422);
      expect(tooEarly.body.errors[0]).toMatchObject({ field: 'decidedOn', rule: 'withinAppeal' });
      step();
      const changed = await act(caseworker2, taken.id, 'appeal-body-outcome', {
        version: forwarded.body.version,
        outcome: 'changed',
        decidedOn: today,
        reference: 'JD 27/1234',
      }).expect(200);
      expect(changed.body).toMatchObject({ status: 'to_be_redecided', appealBodyOutcome: 'changed' });
      step();
      const proposed = await act(caseworker2, taken.id, 'new-decision-proposal', {
        version: changed.body.version,
        ...FULL_GRANT,
      }).expect(200);
      const made = await act(s.approver, taken.id, 'new-decision', { version: proposed.body.version }).expect(
        200,
      );
      expect(made.body).toMatchObject({ status: 'redecided', appealBodyReference: 'JD 27/1234' });
      // The case history shows decisions and the appeal in order, for the organisation too.
      const history = await ctx
        .http()
        .get(`/api/applications/${c.id}/history`)
        .set('authorization', c.member.auth)
        .expect(200);
      expect(history.body.map((e: { event: string }) => e.event)).toEqual([
        'application.submitted',
        'decision.made',
        'decision.notified',
        'appeal.lodged',
        'appeal.forwarded',
        'appeal.body_outcome',
        'decision.made',
      ]);
      expect(history.body[1].text.replace(/\s/g, ' ')).toBe('Vedtak: delvis innvilget (kr 300 000)');
      const outsider = await ctx.f.user();
      await ctx
        .http()
        .get(`/api/applications/${c.id}/history`)
        .set('authorization', outsider.auth)
        .expect(404);

      // Upheld by the appeal body: the appeal ends, the decision stands.
      const other = await decidedCase();
      const t2 = await takenAppeal(other);
      const f2 = await act(caseworker2, t2.id, 'forwarding', { version: t2.version, statement }).expect(200);
      const upheld = await act(caseworker2, t2.id, 'appeal-body-outcome', {
        version: f2.body.version,
        outcome: 'upheld',
        decidedOn: today,
      }).expect(200);
      expect(upheld.body.status).toBe('upheld');
      await act(caseworker2, t2.id, 'new-decision-proposal', {
        version: upheld.body.version,
        ...FULL_GRANT,
      }).expect(409);
      const [d] = await ctx.db.query('SELECT superseded_by FROM decisions WHERE id = $1', [other.decisionId]);
      expect(d.superseded_by).toBeNull();
    });
  });
});
