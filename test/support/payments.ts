import { GrantRound, Role } from '@app/grants';
import { completeDraft } from './applications';
import { approve, assess, declare, screenPass, Staff } from './case-handling';
import { TestUser } from './factories';
import { TestContext } from './test-app';

/** Today's date in Oslo, YYYY-MM-DD (by the real clock). */
export function osloToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
}

/**
 * A round of this year: its grants can be paid today. (Nothing of a later grant year is due before 1 January of
 * that year, and the factory's rounds lie in 2030–2099.)
 */
export function roundOfThisYear(ctx: TestContext, overrides: Partial<GrantRound> = {}): Promise<GrantRound> {
  return ctx.f.round({ year: Number(osloToday().slice(0, 4)), ...overrides });
}

/** A budget line of the application behind a grant (the lines must add up to at least the amount). */
export interface BudgetLineInput {
  category: string;
  description: string;
  amountOre: number;
}

export interface AcceptedGrant {
  applicationId: string;
  decisionId: string;
  organisationId: string;
  member: TestUser;
  round: GrantRound;
}

/**
 * A grant approved through the API and notified (the decision letter reached the organisation).
 * Notification (letter delivery) is the worker's part and tested in letters-worker; here it is set directly.
 * The acceptance deadline lies 60 days out, beyond the moved clock of the letters-worker scan tests, which run
 * in parallel on the same database and would otherwise lapse these grants between notification and acceptance.
 */
export async function notifiedGrant(
  ctx: TestContext,
  s: Staff,
  options: { round?: GrantRound; amountOre?: number; budgetLines?: BudgetLineInput[] } = {},
): Promise<AcceptedGrant> {
  const amountOre = options.amountOre ?? 50_000_000;
  const draft = await completeDraft(ctx, options.round, undefined, {
    requestedAmountOre: amountOre,
    budgetLines: options.budgetLines ?? [{ category: 'salaries', description: 'Miljøarbeidere', amountOre }],
    otherFunding: [],
  });
  await ctx
    .http()
    .post(`/api/applications/${draft.id}/submit`)
    .set('authorization', draft.member.auth)
    .send({ version: draft.version })
    .expect(200);
  await screenPass(ctx, s.caseworker, draft.id, 200);
  await assess(
    ctx,
    s.caseworker,
    draft.id,
    { recommendedOutcome: 'grant', recommendedAmountOre: amountOre, conditions: ['Rapport innen fristen.'] },
    200,
  );
  await declare(ctx, s.approver, draft.id).expect(201);
  await approve(ctx, s.approver, draft.id, 201);
  const [decision] = await ctx.db.query(
    `UPDATE decisions SET notified_at = now(), appeal_deadline = now() + interval '21 days',
            acceptance_deadline = now() + interval '60 days'
      WHERE application_id = $1 RETURNING id`,
    [draft.id],
  );
  await ctx.db.query(`UPDATE applications SET status = 'notified', version = version + 1 WHERE id = $1`, [
    draft.id,
  ]);
  return {
    applicationId: draft.id,
    decisionId: decision[0].id,
    organisationId: draft.organisationId,
    member: draft.member,
    round: draft.round,
  };
}

/** The signatory accepts (or declines) the conditions of a notified grant through the API. */
export async function answerGrant(ctx: TestContext, grant: AcceptedGrant, accept: boolean): Promise<void> {
  await ctx
    .http()
    .post(`/api/applications/${grant.applicationId}/acceptance`)
    .set('authorization', grant.member.auth)
    .send({
      version: await applicationVersion(ctx, grant.applicationId),
      accept,
      ...(accept ? {} : { reason: 'Prosjektet er avlyst.' }),
    })
    .expect(200);
}

/** A notified grant accepted by the signatory, its bank account verified by a caseworker (unless told otherwise). */
export async function acceptedGrant(
  ctx: TestContext,
  s: Staff,
  options: {
    round?: GrantRound;
    amountOre?: number;
    budgetLines?: BudgetLineInput[];
    verifyAccountBy?: TestUser | null;
  } = {},
): Promise<AcceptedGrant> {
  const grant = await notifiedGrant(ctx, s, options);
  await answerGrant(ctx, grant, true);
  const verifier =
    options.verifyAccountBy === undefined ? await ctx.f.user([Role.Caseworker]) : options.verifyAccountBy;
  if (verifier) await verifyAccount(ctx, verifier, grant.organisationId).expect(200);
  return grant;
}

export async function applicationVersion(ctx: TestContext, id: string): Promise<number> {
  const [row] = await ctx.db.query('SELECT version FROM applications WHERE id = $1', [id]);
  return row.version;
}

export async function organisationVersion(ctx: TestContext, id: string): Promise<number> {
  const [row] = await ctx.db.query('SELECT version FROM organisations WHERE id = $1', [id]);
  return row.version;
}

export function verifyAccount(ctx: TestContext, who: TestUser, organisationId: string) {
  return {
    expect: async (status: number) =>
      ctx
        .http()
        .post(`/api/organisations/${organisationId}/bank-account/verification`)
        .set('authorization', who.auth)
        .send({ version: await organisationVersion(ctx, organisationId) })
        .expect(status),
  };
}

export async function disbursementsOf(
  ctx: TestContext,
  applicationId: string,
): Promise<{ id: string; amount_ore: string; status: string; version: number; due_date: string }[]> {
  return ctx.db.query(
    `SELECT id, amount_ore, status, version, to_char(due_date, 'YYYY-MM-DD') AS due_date
       FROM disbursements WHERE application_id = $1 ORDER BY instalment_no`,
    [applicationId],
  );
}

export function attest(ctx: TestContext, who: TestUser, disbursement: { id: string; version: number }) {
  return ctx
    .http()
    .post(`/api/disbursements/${disbursement.id}/attestation`)
    .set('authorization', who.auth)
    .send({ version: disbursement.version });
}
