import { AcceptedGrant } from './payments';
import { TestContext } from './test-app';

/** A complete report's content for the test scheme (indicator people_helped by gender). */
export const COMPLETE_REPORT = {
  goalAchievement: 'Tiltaket nådde målene: flere kvinner fikk trygg bolig og oppfølging.',
  activities: 'Drift av botilbud hele året, ukentlige samtalegrupper og følge til hjelpeapparatet.',
  deviations: 'Ingen avvik.',
  indicators: { people_helped: { female: 14, male: 3, other_or_unknown: 1 } },
  signatory: { name: 'Stine Styreleder', role: 'chair' },
};

/** Starts the grant's report with complete content (the whole grant spent on budget line 0) and submits it. */
export async function submitReport(
  ctx: TestContext,
  grant: AcceptedGrant,
  amountOre: number,
  overrides: Record<string, unknown> = {},
): Promise<void> {
  const saved = await ctx
    .http()
    .put(`/api/applications/${grant.applicationId}/report`)
    .set('authorization', grant.member.auth)
    .send({ ...COMPLETE_REPORT, actuals: [{ line: 0, actualOre: amountOre }], ...overrides })
    .expect(200);
  await ctx
    .http()
    .post(`/api/applications/${grant.applicationId}/report/submit`)
    .set('authorization', grant.member.auth)
    .send({ version: saved.body.version })
    .expect(200);
}
