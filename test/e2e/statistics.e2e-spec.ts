import { GrantRound, Role, RoundStatus } from '@app/grants';
import ExcelJS from 'exceljs';
import type { Response } from 'superagent';
import { completeDraft } from '../support/applications';
import { pdfBytes } from '../support/files';
import { approve, assess, declare, REASONS, screenPass, staff, Staff } from '../support/case-handling';
import { acceptedGrant, applicationVersion } from '../support/payments';
import { COMPLETE_REPORT, submitReport } from '../support/reports';
import { createTestApp, TestContext } from '../support/test-app';

/**
 * Statistics for staff and the public award list, on a round whose figures are computed by hand below:
 *
 *   A  category a, Oslo, association    requested 500 000  granted in full 500 000, accepted
 *   B  category b, Vestland, foundation requested 400 000  granted in part 300 000, notified
 *   C  category a, Vestland, association requested 200 000 rejected
 *   D  category b, Oslo, association    requested 100 000  dismissed at screening
 *   E  category a, Oslo, foundation     requested 250 000  granted in full, declined → lapsed
 *   F  category b, Oslo, association    requested 150 000  submitted, undecided — later withdrawn
 */
/** The raw bytes of a response, BOM and all. */
function binary(res: Response, cb: (error: Error | null, body: Buffer) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => cb(null, Buffer.concat(chunks)));
}

describe('statistics and the public award list', () => {
  let ctx: TestContext;
  let s: Staff;
  let round: GrantRound;
  const ids: Record<string, string> = {};

  async function submittedIn(
    requestedAmountOre: number,
    measureCategory: string,
    county?: string,
    form?: string,
  ) {
    const draft = await completeDraft(ctx, round, undefined, {
      requestedAmountOre,
      measureCategory,
      budgetLines: [{ category: 'salaries', description: 'Lønn', amountOre: requestedAmountOre }],
      otherFunding: [],
    });
    if (county) {
      await ctx.db.query(
        `UPDATE organisations SET municipality_number = '4601', municipality = 'Bergen', county = $2, form = $3 WHERE id = $1`,
        [draft.organisationId, county, form ?? 'association'],
      );
    } else if (form) {
      await ctx.db.query(`UPDATE organisations SET form = $2 WHERE id = $1`, [draft.organisationId, form]);
    }
    await ctx
      .http()
      .post(`/api/applications/${draft.id}/submit`)
      .set('authorization', draft.member.auth)
      .send({ version: draft.version })
      .expect(200);
    return draft;
  }

  async function decide(id: string, recommendation: Record<string, unknown>) {
    await screenPass(ctx, s.caseworker, id, 200);
    await assess(ctx, s.caseworker, id, recommendation, 200);
    await declare(ctx, s.approver, id).expect(201);
    await approve(ctx, s.approver, id, 201);
  }

  async function notify(id: string) {
    await ctx.db.query(
      `UPDATE decisions SET notified_at = now(), acceptance_deadline = now() + interval '60 days' WHERE application_id = $1`,
      [id],
    );
    await ctx.db.query(`UPDATE applications SET status = 'notified', version = version + 1 WHERE id = $1`, [
      id,
    ]);
  }

  beforeAll(async () => {
    ctx = await createTestApp();
    s = await staff(ctx);
    round = await ctx.f.round();
    const a = await acceptedGrant(ctx, s, { round, amountOre: 50_000_000 });
    ids.A = a.applicationId;
    // A's report (with its auditor statement): 14 women, 9 men, 2 other/unknown helped.
    await ctx
      .http()
      .put(`/api/applications/${a.applicationId}/report`)
      .set('authorization', a.member.auth)
      .send({ ...COMPLETE_REPORT, actuals: [{ line: 0, actualOre: 50_000_000 }] })
      .expect(200);
    await ctx
      .http()
      .post(`/api/applications/${a.applicationId}/report/auditor-statement`)
      .set('authorization', a.member.auth)
      .attach('file', pdfBytes(), { filename: 'revisor.pdf', contentType: 'application/pdf' })
      .expect(201);
    await submitReport(ctx, a, 50_000_000, {
      version: 1,
      indicators: { people_helped: { female: 14, male: 9, other_or_unknown: 2 } },
    });
    const b = await submittedIn(40_000_000, 'b', 'Vestland', 'foundation');
    ids.B = b.id;
    ids.Bmember = b.member.auth;
    await decide(b.id, {
      recommendedOutcome: 'partial_grant',
      recommendedAmountOre: 30_000_000,
      reasons: REASONS,
      conditions: ['Rapport innen fristen.'],
    });
    await notify(b.id);
    const c = await submittedIn(20_000_000, 'a', 'Vestland');
    ids.C = c.id;
    await decide(c.id, { recommendedOutcome: 'rejection', recommendedAmountOre: 0, reasons: REASONS });
    await notify(c.id);
    const d = await submittedIn(10_000_000, 'b');
    ids.D = d.id;
    await declare(ctx, s.caseworker, d.id).expect(201);
    await ctx
      .http()
      .post(`/api/applications/${d.id}/screening`)
      .set('authorization', s.caseworker.auth)
      .send({ version: await applicationVersion(ctx, d.id), outcome: 'dismissed', reasons: REASONS })
      .expect(200);
    const e = await submittedIn(25_000_000, 'a', undefined, 'foundation');
    ids.E = e.id;
    await decide(e.id, {
      recommendedOutcome: 'grant',
      recommendedAmountOre: 25_000_000,
      conditions: ['Rapport.'],
    });
    await notify(e.id);
    await ctx
      .http()
      .post(`/api/applications/${e.id}/acceptance`)
      .set('authorization', e.member.auth)
      .send({ version: await applicationVersion(ctx, e.id), accept: false, reason: 'Prosjektet er avlyst.' })
      .expect(200);
    const f = await submittedIn(15_000_000, 'b');
    ids.F = f.id;
    ids.Fmember = f.member.auth;
    // A draft never counts.
    await completeDraft(ctx, round);
  });
  afterAll(() => ctx.close());

  function stats(query = '', who = s.caseworker) {
    return ctx.http().get(`/api/statistics/rounds/${round.id}${query}`).set('authorization', who.auth);
  }

  it('computes the round figures in total and by measure category, county and organisation form', async () => {
    const res = await stats().expect(200);
    expect(res.body.totals).toEqual({
      applications: 6,
      appliedOre: 50_000_000 + 40_000_000 + 20_000_000 + 10_000_000 + 25_000_000 + 15_000_000,
      grantedInFull: 2,
      grantedInPart: 1,
      rejected: 1,
      dismissed: 1,
      undecided: 1,
      lapsed: 1,
      grantedOre: 50_000_000 + 30_000_000,
    });
    const byKey = (groups: { key: string }[]) => Object.fromEntries(groups.map((g) => [g.key, g]));
    const category = byKey(res.body.byMeasureCategory);
    expect(category.a).toMatchObject({
      label: 'a) Botilbud',
      applications: 3,
      appliedOre: 95_000_000,
      grantedInFull: 2,
      rejected: 1,
      lapsed: 1,
      grantedOre: 50_000_000,
    });
    expect(category.b).toMatchObject({
      applications: 3,
      appliedOre: 65_000_000,
      grantedInPart: 1,
      dismissed: 1,
      undecided: 1,
      grantedOre: 30_000_000,
    });
    const county = byKey(res.body.byCounty);
    expect(county.Oslo).toMatchObject({ applications: 4, grantedOre: 50_000_000 });
    expect(county.Vestland).toMatchObject({
      applications: 2,
      grantedInPart: 1,
      rejected: 1,
      grantedOre: 30_000_000,
    });
    const form = byKey(res.body.byOrganisationForm);
    expect(form.foundation).toMatchObject({ label: 'Stiftelse', applications: 2, grantedOre: 30_000_000 });
    expect(form.association).toMatchObject({
      label: 'Forening/lag',
      applications: 4,
      grantedOre: 50_000_000,
    });
  });

  it('gives the same figures as CSV for Norwegian Excel and as XLSX, and only to staff', async () => {
    const csv = await stats('?format=csv').buffer(true).parse(binary).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const text = (csv.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trim().split('\r\n');
    const header = lines.find((l) => l.startsWith('Inndeling;'))!.split(';');
    const total = lines.find((l) => l.startsWith('Totalt;'))!.split(';');
    expect(total[header.indexOf('Søknader')]).toBe('6');
    expect(total[header.indexOf('Omsøkt (kr)')]).toBe('1600000,00');
    expect(total[header.indexOf('Tildelt (kr)')]).toBe('800000,00');

    const xlsx = await stats('?format=xlsx').buffer(true).parse(binary).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const xHeader = rows.find((r) => r[0] === 'Inndeling')!;
    const xTotal = rows.find((r) => r[0] === 'Totalt')!;
    expect(xTotal[xHeader.indexOf('Søknader')]).toBe(6);
    expect(xTotal[xHeader.indexOf('Tildelt (kr)')]).toBe(800_000);

    const applicant = await ctx.f.user();
    await stats('', applicant).expect(403);
    await stats('?format=pdf').expect(400);
  });

  it('sums report indicators across recipients, 1 to 5 people shown as ≤5 and a figure that would give them away withheld, in JSON, CSV and XLSX', async () => {
    const json = await stats().expect(200);
    expect(json.body.indicators).toEqual([
      {
        code: 'people_helped',
        name: 'Personer som har fått hjelp',
        reports: 1,
        cells: [
          { cell: 'female', value: 14 },
          // 25 − 14 − 9 would give the small cell away: the 9 is withheld (more than 5), the total stays.
          { cell: 'male', value: ':' },
          { cell: 'other_or_unknown', value: '≤5' },
        ],
        total: 25,
      },
    ]);
    const csv = ((await stats('?format=csv').buffer(true).parse(binary).expect(200)).body as Buffer).toString(
      'utf8',
    );
    expect(csv).toContain('Personer som har fått hjelp;other_or_unknown;≤5');
    expect(csv).toContain('Personer som har fått hjelp;male;:');
    expect(csv).toContain('Personer som har fått hjelp;totalt;25');
    expect(csv).not.toMatch(/other_or_unknown;2\b/);
    const xlsx = await stats('?format=xlsx').buffer(true).parse(binary).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as ArrayBuffer);
    const sheet = workbook.getWorksheet('Indikatorer')!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const figures = rows.map((r) => r.slice(2));
    expect(figures).toContainEqual(['Personer som har fått hjelp', 'other_or_unknown', '≤5']);
    expect(figures).toContainEqual(['Personer som har fått hjelp', 'male', ':']);
    expect(figures).toContainEqual(['Personer som har fått hjelp', 'female', 14]);
    expect(figures.flat()).not.toContain(2);
    expect(figures.flat()).not.toContain(9);
  });

  it('sums every round per scheme and year', async () => {
    const res = await ctx
      .http()
      .get(`/api/statistics/years?schemeId=${round.schemeId}`)
      .set('authorization', s.approver.auth)
      .expect(200);
    expect(res.body).toEqual([
      expect.objectContaining({
        year: round.year,
        roundId: round.id,
        applications: 6,
        grantedOre: 80_000_000,
      }),
    ]);
  });

  it('publishes the award list once the round is decided: only accepted grants in force, the header first, the scheme by its tilskudd.no id; no rejections, no personal data', async () => {
    await ctx.http().get(`/api/public/rounds/${round.id}/awards`).expect(409);
    await ctx.db.query(`UPDATE grant_rounds SET status = 'closed', closed_at = now() WHERE id = $1`, [
      round.id,
    ]);
    const version = async () =>
      (await ctx.db.query('SELECT version FROM grant_rounds WHERE id = $1', [round.id]))[0].version;
    const early = await ctx
      .http()
      .post(`/api/rounds/${round.id}/decide`)
      .set('authorization', s.approver.auth)
      .send({ version: await version() })
      .expect(409);
    expect(early.body.detail).toContain('mangler vedtak');
    await ctx
      .http()
      .post(`/api/applications/${ids.F}/withdraw`)
      .set('authorization', ids.Fmember)
      .send({ version: await applicationVersion(ctx, ids.F), reason: 'Trekker søknaden.' })
      .expect(200);
    const decided = await ctx
      .http()
      .post(`/api/rounds/${round.id}/decide`)
      .set('authorization', s.approver.auth)
      .send({ version: await version() })
      .expect(200);
    expect(decided.body.status).toBe(RoundStatus.Decided);

    // The scheme's tilskudd.no identifier, set by the admin through the scheme API (the format is checked).
    const admin = await ctx.f.user([Role.Admin]);
    const schemeVersion = async () =>
      (await ctx.db.query('SELECT version FROM grant_schemes WHERE id = $1', [round.schemeId]))[0].version;
    const badId = await ctx
      .http()
      .patch(`/api/schemes/${round.schemeId}`)
      .set('authorization', admin.auth)
      .send({ version: await schemeVersion(), tilskuddNoId: 'dt 44' })
      .expect(400);
    expect(badId.body.errors[0]).toMatchObject({ field: 'tilskuddNoId' });
    const tilskuddNoId = `DT-${String(Date.now()).slice(-8)}`;
    const patched = await ctx
      .http()
      .patch(`/api/schemes/${round.schemeId}`)
      .set('authorization', admin.auth)
      .send({ version: await schemeVersion(), tilskuddNoId })
      .expect(200);
    expect(patched.body.tilskuddNoId).toBe(tilskuddNoId);
    const other = await ctx.f.scheme();
    const taken = await ctx
      .http()
      .patch(`/api/schemes/${other.id}`)
      .set('authorization', admin.auth)
      .send({ version: other.version, tilskuddNoId })
      .expect(409);
    expect(taken.body.errors[0]).toMatchObject({ field: 'tilskuddNoId', rule: 'unique' });

    const names = await ctx.db.query(
      `SELECT a.id, o.name, o.organisation_number FROM applications a JOIN organisations o ON o.id = a.organisation_id
        WHERE a.id = ANY($1)`,
      [[ids.A, ids.B, ids.C, ids.D, ids.E]],
    );
    const nameOf = (id: string) => names.find((n: { id: string }) => n.id === id).name;
    const orgNumberOf = (id: string) => names.find((n: { id: string }) => n.id === id).organisation_number;

    // B's grant is still awaiting acceptance: not published. E declined (lapsed): never published.
    const awaiting = await ctx.http().get(`/api/public/rounds/${round.id}/awards`).expect(200);
    expect(awaiting.body.awards.map((a: { recipient: string }) => a.recipient)).toEqual([nameOf(ids.A)]);
    expect(awaiting.body.totalOre).toBe(50_000_000);
    expect(JSON.stringify(awaiting.body)).not.toContain(nameOf(ids.B));

    // Once B accepts, its grant is in force and listed.
    await ctx
      .http()
      .post(`/api/applications/${ids.B}/acceptance`)
      .set('authorization', ids.Bmember)
      .send({ version: await applicationVersion(ctx, ids.B), accept: true })
      .expect(200);
    const list = await ctx.http().get(`/api/public/rounds/${round.id}/awards`).expect(200);
    expect(list.body.awards.map((a: { recipient: string }) => a.recipient).sort()).toEqual(
      [nameOf(ids.A), nameOf(ids.B)].sort(),
    );
    expect(list.body.totalOre).toBe(80_000_000);
    expect(list.body.tilskuddNoId).toBe(tilskuddNoId);
    for (const award of list.body.awards) {
      expect(Object.keys(award).sort()).toEqual(
        [
          'amountOre',
          'measureCategory',
          'organisationNumber',
          'recipient',
          'schemeCode',
          'schemeName',
          'tilskuddNoId',
          'year',
        ].sort(),
      );
      expect(award.tilskuddNoId).toBe(tilskuddNoId);
    }
    const body = JSON.stringify(list.body);
    for (const hidden of [
      nameOf(ids.C),
      nameOf(ids.D),
      nameOf(ids.E),
      'Kari Kontakt',
      'kari@example.test',
      'Stine',
    ]) {
      expect(body).not.toContain(hidden);
    }

    // CSV and XLSX: the header is the first row, the scheme column carries the tilskudd.no identifier.
    const header = ['År', 'Ordnings-ID', 'Mottaker', 'Organisasjonsnummer', 'Beløp', 'Innsatsområde'];
    const csv = await ctx
      .http()
      .get(`/api/public/rounds/${round.id}/awards?format=csv`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const csvText = (csv.body as Buffer).toString('utf8');
    expect(csvText.startsWith('\uFEFF')).toBe(true);
    const csvLines = csvText.slice(1).split('\r\n');
    expect(csvLines[0]).toBe(header.join(';'));
    expect(csvLines.filter((l) => l.length > 0)).toHaveLength(3);
    expect(csvText).toContain(`${round.year};${tilskuddNoId};`);
    expect(csvText).toContain(';500000,00;');
    expect(csvText).not.toContain(nameOf(ids.C));
    const xlsx = await ctx
      .http()
      .get(`/api/public/rounds/${round.id}/awards?format=xlsx`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const values: unknown[][] = [];
    sheet.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    expect(sheet.getRow(1).values).toEqual([undefined, ...header]);
    expect(values).toHaveLength(3);
    expect(
      values
        .slice(1)
        .map((v) => v[4])
        .sort(),
    ).toEqual([300_000, 500_000]);
    for (const r of [2, 3]) {
      expect(sheet.getCell(r, 2).value).toBe(tilskuddNoId);
      const orgCell = sheet.getCell(r, 4);
      expect({ type: orgCell.type, numFmt: orgCell.numFmt }).toEqual({
        type: ExcelJS.ValueType.String,
        numFmt: '@',
      });
    }
    expect(
      values
        .slice(1)
        .map((v) => v[3])
        .sort(),
    ).toEqual([orgNumberOf(ids.A), orgNumberOf(ids.B)].sort());
  });

  it('keeps a draft round out of sight and refuses staff statistics to outsiders', async () => {
    const draft = await ctx.f.round({ status: RoundStatus.Draft, publishedAt: null });
    await ctx.http().get(`/api/public/rounds/${draft.id}/awards`).expect(404);
    await ctx.http().get(`/api/statistics/rounds/${draft.id}`).expect(401);
    const finance = await ctx.f.user([Role.Finance]);
    await stats('', finance).expect(200);
  });
});
