import { Membership, Role, RoundStatus } from '@app/grants';
import { createHash } from 'node:crypto';
import supertest from 'supertest';
import { createOpenApiDocument } from '../../apps/api/src/app.factory';
import { declare, REASONS, SCORES, staff } from '../support/case-handling';
import { randomOrganisationNumber, TEST_PASSWORD, TestUser } from '../support/factories';
import { pdfBytes } from '../support/files';
import { acceptedGrant, attest, disbursementsOf, osloToday, roundOfThisYear } from '../support/payments';
import { COMPLETE_REPORT } from '../support/reports';
import { createTestApp, TestContext } from '../support/test-app';

/**
 * Every operation of the API × every kind of caller, against one real case that has everything (attachments,
 * decision, letter, acceptance, disbursements in a payment batch with its files, report with auditor statement,
 * repayment claim, appeal with a file, change request). The operations come from the app's own OpenAPI document,
 * so a new endpoint without a row here fails the suite until someone decides who may call it.
 *
 * The expectations are derived from the need-to-know table in docs/decisions.md ("Security: need to know, per
 * role"), copied below as NEED_TO_KNOW, not from the code under test.
 *
 * Expected classes:
 * - 'ok': passed every access check. Reads answer 2xx. Writes answer 2xx, or 409 when they are sent with a stale
 *   version or meet a state that refuses them — services check access before version and state, so a 409 proves
 *   the caller got past access without changing anything.
 * - 401: no token. 403: the caller knows the resource exists (a role guard, or a case they read but may not use
 *   this way). 'hidden': 404, or for a top-level list, 2xx without the case in it (outsiders, the admin).
 *
 * Every answer is also checked for its Cache-Control: `no-store` for everything a token was sent with, and for
 * everything else but the public pages of calls and award lists, which may be cached for a minute.
 */

const CALLERS = [
  'anonymous',
  'signatory', // member and signatory of the case's organisation
  'member', // member of the case's organisation, without signing rights
  'outsider', // applicant, signatory of another organisation
  'caseworker',
  'approver',
  'finance',
  'admin',
] as const;
type Caller = (typeof CALLERS)[number];
type StaffRole = 'caseworker' | 'approver' | 'finance' | 'admin';
type Outcome = 'ok' | 401 | 403 | 'hidden';
type Expectation = Record<Caller, Outcome>;

/** Parts of a case and the Sfk roles that read them; members of the organisation read them all as the party. */
const NEED_TO_KNOW = {
  /** The application: list row, detail, case history. */
  application: ['caseworker', 'approver', 'finance'],
  /** The organisation's files: application attachments. */
  attachments: ['caseworker', 'approver'],
  /** Decisions and the letters that carry them. */
  decisions: ['caseworker', 'approver', 'finance'],
  /** The grant's disbursements and repayment claims. */
  payments: ['caseworker', 'approver', 'finance'],
  /** The recipient's report and auditor statement. */
  reports: ['caseworker', 'approver'],
  appeals: ['caseworker', 'approver'],
  changeRequests: ['caseworker', 'approver'],
} satisfies Record<string, StaffRole[]>;
type CasePart = keyof typeof NEED_TO_KNOW;

const PARTY: Caller[] = ['signatory', 'member'];
const CASE_READERS: Caller[] = ['caseworker', 'approver', 'finance'];
const STAFF: StaffRole[] = ['caseworker', 'approver', 'finance', 'admin'];

function expectation(decide: (who: Exclude<Caller, 'anonymous'>) => Outcome, anonymous: Outcome = 401) {
  const out = { anonymous } as Expectation;
  for (const who of CALLERS) if (who !== 'anonymous') out[who] = decide(who);
  return out;
}
/** No login needed. */
const open = expectation(() => 'ok', 'ok');
/** Any logged-in user, for their own things. */
const loggedIn = expectation(() => 'ok');
/** A role guard: these roles ('applicant' = every NGO user), everyone else logged in 403. */
const roles = (...allowed: (StaffRole | 'applicant')[]) =>
  expectation((who) => {
    const role = PARTY.includes(who) || who === 'outsider' ? 'applicant' : who;
    return allowed.includes(role as StaffRole) ? 'ok' : 403;
  });
/** A read of part of a case: the party and the part's staff readers; other staff who read the case 403. */
const caseRead = (part: CasePart) =>
  expectation((who) => {
    if (PARTY.includes(who) || (NEED_TO_KNOW[part] as Caller[]).includes(who)) return 'ok';
    return CASE_READERS.includes(who) ? 403 : 'hidden';
  });
/** The organisation acts on its case (any member); staff who read the case 403, others see nothing. */
const partyWrite = expectation((who) =>
  PARTY.includes(who) ? 'ok' : CASE_READERS.includes(who) ? 403 : 'hidden',
);
/** Only a signatory acts for the organisation. */
const signatoryWrite = { ...partyWrite, member: 403 } satisfies Expectation;

const STALE = 99_999;
const PASSWORD = 'et langt nok passord';
const json = (body: Record<string, unknown>) => () => body;
/** A well-formed link token (43 base64url characters) that no e-mail ever carried. */
const UNKNOWN_LINK = 'ukjent-lenke'.padEnd(43, 'x');

interface Fixtures {
  [name: string]: string;
}
/** What a body needs at the moment it is sent: the current version of a row. */
interface Current {
  version: (table: string, id: string) => Promise<number>;
}
interface Options {
  /** The request body (writes), from the fixtures. Multipart: a PDF is sent as `file`, with these fields. */
  body?: (fx: Fixtures, now: Current) => Record<string, unknown> | Promise<Record<string, unknown>>;
  multipart?: boolean;
  query?: string;
  /** Path parameters by fixture name, where the default (by collection) does not fit. */
  params?: Record<string, string>;
  /**
   * The body is refused on purpose by a rule (422: an unknown link token, a wrong current password), and the
   * endpoint has no access check beyond its guard, so a 422 proves the caller got past it without changing anything.
   */
  refusedByRule?: boolean;
}
type Row = Expectation | [Expectation, Options];

/**
 * One row per operation, keyed as the OpenAPI document names it. Adding an endpoint: add its line here.
 * Defaults: `{id}` is the fixture of the collection before it (applications/{id} → the case), `{attachmentId}` the
 * file of that collection, `{userId}` the signatory, `{format}` pain001.
 */
// prettier-ignore
const MATRIX: Record<string, Row> = {
  // Public and account
  'GET /api/health': open,
  'GET /api/public/rounds': open,
  'GET /api/public/rounds/{id}': open,
  'GET /api/public/rounds/{id}/awards': [open, { params: { id: 'decidedRound' } }],
  'GET /api/public/award-lists': open,
  'POST /api/auth/login': [open, { body: (fx) => ({ email: fx.signatoryEmail, password: TEST_PASSWORD }) }],
  'POST /api/auth/register': [open, { body: () => ({ email: email(), name: 'Ny Bruker', password: PASSWORD }) }],
  'POST /api/auth/register/confirm': [open, { body: json({ token: UNKNOWN_LINK }), refusedByRule: true }],
  'POST /api/auth/password-reset': [open, { body: () => ({ email: email() }) }],
  'POST /api/auth/password-reset/confirm': [open, { body: json({ token: UNKNOWN_LINK, newPassword: PASSWORD }), refusedByRule: true }],
  'POST /api/me/password': [loggedIn, { body: json({ currentPassword: 'ikke det riktige passordet', newPassword: PASSWORD }), refusedByRule: true }],
  'GET /api/me': loggedIn,
  // Browser sessions: a login for anyone; the session itself is read and ended by its cookie only, never a bearer
  // token (these callers send none: GET answers 401, DELETE ends nothing and answers 204). session.e2e-spec.ts.
  'POST /api/session': [open, { body: (fx) => ({ email: fx.signatoryEmail, password: TEST_PASSWORD }) }],
  'GET /api/session': expectation(() => 401),
  'DELETE /api/session': open,

  // System administration
  'GET /api/admin/users': roles('admin'),
  'POST /api/admin/users': [roles('admin'), { body: () => ({ email: email(), name: 'Ny', password: PASSWORD, roles: ['caseworker'] }) }],
  'GET /api/admin/users/{id}': roles('admin'),
  'PATCH /api/admin/users/{id}': [roles('admin'), { body: json({ version: STALE, name: 'Nytt Navn' }) }],
  'GET /api/admin/audit-events': roles('admin'),
  'GET /api/admin/audit-events/verify': roles('admin'),
  'GET /api/admin/jobs': roles('admin'),
  'GET /api/admin/deliveries/failed': roles('admin'),
  'POST /api/admin/deliveries/{id}/retry': roles('admin'),

  // Organisations: the members keep the profile, Sfk staff read every organisation (master data, bank account)
  'POST /api/organisations': [roles('applicant'), { body: (fx) => ({ ...JSON.parse(fx.organisationInput), organisationNumber: randomOrganisationNumber() }) }],
  'GET /api/organisations': { ...loggedIn, outsider: 'hidden' },
  'GET /api/organisations/{id}': { ...loggedIn, outsider: 'hidden' },
  'PATCH /api/organisations/{id}': [{ ...roles('applicant'), outsider: 'hidden' }, { body: json({ version: STALE, phone: null }) }],
  'GET /api/organisations/{id}/members': { ...loggedIn, outsider: 'hidden' },
  // Signing rights: a signatory, or Sfk's admin for an organisation left without one. `{userId}`: the last signatory.
  'POST /api/organisations/{id}/members': [{ ...signatoryWrite, finance: 403, admin: 'ok' }, { body: (fx) => ({ email: fx.memberEmail }) }],
  'PATCH /api/organisations/{id}/members/{userId}': [{ ...signatoryWrite, finance: 403, admin: 'ok' }, { body: json({ signatory: false }) }],
  'DELETE /api/organisations/{id}/members/{userId}': { ...signatoryWrite, finance: 403, admin: 'ok' },
  'PATCH /api/organisations/{id}/register-flags': [roles('caseworker', 'admin'), { body: json({ version: STALE, bankrupt: false }) }],
  'POST /api/organisations/{id}/bank-account/verification': [roles('caseworker', 'finance', 'admin'), { body: json({ version: STALE }) }],

  // Schemes and rounds: Sfk staff read, the admin configures
  'GET /api/schemes': roles(...STAFF),
  'POST /api/schemes': [roles('admin'), { body: (fx) => JSON.parse(fx.schemeInput) }],
  'GET /api/schemes/{id}': roles(...STAFF),
  'PATCH /api/schemes/{id}': [roles('admin'), { body: json({ version: STALE, name: 'Nytt navn' }) }],
  'GET /api/rounds': roles(...STAFF),
  'POST /api/rounds': [roles('admin'), { body: (fx) => ({ schemeId: fx.scheme, year: 2098, budgetFrameOre: 100, opensAt: '2097-10-15T00:00:00' }) }],
  'GET /api/rounds/{id}': roles(...STAFF),
  'PATCH /api/rounds/{id}': [roles('admin'), { body: json({ version: STALE, title: 'Ny tittel' }) }],
  'POST /api/rounds/{id}/publish': [roles('admin'), { body: json({ version: STALE }) }],
  'POST /api/rounds/{id}/close': [roles('admin'), { body: json({ version: STALE }) }],
  'POST /api/rounds/{id}/decide': [roles('approver', 'admin'), { body: json({ version: STALE }) }],
  'POST /api/rounds/{id}/approvals': [roles('approver'), { body: (fx) => ({ items: [{ applicationId: fx.application, version: STALE }] }) }],
  'GET /api/rounds/{id}/overview': roles('caseworker', 'approver'),
  'POST /api/rounds/{id}/lift-budget-reservation': [roles('admin'), { body: json({ version: STALE }) }],

  // Applications
  'POST /api/applications': [{ ...roles('applicant'), outsider: 'hidden' }, { body: (fx) => ({ roundId: fx.round, organisationId: fx.organisation }) }],
  'GET /api/applications': caseRead('application'),
  'GET /api/applications/{id}': caseRead('application'),
  'PATCH /api/applications/{id}': [partyWrite, { body: json({ version: STALE, title: 'Ny tittel' }) }],
  'POST /api/applications/{id}/submit': [partyWrite, { body: json({ version: STALE }) }],
  'POST /api/applications/{id}/withdraw': [partyWrite, { body: json({ version: STALE, reason: 'Vi trekker søknaden.' }) }],
  'POST /api/applications/{id}/attachments': [partyWrite, { multipart: true, body: json({ kind: 'other' }) }],
  'GET /api/applications/{id}/attachments/{attachmentId}': caseRead('attachments'),
  'DELETE /api/applications/{id}/attachments/{attachmentId}': partyWrite,
  // The exemption from public access is Sfk's decision (a caseworker's), the organisation's only while it drafts.
  'PATCH /api/applications/{id}/attachments/{attachmentId}': [{ ...partyWrite, caseworker: 'ok' }, { body: json({ exemptFromPublic: false }) }],
  'GET /api/applications/{id}/history': caseRead('application'),

  // Case handling. Acceptance at the current version: answered already (409), and signing rights are checked first.
  'POST /api/applications/{id}/acceptance': [signatoryWrite, { body: async (fx, now) => ({ version: await now.version('applications', fx.application), accept: true }) }],
  'POST /api/applications/{id}/impartiality': [roles('caseworker', 'approver', 'finance'), { body: json({ hasConflict: false }) }],
  'GET /api/applications/{id}/screening-findings': roles('caseworker'),
  'POST /api/applications/{id}/screening': [roles('caseworker'), { body: json({ version: STALE, outcome: 'passed' }) }],
  'POST /api/applications/{id}/assessment': [roles('caseworker'), { body: json({ version: STALE, scores: SCORES, recommendedOutcome: 'grant', recommendedAmountOre: 100 }) }],
  'GET /api/applications/{id}/assessment': roles('caseworker', 'approver'),
  'POST /api/applications/{id}/decision': [roles('approver'), { body: json({ version: STALE }) }],
  'GET /api/applications/{id}/decisions': caseRead('decisions'),

  // Letters: the decisions as sent
  'GET /api/applications/{id}/letters': caseRead('decisions'),
  'GET /api/letters/{id}/pdf': caseRead('decisions'),

  // Appeals
  'POST /api/applications/{id}/appeals': [partyWrite, { body: json({ grounds: 'Vi er uenige i vurderingen.' }) }],
  'GET /api/applications/{id}/appeals': caseRead('appeals'),
  'GET /api/appeals/{id}': caseRead('appeals'),
  'POST /api/appeals/{id}/attachments': [partyWrite, { multipart: true }],
  'GET /api/appeals/{id}/attachments': caseRead('appeals'),
  'GET /api/appeals/{id}/attachments/{attachmentId}': caseRead('appeals'),
  'POST /api/appeals/{id}/take': [roles('caseworker'), { body: json({ version: STALE }) }],
  'POST /api/appeals/{id}/lateness': [roles('caseworker'), { body: json({ version: STALE, consider: true, reason: 'Grunn.' }) }],
  'POST /api/appeals/{id}/new-decision-proposal': [roles('caseworker'), { body: json({ version: STALE, amountOre: 100, reasons: REASONS }) }],
  'POST /api/appeals/{id}/new-decision': [roles('approver'), { body: json({ version: STALE }) }],
  'POST /api/appeals/{id}/forwarding': [roles('caseworker'), { body: json({ version: STALE, statement: 'Vi opprettholder vedtaket.' }) }],
  'POST /api/appeals/{id}/appeal-body-outcome': [roles('caseworker'), { body: json({ version: STALE, outcome: 'upheld', decidedOn: '2026-01-01' }) }],

  // Change requests
  'POST /api/applications/{id}/change-requests': [partyWrite, { body: json({ kind: 'content', reason: 'Endret behov.', content: 'Et kveldstilbud.' }) }],
  'GET /api/applications/{id}/change-requests': caseRead('changeRequests'),
  'POST /api/change-requests/{id}/handling': [roles('caseworker'), { body: json({ version: STALE, approve: true }) }],
  'POST /api/change-requests/{id}/new-decision': [roles('approver'), { body: json({ version: STALE }) }],

  // Payments: finance pays; an approver makes the extra control of large disbursements; the admin sees no money.
  'GET /api/applications/{id}/disbursements': caseRead('payments'),
  'GET /api/disbursements': roles('finance', 'approver'),
  'GET /api/disbursements/{id}': roles('finance', 'approver'),
  'POST /api/disbursements/{id}/attestation': [roles('finance'), { body: json({ version: STALE }) }],
  'POST /api/disbursements/{id}/extra-control': [roles('finance', 'approver'), { body: json({ version: STALE }) }],
  'POST /api/disbursements/{id}/paid': [roles('finance'), { body: json({ version: STALE, paidOn: '2026-01-01' }) }],
  'POST /api/payment-batches': [roles('finance'), { body: () => ({ dueOnOrBefore: osloToday() }) }],
  'GET /api/payment-batches': roles('finance'),
  'GET /api/payment-batches/{id}': roles('finance'),
  'GET /api/payment-batches/{id}/items': roles('finance'),
  'GET /api/payment-batches/{id}/files/{format}': roles('finance'),
  'POST /api/payment-batches/{id}/cancellation': [roles('finance'), { body: json({ version: STALE, reason: 'Feil.' }) }],
  'POST /api/payment-batches/{id}/paid': [roles('finance'), { body: json({ version: STALE, paidOn: '2026-01-01' }) }],
  'GET /api/budget-ledger': [roles('finance', 'approver', 'admin'), { query: 'year=2027' }],

  // Statistics: figures, not cases (figures about people suppressed)
  'GET /api/statistics/rounds/{id}': roles(...STAFF),
  'GET /api/statistics/years': roles(...STAFF),

  // Reports and repayment claims
  'GET /api/applications/{id}/report': caseRead('reports'),
  'PUT /api/applications/{id}/report': [partyWrite, { body: json({ version: STALE, deviations: 'Ingen.' }) }],
  'POST /api/applications/{id}/report/auditor-statement': [partyWrite, { multipart: true }],
  'GET /api/applications/{id}/report/auditor-statement': caseRead('reports'),
  'POST /api/applications/{id}/report/submit': [partyWrite, { body: json({ version: STALE }) }],
  'POST /api/applications/{id}/report/review': [roles('caseworker'), { body: json({ version: STALE, outcome: 'approve' }) }],
  'GET /api/reports': roles('caseworker', 'approver'),
  'GET /api/repayment-claims': roles('caseworker', 'approver', 'finance'),
  'POST /api/repayment-claims/{id}/repayments': [roles('finance'), { body: json({ version: STALE, amountOre: 100, receivedOn: '2026-01-01' }) }],
  'GET /api/applications/{id}/repayment-claims': caseRead('payments'),
};

let emails = 0;
function email(): string {
  return `matrise-${process.pid}-${Date.now()}-${emails++}@example.test`;
}

describe('who may call what: every operation × every kind of caller', () => {
  let ctx: TestContext;
  const fx: Fixtures = {};
  const auth = new Map<Caller, string>();
  let operations: string[];

  beforeAll(async () => {
    ctx = await createTestApp();
    const document = createOpenApiDocument(ctx.app);
    operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((m) => ['get', 'put', 'post', 'patch', 'delete'].includes(m))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );

    // The case: granted, accepted and paid through a batch by people other than the callers below.
    const preparers = await staff(ctx);
    const round = await roundOfThisYear(ctx);
    const grant = await acceptedGrant(ctx, preparers, { round, amountOre: 20_000_000 });
    const payer = await ctx.f.user([Role.Finance]);
    const due = (await disbursementsOf(ctx, grant.applicationId))[0];
    await attest(ctx, payer, due).expect(200);
    const batch = await ctx
      .http()
      .post('/api/payment-batches')
      .set('authorization', payer.auth)
      .send({ dueOnOrBefore: osloToday() })
      .expect(201);

    // Another grant's disbursement, attested and waiting for a payment batch (POST /payment-batches).
    const waiting = await acceptedGrant(ctx, preparers, { round, amountOre: 1_000_000 });
    await attest(ctx, payer, (await disbursementsOf(ctx, waiting.applicationId))[0]).expect(200);

    // The report with its auditor statement, reviewed with a repayment claim for the unspent part.
    const member = grant.member;
    const saved = await ctx
      .http()
      .put(`/api/applications/${grant.applicationId}/report`)
      .set('authorization', member.auth)
      .send({ ...COMPLETE_REPORT, actuals: [{ line: 0, actualOre: 15_000_000 }] })
      .expect(200);
    await ctx
      .http()
      .post(`/api/applications/${grant.applicationId}/report/auditor-statement`)
      .set('authorization', member.auth)
      .attach('file', pdfBytes('Revisors uttalelse'), {
        filename: 'revisor.pdf',
        contentType: 'application/pdf',
      })
      .expect(201);
    await ctx
      .http()
      .post(`/api/applications/${grant.applicationId}/report/submit`)
      .set('authorization', member.auth)
      .send({ version: saved.body.version })
      .expect(200);
    const reviewed = await ctx
      .http()
      .post(`/api/applications/${grant.applicationId}/report/review`)
      .set('authorization', preparers.caseworker.auth)
      .send({
        version: saved.body.version + 1,
        outcome: 'claim',
        claim: {
          reason: 'Ubrukte midler.',
          dueDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
        },
      })
      .expect(200);

    // An appeal with a file, and a change request, both open.
    const appeal = await ctx
      .http()
      .post(`/api/applications/${grant.applicationId}/appeals`)
      .set('authorization', member.auth)
      .send({ grounds: 'Vi mener tilskuddet er for lavt.' })
      .expect(201);
    const appealFile = await ctx
      .http()
      .post(`/api/appeals/${appeal.body.id}/attachments`)
      .set('authorization', member.auth)
      .attach('file', pdfBytes('Klagens vedlegg'), { filename: 'klage.pdf', contentType: 'application/pdf' })
      .expect(201);
    const change = await ctx
      .http()
      .post(`/api/applications/${grant.applicationId}/change-requests`)
      .set('authorization', member.auth)
      .send({ kind: 'content', reason: 'Behovet har endret seg.', content: 'Vi legger til et kveldstilbud.' })
      .expect(201);

    // The decision letter as sent (rendering is the worker's part, tested in letters-worker).
    const pdf = pdfBytes('Tilskuddsbrev');
    const [letter] = await ctx.db.query(
      `INSERT INTO letters (subject_id, application_id, decision_id, type, language, template_version, title, pdf,
                            sha256, size_bytes, delivered_at)
       VALUES ($1, $2, $1, 'grant', 'nb', 1, 'Tilskuddsbrev', $3, $4, $5, now()) RETURNING id`,
      [
        grant.decisionId,
        grant.applicationId,
        pdf,
        createHash('sha256').update(pdf).digest('hex'),
        pdf.length,
      ],
    );
    const [outbox] = await ctx.db.query('SELECT id FROM outbox_messages ORDER BY created_at DESC LIMIT 1');
    const [attachment] = await ctx.db.query(
      'SELECT id FROM application_attachments WHERE application_id = $1 LIMIT 1',
      [grant.applicationId],
    );

    // The callers: the organisation's signatory and a plain member, an applicant of another organisation, and
    // Sfk staff who had no part in the case (declared impartial, as anyone handling it must).
    const plainMember = await ctx.f.user();
    await ctx.db
      .getRepository(Membership)
      .insert({ userId: plainMember.user.id, organisationId: grant.organisationId, signatory: false });
    const outsider = await ctx.f.user();
    await ctx.f.organisation([outsider]);
    const callers: Partial<Record<Caller, TestUser>> = {
      signatory: member,
      member: plainMember,
      outsider,
      caseworker: await ctx.f.user([Role.Caseworker]),
      approver: await ctx.f.user([Role.Approver]),
      finance: await ctx.f.user([Role.Finance]),
      admin: await ctx.f.user([Role.Admin]),
    };
    for (const who of ['caseworker', 'approver', 'finance'] as const) {
      await declare(ctx, callers[who]!, grant.applicationId).expect(201);
    }
    for (const [who, user] of Object.entries(callers)) auth.set(who as Caller, user.auth);

    Object.assign(fx, {
      application: grant.applicationId,
      organisation: grant.organisationId,
      round: round.id,
      scheme: round.schemeId,
      decidedRound: (await ctx.f.round({ status: RoundStatus.Decided })).id,
      attachment: attachment.id,
      appeal: appeal.body.id,
      appealAttachment: appealFile.body.id,
      changeRequest: change.body.id,
      claim: reviewed.body.repaymentClaim.id,
      disbursement: due.id,
      batch: batch.body.id,
      letter: letter.id,
      outbox: outbox.id,
      signatoryUser: member.user.id,
      memberUser: plainMember.user.id,
      signatoryEmail: member.user.email,
      memberEmail: plainMember.user.email,
      organisationInput: JSON.stringify(ctx.f.organisationInput()),
      schemeInput: JSON.stringify(ctx.f.schemeInput()),
    });
  }, 120_000);
  afterAll(() => ctx.close());

  /** The fixture each `{param}` stands for, by the collection it follows. */
  const BY_COLLECTION: Record<string, string> = {
    applications: 'application',
    appeals: 'appeal',
    rounds: 'round',
    schemes: 'scheme',
    organisations: 'organisation',
    users: 'memberUser',
    deliveries: 'outbox',
    letters: 'letter',
    disbursements: 'disbursement',
    'payment-batches': 'batch',
    'change-requests': 'changeRequest',
    'repayment-claims': 'claim',
  };
  const current: Current = {
    version: async (table, id) =>
      (await ctx.db.query(`SELECT version FROM ${table} WHERE id = $1`, [id]))[0].version,
  };
  function resolvePath(path: string, params: Record<string, string> = {}): string {
    const segments = path.split('/');
    return segments
      .map((segment, i) => {
        const name = /^\{(\w+)\}$/.exec(segment)?.[1];
        if (!name) return segment;
        if (params[name]) return fx[params[name]];
        if (name === 'id') return fx[BY_COLLECTION[segments[i - 1]]];
        if (name === 'attachmentId')
          return fx[segments[i - 3] === 'appeals' ? 'appealAttachment' : 'attachment'];
        if (name === 'userId') return fx.signatoryUser;
        if (name === 'format') return 'pain001';
        throw new Error(`no fixture for ${segment} in ${path}`);
      })
      .join('/');
  }

  it('has a row for every operation of the OpenAPI document, and none for an operation that does not exist', () => {
    expect(operations.filter((op) => !(op in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((op) => !operations.includes(op))).toEqual([]);
  });

  for (const [operation, row] of Object.entries(MATRIX)) {
    const [expected, options] = Array.isArray(row) ? row : [row, {} as Options];
    const [method, path] = operation.split(' ');
    const isTopLevelList = method === 'GET' && !path.includes('{');
    for (const who of CALLERS) {
      it(`${operation} as ${who} → ${expected[who]}`, async () => {
        const url = resolvePath(path, options.params) + (options.query ? `?${options.query}` : '');
        let request: supertest.Test = ctx
          .http()
          [method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](url);
        if (who !== 'anonymous') request = request.set('authorization', auth.get(who)!);
        const body = await options.body?.(fx, current);
        if (options.multipart) {
          for (const [field, value] of Object.entries(body ?? {}))
            request = request.field(field, String(value));
          request = request.attach('file', pdfBytes(), {
            filename: 'fil.pdf',
            contentType: 'application/pdf',
          });
        } else if (method !== 'GET' && method !== 'DELETE') {
          request = request.send(body ?? {});
        }
        const res = await request;

        const outcome = ((): Outcome | `HTTP ${number}` => {
          if (res.status >= 200 && res.status < 300) {
            // A list answers a caller who may not see the case, but without it.
            const listed =
              isTopLevelList && [fx.application, fx.organisation].some((id) => res.text.includes(id));
            return expected[who] === 'hidden' && isTopLevelList && !listed ? 'hidden' : 'ok';
          }
          if (res.status === 409 && method !== 'GET') return 'ok';
          if (res.status === 422 && options.refusedByRule) return 'ok';
          if (res.status === 404) return 'hidden';
          if (res.status === 401 || res.status === 403) return res.status;
          return `HTTP ${res.status}`;
        })();
        expect({ who, outcome, problem: outcome === expected[who] ? undefined : res.body }).toEqual({
          who,
          outcome: expected[who],
          problem: undefined,
        });
        if (res.status >= 400) expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);

        const publicPage = /^\/api\/public\//.test(path) && method === 'GET';
        const cacheable = who === 'anonymous' && publicPage && res.status === 200;
        expect({ who, cacheControl: res.headers['cache-control'] }).toEqual({
          who,
          cacheControl: cacheable ? 'public, max-age=60' : 'no-store',
        });
      });
    }
  }

  it('lets an admin manage users and roles, audited, but not remove their own admin role', async () => {
    const admin = await ctx.f.user([Role.Admin]);
    const created = await ctx
      .http()
      .post('/api/admin/users')
      .set('authorization', admin.auth)
      .send({
        email: `ny-sb-${Date.now()}@sfk.test`,
        name: 'Ny Saksbehandler',
        password: 'a long enough password',
        roles: ['caseworker'],
      })
      .expect(201);
    const updated = await ctx
      .http()
      .patch(`/api/admin/users/${created.body.id}`)
      .set('authorization', admin.auth)
      .send({ version: 1, roles: ['caseworker', 'approver'] })
      .expect(200);
    expect(updated.body).toMatchObject({ roles: ['caseworker', 'approver'], version: 2 });
    const events = await ctx.f.auditEvents(created.body.id);
    expect(events.map((e) => e.action)).toEqual(['user.created', 'user.updated']);
    expect(events[1]).toMatchObject({
      actor_user_id: admin.user.id,
      before: expect.objectContaining({ roles: ['caseworker'] }),
    });

    // The new role takes effect at once: roles are read from the database on every request.
    const token = ctx.tokens.issue(created.body.id, 1).accessToken;
    await ctx.http().get('/api/rounds').set('authorization', `Bearer ${token}`).expect(200);
    await ctx
      .http()
      .patch(`/api/admin/users/${created.body.id}`)
      .set('authorization', admin.auth)
      .send({ version: 2, active: false })
      .expect(200);
    await ctx.http().get('/api/rounds').set('authorization', `Bearer ${token}`).expect(401);

    const self = await ctx
      .http()
      .patch(`/api/admin/users/${admin.user.id}`)
      .set('authorization', admin.auth)
      .send({ version: admin.user.version, roles: ['caseworker'] })
      .expect(422);
    expect(self.body.errors).toEqual([expect.objectContaining({ field: 'roles', rule: 'selfAdmin' })]);

    const list = await ctx
      .http()
      .get('/api/admin/users?role=caseworker&limit=5')
      .set('authorization', admin.auth)
      .expect(200);
    expect(list.body.limit).toBe(5);
    expect(list.body.items.every((u: { roles: string[] }) => u.roles.includes('caseworker'))).toBe(true);
    expect(list.body.items.every((u: object) => !('passwordHash' in u))).toBe(true);
  });
});
