import { LettersService, Role } from '@app/grants';
import supertest from 'supertest';
import { assessed, declare, screenPass, SCORES, staff, Staff, submitted } from '../support/case-handling';
import { TestUser } from '../support/factories';
import { completeDraft } from '../support/applications';
import { pdfBytes } from '../support/files';
import {
  acceptedGrant,
  applicationVersion,
  attest,
  disbursementsOf,
  notifiedGrant,
  organisationVersion,
} from '../support/payments';
import { submitReport } from '../support/reports';
import { createTestApp, TestContext } from '../support/test-app';

const MEMBER_CONFLICT = 'medlem av søkerorganisasjonen';

/**
 * forvaltningsloven § 6: a staff member who belongs to the applicant organisation is disqualified from its case —
 * at every staff step, whatever they declared — and a declared conflict keeps a person out of every read of it.
 */
describe('impartiality: members of the applicant organisation and declared conflicts', () => {
  let ctx: TestContext;
  let s: Staff;

  beforeAll(async () => {
    ctx = await createTestApp();
    s = await staff(ctx);
  });
  afterAll(() => ctx.close());

  /** The staff user becomes a member of the organisation behind the application (straight into the database). */
  async function joinApplicant(who: TestUser, applicationId: string): Promise<void> {
    await ctx.db.query(
      `INSERT INTO memberships (user_id, organisation_id, signatory)
       SELECT $1, organisation_id, false FROM applications WHERE id = $2`,
      [who.user.id, applicationId],
    );
  }

  const post = (who: TestUser, path: string, body: Record<string, unknown>) =>
    ctx.http().post(path).set('authorization', who.auth).send(body);

  interface Step {
    /** Brings a case to the step with a staff user who could take it, and returns the call making the step. */
    prepare: () => Promise<{ applicationId: string; who: TestUser; call: () => supertest.Test }>;
    /** The table and column the step would change, to show nothing changed. */
    state: (applicationId: string) => Promise<unknown>;
  }

  const applicationState = async (id: string) =>
    (await ctx.db.query('SELECT status, version FROM applications WHERE id = $1', [id]))[0];
  const disbursementState = async (id: string) =>
    ctx.db.query(
      'SELECT status, attested_by, extra_control_by FROM disbursements WHERE application_id = $1 ORDER BY id',
      [id],
    );

  const steps: Record<string, Step> = {
    screening: {
      prepare: async () => {
        const app = await submitted(ctx);
        const caseworker = await ctx.f.user([Role.Caseworker]);
        await declare(ctx, caseworker, app.id).expect(201);
        return {
          applicationId: app.id,
          who: caseworker,
          call: () =>
            post(caseworker, `/api/applications/${app.id}/screening`, { version: 2, outcome: 'passed' }),
        };
      },
      state: applicationState,
    },
    assessment: {
      prepare: async () => {
        const app = await submitted(ctx);
        await screenPass(ctx, s.caseworker, app.id, 200);
        const version = await applicationVersion(ctx, app.id);
        return {
          applicationId: app.id,
          who: s.caseworker,
          call: () =>
            post(s.caseworker, `/api/applications/${app.id}/assessment`, {
              version,
              scores: SCORES,
              recommendedOutcome: 'grant',
              recommendedAmountOre: 50_000_000,
              conditions: ['Rapport innen fristen.'],
            }),
        };
      },
      state: async (id) => [
        await applicationState(id),
        await ctx.db.query('SELECT 1 FROM assessments WHERE application_id = $1', [id]),
      ],
    },
    approval: {
      prepare: async () => {
        const app = await assessed(ctx, s);
        const approver = await ctx.f.user([Role.Approver]);
        await declare(ctx, approver, app.id).expect(201);
        const version = await applicationVersion(ctx, app.id);
        return {
          applicationId: app.id,
          who: approver,
          call: () => post(approver, `/api/applications/${app.id}/decision`, { version }),
        };
      },
      state: async (id) => [
        await applicationState(id),
        await ctx.db.query('SELECT 1 FROM decisions WHERE application_id = $1', [id]),
      ],
    },
    'batch approval': {
      prepare: async () => {
        const app = await assessed(ctx, s);
        const approver = await ctx.f.user([Role.Approver]);
        await declare(ctx, approver, app.id).expect(201);
        const version = await applicationVersion(ctx, app.id);
        return {
          applicationId: app.id,
          who: approver,
          call: () =>
            post(approver, `/api/rounds/${app.round.id}/approvals`, {
              items: [{ applicationId: app.id, version }],
            }),
        };
      },
      state: async (id) => [
        await applicationState(id),
        await ctx.db.query('SELECT 1 FROM decisions WHERE application_id = $1', [id]),
      ],
    },
    attestation: {
      prepare: async () => {
        const grant = await acceptedGrant(ctx, s, { amountOre: 1_000_000 });
        const finance = await ctx.f.user([Role.Finance]);
        const [d] = await disbursementsOf(ctx, grant.applicationId);
        return { applicationId: grant.applicationId, who: finance, call: () => attest(ctx, finance, d) };
      },
      state: disbursementState,
    },
    'extra control': {
      prepare: async () => {
        const grant = await acceptedGrant(ctx, s, { amountOre: 150_000_000 });
        const [planned] = await disbursementsOf(ctx, grant.applicationId);
        await attest(ctx, await ctx.f.user([Role.Finance]), planned).expect(200);
        const [d] = await disbursementsOf(ctx, grant.applicationId);
        const controller = await ctx.f.user([Role.Finance]);
        return {
          applicationId: grant.applicationId,
          who: controller,
          call: () => post(controller, `/api/disbursements/${d.id}/extra-control`, { version: d.version }),
        };
      },
      state: disbursementState,
    },
    'report review': {
      prepare: async () => {
        const grant = await acceptedGrant(ctx, s, { amountOre: 1_000_000 });
        await submitReport(ctx, grant, 1_000_000);
        const caseworker = await ctx.f.user([Role.Caseworker]);
        await declare(ctx, caseworker, grant.applicationId).expect(201);
        return {
          applicationId: grant.applicationId,
          who: caseworker,
          call: () =>
            post(caseworker, `/api/applications/${grant.applicationId}/report/review`, {
              version: 2,
              outcome: 'approve',
            }),
        };
      },
      state: async (id) =>
        ctx.db.query('SELECT status, version FROM recipient_reports WHERE application_id = $1', [id]),
    },
    'appeal preparation (taking the appeal)': {
      prepare: async () => {
        const grant = await notifiedGrant(ctx, s);
        const appeal = (
          await post(grant.member, `/api/applications/${grant.applicationId}/appeals`, {
            grounds: 'Vi mener tiltaket fyller alle vilkårene.',
          }).expect(201)
        ).body;
        const caseworker = await ctx.f.user([Role.Caseworker]);
        await declare(ctx, caseworker, grant.applicationId).expect(201);
        return {
          applicationId: grant.applicationId,
          who: caseworker,
          call: () => post(caseworker, `/api/appeals/${appeal.id}/take`, { version: appeal.version }),
        };
      },
      state: async (id) =>
        ctx.db.query('SELECT status, version, caseworker_id FROM appeals WHERE application_id = $1', [id]),
    },
    'appeal preparation (forwarding an appeal taken before the membership began)': {
      prepare: async () => {
        const grant = await notifiedGrant(ctx, s);
        const appeal = (
          await post(grant.member, `/api/applications/${grant.applicationId}/appeals`, {
            grounds: 'Vi mener tiltaket fyller alle vilkårene.',
          }).expect(201)
        ).body;
        const caseworker = await ctx.f.user([Role.Caseworker]);
        await declare(ctx, caseworker, grant.applicationId).expect(201);
        const taken = (
          await post(caseworker, `/api/appeals/${appeal.id}/take`, { version: appeal.version }).expect(200)
        ).body;
        return {
          applicationId: grant.applicationId,
          who: caseworker,
          call: () =>
            post(caseworker, `/api/appeals/${appeal.id}/forwarding`, {
              version: taken.version,
              statement: 'Sfk opprettholder vedtaket.',
            }),
        };
      },
      state: async (id) =>
        ctx.db.query('SELECT status, version, caseworker_id FROM appeals WHERE application_id = $1', [id]),
    },
    'change-request handling': {
      prepare: async () => {
        const grant = await acceptedGrant(ctx, s, { amountOre: 1_000_000 });
        const asked = await post(grant.member, `/api/applications/${grant.applicationId}/change-requests`, {
          reason: 'Vi trenger mer tid.',
          kind: 'content',
          content: 'Vi legger til et kveldstilbud.',
        }).expect(201);
        const caseworker = await ctx.f.user([Role.Caseworker]);
        await declare(ctx, caseworker, grant.applicationId).expect(201);
        return {
          applicationId: grant.applicationId,
          who: caseworker,
          call: () =>
            post(caseworker, `/api/change-requests/${asked.body.id}/handling`, { version: 1, approve: true }),
        };
      },
      state: async (id) =>
        ctx.db.query('SELECT status, version FROM change_requests WHERE application_id = $1', [id]),
    },
    'bank-account verification': {
      prepare: async () => {
        const grant = await acceptedGrant(ctx, s, { amountOre: 1_000_000, verifyAccountBy: null });
        const caseworker = await ctx.f.user([Role.Caseworker]);
        const version = await organisationVersion(ctx, grant.organisationId);
        return {
          applicationId: grant.applicationId,
          who: caseworker,
          call: () =>
            post(caseworker, `/api/organisations/${grant.organisationId}/bank-account/verification`, {
              version,
            }),
        };
      },
      state: async (id) =>
        ctx.db.query(
          `SELECT o.bank_account_verified_by, o.version FROM organisations o
             JOIN applications a ON a.organisation_id = o.id WHERE a.id = $1`,
          [id],
        ),
    },
  };

  describe.each(Object.entries(steps))('%s', (_name, step) => {
    it('is refused (403) to a staff member of the applicant organisation, even one who declared no conflict before joining', async () => {
      const { applicationId, who, call } = await step.prepare();
      const before = await step.state(applicationId);
      await joinApplicant(who, applicationId);
      const res = await call().expect(403);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.detail).toContain(MEMBER_CONFLICT);
      expect(await step.state(applicationId)).toEqual(before);
    });
  });

  it('lets the same step through for a staff user who is not a member (the table above can fail)', async () => {
    // One step from the table, without the membership: proves the refusals come from the membership.
    const { applicationId, call } = await steps.screening.prepare();
    await call().expect(200);
    expect((await applicationState(applicationId)).status).toBe('in_assessment');
  });

  it('refuses a member of the applicant organisation to declare "no conflict", and records their conflict', async () => {
    const app = await submitted(ctx);
    const caseworker = await ctx.f.user([Role.Caseworker]);
    await joinApplicant(caseworker, app.id);
    const impartial = await declare(ctx, caseworker, app.id, false).expect(422);
    expect(impartial.body.errors).toEqual([
      expect.objectContaining({ field: 'hasConflict', rule: 'memberOfApplicant' }),
    ]);
    expect(
      await ctx.db.query('SELECT 1 FROM conflict_declarations WHERE application_id = $1 AND user_id = $2', [
        app.id,
        caseworker.user.id,
      ]),
    ).toEqual([]);
    await declare(ctx, caseworker, app.id, true, 'Medlem av søkerorganisasjonen.').expect(201);
    const screening = await post(caseworker, `/api/applications/${app.id}/screening`, {
      version: 2,
      outcome: 'passed',
    }).expect(403);
    expect(screening.body.detail).toContain('inhabil');
  });

  it('keeps a staff member of the organisation out of Sfk’s working material and the round overview', async () => {
    const app = await assessed(ctx, s);
    const caseworker = await ctx.f.user([Role.Caseworker]);
    await ctx
      .http()
      .get(`/api/applications/${app.id}/assessment`)
      .set('authorization', caseworker.auth)
      .expect(200);
    await joinApplicant(caseworker, app.id);
    for (const path of ['assessment', 'screening-findings']) {
      const res = await ctx
        .http()
        .get(`/api/applications/${app.id}/${path}`)
        .set('authorization', caseworker.auth)
        .expect(403);
      expect(res.body.detail).toContain(MEMBER_CONFLICT);
    }
    const overview = await ctx
      .http()
      .get(`/api/rounds/${app.round.id}/overview`)
      .set('authorization', caseworker.auth)
      .expect(200);
    expect(overview.body.items).toEqual([
      expect.objectContaining({ applicationId: app.id, restricted: true, recommendedAmountOre: null }),
    ]);
  });

  describe('a declared conflict blocks every read of the case', () => {
    let grantId: string;
    let letterId: string;
    let attachmentId: string;
    let appealId: string;
    let appealAttachmentId: string;
    let roundId: string;
    let conflicted: TestUser;
    let free: TestUser;

    beforeAll(async () => {
      const grant = await acceptedGrant(ctx, s, { amountOre: 1_000_000 });
      grantId = grant.applicationId;
      roundId = grant.round.id;
      letterId = (await ctx.app.get(LettersService).renderForTopic('letter.receipt', grantId))!.id;
      [{ id: attachmentId }] = await ctx.db.query(
        'SELECT id FROM application_attachments WHERE application_id = $1 LIMIT 1',
        [grantId],
      );
      appealId = (
        await post(grant.member, `/api/applications/${grantId}/appeals`, {
          grounds: 'Vi ber om et høyere beløp.',
        }).expect(201)
      ).body.id;
      appealAttachmentId = (
        await ctx
          .http()
          .post(`/api/appeals/${appealId}/attachments`)
          .set('authorization', grant.member.auth)
          .attach('file', pdfBytes(), { filename: 'grunnlag.pdf', contentType: 'application/pdf' })
          .expect(201)
      ).body.id;
      await post(grant.member, `/api/applications/${grantId}/change-requests`, {
        reason: 'Vi trenger mer tid.',
        kind: 'content',
        content: 'Vi legger til et kveldstilbud.',
      }).expect(201);
      await submitReport(ctx, grant, 1_000_000);
      conflicted = await ctx.f.user([Role.Caseworker]);
      free = await ctx.f.user([Role.Caseworker]);
      await declare(ctx, conflicted, grantId, true, 'Nær venn av daglig leder.').expect(201);
    });

    const reads = (): [string, () => string][] => [
      ['the application', () => `/api/applications/${grantId}`],
      ['its attachment', () => `/api/applications/${grantId}/attachments/${attachmentId}`],
      ['its letters', () => `/api/applications/${grantId}/letters`],
      ['a letter’s PDF', () => `/api/letters/${letterId}/pdf`],
      ['its appeals', () => `/api/applications/${grantId}/appeals`],
      ['an appeal', () => `/api/appeals/${appealId}`],
      ['an appeal’s attachments', () => `/api/appeals/${appealId}/attachments`],
      ['an appeal attachment', () => `/api/appeals/${appealId}/attachments/${appealAttachmentId}`],
      ['its change requests', () => `/api/applications/${grantId}/change-requests`],
      ['its decisions', () => `/api/applications/${grantId}/decisions`],
      ['its assessment', () => `/api/applications/${grantId}/assessment`],
      ['its screening findings', () => `/api/applications/${grantId}/screening-findings`],
      ['its case history', () => `/api/applications/${grantId}/history`],
      ['its disbursements', () => `/api/applications/${grantId}/disbursements`],
      ['its report', () => `/api/applications/${grantId}/report`],
      ['its repayment claims', () => `/api/applications/${grantId}/repayment-claims`],
    ];

    it.each(reads())('%s: 403 for the conflicted caseworker, 200 for another', async (_what, path) => {
      const refused = await ctx.http().get(path()).set('authorization', conflicted.auth).expect(403);
      expect(refused.body.detail).toContain('inhabil');
      await ctx.http().get(path()).set('authorization', free.auth).expect(200);
    });

    it('the round overview shows the conflicted caseworker the row without its content, and sums without it', async () => {
      const mine = await ctx
        .http()
        .get(`/api/rounds/${roundId}/overview`)
        .set('authorization', conflicted.auth)
        .expect(200);
      const theirs = await ctx
        .http()
        .get(`/api/rounds/${roundId}/overview`)
        .set('authorization', free.auth)
        .expect(200);
      expect(theirs.body.items).toEqual([
        expect.objectContaining({ applicationId: grantId, restricted: false, requestedAmountOre: 1_000_000 }),
      ]);
      expect(mine.body.items).toEqual([
        {
          applicationId: grantId,
          referenceNumber: theirs.body.items[0].referenceNumber,
          organisationName: theirs.body.items[0].organisationName,
          status: theirs.body.items[0].status,
          restricted: true,
          title: null,
          measureCategory: null,
          requestedAmountOre: null,
          weightedScore: null,
          recommendedOutcome: null,
          recommendedAmountOre: null,
          decisionOutcome: null,
          decidedAmountOre: null,
        },
      ]);
      expect(mine.body.totals).toMatchObject({
        applications: 1,
        restricted: 1,
        requestedOre: 0,
        recommendedOre: 0,
      });
      expect(theirs.body.totals).toMatchObject({
        applications: 1,
        restricted: 0,
        requestedOre: 1_000_000,
        recommendedOre: 1_000_000,
      });
      // The frame figures are the round's, whoever looks.
      expect(mine.body.totals.remainingOre).toBe(theirs.body.totals.remainingOre);
    });

    it('leaves the case out of the conflicted caseworker’s report list', async () => {
      const list = (who: TestUser) =>
        ctx.http().get(`/api/reports?roundId=${roundId}`).set('authorization', who.auth).expect(200);
      expect((await list(free)).body.items).toHaveLength(1);
      expect((await list(conflicted)).body.items).toEqual([]);
    });
  });

  it('lists a case to a reader with a declared conflict as restricted: no content, not found or sorted by it', async () => {
    const round = await ctx.f.round();
    const submit = async (content: Record<string, unknown>) => {
      const draft = await completeDraft(ctx, round, undefined, content);
      await ctx
        .http()
        .post(`/api/applications/${draft.id}/submit`)
        .set('authorization', draft.member.auth)
        .send({ version: draft.version })
        .expect(200);
      return draft.id;
    };
    const a = await submit({ title: 'Trygt botilbud for utsatte kvinner', measureCategory: 'a' });
    const b = await submit({ title: 'Ørsmå skritt mot arbeid', measureCategory: 'b' });
    const conflicted = await ctx.f.user([Role.Caseworker]);
    const free = await ctx.f.user([Role.Caseworker]);
    await declare(ctx, conflicted, a, true, 'Søsteren min leder organisasjonen.').expect(201);
    const list = async (who: TestUser, query: string) =>
      (
        await ctx
          .http()
          .get(`/api/applications?roundId=${round.id}&${query}`)
          .set('authorization', who.auth)
          .expect(200)
      ).body;
    const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id);

    const seen = await list(free, 'sort=title');
    expect(ids(seen)).toEqual([a, b]);
    const full = seen.items[0];
    expect(full).toMatchObject({
      restricted: false,
      title: 'Trygt botilbud for utsatte kvinner',
      measureCategory: 'a',
    });
    // The same row as the round overview shows it: who, where, how far — not what or how much.
    const restricted = await list(conflicted, 'sort=title');
    expect(restricted.items[1]).toEqual({
      ...full,
      restricted: true,
      title: null,
      measureCategory: null,
      grantType: null,
      requestedAmountOre: null,
    });
    expect(restricted.total).toBe(2);
    // A sort by title puts it where an empty title goes, last; a search or filter on what it withholds misses it.
    expect(ids(restricted)).toEqual([b, a]);
    expect(ids(await list(free, 'q=botilbud'))).toEqual([a]);
    expect(await list(conflicted, 'q=botilbud')).toMatchObject({ items: [], total: 0 });
    expect(ids(await list(free, 'measureCategory=a'))).toEqual([a]);
    expect(await list(conflicted, 'measureCategory=a')).toMatchObject({ items: [], total: 0 });
    // By its reference number, which the row shows, it is found.
    expect(ids(await list(conflicted, `q=${full.referenceNumber}`))).toEqual([a]);
  });

  it('the organisation’s own members still read their case (the read rule does not shut out the party)', async () => {
    const grant = await acceptedGrant(ctx, s, { amountOre: 1_000_000 });
    for (const path of ['', '/decisions', '/letters', '/disbursements', '/history', '/appeals']) {
      await ctx
        .http()
        .get(`/api/applications/${grant.applicationId}${path}`)
        .set('authorization', grant.member.auth)
        .expect(200);
    }
  });
});
