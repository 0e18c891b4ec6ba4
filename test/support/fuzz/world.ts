import { LettersService, Role, RoundStatus } from '@app/grants';
import { completeDraft, upload } from '../applications';
import { assessed, declare, staff, submitted } from '../case-handling';
import { TestUser } from '../factories';
import { pdfBytes } from '../files';
import { acceptedGrant, attest, disbursementsOf, notifiedGrant, roundOfThisYear } from '../payments';
import { submitReport } from '../reports';
import { TestContext } from '../test-app';

/** Who sends a request: the roles of the system, nobody, or a token that is not one. */
export const ACTORS = [
  'anonymous',
  'forged',
  'applicant',
  'outsider',
  'caseworker',
  'caseworker2',
  'approver',
  'finance',
  'admin',
] as const;
export type ActorName = (typeof ACTORS)[number];

/** What an id in a path or a body names. */
export type IdKind =
  | 'application'
  | 'organisation'
  | 'round'
  | 'scheme'
  | 'user'
  | 'member'
  | 'applicationAttachment'
  | 'appealAttachment'
  | 'appeal'
  | 'changeRequest'
  | 'delivery'
  | 'letter'
  | 'disbursement'
  | 'batch'
  | 'claim'
  | 'decision'
  | 'format';

/**
 * The data the fuzzer aims at: one applicant who signs for organisations with applications in every state
 * (draft, submitted, assessed, notified, accepted with disbursements, with a report, a repayment claim, an
 * appeal and a change request), staff of every role, a payment batch, a letter and a failed delivery. Paths
 * and bodies name these real ids most of the time, so requests get past "not found" into the code behind.
 */
export interface FuzzWorld {
  users: Record<Exclude<ActorName, 'anonymous' | 'forged'>, TestUser>;
  ids: Record<IdKind, string[]>;
  emails: string[];
  measureCategories: string[];
  criteria: string[];
  indicators: string[];
}

export async function buildWorld(ctx: TestContext): Promise<FuzzWorld> {
  const s = await staff(ctx);
  // Prepared none of the decisions: appeals and change requests need a caseworker other than the assessor.
  const caseworker2 = await ctx.f.user([Role.Caseworker]);
  const finance = await ctx.f.user([Role.Finance]);
  const admin = await ctx.f.user([Role.Admin]);
  const applicant = await ctx.f.user();
  const outsider = await ctx.f.user();
  await ctx.f.organisation([outsider]);
  const round = await roundOfThisYear(ctx);
  const laterRound = await ctx.f.round();
  // A round not yet published, and one past its deadline (to publish, close and decide).
  const draftRound = await ctx.f.round({ status: RoundStatus.Draft, publishedAt: null });
  const pastRound = await ctx.f.round({
    opensAt: new Date(Date.now() - 60 * 86_400_000),
    applicationDeadline: new Date(Date.now() - 86_400_000),
  });

  // Each case is built by a member of its own; the applicant joins every organisation at the end (below), before
  // the API has resolved (and cached) who the applicant is.
  const drafts = [await completeDraft(ctx, round), await completeDraft(ctx, laterRound)];
  const submittedApp = await submitted(ctx, round);
  await assessed(ctx, s, round);
  const notified = await notifiedGrant(ctx, s, { round, amountOre: 1_000_000 });
  const accepted = await acceptedGrant(ctx, s, { round, amountOre: 1_000_000 });
  const paid = await acceptedGrant(ctx, s, { round, amountOre: 1_000_000 });
  const reported = await acceptedGrant(ctx, s, { round, amountOre: 1_000_000 });
  const claimed = await acceptedGrant(ctx, s, { round, amountOre: 1_000_000 });
  const post = (who: TestUser, path: string, body: Record<string, unknown>) =>
    ctx.http().post(path).set('authorization', who.auth).send(body);

  // A payment batch with one grant's disbursements in it; the other grants' disbursements stay planned.
  for (const d of await disbursementsOf(ctx, paid.applicationId)) await attest(ctx, finance, d).expect(200);
  await post(finance, '/api/payment-batches', { dueOnOrBefore: '2100-12-31', roundId: round.id }).expect(201);

  // Reports: one submitted and waiting for review, one reviewed with a repayment claim.
  await submitReport(ctx, reported, 1_000_000);
  await submitReport(ctx, claimed, 600_000);
  const [report] = await ctx.db.query('SELECT version FROM recipient_reports WHERE application_id = $1', [
    claimed.applicationId,
  ]);
  await declare(ctx, s.caseworker, claimed.applicationId).expect(201);
  const dueDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await post(s.caseworker, `/api/applications/${claimed.applicationId}/report/review`, {
    version: report.version,
    outcome: 'claim',
    claim: { reason: 'Ubrukte midler.', dueDate },
  }).expect(200);

  // An appeal with an attachment, a change request, and a letter.
  const appeal = (
    await post(notified.member, `/api/applications/${notified.applicationId}/appeals`, {
      grounds: 'Vi ber om et høyere beløp.',
    }).expect(201)
  ).body as { id: string };
  await ctx
    .http()
    .post(`/api/appeals/${appeal.id}/attachments`)
    .set('authorization', notified.member.auth)
    .attach('file', pdfBytes(), { filename: 'grunnlag.pdf', contentType: 'application/pdf' })
    .expect(201);
  await post(accepted.member, `/api/applications/${accepted.applicationId}/change-requests`, {
    reason: 'Vi trenger mer tid.',
    kind: 'content',
    content: 'Vi legger til et kveldstilbud.',
  }).expect(201);
  await ctx.app.get(LettersService).renderForTopic('letter.receipt', submittedApp.id);
  await upload(ctx, drafts[0].member, drafts[0].id, 'other').expect(201);

  // Failed deliveries the admin can retry, and one still pending.
  await ctx.db.query(
    `UPDATE outbox_messages SET failed_at = now(), last_error = 'fuzz: failed for good'
      WHERE id IN (SELECT id FROM outbox_messages ORDER BY id LIMIT 2)`,
  );

  // The one applicant signs for every organisation of the world (not the outsider's).
  const [outsiderOrg] = await ctx.db.query('SELECT organisation_id FROM memberships WHERE user_id = $1', [
    outsider.user.id,
  ]);
  await ctx.db.query(
    `INSERT INTO memberships (user_id, organisation_id, signatory)
     SELECT $1, id, true FROM organisations WHERE id <> $2 ON CONFLICT DO NOTHING`,
    [applicant.user.id, outsiderOrg.organisation_id],
  );
  // Staff have declared themselves impartial on every case, so their requests reach the case handling.
  const applications = await ctx.db.query<{ id: string }[]>('SELECT id FROM applications');
  for (const { id } of applications) {
    for (const who of [s.caseworker, caseworker2, s.approver]) {
      await ctx.db.query(
        `INSERT INTO conflict_declarations (application_id, user_id, has_conflict, declared_at)
         VALUES ($1, $2, false, now()) ON CONFLICT DO NOTHING`,
        [id, who.user.id],
      );
    }
  }

  // Users an admin may change or deactivate without taking the fuzzer's own actors out of play.
  const spare = [await ctx.f.user([Role.Caseworker]), await ctx.f.user(), await ctx.f.user([Role.Finance])];
  const column = async (sql: string): Promise<string[]> =>
    (await ctx.db.query<{ id: string }[]>(sql)).map((r) => String(r.id));
  const members = await column(`SELECT DISTINCT user_id AS id FROM memberships`);
  return {
    users: {
      applicant,
      outsider,
      caseworker: s.caseworker,
      caseworker2,
      approver: s.approver,
      finance,
      admin,
    },
    ids: {
      application: applications.map((a) => a.id),
      organisation: await column('SELECT id FROM organisations'),
      round: [round.id, laterRound.id, draftRound.id, pastRound.id],
      scheme: [round.schemeId, laterRound.schemeId, draftRound.schemeId],
      user: [...spare.map((u) => u.user.id), ...members.filter((id) => id !== applicant.user.id)],
      member: [...members, spare[1].user.id],
      applicationAttachment: await column('SELECT id FROM application_attachments'),
      appealAttachment: await column('SELECT id FROM appeal_attachments'),
      appeal: await column('SELECT id FROM appeals'),
      changeRequest: await column('SELECT id FROM change_requests'),
      delivery: await column('SELECT id FROM outbox_messages ORDER BY failed_at NULLS LAST, id LIMIT 4'),
      letter: await column('SELECT id FROM letters'),
      disbursement: await column('SELECT id FROM disbursements'),
      batch: await column('SELECT id FROM payment_batches'),
      claim: await column('SELECT id FROM repayment_claims'),
      decision: await column('SELECT id FROM decisions'),
      format: ['pain001', 'csv', 'xlsx'],
    },
    emails: [applicant.user.email, outsider.user.email, s.caseworker.user.email, 'ukjent@example.test'],
    measureCategories: ['a', 'b'],
    criteria: ['relevance', 'quality'],
    indicators: ['people_helped'],
  };
}

/** The kind of id a path parameter names, from the path segment before it. */
export function idKindOf(pathTemplate: string, param: string): IdKind | null {
  const segments = pathTemplate.split('/');
  const at = segments.indexOf(`{${param}}`);
  const before = segments[at - 1];
  const kinds: Record<string, IdKind> = {
    applications: 'application',
    organisations: 'organisation',
    rounds: 'round',
    schemes: 'scheme',
    users: 'user',
    members: 'member',
    appeals: 'appeal',
    'change-requests': 'changeRequest',
    deliveries: 'delivery',
    letters: 'letter',
    disbursements: 'disbursement',
    'payment-batches': 'batch',
    'repayment-claims': 'claim',
    files: 'format',
  };
  if (before === 'attachments')
    return segments.includes('appeals') ? 'appealAttachment' : 'applicationAttachment';
  return kinds[before] ?? null;
}
