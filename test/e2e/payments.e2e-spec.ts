import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Role, XLSX_FIRST_DATA_ROW } from '@app/grants';
import ExcelJS from 'exceljs';
import { declare, staff, Staff } from '../support/case-handling';
import { TestUser } from '../support/factories';
import {
  AcceptedGrant,
  acceptedGrant,
  answerGrant,
  notifiedGrant,
  attest,
  disbursementsOf,
  organisationVersion,
  osloToday,
  roundOfThisYear,
  verifyAccount,
} from '../support/payments';
import { createTestApp, TestContext } from '../support/test-app';

const XSD = resolve(__dirname, '../fixtures/xsd/pain.001.001.03.xsd');

describe('disbursements, payment batches and finance exports', () => {
  let ctx: TestContext;
  let s: Staff;
  let finance: TestUser;
  let finance2: TestUser;

  beforeAll(async () => {
    ctx = await createTestApp();
    s = await staff(ctx);
    finance = await ctx.f.user([Role.Finance]);
    finance2 = await ctx.f.user([Role.Finance]);
  });
  afterAll(() => ctx.close());
  beforeEach(() => ctx.clock.set(new Date()));

  async function attestAll(grant: AcceptedGrant, who = finance) {
    for (const d of await disbursementsOf(ctx, grant.applicationId)) await attest(ctx, who, d).expect(200);
  }

  function build(body: Record<string, unknown>, who = finance) {
    return ctx
      .http()
      .post('/api/payment-batches')
      .set('authorization', who.auth)
      .send({ dueOnOrBefore: '2100-12-31', ...body });
  }

  async function download(
    url: string,
    who = finance,
  ): Promise<{ body: Buffer; headers: Record<string, string> }> {
    const res = await ctx
      .http()
      .get(url)
      .set('authorization', who.auth)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    return { body: res.body as Buffer, headers: res.headers };
  }

  async function batchVersion(id: string): Promise<number> {
    return (await ctx.db.query('SELECT version FROM payment_batches WHERE id = $1', [id]))[0].version;
  }

  describe('payment plan', () => {
    it('plans one instalment due on acceptance by default, visible to the organisation', async () => {
      const grant = await acceptedGrant(ctx, s, { round: await roundOfThisYear(ctx) });
      const res = await ctx
        .http()
        .get(`/api/applications/${grant.applicationId}/disbursements`)
        .set('authorization', grant.member.auth)
        .expect(200);
      expect(res.body).toHaveLength(1);
      expect(res.body[0]).toMatchObject({
        instalmentNo: 1,
        instalmentCount: 1,
        amountOre: 50_000_000,
        status: 'planned',
        requiresExtraControl: false,
      });
      expect(res.body[0].dueDate).toBe(osloToday());
      const outsider = await ctx.f.user();
      await ctx
        .http()
        .get(`/api/applications/${grant.applicationId}/disbursements`)
        .set('authorization', outsider.auth)
        .expect(404);
    });

    it("splits an amount that does not divide evenly by the scheme's plan, exact to the øre", async () => {
      const scheme = await ctx.f.scheme({
        paymentPlan: [
          { percent: 34, due: 'acceptance' },
          { percent: 33, due: '06-01' },
          { percent: 33, due: '09-01' },
        ],
      });
      const round = await ctx.f.round({ schemeId: scheme.id, year: 2099 });
      const grant = await acceptedGrant(ctx, s, { round, amountOre: 10_000_001 });
      const rows = await disbursementsOf(ctx, grant.applicationId);
      expect(rows.map((r) => Number(r.amount_ore))).toEqual([3_400_000, 3_300_000, 3_300_001]);
      expect(rows.reduce((sum, r) => sum + Number(r.amount_ore), 0)).toBe(10_000_001);
      expect(rows.map((r) => r.due_date).slice(1)).toEqual(['2099-06-01', '2099-09-01']);
    });

    it('refuses a scheme whose plan does not add up to 100 percent, naming the field', async () => {
      const admin = await ctx.f.user([Role.Admin]);
      const res = await ctx
        .http()
        .post('/api/schemes')
        .set('authorization', admin.auth)
        .send(
          ctx.f.schemeInput({
            paymentPlan: [
              { percent: 50, due: 'acceptance' },
              { percent: 40, due: '02-30' },
            ],
          }),
        )
        .expect(422);
      expect(res.body.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'paymentPlan', rule: 'percentSumTo100' }),
          expect.objectContaining({ field: 'paymentPlan[1].due', rule: 'due' }),
        ]),
      );
    });
  });

  describe('the grant year', () => {
    it("makes no instalment of next year's grant due before 1 January, and never pays a batch before its execution date", async () => {
      const today = osloToday();
      const nextYear = Number(today.slice(0, 4)) + 1;
      const round = await ctx.f.round({ year: nextYear });
      const grant = await acceptedGrant(ctx, s, { round });
      const { body: plan } = await ctx
        .http()
        .get(`/api/applications/${grant.applicationId}/disbursements`)
        .set('authorization', grant.member.auth)
        .expect(200);
      expect(plan.map((d: { dueDate: string }) => d.dueDate)).toEqual([`${nextYear}-01-01`]);
      await attestAll(grant);

      // The bank is never asked to pay before the disbursements are due.
      const early = await build({ roundId: round.id, executionDate: today }).expect(422);
      expect(early.body.errors[0]).toMatchObject({ field: 'executionDate', rule: 'notBeforeDueDate' });
      expect(early.body.errors[0].message).toContain(`01.01.${nextYear}`);
      const batch = await build({ roundId: round.id, executionDate: `${nextYear}-01-15` }).expect(201);
      expect(batch.body.executionDate).toBe(`${nextYear}-01-15`);

      // Marked paid today, before the execution date: refused, for the batch and for the disbursement.
      const refused = await ctx
        .http()
        .post(`/api/payment-batches/${batch.body.id}/paid`)
        .set('authorization', finance.auth)
        .send({ version: batch.body.version, paidOn: today })
        .expect(422);
      expect(refused.body.errors[0]).toMatchObject({ field: 'paidOn', rule: 'notBeforeExecutionDate' });
      expect(refused.body.errors[0].message).toContain(`15.01.${nextYear}`);
      const [d] = await disbursementsOf(ctx, grant.applicationId);
      const refusedOne = await ctx
        .http()
        .post(`/api/disbursements/${d.id}/paid`)
        .set('authorization', finance.auth)
        .send({ version: d.version, paidOn: today })
        .expect(422);
      expect(refusedOne.body.errors[0]).toMatchObject({ field: 'paidOn', rule: 'notBeforeExecutionDate' });
      expect((await disbursementsOf(ctx, grant.applicationId))[0]).toMatchObject({ status: 'exported' });

      // On the execution date, it is paid.
      ctx.clock.set(`${nextYear}-01-15T09:00:00Z`);
      await ctx
        .http()
        .post(`/api/payment-batches/${batch.body.id}/paid`)
        .set('authorization', finance.auth)
        .send({ version: batch.body.version, paidOn: `${nextYear}-01-15` })
        .expect(200);
      expect((await disbursementsOf(ctx, grant.applicationId))[0]).toMatchObject({ status: 'paid' });
    });

    it('asks the bank to pay on the latest due date in the batch when no execution date is given', async () => {
      const nextYear = Number(osloToday().slice(0, 4)) + 1;
      const round = await ctx.f.round({ year: nextYear });
      await attestAll(await acceptedGrant(ctx, s, { round }));
      const batch = await build({ roundId: round.id }).expect(201);
      expect(batch.body.executionDate).toBe(`${nextYear}-01-01`);
      const [row] = await ctx.db.query(
        `SELECT to_char(execution_date, 'YYYY-MM-DD') AS d FROM payment_batches WHERE id = $1`,
        [batch.body.id],
      );
      expect(row.d).toBe(`${nextYear}-01-01`);
    });
  });

  describe('segregation of duties at attestation', () => {
    it('refuses the approver of the decision, with a clear message, also in the database', async () => {
      const approverWithFinance = await ctx.f.user([Role.Approver, Role.Finance]);
      const grant = await acceptedGrant(ctx, { caseworker: s.caseworker, approver: approverWithFinance });
      const [d] = await disbursementsOf(ctx, grant.applicationId);
      const res = await attest(ctx, approverWithFinance, d).expect(403);
      expect(res.body.detail).toContain('godkjente vedtaket');
      await expect(
        ctx.db.query(
          `UPDATE disbursements SET status = 'attested', attested_by = $2, attested_at = now(),
                        bank_account = '86011117947' WHERE id = $1`,
          [d.id, approverWithFinance.user.id],
        ),
      ).rejects.toThrow(/ck_disbursements_attestant_not_approver/);
    });

    it('refuses a finance user who declared a conflict in the case', async () => {
      const grant = await acceptedGrant(ctx, s);
      const conflicted = await ctx.f.user([Role.Finance]);
      await declare(ctx, conflicted, grant.applicationId, true, 'Styremedlem i organisasjonen.').expect(201);
      const [d] = await disbursementsOf(ctx, grant.applicationId);
      const res = await attest(ctx, conflicted, d).expect(403);
      expect(res.body.detail).toContain('inhabil');
    });

    it('refuses the person who verified the bank account, and keeps a verifier from attesting later', async () => {
      const verifyingFinance = await ctx.f.user([Role.Finance]);
      const grant = await acceptedGrant(ctx, s, { verifyAccountBy: verifyingFinance });
      const [d] = await disbursementsOf(ctx, grant.applicationId);
      const res = await attest(ctx, verifyingFinance, d).expect(403);
      expect(res.body.detail).toContain('kontrollerte organisasjonens kontonummer');
      await attest(ctx, finance, d).expect(200);
    });

    it('keeps someone who attested payments to the organisation from verifying its new account', async () => {
      const grant = await acceptedGrant(ctx, s);
      const [d] = await disbursementsOf(ctx, grant.applicationId);
      await attest(ctx, finance2, d).expect(200);
      // The planned payment of a second grant to the same organisation is attested and waiting.
      const res = await ctx
        .http()
        .patch(`/api/organisations/${grant.organisationId}`)
        .set('authorization', grant.member.auth)
        .send({ version: await organisationVersion(ctx, grant.organisationId), bankAccount: '86011117947' })
        .expect(200);
      expect(res.body.bankAccountVerified).toBe(false);
      // The change voided the attestation made against the old account.
      expect((await disbursementsOf(ctx, grant.applicationId))[0].status).toBe('planned');
      await ctx.db.query(
        `UPDATE disbursements SET status = 'attested', attested_by = $2, attested_at = now(), bank_account = '86011117947',
                version = version + 1 WHERE id = $1`,
        [d.id, finance2.user.id],
      );
      const refused = await verifyAccount(ctx, finance2, grant.organisationId).expect(403);
      expect(refused.body.detail).toContain('attestert utbetalinger');
    });

    it('refuses payment to an organisation flagged bankrupt or under liquidation', async () => {
      const grant = await acceptedGrant(ctx, s);
      await ctx
        .http()
        .patch(`/api/organisations/${grant.organisationId}/register-flags`)
        .set('authorization', s.caseworker.auth)
        .send({ version: await organisationVersion(ctx, grant.organisationId), underLiquidation: true })
        .expect(200);
      const [d] = await disbursementsOf(ctx, grant.applicationId);
      const res = await attest(ctx, finance, d).expect(422);
      expect(res.body.errors[0]).toMatchObject({ field: 'organisation', rule: 'underLiquidation' });
    });

    it('refuses roles other than finance, and a round still under budget reservation', async () => {
      const round = await ctx.f.round();
      const grant = await acceptedGrant(ctx, s, { round });
      const [d] = await disbursementsOf(ctx, grant.applicationId);
      await attest(ctx, s.caseworker, d).expect(403);
      await attest(ctx, grant.member, d).expect(403);
      await ctx.db.query('UPDATE grant_rounds SET budget_reservation = true WHERE id = $1', [round.id]);
      const res = await attest(ctx, finance, d).expect(409);
      expect(res.body.detail).toContain('budsjettvedtak');
    });
  });

  it('blocks attestation while a changed bank account is pending, and allows it once someone else verified it', async () => {
    const grant = await acceptedGrant(ctx, s, { verifyAccountBy: null });
    const [d] = await disbursementsOf(ctx, grant.applicationId);
    const pending = await attest(ctx, finance, d).expect(422);
    expect(pending.body.errors[0]).toMatchObject({ field: 'bankAccount', rule: 'verified' });
    expect(pending.body.detail).toContain('ikke kontrollert');
    const verifier = await ctx.f.user([Role.Caseworker]);
    await verifyAccount(ctx, verifier, grant.organisationId).expect(200);
    await verifyAccount(ctx, verifier, grant.organisationId).expect(409);
    const ok = await attest(ctx, finance, d).expect(200);
    expect(ok.body).toMatchObject({ status: 'attested', attestedBy: finance.user.id });
    const audit = await ctx.f.auditEvents(grant.organisationId);
    expect(audit.map((e) => e.action)).toContain('organisation.bank_account_verified');
    const attestation = (await ctx.f.auditEvents(d.id)).find((e) => e.action === 'disbursement.attested');
    expect((attestation?.after as { controls: Record<string, unknown> }).controls).toMatchObject({
      bankAccountVerifiedBy: verifier.user.id,
      decisionApprovedBy: s.approver.user.id,
    });
  });

  it('flags disbursements above NOK 1 000 000 for an extra control by a second person before export', async () => {
    const round = await ctx.f.round();
    const grant = await acceptedGrant(ctx, s, { round, amountOre: 150_000_000 });
    await attestAll(grant);
    let [d] = await disbursementsOf(ctx, grant.applicationId);
    const built = await build({ roundId: round.id }).expect(422);
    expect(built.body.errors[0]).toMatchObject({ field: 'roundId', rule: 'noneReady' });
    const self = await ctx
      .http()
      .post(`/api/disbursements/${d.id}/extra-control`)
      .set('authorization', finance.auth)
      .send({ version: d.version })
      .expect(403);
    expect(self.body.detail).toContain('annen person');
    await ctx
      .http()
      .post(`/api/disbursements/${d.id}/extra-control`)
      .set('authorization', finance2.auth)
      .send({ version: d.version })
      .expect(200);
    [d] = await disbursementsOf(ctx, grant.applicationId);
    const batch = await build({ roundId: round.id }).expect(201);
    expect(batch.body).toMatchObject({ itemCount: 1, totalOre: 150_000_000, skipped: [] });
  });

  describe('payment batches', () => {
    let round: Awaited<ReturnType<TestContext['f']['round']>>;
    let grants: AcceptedGrant[];

    beforeAll(async () => {
      round = await roundOfThisYear(ctx);
      grants = [];
      for (const amountOre of [12_345_678, 100, 50_000_001]) {
        const grant = await acceptedGrant(ctx, s, { round, amountOre });
        await attestAll(grant);
        grants.push(grant);
      }
      // An organisation name that needs escaping and neutralising in the files, and one longer than the bank takes.
      await ctx.db.query(`UPDATE organisations SET name = $2 WHERE id = $1`, [
        grants[0].organisationId,
        '=Kvinner & barn <Sør> «Trygg»; havn',
      ]);
      await ctx.db.query(`UPDATE organisations SET name = $2 WHERE id = $1`, [
        grants[1].organisationId,
        LONG_NAME,
      ]);
    });

    const LONG_NAME =
      'Foreningen for forebygging av menneskehandel og for oppfølging av utsatte i Nord-Norge og på Svalbard';

    it('builds one batch with its control total and three stored files, the same bytes on every download', async () => {
      const res = await build({ roundId: round.id }).expect(201);
      const total = 12_345_678 + 100 + 50_000_001;
      expect(res.body).toMatchObject({ status: 'exported', itemCount: 3, totalOre: total, skipped: [] });
      expect(res.body.number).toMatch(/^UTB-\d{6}$/);
      expect(res.body.files.map((f: { format: string }) => f.format).sort()).toEqual([
        'csv',
        'pain001',
        'xlsx',
      ]);
      for (const g of grants) {
        expect((await disbursementsOf(ctx, g.applicationId)).map((d) => d.status)).toEqual(['exported']);
      }

      // CSV for Norwegian Excel: BOM, semicolons, comma decimals, a control line with count and sum.
      const csvFile = res.body.files.find((f: { format: string }) => f.format === 'csv');
      const csv = await download(csvFile.href);
      expect(createHash('sha256').update(csv.body).digest('hex')).toBe(csvFile.sha256);
      expect(csv.headers['x-checksum-sha256']).toBe(csvFile.sha256);
      expect(csv.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      const lines = csv.body.toString('utf8').slice(1).trim().split('\r\n').map(parseCsvLine);
      const amountColumn = lines[0].findIndex((h) => h.startsWith('Beløp'));
      expect(amountColumn).toBeGreaterThan(0);
      const dataLines = lines.slice(1, -1);
      expect(dataLines).toHaveLength(3);
      const ore = (cell: string) => {
        expect(cell).toMatch(/^\d+,\d{2}$/);
        return Number(cell.replace(',', ''));
      };
      expect(dataLines.map((l) => l[amountColumn]).sort()).toEqual(['1,00', '123456,78', '500000,01'].sort());
      const control = lines[lines.length - 1];
      expect(control.slice(0, 2)).toEqual(['KONTROLLSUM', 'Antall: 3']);
      // The control line's total equals the sum of the rows read back.
      expect(ore(control[amountColumn])).toBe(dataLines.reduce((sum, l) => sum + ore(l[amountColumn]), 0));
      expect(ore(control[amountColumn])).toBe(total);
      expect(dataLines.map((l) => l[lines[0].indexOf('Mottaker')])).toContain(
        "'=Kvinner & barn <Sør> «Trygg»; havn",
      );
      // Identifiers are quoted text in the bytes: chapter and post keep their leading zeros for any CSV reader.
      const csvText = csv.body.toString('utf8');
      expect(csvText.match(/;"0433";"70";/g)).toHaveLength(3);
      const [org] = await ctx.db.query('SELECT organisation_number FROM organisations WHERE id = $1', [
        grants[2].organisationId,
      ]);
      expect(csvText).toContain(`;"${org.organisation_number}";"`);

      // XLSX: read back, rows and totals.
      const xlsxFile = res.body.files.find((f: { format: string }) => f.format === 'xlsx');
      const xlsx = await download(xlsxFile.href);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      const values: unknown[][] = [];
      sheet.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
      const headerIndex = values.findIndex((v) =>
        v.some((c) => typeof c === 'string' && c.startsWith('Beløp')),
      );
      const xAmount = values[headerIndex].findIndex((c) => typeof c === 'string' && c.startsWith('Beløp'));
      const xRows = values.slice(headerIndex + 1, headerIndex + 4);
      expect(xRows.map((r) => Math.round((r[xAmount] as number) * 100)).reduce((a, b) => a + b, 0)).toBe(
        total,
      );
      // Identifiers are string cells with the text format: "0433" stays "0433".
      const titles = values[headerIndex] as string[];
      for (let r = XLSX_FIRST_DATA_ROW; r < XLSX_FIRST_DATA_ROW + 3; r++) {
        for (const title of ['Kapittel', 'Post', 'Organisasjonsnummer', 'Kontonummer', 'Saksnummer']) {
          const cell = sheet.getRow(r).getCell(titles.indexOf(title) + 1);
          expect({ title, type: cell.type, numFmt: cell.numFmt }).toEqual({
            title,
            type: ExcelJS.ValueType.String,
            numFmt: '@',
          });
        }
        expect(sheet.getRow(r).getCell(titles.indexOf('Kapittel') + 1).value).toBe('0433');
      }
      const totalsRow = values[headerIndex + 4];
      const totalCell = totalsRow[xAmount] as { formula: string; result: number };
      expect(totalCell.formula).toMatch(/^SUM\(/);
      expect(Math.round(totalCell.result * 100)).toBe(total);

      // pain.001.001.03 validated against the schema by xmllint.
      const painFile = res.body.files.find((f: { format: string }) => f.format === 'pain001');
      const pain = await download(painFile.href);
      const dir = mkdtempSync(join(tmpdir(), 'pain001-'));
      writeFileSync(join(dir, 'batch.xml'), pain.body);
      execFileSync('xmllint', ['--noout', '--schema', XSD, join(dir, 'batch.xml')], { stdio: 'pipe' });
      const xml = pain.body.toString('utf8');
      expect(xml).toContain('<NbOfTxs>3</NbOfTxs>');
      expect(xml).toContain(`<CtrlSum>623457.79</CtrlSum>`);
      expect(xml).toContain('<InstdAmt Ccy="NOK">123456.78</InstdAmt>');
      // In the banks' character set: "&" is "og", guillemets and brackets are transliterated.
      expect(xml).toContain('<Nm>Kvinner og barn (Sør) &apos;Trygg&apos;, havn</Nm>');
      // The initiating party's organisation number and the parties' country, as the Norwegian guide asks.
      expect(xml).toMatch(
        /<InitgPty>\s*<Nm>[^<]+<\/Nm>\s*<Id><OrgId><Othr><Id>\d{9}<\/Id><SchmeNm><Cd>CUST<\/Cd>/,
      );
      expect(xml).toMatch(/<Dbtr><Nm>[^<]+<\/Nm><PstlAdr><Ctry>NO<\/Ctry><\/PstlAdr><\/Dbtr>/);
      expect(xml.match(/<\/Nm><PstlAdr><Ctry>NO<\/Ctry><\/PstlAdr><\/Cdtr>/g)).toHaveLength(3);
      // The long name is cut at 70 characters in the file, and the batch records the cut for finance.
      const cutName = Array.from(LONG_NAME).slice(0, 70).join('').trimEnd();
      expect(xml).toContain(`<Nm>${cutName}</Nm>`);
      const [secondGrant] = await disbursementsOf(ctx, grants[1].applicationId);
      const truncation = {
        disbursementId: secondGrant.id,
        field: 'recipientName',
        maxLength: 70,
        original: LONG_NAME,
        sent: cutName,
      };
      expect(res.body.truncations).toEqual([expect.objectContaining(truncation)]);
      const { body: shown } = await ctx
        .http()
        .get(`/api/payment-batches/${res.body.id}`)
        .set('authorization', finance.auth)
        .expect(200);
      expect(shown.truncations).toEqual([expect.objectContaining(truncation)]);
      const reference = (
        await ctx.db.query('SELECT reference_number FROM applications WHERE id = $1', [
          grants[0].applicationId,
        ])
      )[0].reference_number;
      const ustrd = xml.match(new RegExp(`<Ustrd>([^<]*${reference}[^<]*)</Ustrd>`));
      expect(ustrd).not.toBeNull();
      expect(ustrd![1].length).toBeLessThanOrEqual(140);

      // Later downloads give the same bytes.
      expect((await download(painFile.href)).body.equals(pain.body)).toBe(true);
      expect((await download(xlsxFile.href)).body.equals(xlsx.body)).toBe(true);
      const downloads = (await ctx.f.auditEvents(res.body.id)).filter(
        (e) => e.action === 'payment_batch.file_downloaded',
      );
      expect(downloads.length).toBe(5);

      // Nothing is left to export a second time.
      await build({ roundId: round.id }).expect(422);
      await ctx
        .http()
        .get(`/api/payment-batches/${res.body.id}/files/pdf`)
        .set('authorization', finance.auth)
        .expect(404);
      await ctx.http().get(csvFile.href).set('authorization', s.caseworker.auth).expect(403);
    });

    it('cancels a batch: its disbursements are attested again and can go in a new batch; then the batch is paid', async () => {
      const { body: page } = await ctx
        .http()
        .get('/api/payment-batches?status=exported&limit=100')
        .set('authorization', finance.auth)
        .expect(200);
      const first = page.items.find((b: { roundId: string }) => b.roundId === round.id);
      await ctx
        .http()
        .post(`/api/payment-batches/${first.id}/cancellation`)
        .set('authorization', finance.auth)
        .send({ version: first.version, reason: '' })
        .expect(400);
      await ctx
        .http()
        .post(`/api/payment-batches/${first.id}/cancellation`)
        .set('authorization', finance.auth)
        .send({ version: first.version, reason: 'Feil betalingsdato.' })
        .expect(200);
      for (const g of grants) {
        expect((await disbursementsOf(ctx, g.applicationId)).map((d) => d.status)).toEqual(['attested']);
      }
      const second = await build({ roundId: round.id }).expect(201);
      expect(second.body.itemCount).toBe(3);
      const live = await ctx.db.query(
        `SELECT disbursement_id, count(*) FILTER (WHERE live)::int AS live, count(*)::int AS total
           FROM payment_batch_items WHERE batch_id IN ($1, $2) GROUP BY disbursement_id`,
        [first.id, second.body.id],
      );
      expect(live.map((r: { live: number; total: number }) => [r.live, r.total])).toEqual([
        [1, 2],
        [1, 2],
        [1, 2],
      ]);

      // Paid: the payment date cannot be in the future; then every disbursement and application is paid.
      const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
      const future = await ctx
        .http()
        .post(`/api/payment-batches/${second.body.id}/paid`)
        .set('authorization', finance.auth)
        .send({ version: await batchVersion(second.body.id), paidOn: tomorrow })
        .expect(422);
      expect(future.body.errors[0]).toMatchObject({ field: 'paidOn', rule: 'notInFuture' });
      const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
      const paid = await ctx
        .http()
        .post(`/api/payment-batches/${second.body.id}/paid`)
        .set('authorization', finance.auth)
        .send({ version: await batchVersion(second.body.id), paidOn: today })
        .expect(200);
      expect(paid.body.status).toBe('paid');
      for (const g of grants) {
        expect((await disbursementsOf(ctx, g.applicationId)).map((d) => d.status)).toEqual(['paid']);
        const [app] = await ctx.db.query('SELECT status FROM applications WHERE id = $1', [g.applicationId]);
        expect(app.status).toBe('paid');
      }
      await ctx
        .http()
        .post(`/api/payment-batches/${second.body.id}/cancellation`)
        .set('authorization', finance.auth)
        .send({ version: await batchVersion(second.body.id), reason: 'For sent.' })
        .expect(409);
    });
  });

  it('builds one batch from two concurrent builds over the same disbursements, each disbursement once', async () => {
    const round = await ctx.f.round();
    const grants: AcceptedGrant[] = [];
    for (let i = 0; i < 4; i++) {
      const grant = await acceptedGrant(ctx, s, { round, amountOre: 1_000_000 + i });
      await attestAll(grant);
      grants.push(grant);
    }
    for (let attempt = 0; attempt < 3; attempt++) {
      const results = await Promise.all([
        build({ roundId: round.id }),
        build({ roundId: round.id }, finance2),
      ]);
      const statuses = results.map((r) => r.status).sort();
      expect(statuses).toEqual([201, 422]);
      const created = results.find((r) => r.status === 201)!.body;
      expect(created.itemCount).toBe(4);
      const rows = await ctx.db.query(
        `SELECT i.disbursement_id, count(*)::int AS n FROM payment_batch_items i
           JOIN disbursements d ON d.id = i.disbursement_id
          WHERE d.round_id = $1 AND i.live GROUP BY i.disbursement_id`,
        [round.id],
      );
      expect(rows).toHaveLength(4);
      expect(rows.every((r: { n: number }) => r.n === 1)).toBe(true);
      await ctx
        .http()
        .post(`/api/payment-batches/${created.id}/cancellation`)
        .set('authorization', finance.auth)
        .send({ version: created.version, reason: 'Ny kjøring i testen.' })
        .expect(200);
    }
    // The database itself refuses a second live batch item for a disbursement.
    const [{ id: batchId }] = await ctx.db.query<{ id: string }[]>(
      `SELECT id FROM payment_batches WHERE round_id = $1 LIMIT 1`,
      [round.id],
    );
    const [d] = await disbursementsOf(ctx, grants[0].applicationId);
    const again = await build({ roundId: round.id }).expect(201);
    await expect(
      ctx.db.query(
        `INSERT INTO payment_batch_items (batch_id, disbursement_id, position, live, amount_ore, row)
         VALUES ($1, $2, 99, true, 1, '{}')`,
        [batchId, d.id],
      ),
    ).rejects.toThrow(/uq_payment_batch_items_live|duplicate key/);
    expect(again.body.itemCount).toBe(4);
  });

  it('pays instalments one by one; the application is paid when the last one is', async () => {
    const scheme = await ctx.f.scheme({
      paymentPlan: [
        { percent: 50, due: 'acceptance' },
        { percent: 50, due: 'acceptance' },
      ],
    });
    const round = await roundOfThisYear(ctx, { schemeId: scheme.id });
    const grant = await acceptedGrant(ctx, s, { round, amountOre: 2_000_001 });
    await attestAll(grant);
    const batch = await build({ roundId: round.id }).expect(201);
    expect(batch.body.totalOre).toBe(2_000_001);
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
    const [first, second] = await disbursementsOf(ctx, grant.applicationId);
    const pay = (d: { id: string; version: number }) =>
      ctx
        .http()
        .post(`/api/disbursements/${d.id}/paid`)
        .set('authorization', finance.auth)
        .send({ version: d.version, paidOn: today });
    await pay(first).expect(200);
    await pay({ id: first.id, version: first.version + 1 }).expect(409);
    let [app] = await ctx.db.query('SELECT status FROM applications WHERE id = $1', [grant.applicationId]);
    expect(app.status).toBe('accepted');
    await pay(second).expect(200);
    [app] = await ctx.db.query('SELECT status FROM applications WHERE id = $1', [grant.applicationId]);
    expect(app.status).toBe('paid');
    const [row] = await ctx.db.query('SELECT status FROM payment_batches WHERE id = $1', [batch.body.id]);
    expect(row.status).toBe('paid');
  });

  it('keeps a budget ledger per round and chapter/post: frame, granted, committed, paid, lapsed, remaining', async () => {
    const year = 2090 + Math.floor(Math.random() * 9);
    const round = await ctx.f.round({
      year,
      budgetFrameOre: 300_000_000,
      budgetChapter: '0475',
      budgetPost: '71',
    });
    const paid = await acceptedGrant(ctx, s, { round, amountOre: 40_000_000 });
    await acceptedGrant(ctx, s, { round, amountOre: 30_000_000 });
    await attestAll(paid);
    // Paid early in the grant year (nothing of it is due before 1 January).
    ctx.clock.set(`${year}-01-02T12:00:00Z`);
    const batch = await build({ roundId: round.id }).expect(201);
    expect(batch.body.executionDate).toBe(`${year}-01-02`);
    await ctx
      .http()
      .post(`/api/payment-batches/${batch.body.id}/paid`)
      .set('authorization', finance.auth)
      .send({ version: batch.body.version, paidOn: `${year}-01-02` })
      .expect(200);
    ctx.clock.set(new Date());
    // A third grant, declined by the organisation: lapsed, and freed in the frame.
    await answerGrant(ctx, await notifiedGrant(ctx, s, { round, amountOre: 50_000_000 }), false);

    const res = await ctx
      .http()
      .get(`/api/budget-ledger?year=${year}&roundId=${round.id}`)
      .set('authorization', finance.auth)
      .expect(200);
    const expected = {
      budgetChapter: '0475',
      budgetPost: '71',
      frameOre: 300_000_000,
      grantedOre: 70_000_000,
      committedOre: 70_000_000,
      awaitingAcceptanceOre: 0,
      paidOre: 40_000_000,
      unpaidOre: 30_000_000,
      lapsedOre: 50_000_000,
      remainingOre: 230_000_000,
      claimedOre: 0,
      repaidOre: 0,
    };
    expect(res.body.rounds).toEqual([expect.objectContaining({ roundId: round.id, ...expected })]);
    expect(res.body.chapterPosts).toEqual([expected]);
    await ctx
      .http()
      .get(`/api/budget-ledger?year=${year}`)
      .set('authorization', paid.member.auth)
      .expect(403);
    await ctx.http().get(`/api/budget-ledger?year=abc`).set('authorization', finance.auth).expect(400);
  });
});

/** One CSV line as Excel reads it: `;`-separated, `"` quoting with doubled quotes. */
function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}
