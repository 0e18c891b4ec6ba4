import { GrantRound, GrantScheme } from '@app/grants';
import { disclosureFailures, seededRandom } from '@app/reporting/statistics/small-cells.testing';
import ExcelJS from 'exceljs';
import type { Response } from 'superagent';
import { declare, staff, Staff } from '../support/case-handling';
import { AcceptedGrant, acceptedGrant } from '../support/payments';
import { submitReport } from '../support/reports';
import { createTestApp, TestContext } from '../support/test-app';

/**
 * Figures about people (report indicators) never let anyone be singled out, in every view and format; figures about
 * organisations and money stay exact. Two recipients report in one round: one report approved, one reviewed with a
 * repayment claim.
 */
const INDICATORS = [
  { code: 'people_helped', name: 'Personer som har fått hjelp', breakdown: 'gender' },
  { code: 'nights', name: 'Overnattinger', breakdown: 'none' },
  { code: 'contacts', name: 'Oppsøkende kontakter', breakdown: 'region' },
  { code: 'age', name: 'Personer etter alder', breakdown: 'age_band' },
  { code: 'gender_age', name: 'Personer etter kjønn og alder', breakdown: 'gender_and_age_band' },
] as const;
const GENDERS = ['female', 'male', 'other_or_unknown'];
const AGE_BANDS = ['under_18', '18_25', '26_35', '36_and_over', 'unknown'];
const CELLS: Record<(typeof INDICATORS)[number]['breakdown'], string[]> = {
  none: ['total'],
  gender: GENDERS,
  age_band: AGE_BANDS,
  gender_and_age_band: GENDERS.flatMap((g) => AGE_BANDS.map((a) => `${g}_${a}`)),
  region: ['ostlandet', 'vestlandet', 'sorlandet', 'trondelag', 'nord_norge', 'unknown'],
};

type Figures = Record<string, Record<string, number>>;
type Published = { code: string; reports: number; cells: { cell: string; value: unknown }[]; total: unknown };

/** Every indicator with the same figure in every cell. */
function uniform(value: number): Figures {
  return Object.fromEntries(
    INDICATORS.map((i) => [i.code, Object.fromEntries(CELLS[i.breakdown].map((c) => [c, value]))]),
  );
}

/** The raw bytes of a response, BOM and all. */
function binary(res: Response, cb: (error: Error | null, body: Buffer) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => cb(null, Buffer.concat(chunks)));
}

describe('statistics: figures about people never identify anyone', () => {
  let ctx: TestContext;
  let s: Staff;
  let scheme: GrantScheme;
  let round: GrantRound;
  let approved: AcceptedGrant;
  let claimed: AcceptedGrant;

  async function review(grant: AcceptedGrant, body: Record<string, unknown>) {
    const [report] = await ctx.db.query('SELECT version FROM recipient_reports WHERE application_id = $1', [
      grant.applicationId,
    ]);
    await declare(ctx, s.caseworker, grant.applicationId).expect(201);
    await ctx
      .http()
      .post(`/api/applications/${grant.applicationId}/report/review`)
      .set('authorization', s.caseworker.auth)
      .send({ version: report.version, ...body })
      .expect(200);
  }

  beforeAll(async () => {
    ctx = await createTestApp();
    s = await staff(ctx);
    scheme = await ctx.f.scheme({ reportIndicators: INDICATORS.map((i) => ({ ...i })) });
    round = await ctx.f.round({ schemeId: scheme.id });
    approved = await acceptedGrant(ctx, s, { round, amountOre: 1_000_000 });
    claimed = await acceptedGrant(ctx, s, { round, amountOre: 2_000_000 });
    await submitReport(ctx, approved, 1_000_000, { indicators: uniform(20) });
    await submitReport(ctx, claimed, 1_500_000, { indicators: uniform(30) });
    await review(approved, { outcome: 'approve' });
    const dueDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await review(claimed, { outcome: 'claim', claim: { reason: 'Ubrukte midler.', dueDate } });
  });
  afterAll(() => ctx.close());

  const get = (path: string) => ctx.http().get(path).set('authorization', s.caseworker.auth).expect(200);
  const file = async (path: string) => (await get(path).buffer(true).parse(binary)).body as Buffer;

  it('counts every reviewed report in the indicators, including one that ended in a repayment claim', async () => {
    const stats = (await get(`/api/statistics/rounds/${round.id}`)).body;
    const people = stats.indicators.find((i: Published) => i.code === 'people_helped');
    expect(people).toEqual({
      code: 'people_helped',
      name: 'Personer som har fått hjelp',
      reports: 2,
      cells: GENDERS.map((cell) => ({ cell, value: 50 })),
      total: 150,
    });
  });

  it('keeps figures about applications and money exact, however small the group', async () => {
    const stats = (await get(`/api/statistics/rounds/${round.id}`)).body;
    expect(stats.totals).toMatchObject({ applications: 2, grantedInFull: 2, grantedOre: 3_000_000 });
    const [year] = (await get(`/api/statistics/years?schemeId=${scheme.id}`)).body;
    expect(year).toMatchObject({ roundId: round.id, applications: 2, appliedOre: 3_000_000 });
  });

  it('suppresses figures about people alike in the round, year and scheme views and in JSON, CSV and XLSX, so that no suppressed figure can be worked out (random data)', async () => {
    const random = seededRandom(13_2026);
    const failures: string[] = [];
    const symbols = new Set<unknown>();
    for (let n = 0; n < 16; n++) {
      // Random figures for both reports: many zeros and small cells, some large ones.
      const draw = () => {
        const r = random();
        return r < 0.3 ? 0 : r < 0.75 ? 1 + Math.floor(random() * 4) : 4 + Math.floor(random() * 20);
      };
      const reports = [approved, claimed].map(() =>
        Object.fromEntries(
          INDICATORS.map((i) => [i.code, Object.fromEntries(CELLS[i.breakdown].map((c) => [c, draw()]))]),
        ),
      );
      for (const [k, grant] of [approved, claimed].entries()) {
        await ctx.db.query('UPDATE recipient_reports SET indicators = $2 WHERE application_id = $1', [
          grant.applicationId,
          JSON.stringify(reports[k]),
        ]);
      }
      const roundView: Published[] = (await get(`/api/statistics/rounds/${round.id}`)).body.indicators;
      for (const indicator of INDICATORS) {
        const truth = CELLS[indicator.breakdown].map(
          (c) => reports[0][indicator.code][c] + reports[1][indicator.code][c],
        );
        const shown = roundView.find((i) => i.code === indicator.code)!;
        expect(shown.cells.map((c) => c.cell)).toEqual(CELLS[indicator.breakdown]);
        const table = {
          cells: shown.cells.map((c) => c.value as number | string),
          total: shown.total as number | string,
        };
        failures.push(...disclosureFailures(truth, table, 5).map((f) => `${indicator.code}: ${f}`));
        [...table.cells, table.total].filter((v) => typeof v === 'string').forEach((v) => symbols.add(v));
      }

      // The yearly and the scheme view show exactly the same figures: nothing to subtract one from the other.
      const schemeView = (await get(`/api/statistics/years?schemeId=${scheme.id}`)).body;
      expect(schemeView.find((y: { roundId: string }) => y.roundId === round.id).indicators).toEqual(
        roundView,
      );
      const yearView = (await get('/api/statistics/years')).body;
      expect(yearView.find((y: { roundId: string }) => y.roundId === round.id).indicators).toEqual(roundView);

      if (n % 4 === 0) {
        // CSV and XLSX carry the same symbols and numbers as the JSON, row for row.
        const expected = roundView.flatMap((i) => [
          ...i.cells.map((c) => [c.cell, String(c.value)]),
          ['totalt', String(i.total)],
        ]);
        for (const path of [
          `/api/statistics/rounds/${round.id}`,
          `/api/statistics/years?schemeId=${scheme.id}`,
        ]) {
          const csv = (await file(`${path}${path.includes('?') ? '&' : '?'}format=csv`)).toString('utf8');
          const lines = csv.slice(1).split('\r\n');
          const header = lines.findIndex((l) => l.startsWith('Ordning;År;Indikator;Fordeling;Antall'));
          expect(header).toBeGreaterThan(0);
          const rows = lines
            .slice(header + 1)
            .filter((l) => l !== '')
            .map((l) => l.split(';').slice(3));
          expect(rows).toEqual(expected);

          const workbook = new ExcelJS.Workbook();
          await workbook.xlsx.load(
            (await file(`${path}${path.includes('?') ? '&' : '?'}format=xlsx`)) as unknown as ArrayBuffer,
          );
          const sheet: unknown[][] = [];
          workbook
            .getWorksheet('Indikatorer')!
            .eachRow((row) => sheet.push((row.values as unknown[]).slice(4)));
          const xRows = sheet.slice(sheet.findIndex((r) => r[1] === 'Antall') + 1).map((r) => r.map(String));
          expect(xRows).toEqual(expected);
        }
      }
    }
    expect(failures).toEqual([]);
    expect([...symbols].sort()).toEqual([':', '≤5']); // both kinds of suppression were exercised
  });
});
