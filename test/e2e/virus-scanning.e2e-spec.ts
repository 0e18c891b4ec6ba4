import { createServer, Server, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { completeContent, completeDraft, DraftFixture, upload } from '../support/applications';
import { staff, Staff } from '../support/case-handling';
import {
  docxBytes,
  eicar,
  embeddedExecutablePdf,
  javaScriptPdf,
  launchPdf,
  pdfBytes,
  pdfHtmlPolyglot,
  pdfWithContent,
  testSignatureMarker,
  zipBombDocx,
} from '../support/files';
import { acceptedGrant } from '../support/payments';
import { createTestApp, TestContext } from '../support/test-app';

/**
 * Every upload is checked (active content, zip bombs, polyglots) and scanned by the real clamd — the project's
 * own, started by the global setup with the test signatures in config/clamav/signatures — before it is stored.
 */
describe('virus scanning and active content in uploads', () => {
  let ctx: TestContext;
  let s: Staff;

  beforeAll(async () => {
    ctx = await createTestApp();
    s = await staff(ctx);
  });
  afterAll(() => ctx.close());

  const count = async (table: string, column: string, id: string): Promise<number> =>
    Number((await ctx.db.query(`SELECT count(*) AS n FROM ${table} WHERE ${column} = $1`, [id]))[0].n);
  const refusals = async (entityId: string) =>
    (await ctx.f.auditEvents(entityId)).filter((e) => e.action === 'upload.refused');

  async function expectRefused(
    draft: DraftFixture,
    bytes: Buffer,
    fileName: string,
    rule: string,
    message: RegExp,
  ): Promise<void> {
    const before = await count('application_attachments', 'application_id', draft.id);
    const res = await upload(ctx, draft.member, draft.id, 'other', bytes, fileName).expect(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ type: 'urn:problem:tilskudd:rule-violation', status: 422 });
    expect(res.body.errors).toEqual([{ field: 'file', rule, message: expect.stringMatching(message) }]);
    expect(await count('application_attachments', 'application_id', draft.id)).toBe(before);
  }

  it('refuses EICAR inside a PDF, plain and in a compressed stream, through clamd: 422, audited, nothing stored', async () => {
    const draft = await completeDraft(ctx);
    for (const pdf of [pdfWithContent(eicar()), pdfWithContent(eicar(), true)]) {
      await expectRefused(draft, pdf, 'budsjett.pdf', 'virus', /skadevare \(Tilskudd\.Test\.EICAR/);
    }
    const audited = await refusals(draft.id);
    expect(audited).toHaveLength(2);
    expect(audited[0]).toMatchObject({
      actor_user_id: draft.member.user.id,
      after: {
        rule: 'virus',
        signature: expect.stringMatching(/^Tilskudd\.Test\.EICAR/),
        fileName: 'budsjett.pdf',
        contentType: 'application/pdf',
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    });
    // The project's own signature, inside a compressed DOCX entry: clamd unpacks the document to find it.
    await expectRefused(
      draft,
      docxBytes(['word/media/note.txt', `Notat ${testSignatureMarker()}`, { deflate: true }]),
      'notat.docx',
      'virus',
      /Tilskudd\.Test\.Marker/,
    );
  });

  it('refuses a zip bomb named .docx from its directory, before anything unpacks it', async () => {
    const draft = await completeDraft(ctx);
    const bomb = zipBombDocx(50); // 50 MB of zeros in about 50 kB
    expect(bomb.length).toBeLessThan(200_000);
    await expectRefused(draft, bomb, 'soknad.docx', 'zipBomb', /zip-bombe/);
    expect((await refusals(draft.id))[0].after).toMatchObject({
      rule: 'zipBomb',
      detail: 'ratio',
      entry: 'word/document.xml',
      fileName: 'soknad.docx',
    });
  });

  it('refuses launch actions, embedded programs and PDF/HTML polyglots, each audited', async () => {
    const draft = await completeDraft(ctx);
    await expectRefused(draft, launchPdf(), 'a.pdf', 'pdfLaunchAction', /starter et program/);
    await expectRefused(draft, embeddedExecutablePdf(), 'b.pdf', 'pdfEmbeddedExecutable', /innebygd program/);
    await expectRefused(draft, pdfHtmlPolyglot(), 'c.pdf', 'htmlContent', /HTML-kode/);
    expect((await refusals(draft.id)).map((e) => (e.after as { rule: string }).rule)).toEqual([
      'pdfLaunchAction',
      'pdfEmbeddedExecutable',
      'htmlContent',
    ]);
  });

  it('refuses a file whose name says another type than its bytes (a PDF named .html)', async () => {
    const draft = await completeDraft(ctx);
    await expectRefused(
      draft,
      pdfBytes(),
      'søknad.html',
      'fileExtension',
      /som er PDF\. Gi filen endelsen \.pdf/,
    );
  });

  it('stores a clean file, and a PDF with JavaScript with a warning the caseworker sees', async () => {
    const draft = await completeDraft(ctx);
    const clean = await upload(
      ctx,
      draft.member,
      draft.id,
      'other',
      pdfBytes('Årsmelding'),
      'årsmelding',
    ).expect(201);
    expect(clean.body).toMatchObject({ fileName: 'årsmelding.pdf', warnings: [] });
    const script = await upload(ctx, draft.member, draft.id, 'other', javaScriptPdf(), 'skjema.pdf').expect(
      201,
    );
    expect(script.body).toMatchObject({ fileName: 'skjema.pdf', warnings: ['pdfJavaScript'] });
    const [row] = await ctx.db.query('SELECT warnings FROM application_attachments WHERE id = $1', [
      script.body.id,
    ]);
    expect(row.warnings).toEqual(['pdfJavaScript']);
    const detail = await ctx
      .http()
      .get(`/api/applications/${draft.id}`)
      .set('authorization', draft.member.auth)
      .expect(200);
    expect(detail.body.attachments.find((a: { id: string }) => a.id === script.body.id)).toMatchObject({
      warnings: ['pdfJavaScript'],
    });
    expect(await refusals(draft.id)).toEqual([]);
  });

  it('scans appeal attachments and the auditor statement the same way', async () => {
    const grant = await acceptedGrant(ctx, s, { amountOre: 20_000_000 });
    const infected = pdfWithContent(eicar(), true);

    await ctx
      .http()
      .put(`/api/applications/${grant.applicationId}/report`)
      .set('authorization', grant.member.auth)
      .send({ goalAchievement: 'Målene er nådd.' })
      .expect(200);
    const statement = (bytes: Buffer) =>
      ctx
        .http()
        .post(`/api/applications/${grant.applicationId}/report/auditor-statement`)
        .set('authorization', grant.member.auth)
        .attach('file', bytes, { filename: 'revisorerklaering.pdf', contentType: 'application/pdf' });
    const refusedStatement = await statement(infected).expect(422);
    expect(refusedStatement.body.errors[0]).toMatchObject({ field: 'file', rule: 'virus' });
    const [report] = await ctx.db.query('SELECT id FROM recipient_reports WHERE application_id = $1', [
      grant.applicationId,
    ]);
    expect(await count('report_attachments', 'report_id', report.id)).toBe(0);
    expect((await refusals(report.id))[0].after).toMatchObject({ rule: 'virus' });
    const script = await statement(javaScriptPdf()).expect(201);
    expect(script.body.auditorStatement).toMatchObject({ warnings: ['pdfJavaScript'] });

    const appeal = await ctx
      .http()
      .post(`/api/applications/${grant.applicationId}/appeals`)
      .set('authorization', grant.member.auth)
      .send({ grounds: 'Vi ber om at vilkårene vurderes på nytt.' })
      .expect(201);
    const attach = (bytes: Buffer, name: string) =>
      ctx
        .http()
        .post(`/api/appeals/${appeal.body.id}/attachments`)
        .set('authorization', grant.member.auth)
        .attach('file', bytes, { filename: name, contentType: 'application/octet-stream' });
    const refusedAppeal = await attach(infected, 'dokumentasjon.pdf').expect(422);
    expect(refusedAppeal.body.errors[0]).toMatchObject({ field: 'file', rule: 'virus' });
    const bomb = await attach(zipBombDocx(20), 'dokumentasjon.docx').expect(422);
    expect(bomb.body.errors[0]).toMatchObject({ field: 'file', rule: 'zipBomb' });
    expect(await count('appeal_attachments', 'appeal_id', appeal.body.id)).toBe(0);
    expect((await refusals(appeal.body.id)).map((e) => (e.after as { rule: string }).rule)).toEqual([
      'virus',
      'zipBomb',
    ]);
    const clean = await attach(pdfBytes('Avtale'), 'avtale.pdf').expect(201);
    expect(clean.body).toMatchObject({ fileName: 'avtale.pdf', warnings: [] });
  });

  it('scans nothing for someone who may not upload there: an outsider gets 404 and nothing is audited', async () => {
    const draft = await completeDraft(ctx);
    const outsider = await ctx.f.user();
    await upload(ctx, outsider, draft.id, 'other', pdfWithContent(eicar()), 'x.pdf').expect(404);
    expect(await refusals(draft.id)).toEqual([]);
  });

  it('reports the scanner up in health, with its version', async () => {
    const health = await ctx.http().get('/api/health').expect(200);
    expect(health.body.virusScanner).toMatchObject({
      status: 'up',
      address: expect.stringMatching(/^unix:.*clamd\.sock$/),
      version: expect.stringMatching(/^ClamAV \d/),
    });
  });

  describe('when the scanner does not answer', () => {
    let hanging: Server;
    const held: Socket[] = [];

    beforeAll(async () => {
      // Accepts connections and never says a word: a clamd that hangs.
      hanging = createServer((socket) => held.push(socket.on('error', () => undefined)));
      await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    });
    afterAll(async () => {
      for (const socket of held) socket.destroy();
      await new Promise((resolve) => hanging.close(resolve));
    });

    it.each([
      [
        'is not there (no socket)',
        () => ({ CLAMAV_URL: `unix:${join(tmpdir(), `no-clamd-${process.pid}.sock`)}` }),
      ],
      [
        'hangs (timeout)',
        () => ({
          CLAMAV_URL: `tcp://127.0.0.1:${(hanging.address() as { port: number }).port}`,
          CLAMAV_TIMEOUT_MS: '500',
        }),
      ],
    ])('fails closed when clamd %s: 503, nothing stored, health degraded', async (_, env) => {
      const other = await appWith(env());
      try {
        const draft = await completeDraftIn(other);
        const res = await upload(other, draft.member, draft.id, 'other', pdfBytes(), 'ren.pdf').expect(503);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.headers['retry-after']).toBe('10');
        expect(res.body).toMatchObject({
          type: 'urn:problem:tilskudd:unavailable',
          detail: expect.stringContaining('Virusskanningen svarer ikke'),
        });
        expect(await count('application_attachments', 'application_id', draft.id)).toBe(0);
        const health = await other.http().get('/api/health').expect(200);
        expect(health.body).toMatchObject({ status: 'degraded', virusScanner: { status: 'down' } });
      } finally {
        await other.close();
      }
    });
  });

  it('with CLAMAV=off stores files unscanned, marked notScanned, and health says scanning is off', async () => {
    const off = await appWith({ CLAMAV: 'off' });
    try {
      const draft = await completeDraftIn(off);
      const res = await upload(off, draft.member, draft.id, 'other', pdfBytes(), 'ren.pdf').expect(201);
      expect(res.body.warnings).toEqual(['notScanned']);
      const health = await off.http().get('/api/health').expect(200);
      expect(health.body.virusScanner).toEqual({ status: 'off' });
      // The content rules need no daemon: they still apply.
      await upload(off, draft.member, draft.id, 'other', launchPdf(), 'a.pdf').expect(422);
    } finally {
      await off.close();
    }
  });
});

/** A second app under test with some settings changed (the configuration is read when the app is built). */
async function appWith(env: Record<string, string>): Promise<TestContext> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    return await createTestApp();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** A draft with no attachments yet (completeDraft uploads two, which would need a working scanner). */
async function completeDraftIn(app: TestContext): Promise<DraftFixture> {
  const member = await app.f.user();
  const organisation = await app.f.organisation([member]);
  const round = await app.f.round();
  const res = await app
    .http()
    .post('/api/applications')
    .set('authorization', member.auth)
    .send({ roundId: round.id, organisationId: organisation.id, ...completeContent() })
    .expect(201);
  return { member, organisationId: organisation.id, round, id: res.body.id, version: res.body.version };
}
