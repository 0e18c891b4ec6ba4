import { GrantRound } from '@app/grants';
import supertest from 'supertest';
import { TestContext } from './test-app';
import { TestUser } from './factories';
import { pdfBytes } from './files';

/** A complete application body for the test scheme (categories a/b, limits from the factory). */
export function completeContent(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Trygt botilbud for utsatte kvinner',
    measureCategory: 'a',
    grantType: 'project',
    summary: 'Vi gir trygge boliger og tett oppfølging til kvinner som kan være utsatt for menneskehandel.',
    goals: 'Flere kommer seg ut av utnyttelse og får varig bolig.',
    targetGroup: 'Voksne kvinner som er presumptive ofre for menneskehandel.',
    area: 'Oslo og Viken',
    plan: 'Januar: rekruttering. Februar–desember: drift av botilbudet med døgnbemanning.',
    partners: [{ name: 'Samarbeidsforeningen', organisationNumber: null, role: 'Rådgivning' }],
    periodStart: '2027-01-01',
    periodEnd: '2027-12-31',
    expectedResults: 'Tolv kvinner får bolig; åtte går videre til arbeid eller utdanning.',
    budgetLines: [
      { category: 'salaries', description: 'Miljøarbeider 50 %', amountOre: 40_000_000 },
      { category: 'premises', description: 'Husleie', amountOre: 20_000_000 },
    ],
    otherFunding: [{ source: 'Oslo kommune', amountOre: 10_000_000, status: 'applied' }],
    requestedAmountOre: 50_000_000,
    contactPerson: { name: 'Kari Kontakt', email: 'kari@example.test', phone: '+47 900 00 000' },
    signatory: { name: 'Stine Styreleder', role: 'chair' },
    ...overrides,
  };
}

export interface DraftFixture {
  member: TestUser;
  organisationId: string;
  round: GrantRound;
  id: string;
  version: number;
}

export function upload(
  ctx: TestContext,
  member: TestUser,
  applicationId: string,
  kind: string,
  bytes: Buffer = pdfBytes(),
  fileName = `${kind}.pdf`,
  contentType = 'application/pdf',
): supertest.Test {
  return ctx
    .http()
    .post(`/api/applications/${applicationId}/attachments`)
    .set('authorization', member.auth)
    .field('kind', kind)
    .attach('file', bytes, { filename: fileName, contentType });
}

/** A member, their organisation, an open round and a complete draft with the required attachments. */
export async function completeDraft(
  ctx: TestContext,
  round?: GrantRound,
  member?: TestUser,
  content: Record<string, unknown> = {},
): Promise<DraftFixture> {
  member ??= await ctx.f.user();
  const organisation = await ctx.f.organisation([member]);
  round ??= await ctx.f.round();
  const res = await ctx
    .http()
    .post('/api/applications')
    .set('authorization', member.auth)
    .send({ roundId: round.id, organisationId: organisation.id, ...completeContent(content) })
    .expect(201);
  for (const kind of ['statutes', 'budget']) await upload(ctx, member, res.body.id, kind).expect(201);
  return { member, organisationId: organisation.id, round, id: res.body.id, version: res.body.version };
}
