import { APPLICATION_DECLARATION, Role } from '@app/grants';
import { completeDraft, upload } from '../support/applications';
import { createTestApp, TestContext } from '../support/test-app';

interface HistoryEvent {
  event: string;
  kind: string;
  entityId: string;
  text: string;
  at: string;
}

/**
 * The applicant's declaration at submission («Jeg bekrefter at opplysningene i søknaden er riktige …»): the web sends
 * `declaration: true` with the submission and the API records who, when and which wording — on the application, in
 * the submission's audit event and in the case history. Optional for API clients: without it the application is
 * submitted as before, with no declaration; `false` is refused naming the field.
 */
describe('applications: the declaration at submission', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());
  beforeEach(() => ctx.clock.set(new Date()));

  const submit = (auth: string, id: string, body: Record<string, unknown>) =>
    ctx.http().post(`/api/applications/${id}/submit`).set('authorization', auth).send(body);

  const history = async (auth: string, id: string, language = 'nb'): Promise<HistoryEvent[]> =>
    (
      await ctx
        .http()
        .get(`/api/applications/${id}/history`)
        .set('authorization', auth)
        .set('accept-language', language)
        .expect(200)
    ).body as HistoryEvent[];

  it('records who declared, when and which wording: in the answer, the row, the audit event and the case history', async () => {
    const { member, id, version } = await completeDraft(ctx);
    const now = ctx.clock.now().toISOString();
    const declaration = {
      declaredAt: now,
      declaredBy: { id: member.user.id, name: member.user.name },
      text: APPLICATION_DECLARATION.version,
    };

    const res = await submit(member.auth, id, { version, declaration: true }).expect(200);
    expect(res.body).toMatchObject({ status: 'submitted', submittedAt: now, declaration });
    expect(APPLICATION_DECLARATION.version).toBe('2027-1');

    // Read again, by the member and by a caseworker: the same record.
    const caseworker = await ctx.f.user([Role.Caseworker]);
    for (const reader of [member, caseworker]) {
      const read = await ctx
        .http()
        .get(`/api/applications/${id}`)
        .set('authorization', reader.auth)
        .expect(200);
      expect(read.body.declaration).toEqual(declaration);
    }

    // The row: the same moment as the submission, by the submitter, with the wording's version.
    const [row] = await ctx.db.query(
      `SELECT declared_at, declared_by, declaration_version, submitted_at, submitted_by
         FROM applications WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({
      declared_at: new Date(now),
      declared_by: member.user.id,
      declaration_version: '2027-1',
      submitted_at: new Date(now),
      submitted_by: member.user.id,
    });

    // The submission's audit event has the declaration in its `after`, with the wording declared.
    const submitted = (await ctx.f.auditEvents(id)).filter((e) => e.action === 'application.submitted');
    expect(submitted).toHaveLength(1);
    expect(submitted[0].actor_user_id).toBe(member.user.id);
    expect(submitted[0].before).toMatchObject({
      declaredAt: null,
      declaredBy: null,
      declarationVersion: null,
    });
    expect(submitted[0].after).toMatchObject({
      status: 'submitted',
      declaredAt: now,
      declaredBy: member.user.id,
      declarationVersion: '2027-1',
      declarationText: APPLICATION_DECLARATION.text,
    });
    expect(APPLICATION_DECLARATION.text).toBe(
      'Jeg bekrefter at opplysningene i søknaden er riktige, og at jeg har lov til å søke på vegne av organisasjonen.',
    );

    // The case history: the declaration right after the submission, by name, in bokmål and in nynorsk.
    const events = await history(member.auth, id);
    expect(events.map((e) => [e.event, e.text])).toEqual([
      ['application.submitted', 'Søknaden ble sendt inn'],
      ['application.declared', `Erklæring avgitt av ${member.user.name}`],
    ]);
    expect(events[1]).toMatchObject({ kind: 'application', entityId: id, at: now });
    expect((await history(member.auth, id, 'nn')).map((e) => e.text)).toEqual([
      'Søknaden vart send inn',
      `Erklæring gjeven av ${member.user.name}`,
    ]);
  });

  it('refuses `declaration: false` with 422 naming the field, with every other missing item, and writes nothing', async () => {
    const { member, id, version } = await completeDraft(ctx);
    const res = await submit(member.auth, id, { version, declaration: false }).expect(422);
    expect(res.body).toMatchObject({
      type: 'urn:problem:tilskudd:rule-violation',
      status: 422,
      errors: [
        { field: 'declaration', rule: 'required', message: 'Du må bekrefte at opplysningene er riktige.' },
      ],
    });
    const nn = await submit(member.auth, id, { version, declaration: false })
      .set('accept-language', 'nn')
      .expect(422);
    expect(nn.body.errors).toEqual([
      { field: 'declaration', rule: 'required', message: 'Du må stadfeste at opplysningane er rette.' },
    ]);

    // An incomplete draft: the declaration is listed with what else is missing, in one answer.
    const other = await ctx.f.user();
    const org = await ctx.f.organisation([other]);
    const round = await ctx.f.round();
    const draft = await ctx
      .http()
      .post('/api/applications')
      .set('authorization', other.auth)
      .send({ roundId: round.id, organisationId: org.id, title: 'Uferdig' })
      .expect(201);
    await upload(ctx, other, draft.body.id, 'statutes').expect(201);
    const both = await submit(other.auth, draft.body.id, { version: 1, declaration: false }).expect(422);
    const fields = (both.body.errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['summary', 'attachments', 'declaration']));
    expect(fields[fields.length - 1]).toBe('declaration');

    const [row] = await ctx.db.query(
      'SELECT status, declared_at, declared_by, declaration_version, version FROM applications WHERE id = $1',
      [id],
    );
    expect(row).toEqual({
      status: 'draft',
      declared_at: null,
      declared_by: null,
      declaration_version: null,
      version,
    });
    expect((await ctx.f.auditEvents(id)).map((e) => e.action)).not.toContain('application.submitted');
  });

  it('refuses a declaration that is not a boolean as an invalid body (400), naming the field', async () => {
    const { member, id, version } = await completeDraft(ctx);
    for (const declaration of ['true', 'ja', 1, null]) {
      const res = await submit(member.auth, id, { version, declaration }).expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'declaration' })]);
    }
    const [row] = await ctx.db.query('SELECT status FROM applications WHERE id = $1', [id]);
    expect(row).toEqual({ status: 'draft' });
  });

  it('submits without a declaration as before (existing API clients): declaration null, nothing recorded', async () => {
    const { member, id, version } = await completeDraft(ctx);
    const res = await submit(member.auth, id, { version }).expect(200);
    expect(res.body).toMatchObject({ status: 'submitted', declaration: null });
    expect(res.body.referenceNumber).toMatch(/-\d{4}$/);

    const [row] = await ctx.db.query(
      'SELECT declared_at, declared_by, declaration_version FROM applications WHERE id = $1',
      [id],
    );
    expect(row).toEqual({ declared_at: null, declared_by: null, declaration_version: null });
    const [submitted] = (await ctx.f.auditEvents(id)).filter((e) => e.action === 'application.submitted');
    expect(submitted.after).toMatchObject({ declaredAt: null, declaredBy: null, declarationVersion: null });
    expect(submitted.after).not.toHaveProperty('declarationText');
    expect((await history(member.auth, id)).map((e) => e.event)).toEqual(['application.submitted']);
  });

  it('keeps the declaration columns consistent in the database: all three or none, and only when submitted', async () => {
    const { member, id, version } = await completeDraft(ctx);
    await expect(
      ctx.db.query(
        `UPDATE applications SET declared_at = now(), declared_by = $2, declaration_version = '2027-1' WHERE id = $1`,
        [id, member.user.id],
      ),
    ).rejects.toThrow(/ck_applications_declaration/);
    await submit(member.auth, id, { version }).expect(200);
    await expect(
      ctx.db.query(`UPDATE applications SET declared_at = now() WHERE id = $1`, [id]),
    ).rejects.toThrow(/ck_applications_declaration/);
  });
});
