import { Actor, ApplicationsService, ApplicationStatus, Role, UsersService } from '@app/grants';
import { DomainError } from '@app/platform';
import { createTestApp, TestContext } from '../support/test-app';
import { completeContent, completeDraft, DraftFixture } from '../support/applications';
import { declare, submitted } from '../support/case-handling';
import { pdfBytes } from '../support/files';

describe('who sees and changes applications', () => {
  let ctx: TestContext;
  let mine: DraftFixture;
  let theirs: DraftFixture;
  beforeAll(async () => {
    ctx = await createTestApp();
    mine = await completeDraft(ctx);
    theirs = await completeDraft(ctx, mine.round);
  });
  afterAll(() => ctx.close());

  it("answers 404 to every read and write of another organisation's application", async () => {
    const id = theirs.id;
    const [attachment] = await ctx.db.query(
      'SELECT id FROM application_attachments WHERE application_id = $1 LIMIT 1',
      [id],
    );
    const auth = mine.member.auth;
    const calls = [
      ctx.http().get(`/api/applications/${id}`).set('authorization', auth),
      ctx
        .http()
        .patch(`/api/applications/${id}`)
        .set('authorization', auth)
        .send({ version: 1, title: 'Kapret' }),
      ctx.http().post(`/api/applications/${id}/submit`).set('authorization', auth).send({ version: 1 }),
      ctx
        .http()
        .post(`/api/applications/${id}/withdraw`)
        .set('authorization', auth)
        .send({ version: 1, reason: 'x' }),
      ctx
        .http()
        .post(`/api/applications/${id}/attachments`)
        .set('authorization', auth)
        .field('kind', 'other')
        .attach('file', pdfBytes(), 'x.pdf'),
      ctx.http().get(`/api/applications/${id}/attachments/${attachment.id}`).set('authorization', auth),
      ctx.http().delete(`/api/applications/${id}/attachments/${attachment.id}`).set('authorization', auth),
      ctx
        .http()
        .patch(`/api/applications/${id}/attachments/${attachment.id}`)
        .set('authorization', auth)
        .send({ exemptFromPublic: false }),
    ];
    const statuses = (await Promise.all(calls)).map((r) => r.status);
    expect(statuses).toEqual(Array(calls.length).fill(404));
    const [row] = await ctx.db.query('SELECT title, status, version FROM applications WHERE id = $1', [id]);
    expect(row).toEqual({ title: completeContent().title, status: 'draft', version: 1 });
    expect(
      await ctx.db.query('SELECT count(*)::int AS n FROM application_attachments WHERE application_id = $1', [
        id,
      ]),
    ).toEqual([{ n: 2 }]);
  });

  it('does not let an applicant start a draft for another organisation', async () => {
    const res = await ctx
      .http()
      .post('/api/applications')
      .set('authorization', mine.member.auth)
      .send({ roundId: mine.round.id, organisationId: theirs.organisationId })
      .expect(404);
    expect(res.body.detail).toBe('Organisasjonen ble ikke funnet.');
  });

  it("lists only the applicant's own organisations' applications, whatever the filter says", async () => {
    const all = await ctx
      .http()
      .get('/api/applications?limit=100')
      .set('authorization', mine.member.auth)
      .expect(200);
    expect(all.body.items.map((a: { id: string }) => a.id)).toEqual([mine.id]);
    expect(all.body.total).toBe(1);
    const probing = await ctx
      .http()
      .get(`/api/applications?organisationId=${theirs.organisationId}`)
      .set('authorization', mine.member.auth)
      .expect(200);
    expect(probing.body).toMatchObject({ items: [], total: 0 });
  });

  it.each([Role.Caseworker, Role.Approver, Role.Finance])(
    'lets %s read every application but change none',
    async (role) => {
      const staff = await ctx.f.user([role]);
      const list = await ctx
        .http()
        .get(`/api/applications?roundId=${mine.round.id}`)
        .set('authorization', staff.auth)
        .expect(200);
      expect(list.body.items.map((a: { id: string }) => a.id).sort()).toEqual([mine.id, theirs.id].sort());
      await ctx.http().get(`/api/applications/${theirs.id}`).set('authorization', staff.auth).expect(200);
      const edit = await ctx
        .http()
        .patch(`/api/applications/${theirs.id}`)
        .set('authorization', staff.auth)
        .send({ version: 1, title: 'Saksbehandlers versjon' })
        .expect(403);
      expect(edit.body.type).toBe('urn:problem:tilskudd:forbidden');
    },
  );

  it('answers reads that arrive together each by the rights of its own reader', async () => {
    // Details asked for in the same turn are read with one statement (ReadBatcher); nobody may get another's answer.
    const a = await submitted(ctx, mine.round);
    const b = await submitted(ctx, mine.round);
    const free = await ctx.f.user([Role.Caseworker]);
    const conflicted = await ctx.f.user([Role.Caseworker]);
    await declare(ctx, conflicted, a.id, true, 'Styremedlem i søkerorganisasjonen.').expect(201);
    await declare(ctx, conflicted, b.id, false).expect(201);
    const readers = { free, conflicted, memberA: a.member, memberB: b.member };
    const expected: [keyof typeof readers, string, number][] = [
      ['free', a.id, 200],
      ['free', b.id, 200],
      ['conflicted', a.id, 403],
      ['conflicted', b.id, 200],
      ['memberA', a.id, 200],
      ['memberA', b.id, 404],
      ['memberB', a.id, 404],
      ['memberB', b.id, 200],
      ['free', '00000000-0000-4000-8000-000000000000', 404],
    ];

    // In one turn of the event loop, through the service: one batch for certain.
    const service = ctx.app.get(ApplicationsService);
    const users = ctx.app.get(UsersService);
    const actors: Record<string, Actor> = {};
    for (const [name, reader] of Object.entries(readers))
      actors[name] = (await users.resolveActor(reader.user.id))!;
    const direct = await Promise.allSettled(
      [...expected, ...expected].map(([who, id]) => service.get(actors[who], id)),
    );
    const outcome = (r: PromiseSettledResult<Awaited<ReturnType<ApplicationsService['get']>>>) =>
      r.status === 'fulfilled' ? r.value.application.id : (r.reason as DomainError).code;
    expect(direct.map(outcome)).toEqual(
      [...expected, ...expected].map(([, id, status]) =>
        status === 200 ? id : status === 403 ? 'forbidden' : 'not_found',
      ),
    );

    // And over HTTP, all at once.
    const answers = await Promise.all(
      [...expected, ...expected].map(([who, id]) =>
        ctx.http().get(`/api/applications/${id}`).set('authorization', readers[who].auth),
      ),
    );
    expect(answers.map((res) => [res.status, res.status === 200 ? res.body.id : undefined])).toEqual(
      [...expected, ...expected].map(([, id, status]) => [status, status === 200 ? id : undefined]),
    );
  });

  it('answers list requests that arrive together each with its own filter and rights', async () => {
    // First pages of one shape asked for in the same turn run as one statement; nobody may get another's page.
    const round = await ctx.f.round();
    const other = await ctx.f.round();
    const a = await submitted(ctx, round);
    const b = await completeDraft(ctx, round);
    const staff = (await ctx.app
      .get(UsersService)
      .resolveActor((await ctx.f.user([Role.Caseworker])).user.id))!;
    const users = ctx.app.get(UsersService);
    const memberA = (await users.resolveActor(a.member.user.id))!;
    const memberB = (await users.resolveActor(b.member.user.id))!;
    const service = ctx.app.get(ApplicationsService);
    const asks: [Actor, Parameters<ApplicationsService['list']>[1], string[]][] = [
      [staff, { roundId: round.id, status: ApplicationStatus.Submitted }, [a.id]],
      [staff, { roundId: round.id, status: ApplicationStatus.Draft }, [b.id]],
      [staff, { roundId: other.id, status: ApplicationStatus.Submitted }, []],
      [memberA, { roundId: round.id }, [a.id]],
      [memberB, { roundId: round.id }, [b.id]],
      [memberA, { roundId: round.id, status: ApplicationStatus.Draft }, []],
      [staff, { roundId: round.id }, [a.id, b.id]],
      [staff, { roundId: round.id, sort: 'referenceNumber' }, [a.id, b.id]],
    ];
    const page = { limit: 25, offset: 0 };
    const together = await Promise.all(
      [...asks, ...asks].map(([actor, filter]) => service.list(actor, filter, page)),
    );
    const seen = together.map((p) => ({ ids: p.items.map((i) => i.id).sort(), total: p.total }));
    expect(seen).toEqual(
      [...asks, ...asks].map(([, , ids]) => ({ ids: [...ids].sort(), total: ids.length })),
    );
    // The same as asking one at a time, item for item.
    for (const [i, [actor, filter]] of asks.entries()) {
      expect(together[i]).toEqual(await service.list(actor, filter, page));
    }
  });

  it('shows the admin no applications (only case handlers and finance read them)', async () => {
    const admin = await ctx.f.user([Role.Admin]);
    const list = await ctx.http().get('/api/applications').set('authorization', admin.auth).expect(200);
    expect(list.body.total).toBe(0);
    await ctx.http().get(`/api/applications/${mine.id}`).set('authorization', admin.auth).expect(404);
  });

  it('filters, searches, sorts and pages the caseworker list', async () => {
    const caseworker = await ctx.f.user([Role.Caseworker]);
    const round = await ctx.f.round();
    const a = await completeDraft(ctx, round);
    const b = await completeDraft(ctx, round);
    await ctx
      .http()
      .patch(`/api/applications/${b.id}`)
      .set('authorization', b.member.auth)
      .send({
        version: 1,
        title: 'Oppsøkende arbeid på gateplan',
        summary: 'Vi oppsøker kvinner i gateprostitusjon.',
        measureCategory: 'b',
        requestedAmountOre: 10_000_000,
      })
      .expect(200);
    await ctx
      .http()
      .post(`/api/applications/${a.id}/submit`)
      .set('authorization', a.member.auth)
      .send({ version: 1 })
      .expect(200);

    const get = (query: string) =>
      ctx
        .http()
        .get(`/api/applications?roundId=${round.id}&${query}`)
        .set('authorization', caseworker.auth)
        .expect(200);
    expect((await get('status=submitted')).body.items.map((i: { id: string }) => i.id)).toEqual([a.id]);
    expect((await get('measureCategory=b')).body.items.map((i: { id: string }) => i.id)).toEqual([b.id]);
    // Norwegian stemming: "oppsøkende" finds "oppsøker"/"oppsøkende".
    expect((await get('q=oppsøkende')).body.items.map((i: { id: string }) => i.id)).toEqual([b.id]);
    expect(
      (await get(`organisationId=${a.organisationId}`)).body.items.map((i: { id: string }) => i.id),
    ).toEqual([a.id]);
    const byAmount = (await get('sort=requestedAmountOre')).body.items.map((i: { id: string }) => i.id);
    expect(byAmount).toEqual([b.id, a.id]);
    const page2 = (await get('sort=requestedAmountOre&limit=1&offset=1')).body;
    expect(page2).toMatchObject({
      total: 2,
      limit: 1,
      offset: 1,
      items: [expect.objectContaining({ id: a.id })],
    });
    // A page past the end is empty and still carries the total.
    expect((await get('limit=10&offset=10')).body).toMatchObject({ items: [], total: 2, totalIsExact: true });
    const ref = (await get('status=submitted')).body.items[0];
    expect(ref).toMatchObject({
      referenceNumber: expect.stringMatching(/-0001$/),
      organisationName: expect.any(String),
      requestedAmountOre: 50_000_000,
    });
    expect((await get(`q=${ref.referenceNumber}`)).body.items.map((i: { id: string }) => i.id)).toEqual([
      a.id,
    ]);
  });

  it('counts totals exactly up to 1 000 rows and says when the total is only a lower bound', async () => {
    const caseworker = await ctx.f.user([Role.Caseworker]);
    const round = await ctx.f.round();
    const member = await ctx.f.user();
    const org = await ctx.f.organisation([member]);
    await ctx.db.query(
      `INSERT INTO applications (round_id, organisation_id, status, title, created_by)
       SELECT $1, $2, 'draft', 'Utkast ' || g, $3 FROM generate_series(1, 1005) g`,
      [round.id, org.id, member.user.id],
    );
    const big = await ctx
      .http()
      .get(`/api/applications?roundId=${round.id}&limit=10`)
      .set('authorization', caseworker.auth)
      .expect(200);
    expect(big.body).toMatchObject({ total: 1000, totalIsExact: false, limit: 10 });
    expect(big.body.items).toHaveLength(10);
    const deep = await ctx
      .http()
      .get(`/api/applications?roundId=${round.id}&limit=10&offset=1000`)
      .set('authorization', caseworker.auth)
      .expect(200);
    expect(deep.body).toMatchObject({ total: 1005, totalIsExact: true });
    expect(deep.body.items).toHaveLength(5);
    const small = await ctx
      .http()
      .get(`/api/applications?roundId=${round.id}&q=Utkast 1004`)
      .set('authorization', caseworker.auth)
      .expect(200);
    expect(small.body.totalIsExact).toBe(true);
  });
});
