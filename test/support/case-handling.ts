import { GrantRound, Role } from '@app/grants';
import { completeDraft } from './applications';
import { TestUser } from './factories';
import { TestContext } from './test-app';

export const REASONS = {
  rulesApplied: 'Forskrift om tilskudd til tiltak mot menneskehandel og prostitusjon §§ 1–3.',
  factsReliedOn: 'Søknaden beskriver et botilbud for tolv kvinner i Oslo.',
  mainConsiderations:
    'Tiltaket er relevant, men budsjettet til administrasjon er høyt sammenlignet med andre søknader.',
};

export const SCORES = [
  { criterion: 'relevance', score: 5, comment: 'Svært relevant for formålet.' },
  { criterion: 'quality', score: 4, comment: 'God plan, noe uklar framdrift.' },
];

export interface Staff {
  caseworker: TestUser;
  approver: TestUser;
}

export async function staff(ctx: TestContext): Promise<Staff> {
  return { caseworker: await ctx.f.user([Role.Caseworker]), approver: await ctx.f.user([Role.Approver]) };
}

export function declare(
  ctx: TestContext,
  who: TestUser,
  applicationId: string,
  hasConflict = false,
  reason?: string,
) {
  return ctx
    .http()
    .post(`/api/applications/${applicationId}/impartiality`)
    .set('authorization', who.auth)
    .send({ hasConflict, ...(reason ? { reason } : {}) });
}

async function version(ctx: TestContext, id: string): Promise<number> {
  const [row] = await ctx.db.query('SELECT version FROM applications WHERE id = $1', [id]);
  return row.version;
}

/** A submitted application in the round (a new open round if none is given). */
export async function submitted(
  ctx: TestContext,
  round?: GrantRound,
): Promise<{ id: string; member: TestUser; round: GrantRound }> {
  const draft = await completeDraft(ctx, round);
  await ctx
    .http()
    .post(`/api/applications/${draft.id}/submit`)
    .set('authorization', draft.member.auth)
    .send({ version: draft.version })
    .expect(200);
  return { id: draft.id, member: draft.member, round: draft.round };
}

/** Helpers that read the current version first take the expected status and check it. */
export async function screenPass(ctx: TestContext, caseworker: TestUser, id: string, status?: number) {
  await declare(ctx, caseworker, id).expect(201);
  const request = ctx
    .http()
    .post(`/api/applications/${id}/screening`)
    .set('authorization', caseworker.auth)
    .send({ version: await version(ctx, id), outcome: 'passed' });
  return status ? request.expect(status) : request;
}

export async function assess(
  ctx: TestContext,
  caseworker: TestUser,
  id: string,
  body: Record<string, unknown>,
  status?: number,
) {
  const request = ctx
    .http()
    .post(`/api/applications/${id}/assessment`)
    .set('authorization', caseworker.auth)
    .send({ version: await version(ctx, id), scores: SCORES, ...body });
  return status ? request.expect(status) : request;
}

/** Submitted, screened and assessed with a full grant of the requested NOK 500 000 (or the amount given). */
export async function assessed(
  ctx: TestContext,
  s: Staff,
  round?: GrantRound,
  recommendation: Record<string, unknown> = {
    recommendedOutcome: 'grant',
    recommendedAmountOre: 50_000_000,
    conditions: ['Rapport innen fristen.'],
  },
) {
  const app = await submitted(ctx, round);
  await screenPass(ctx, s.caseworker, app.id, 200);
  await assess(ctx, s.caseworker, app.id, recommendation, 200);
  return app;
}

export async function approve(
  ctx: TestContext,
  approver: TestUser,
  id: string,
  body: Record<string, unknown> | number = {},
  status?: number,
) {
  if (typeof body === 'number') [body, status] = [{}, body];
  const request = ctx
    .http()
    .post(`/api/applications/${id}/decision`)
    .set('authorization', approver.auth)
    .send({ version: await version(ctx, id), ...body });
  return status ? request.expect(status) : request;
}

/**
 * A round closed after its deadline (the admin's step, set in the database) and then marked decided by an approver
 * through the API: its award list is public from then on.
 */
export async function decideRound(ctx: TestContext, approver: TestUser, roundId: string): Promise<void> {
  await ctx.db.query(`UPDATE grant_rounds SET status = 'closed', closed_at = now() WHERE id = $1`, [roundId]);
  const [{ version }] = await ctx.db.query('SELECT version FROM grant_rounds WHERE id = $1', [roundId]);
  await ctx
    .http()
    .post(`/api/rounds/${roundId}/decide`)
    .set('authorization', approver.auth)
    .send({ version })
    .expect(200);
}
