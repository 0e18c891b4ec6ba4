import { Role } from '@app/grants';
import { createTestApp, TestContext } from '../support/test-app';
import { completeContent, completeDraft, upload } from '../support/applications';
import { docxBytes, exeBytes, odtBytes, pdfBytes, pngBytes, xlsxBytes } from '../support/files';

describe('applications: drafting and submitting', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());
  beforeEach(() => ctx.clock.set(new Date()));

  it('walks the whole path: draft over several sittings, attachments, submit with a reference number, frozen after', async () => {
    const member = await ctx.f.user();
    const org = await ctx.f.organisation([member]);
    const scheme = await ctx.f.scheme({ code: `S${Date.now().toString(36).toUpperCase().slice(-6)}` });
    const round = await ctx.f.round({ schemeId: scheme.id, year: 2031 });

    const created = await ctx
      .http()
      .post('/api/applications')
      .set('authorization', member.auth)
      .send({ roundId: round.id, organisationId: org.id, title: 'Første utkast' })
      .expect(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      referenceNumber: null,
      title: 'Første utkast',
      version: 1,
    });
    expect(created.body.submissionProblems.map((p: { field: string }) => p.field)).toEqual(
      expect.arrayContaining(['summary', 'budgetLines', 'requestedAmountOre', 'attachments']),
    );

    // Second sitting: the rest of the content.
    const { title: _t, ...rest } = completeContent();
    const saved = await ctx
      .http()
      .patch(`/api/applications/${created.body.id}`)
      .set('authorization', member.auth)
      .send({ version: 1, ...rest })
      .expect(200);
    expect(saved.body).toMatchObject({
      version: 2,
      title: 'Første utkast',
      budgetTotalOre: 60_000_000,
      otherFundingTotalOre: 10_000_000,
      maxRequestableOre: 50_000_000,
    });

    // Third sitting: attachments of the required kinds.
    const statutes = await upload(
      ctx,
      member,
      created.body.id,
      'statutes',
      pdfBytes(),
      'Vedtekter 2026.pdf',
    ).expect(201);
    expect(statutes.body).toMatchObject({
      kind: 'statutes',
      fileName: 'Vedtekter 2026.pdf',
      contentType: 'application/pdf',
      exemptFromPublic: false,
    });
    expect(statutes.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    await upload(
      ctx,
      member,
      created.body.id,
      'budget',
      xlsxBytes(),
      'budsjett.xlsx',
      'application/octet-stream',
    ).expect(201);

    const before = await ctx
      .http()
      .get(`/api/applications/${created.body.id}`)
      .set('authorization', member.auth)
      .expect(200);
    expect(before.body.submissionProblems).toEqual([]);

    const submitted = await ctx
      .http()
      .post(`/api/applications/${created.body.id}/submit`)
      .set('authorization', member.auth)
      .send({ version: before.body.version })
      .expect(200);
    expect(submitted.body).toMatchObject({
      status: 'submitted',
      referenceNumber: `${scheme.code}-2031-0001`,
    });
    expect(new Date(submitted.body.submittedAt).getTime()).toBe(ctx.clock.now().getTime());

    // Frozen: edits, uploads and deletions answer 409 naming the state.
    const edit = await ctx
      .http()
      .patch(`/api/applications/${created.body.id}`)
      .set('authorization', member.auth)
      .send({ version: submitted.body.version, title: 'Endret etterpå' })
      .expect(409);
    expect(edit.body).toMatchObject({
      type: 'urn:problem:tilskudd:invalid-state',
      currentState: 'submitted',
    });
    await upload(ctx, member, created.body.id, 'other').expect(409);
    await ctx
      .http()
      .delete(`/api/applications/${created.body.id}/attachments/${statutes.body.id}`)
      .set('authorization', member.auth)
      .expect(409);

    const events = await ctx.f.auditEvents(created.body.id);
    expect(events.map((e) => e.action)).toEqual([
      'application.created',
      'application.updated',
      'attachment.uploaded',
      'attachment.uploaded',
      'application.submitted',
    ]);
    const outbox = await ctx.db.query(
      'SELECT topic, payload, dedupe_key FROM outbox_messages WHERE payload->>$1 = $2',
      ['applicationId', created.body.id],
    );
    expect(outbox).toEqual([
      {
        topic: 'letter.receipt',
        payload: { applicationId: created.body.id },
        dedupe_key: `letter.receipt:${created.body.id}`,
      },
    ]);
  });

  it('refuses to submit an incomplete draft, listing every missing part with field and rule, and writes nothing', async () => {
    const member = await ctx.f.user();
    const org = await ctx.f.organisation([member]);
    const round = await ctx.f.round();
    const draft = await ctx
      .http()
      .post('/api/applications')
      .set('authorization', member.auth)
      .send({
        roundId: round.id,
        organisationId: org.id,
        ...completeContent({ summary: undefined, signatory: undefined }),
      })
      .expect(201);
    await upload(ctx, member, draft.body.id, 'statutes').expect(201);
    const res = await ctx
      .http()
      .post(`/api/applications/${draft.body.id}/submit`)
      .set('authorization', member.auth)
      .send({ version: 1 })
      .expect(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ field: 'summary', rule: 'required' }),
      expect.objectContaining({ field: 'signatory', rule: 'required' }),
      expect.objectContaining({
        field: 'attachments',
        rule: 'requiredKind',
        message: expect.stringContaining('budsjett'),
      }),
    ]);
    const [row] = await ctx.db.query('SELECT status, reference_number FROM applications WHERE id = $1', [
      draft.body.id,
    ]);
    expect(row).toEqual({ status: 'draft', reference_number: null });
    expect(
      await ctx.db.query('SELECT 1 FROM outbox_messages WHERE dedupe_key = $1', [
        `letter.receipt:${draft.body.id}`,
      ]),
    ).toEqual([]);
  });

  it('refuses a requested amount above the budget minus other funding', async () => {
    const { member, id, version } = await completeDraft(ctx);
    await ctx
      .http()
      .patch(`/api/applications/${id}`)
      .set('authorization', member.auth)
      .send({ version, requestedAmountOre: 50_000_001 })
      .expect(200);
    const res = await ctx
      .http()
      .post(`/api/applications/${id}/submit`)
      .set('authorization', member.auth)
      .send({ version: version + 1 })
      .expect(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        field: 'requestedAmountOre',
        rule: 'withinBudget',
        message: expect.stringMatching(/kr 500\u00a0000/),
      }),
    ]);
  });

  it.each([
    [
      'a text over the scheme word limit',
      { summary: Array.from({ length: 51 }, () => 'ord').join(' ') },
      422,
      'summary',
      'maxWords',
    ],
    ['a title over the character limit', { title: 'x'.repeat(151) }, 422, 'title', 'maxChars'],
    [
      'a category the scheme does not have',
      { measureCategory: 'z' },
      422,
      'measureCategory',
      'schemeCategory',
    ],
    [
      'an end before the start',
      { periodStart: '2027-06-01', periodEnd: '2027-01-01' },
      422,
      'periodEnd',
      'afterStart',
    ],
    ['an impossible date', { periodStart: '2027-02-30' }, 400, 'periodStart', 'isIso8601'],
    [
      'a negative budget line',
      { budgetLines: [{ category: 'salaries', description: 'x', amountOre: -5 }] },
      400,
      'budgetLines[0].amountOre',
      'min',
    ],
    ['a decimal amount', { requestedAmountOre: 100.5 }, 400, 'requestedAmountOre', 'isInt'],
    [
      'an unknown budget category',
      { budgetLines: [{ category: 'yacht', description: 'x', amountOre: 5 }] },
      400,
      'budgetLines[0].category',
      'isEnum',
    ],
    [
      'a bad contact e-mail',
      { contactPerson: { name: 'K', email: 'nope' } },
      400,
      'contactPerson.email',
      'isEmail',
    ],
    [
      'an unknown signatory role',
      { signatory: { name: 'S', role: 'king' } },
      400,
      'signatory.role',
      'isEnum',
    ],
    ['an unknown field', { secretField: 1 }, 400, 'secretField', 'whitelistValidation'],
  ])('refuses %s on save, naming field and rule', async (_name, change, status, field, rule) => {
    const { member, id, version } = await completeDraft(ctx);
    const res = await ctx
      .http()
      .patch(`/api/applications/${id}`)
      .set('authorization', member.auth)
      .send({ version, ...change })
      .expect(status);
    expect(res.body.errors).toEqual([expect.objectContaining({ field, rule })]);
    const [row] = await ctx.db.query('SELECT version FROM applications WHERE id = $1', [id]);
    expect(row.version).toBe(version);
  });

  it('answers a stale save with 409 and the current version, overwriting nothing', async () => {
    const { member, id, version } = await completeDraft(ctx);
    await ctx
      .http()
      .patch(`/api/applications/${id}`)
      .set('authorization', member.auth)
      .send({ version, title: 'Fra fane A' })
      .expect(200);
    const stale = await ctx
      .http()
      .patch(`/api/applications/${id}`)
      .set('authorization', member.auth)
      .send({ version, title: 'Fra fane B' })
      .expect(409);
    expect(stale.body).toMatchObject({
      type: 'urn:problem:tilskudd:stale-version',
      currentVersion: version + 1,
    });
    const [row] = await ctx.db.query('SELECT title FROM applications WHERE id = $1', [id]);
    expect(row.title).toBe('Fra fane A');
  });

  it('says who made the last change and when, so a stale save can tell the user which colleague changed it', async () => {
    const member = await ctx.f.user([Role.Applicant], { name: 'Ola Søker' });
    const colleague = await ctx.f.user([Role.Applicant], { name: 'Kari Kollega' });
    const organisation = await ctx.f.organisation([member, colleague]);
    const round = await ctx.f.round();
    const created = await ctx
      .http()
      .post('/api/applications')
      .set('authorization', member.auth)
      .send({ roundId: round.id, organisationId: organisation.id, title: 'Felles søknad' })
      .expect(201);
    expect(created.body.lastChangedBy).toEqual({ id: member.user.id, name: 'Ola Søker' });
    expect(created.body.lastChangedAt).toBe(created.body.updatedAt);
    const id = created.body.id;

    const theirs = await ctx
      .http()
      .patch(`/api/applications/${id}`)
      .set('authorization', colleague.auth)
      .send({ version: created.body.version, title: 'Kari sin tittel' })
      .expect(200);
    expect(theirs.body.lastChangedBy).toEqual({ id: colleague.user.id, name: 'Kari Kollega' });
    await ctx
      .http()
      .patch(`/api/applications/${id}`)
      .set('authorization', member.auth)
      .send({ version: created.body.version, title: 'Ola sin tittel' })
      .expect(409);
    const latest = await ctx
      .http()
      .get(`/api/applications/${id}`)
      .set('authorization', member.auth)
      .expect(200);
    expect(latest.body).toMatchObject({
      version: created.body.version + 1,
      title: 'Kari sin tittel',
      lastChangedBy: { id: colleague.user.id, name: 'Kari Kollega' },
      lastChangedAt: theirs.body.updatedAt,
    });
    const [row] = await ctx.db.query('SELECT last_changed_by, updated_at FROM applications WHERE id = $1', [
      id,
    ]);
    expect(row.last_changed_by).toBe(colleague.user.id);
    expect(new Date(row.updated_at).toISOString()).toBe(latest.body.lastChangedAt);
  });

  it('accepts the six file types by content and refuses a disguised executable', async () => {
    const { member, id } = await completeDraft(ctx);
    for (const [bytes, name] of [
      [docxBytes(), 'a.docx'],
      [odtBytes(), 'b.odt'],
      [pngBytes(), 'c.png'],
    ] as const) {
      await upload(ctx, member, id, 'other', bytes, name, 'application/octet-stream').expect(201);
    }
    const disguised = await upload(
      ctx,
      member,
      id,
      'other',
      exeBytes(),
      'vedtekter.pdf',
      'application/pdf',
    ).expect(422);
    expect(disguised.body.errors).toEqual([expect.objectContaining({ field: 'file', rule: 'fileType' })]);
    const tooBig = await upload(
      ctx,
      member,
      id,
      'other',
      Buffer.concat([pdfBytes(), Buffer.alloc(10 * 1024 * 1024)]),
    ).expect(422);
    expect(tooBig.body.errors).toEqual([expect.objectContaining({ field: 'file', rule: 'maxSize' })]);
    const badKind = await upload(ctx, member, id, 'selfie').expect(400);
    expect(badKind.body.errors).toEqual([expect.objectContaining({ field: 'kind', rule: 'isEnum' })]);
    const files = await ctx.db.query(
      'SELECT file_name FROM application_attachments WHERE application_id = $1 ORDER BY uploaded_at',
      [id],
    );
    expect(files.map((f: { file_name: string }) => f.file_name)).toEqual([
      'statutes.pdf',
      'budget.pdf',
      'a.docx',
      'b.odt',
      'c.png',
    ]);
  });

  it('lets members and staff download the exact bytes, records each download, and keeps others out', async () => {
    const { member, id } = await completeDraft(ctx);
    const bytes = pdfBytes('Årsregnskap 2026');
    const up = await upload(ctx, member, id, 'annual_accounts', bytes, 'Årsregnskap.pdf').expect(201);
    const mine = await ctx
      .http()
      .get(`/api/applications/${id}/attachments/${up.body.id}`)
      .set('authorization', member.auth)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(Buffer.compare(mine.body as Buffer, bytes)).toBe(0);
    expect(mine.headers['content-type']).toBe('application/pdf');
    expect(mine.headers['content-disposition']).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent('Årsregnskap.pdf')}`,
    );
    const caseworker = await ctx.f.user([Role.Caseworker]);
    await ctx
      .http()
      .get(`/api/applications/${id}/attachments/${up.body.id}`)
      .set('authorization', caseworker.auth)
      .expect(200);
    const outsider = await ctx.f.user([Role.Applicant]);
    await ctx
      .http()
      .get(`/api/applications/${id}/attachments/${up.body.id}`)
      .set('authorization', outsider.auth)
      .expect(404);
    const admin = await ctx.f.user([Role.Admin]);
    await ctx
      .http()
      .get(`/api/applications/${id}/attachments/${up.body.id}`)
      .set('authorization', admin.auth)
      .expect(404);
    const downloads = await ctx.db.query(
      `SELECT actor_user_id FROM audit_events WHERE action = 'attachment.downloaded' AND entity_id = $1 ORDER BY id`,
      [up.body.id],
    );
    expect(downloads.map((d: { actor_user_id: string }) => d.actor_user_id)).toEqual([
      member.user.id,
      caseworker.user.id,
    ]);
  });

  it('keeps the offentleglova exemption with its legal basis', async () => {
    const { member, id } = await completeDraft(ctx);
    const noBasis = await ctx
      .http()
      .post(`/api/applications/${id}/attachments`)
      .set('authorization', member.auth)
      .field('kind', 'other')
      .field('exemptFromPublic', 'true')
      .attach('file', pdfBytes(), 'x.pdf')
      .expect(400);
    expect(noBasis.body.errors).toEqual([expect.objectContaining({ field: 'exemptionBasis' })]);
    const exempt = await ctx
      .http()
      .post(`/api/applications/${id}/attachments`)
      .set('authorization', member.auth)
      .field('kind', 'other')
      .field('exemptFromPublic', 'true')
      .field('exemptionBasis', 'offentleglova § 13 jf. forvaltningsloven § 13')
      .attach('file', pdfBytes(), 'helseopplysninger.pdf')
      .expect(201);
    expect(exempt.body).toMatchObject({
      exemptFromPublic: true,
      exemptionBasis: 'offentleglova § 13 jf. forvaltningsloven § 13',
    });
    const caseworker = await ctx.f.user([Role.Caseworker]);
    const lifted = await ctx
      .http()
      .patch(`/api/applications/${id}/attachments/${exempt.body.id}`)
      .set('authorization', caseworker.auth)
      .send({ exemptFromPublic: false })
      .expect(200);
    expect(lifted.body).toMatchObject({ exemptFromPublic: false, exemptionBasis: null });
  });

  it('withdraws before a decision with a reason, audited; a withdrawn application cannot be submitted', async () => {
    const { member, id, version } = await completeDraft(ctx);
    const submitted = await ctx
      .http()
      .post(`/api/applications/${id}/submit`)
      .set('authorization', member.auth)
      .send({ version })
      .expect(200);
    const noReason = await ctx
      .http()
      .post(`/api/applications/${id}/withdraw`)
      .set('authorization', member.auth)
      .send({ version: submitted.body.version })
      .expect(400);
    expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'reason', rule: 'required' })]);
    const withdrawn = await ctx
      .http()
      .post(`/api/applications/${id}/withdraw`)
      .set('authorization', member.auth)
      .send({ version: submitted.body.version, reason: 'Prosjektet får full finansiering fra kommunen.' })
      .expect(200);
    expect(withdrawn.body).toMatchObject({
      status: 'withdrawn',
      withdrawalReason: 'Prosjektet får full finansiering fra kommunen.',
    });
    const again = await ctx
      .http()
      .post(`/api/applications/${id}/submit`)
      .set('authorization', member.auth)
      .send({ version: withdrawn.body.version })
      .expect(409);
    expect(again.body.currentState).toBe('withdrawn');
    expect((await ctx.f.auditEvents(id)).map((e) => e.action).slice(-1)).toEqual(['application.withdrawn']);
  });

  it('only starts drafts in a published round that is open now', async () => {
    const member = await ctx.f.user();
    const org = await ctx.f.organisation([member]);
    const draftRound = await ctx.f.round({ status: 'draft' as never, publishedAt: null });
    const notYet = await ctx.f.round({ opensAt: new Date(Date.now() + 86_400_000) });
    for (const round of [draftRound, notYet]) {
      const res = await ctx
        .http()
        .post('/api/applications')
        .set('authorization', member.auth)
        .send({ roundId: round.id, organisationId: org.id })
        .expect(422);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'roundId', rule: 'openRound' })]);
    }
  });
});
