import { Role } from '@app/grants';
import { completeContent, completeDraft } from '../support/applications';
import { createTestApp, TestContext } from '../support/test-app';

/** Issue 17 § 3: one Norwegian voice in every error, in the written standard the client asks for. */
describe('problem language', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  /** A body with one validation error (a negative amount) and three broken rules of the round's scheme. */
  const brokenContent = {
    title: 'x'.repeat(151),
    measureCategory: 'z',
    periodStart: '2027-06-01',
    periodEnd: '2027-01-01',
  };
  const negativeLine = [{ category: 'salaries', description: 'Husleie', amountOre: -5 }];
  const ruleErrors = [
    { field: 'title', rule: 'maxChars', message: 'Teksten kan ha høyst 150 tegn (har 151).' },
    {
      field: 'measureCategory',
      rule: 'schemeCategory',
      message: 'Innsatsområdet må være ett av ordningens: a, b.',
    },
    { field: 'periodEnd', rule: 'afterStart', message: 'Sluttdatoen må være etter startdatoen.' },
  ];

  describe('validation and rule errors in one answer', () => {
    it('gives a new draft with a negative amount every broken rule at once (400), and the rules alone once fixed (422)', async () => {
      const member = await ctx.f.user();
      const organisation = await ctx.f.organisation([member]);
      const round = await ctx.f.round();
      const body = { roundId: round.id, organisationId: organisation.id, ...completeContent(brokenContent) };
      const first = await ctx
        .http()
        .post('/api/applications')
        .set('authorization', member.auth)
        .send({ ...body, budgetLines: negativeLine })
        .expect(400);
      expect(first.body.errors).toEqual([
        { field: 'budgetLines[0].amountOre', rule: 'min', message: 'Kan ikke være mindre enn 1.' },
        ...ruleErrors,
      ]);
      expect(first.body.detail).toBe(
        'Budsjett, nr. 1, Beløp: Kan ikke være mindre enn 1. Tittel: Teksten kan ha høyst 150 tegn (har 151). ' +
          'Innsatsområde: Innsatsområdet må være ett av ordningens: a, b. Sluttdato: Sluttdatoen må være etter startdatoen.',
      );
      const second = await ctx
        .http()
        .post('/api/applications')
        .set('authorization', member.auth)
        .send(body)
        .expect(422);
      expect(second.body.errors).toEqual(ruleErrors);
      const [{ count }] = await ctx.db.query(
        'SELECT count(*)::int AS count FROM applications WHERE organisation_id = $1',
        [organisation.id],
      );
      expect(count).toBe(0);
    });

    it('does the same when a draft is saved, and names a round that is not open', async () => {
      const { member, id, version } = await completeDraft(ctx);
      const res = await ctx
        .http()
        .patch(`/api/applications/${id}`)
        .set('authorization', member.auth)
        .send({ version, ...brokenContent, requestedAmountOre: -1 })
        .expect(400);
      expect(res.body.errors).toEqual([
        { field: 'requestedAmountOre', rule: 'min', message: 'Kan ikke være mindre enn 1.' },
        ...ruleErrors,
      ]);
      const organisation = await ctx.f.organisation([member]);
      const notYetOpen = await ctx.f.round({ opensAt: new Date(Date.now() + 86_400_000) });
      const late = await ctx
        .http()
        .post('/api/applications')
        .set('authorization', member.auth)
        .send({ roundId: notYetOpen.id, organisationId: organisation.id, requestedAmountOre: 0 })
        .expect(400);
      expect(late.body.errors).toEqual([
        { field: 'requestedAmountOre', rule: 'min', message: 'Kan ikke være mindre enn 1.' },
        { field: 'roundId', rule: 'openRound', message: 'Utlysningen er ikke åpen for søknader nå.' },
      ]);
    });

    it('gives a new scheme its validation errors and its whole-scheme rules together', async () => {
      const admin = await ctx.f.user([Role.Admin]);
      const res = await ctx
        .http()
        .post('/api/schemes')
        .set('authorization', admin.auth)
        .send(
          ctx.f.schemeInput({
            code: 'bad code',
            assessmentCriteria: [
              { code: 'k1', name: 'Kvalitet', weight: 60 },
              { code: 'k2', name: 'Gjennomføring', weight: 30 },
            ],
            scoreScaleMin: 6,
            scoreScaleMax: 1,
          }),
        )
        .expect(400);
      expect(res.body.errors).toEqual([
        expect.objectContaining({ field: 'code', rule: 'matches' }),
        {
          field: 'assessmentCriteria',
          rule: 'weightsSumTo100',
          message: 'Vektene for vurderingskriteriene må til sammen være 100 (er 90).',
        },
        {
          field: 'scoreScaleMax',
          rule: 'greaterThanMin',
          message: 'Øverste karakter må være høyere enn laveste.',
        },
      ]);
    });

    it('adds nothing about a draft the caller may not read', async () => {
      const { id, version } = await completeDraft(ctx);
      const stranger = await ctx.f.user();
      const res = await ctx
        .http()
        .patch(`/api/applications/${id}`)
        .set('authorization', stranger.auth)
        .send({ version, ...brokenContent, requestedAmountOre: -1 })
        .expect(400);
      expect(res.body.errors).toEqual([
        { field: 'requestedAmountOre', rule: 'min', message: 'Kan ikke være mindre enn 1.' },
      ]);
    });
  });

  describe('Accept-Language', () => {
    it('answers validation and rule errors in nynorsk for nn, keeping the field keys', async () => {
      const member = await ctx.f.user();
      const organisation = await ctx.f.organisation([member]);
      const round = await ctx.f.round();
      const res = await ctx
        .http()
        .post('/api/applications')
        .set('authorization', member.auth)
        .set('accept-language', 'nn-NO, nb;q=0.5')
        .send({
          roundId: round.id,
          organisationId: organisation.id,
          ...completeContent(brokenContent),
          budgetLines: negativeLine,
        })
        .expect(400);
      expect(res.headers['content-language']).toBe('nn');
      expect(res.body.title).toBe('Ugyldige opplysningar');
      expect(res.body.errors).toEqual([
        { field: 'budgetLines[0].amountOre', rule: 'min', message: 'Kan ikkje vere mindre enn 1.' },
        { field: 'title', rule: 'maxChars', message: 'Teksten kan ha høgst 150 teikn (har 151).' },
        {
          field: 'measureCategory',
          rule: 'schemeCategory',
          message: 'Innsatsområdet må vere eitt av områda i ordninga: a, b.',
        },
        { field: 'periodEnd', rule: 'afterStart', message: 'Sluttdatoen må vere etter startdatoen.' },
      ]);
      expect(res.body.detail).toContain('Tittel: Teksten kan ha høgst 150 teikn (har 151).');
    });

    it.each([
      ['nn', 'nn', 'Utlysing: Feltet må fyllast ut. Organisasjon: Feltet må fyllast ut.'],
      ['no-NN', 'nn', 'Utlysing: Feltet må fyllast ut. Organisasjon: Feltet må fyllast ut.'],
      ['nb;q=0.9, nn;q=0.4', 'nb', 'Utlysning: Feltet må fylles ut. Organisasjon: Feltet må fylles ut.'],
      ['no', 'nb', 'Utlysning: Feltet må fylles ut. Organisasjon: Feltet må fylles ut.'],
      ['en-GB', 'nb', 'Utlysning: Feltet må fylles ut. Organisasjon: Feltet må fylles ut.'],
      [undefined, 'nb', 'Utlysning: Feltet må fylles ut. Organisasjon: Feltet må fylles ut.'],
    ])('Accept-Language %p gives %p, fields by their labels in detail', async (header, language, detail) => {
      const member = await ctx.f.user();
      const request = ctx.http().post('/api/applications').set('authorization', member.auth);
      if (header) void request.set('accept-language', header);
      const res = await request.send({}).expect(400);
      expect(res.headers['content-language']).toBe(language);
      expect(res.body.detail).toBe(detail);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['roundId', 'organisationId']);
    });

    it('translates domain errors, with the right gender in nynorsk', async () => {
      const member = await ctx.f.user();
      const missing = '00000000-0000-4000-8000-000000000000';
      const nn = await ctx
        .http()
        .get(`/api/applications/${missing}`)
        .set('authorization', member.auth)
        .set('accept-language', 'nn')
        .expect(404);
      expect(nn.body).toMatchObject({ title: 'Ikkje funne', detail: 'Søknaden vart ikkje funnen.' });
      const nb = await ctx
        .http()
        .get(`/api/applications/${missing}`)
        .set('authorization', member.auth)
        .expect(404);
      expect(nb.body).toMatchObject({ title: 'Ikke funnet', detail: 'Søknaden ble ikke funnet.' });
      expect(nb.headers['content-language']).toBe('nb');
    });

    it('translates a state error with its interpolated status and event', async () => {
      const { member, id, version } = await completeDraft(ctx);
      await ctx
        .http()
        .post(`/api/applications/${id}/submit`)
        .set('authorization', member.auth)
        .send({ version })
        .expect(200);
      const res = await ctx
        .http()
        .patch(`/api/applications/${id}`)
        .set('authorization', member.auth)
        .set('accept-language', 'nn')
        .send({ version: version + 1, title: 'Ny tittel' })
        .expect(409);
      expect(res.body.detail).toBe('Søknaden kan ikkje endrast når han har status «send inn».');
    });

    it('answers a forbidden role in nynorsk', async () => {
      const caseworker = await ctx.f.user([Role.Caseworker]);
      const res = await ctx
        .http()
        .post('/api/applications')
        .set('authorization', caseworker.auth)
        .set('accept-language', 'nn')
        .send({})
        .expect(403);
      expect(res.body.title).toBe('Ikkje tillate');
      expect(res.body.detail).not.toMatch(/\b(ikke|være)\b/);
    });
  });

  describe('framework errors in Norwegian', () => {
    it('refuses a text/plain body with 415, as it does form-encoded and XML bodies', async () => {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
        const res = await ctx
          .http()
          .post('/api/auth/login')
          .set('content-type', type)
          .send('email=a')
          .expect(415);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.body).toMatchObject({
          title: 'Innholdstypen støttes ikke',
          detail: 'Innholdstypen støttes ikke. Send application/json (eller multipart/form-data for filer).',
        });
      }
      const nn = await ctx
        .http()
        .post('/api/auth/login')
        .set('content-type', 'text/plain')
        .set('accept-language', 'nn')
        .send('x')
        .expect(415);
      expect(nn.body.title).toBe('Innhaldstypen er ikkje støtta');
    });

    it('says a malformed JSON body is not JSON, in the language asked for', async () => {
      const nb = await ctx
        .http()
        .post('/api/auth/login')
        .set('content-type', 'application/json')
        .send('{"a":')
        .expect(400);
      expect(nb.body).toMatchObject({
        title: 'Ugyldig forespørsel',
        detail: 'Innholdet er ikke gyldig JSON.',
      });
      const nn = await ctx
        .http()
        .post('/api/auth/login')
        .set('content-type', 'application/json')
        .set('accept-language', 'nn')
        .send('{"a":')
        .expect(400);
      expect(nn.body).toMatchObject({
        title: 'Ugyldig førespurnad',
        detail: 'Innhaldet er ikkje gyldig JSON.',
      });
      expect(JSON.stringify(nn.body)).not.toMatch(/Body is not valid JSON/);
    });

    it('answers an unknown address without echoing it, and a wrong method with 405 and Allow', async () => {
      const unknown = await ctx.http().get('/api/soknader').set('accept-language', 'nn').expect(404);
      expect(unknown.body).toMatchObject({
        title: 'Ikkje funne',
        detail: 'Det finst inga slik adresse i API-et. Sjå dokumentasjonen på /api/docs.',
      });
      expect(unknown.body.detail).not.toMatch(/Cannot GET/);
      const wrong = await ctx.http().delete('/api/health').expect(405);
      expect(wrong.headers.allow).toBe('GET');
      expect(wrong.body).toMatchObject({ title: 'Metoden er ikke tillatt', status: 405 });
      const member = await ctx.f.user();
      const put = await ctx
        .http()
        .put('/api/applications/00000000-0000-4000-8000-000000000000')
        .set('authorization', member.auth)
        .set('accept-language', 'nn')
        .send({})
        .expect(405);
      expect(put.headers.allow.split(', ')).toEqual(expect.arrayContaining(['GET', 'PATCH']));
      expect(put.body.title).toBe('Metoden er ikkje tillaten');
    });

    it('answers a body over the limit with 413 in Norwegian', async () => {
      const res = await ctx
        .http()
        .post('/api/auth/login')
        .set('content-type', 'application/json')
        .set('accept-language', 'nn')
        .send(JSON.stringify({ email: 'x'.repeat(1_100_000) }))
        .expect(413);
      expect(res.body).toMatchObject({
        title: 'Førespurnaden er for stor',
        detail: 'Førespurnaden er større enn 1 MB.',
      });
    });

    it('answers broken multipart uploads in Norwegian', async () => {
      const { member, id } = await completeDraft(ctx);
      const garbage = await ctx
        .http()
        .post(`/api/applications/${id}/attachments`)
        .set('authorization', member.auth)
        .set('accept-language', 'nn')
        .set('content-type', 'multipart/form-data; boundary=x')
        .send('garbage')
        .expect(422);
      expect(garbage.body.detail).toBe('Fila manglar (feltet «file»).');
      const json = await ctx
        .http()
        .post(`/api/applications/${id}/attachments`)
        .set('authorization', member.auth)
        .send({ kind: 'budget' })
        .expect(422);
      expect(json.body.detail).toBe('Vedlegg lastes opp som multipart/form-data med feltet «file».');
    });
  });
});
