import { Role } from '@app/grants';
import { completeDraft, upload } from '../support/applications';
import { staff } from '../support/case-handling';
import { acceptedGrant } from '../support/payments';
import { TestUser } from '../support/factories';
import { createTestApp, TestContext } from '../support/test-app';

/** Each 5xx the schema-driven fuzz run (fuzz.e2e-spec.ts) found, as the clear 4xx it now is. */
describe('inputs the fuzz run found answering 5xx', () => {
  let ctx: TestContext;
  let admin: TestUser;

  beforeAll(async () => {
    ctx = await createTestApp();
    admin = await ctx.f.user([Role.Admin]);
  });
  afterAll(() => ctx.close());

  const problem = (res: { status: number; headers: Record<string, string>; body: unknown }) => ({
    status: res.status,
    type: res.headers['content-type'],
    body: res.body,
  });

  it('refuses an upload that is only a ZIP signature (or a cut first header) as a file of the wrong type', async () => {
    const draft = await completeDraft(ctx);
    for (const bytes of [
      Buffer.from('PK\u0003\u0004', 'latin1'),
      Buffer.from('PK\u0003\u0004 short header'),
    ]) {
      const res = await upload(ctx, draft.member, draft.id, 'other', bytes, 'vedlegg.docx');
      expect(problem(res)).toMatchObject({
        status: 422,
        type: expect.stringMatching(/^application\/problem\+json/),
        body: { errors: [expect.objectContaining({ field: 'file', rule: 'fileType' })] },
      });
    }
  });

  describe('text with a lone surrogate (JSON "\\ud800") is refused naming the field', () => {
    const lone = 'kari\ud800@example.test';
    const refusedCharacter = (field: string) => ({
      status: 400,
      type: expect.stringMatching(/^application\/problem\+json/),
      body: { errors: [expect.objectContaining({ field, rule: 'forbiddenCharacter' })] },
    });
    // An e-mail address made validator's isEmail throw; any other text reached jsonb (the audit trail) and PostgreSQL
    // refused it. The hostile-input layer now refuses it as a forbidden character before validation.
    const cases: [
      string,
      () => { method: 'post' | 'patch'; path: string; auth?: string; body: object; field: string },
    ][] = [
      [
        'logging in',
        () => ({
          method: 'post',
          path: '/api/auth/login',
          body: { email: lone, password: 'x' },
          field: 'email',
        }),
      ],
      [
        'registering',
        () => ({
          method: 'post',
          path: '/api/auth/register',
          body: { email: lone, name: 'Kari', password: 'et langt passord her' },
          field: 'email',
        }),
      ],
      [
        'creating a user',
        () => ({
          method: 'post',
          path: '/api/admin/users',
          auth: admin.auth,
          body: {
            email: 'kari@example.test',
            name: 'Kari \udc00',
            password: 'et langt passord her',
            roles: ['caseworker'],
          },
          field: 'name',
        }),
      ],
    ];
    it.each(cases)('%s', async (_what, request) => {
      const { method, path, auth, body, field } = request();
      let req = ctx.http()[method](path);
      if (auth) req = req.set('authorization', auth);
      expect(problem(await req.send(body))).toMatchObject(refusedCharacter(field));
    });

    it("changing a scheme's name, and a budget line deep in a draft", async () => {
      const round = await ctx.f.round();
      const [{ version }] = await ctx.db.query('SELECT version FROM grant_schemes WHERE id = $1', [
        round.schemeId,
      ]);
      const scheme = await ctx
        .http()
        .patch(`/api/schemes/${round.schemeId}`)
        .set('authorization', admin.auth)
        .send({ version, name: 'Ordning \ud800' });
      expect(problem(scheme)).toMatchObject(refusedCharacter('name'));
      const draft = await completeDraft(ctx, round);
      const update = await ctx
        .http()
        .patch(`/api/applications/${draft.id}`)
        .set('authorization', draft.member.auth)
        .send({
          version: draft.version,
          budgetLines: [{ category: 'salaries', description: 'L\udfffønn', amountOre: 1 }],
        });
      expect(problem(update)).toMatchObject(refusedCharacter('budgetLines[0].description'));
      const [row] = await ctx.db.query('SELECT version FROM applications WHERE id = $1', [draft.id]);
      expect(row.version).toBe(draft.version);
    });
  });

  describe('null for a field that may be left out but cannot be empty is refused, not met as a value', () => {
    const patch = (path: string, who: TestUser, body: Record<string, unknown>) =>
      ctx.http().patch(path).set('authorization', who.auth).send(body);
    const refused = (field: string) => ({
      status: 400,
      type: expect.stringMatching(/^application\/problem\+json/),
      body: { errors: [expect.objectContaining({ field })] },
    });

    it.each(['name', 'roles', 'active', 'password'])("a user's %s", async (field) => {
      const user = await ctx.f.user([Role.Caseworker]);
      const res = await patch(`/api/admin/users/${user.user.id}`, admin, { version: 1, [field]: null });
      expect(problem(res)).toMatchObject(refused(field));
      const [row] = await ctx.db.query('SELECT name, roles, active FROM users WHERE id = $1', [user.user.id]);
      expect(row).toMatchObject({ name: user.user.name, roles: ['caseworker'], active: true });
    });

    it("an organisation's register flags and name; its phone number, which null removes", async () => {
      const caseworker = await ctx.f.user([Role.Caseworker]);
      const signatory = await ctx.f.user();
      const organisation = await ctx.f.organisation([signatory], { phone: '22 00 00 00' });
      for (const field of ['bankrupt', 'underLiquidation', 'registeredInVoluntaryRegistry']) {
        const res = await patch(`/api/organisations/${organisation.id}/register-flags`, caseworker, {
          version: 1,
          [field]: null,
        });
        expect(problem(res)).toMatchObject(refused(field));
      }
      const name = await patch(`/api/organisations/${organisation.id}`, signatory, {
        version: 1,
        name: null,
      });
      expect(problem(name)).toMatchObject(refused('name'));
      const phone = await patch(`/api/organisations/${organisation.id}`, signatory, {
        version: 1,
        phone: null,
      });
      expect(phone.status).toBe(200);
      expect(phone.body.phone).toBeNull();
    });

    it("a scheme's and a round's fields, but not the nynorsk name, which null removes", async () => {
      const round = await ctx.f.round();
      const [{ version }] = await ctx.db.query('SELECT version FROM grant_schemes WHERE id = $1', [
        round.schemeId,
      ]);
      const name = await patch(`/api/schemes/${round.schemeId}`, admin, { version, name: null });
      expect(problem(name)).toMatchObject(refused('name'));
      const nameNn = await patch(`/api/schemes/${round.schemeId}`, admin, { version, nameNn: null });
      expect(nameNn.status).toBe(200);
      for (const field of ['title', 'budgetFrameOre', 'budgetReservation']) {
        const res = await patch(`/api/rounds/${round.id}`, admin, { version: round.version, [field]: null });
        expect(problem(res)).toMatchObject(refused(field));
      }
    });

    it("a report's figures (its texts and signatory may be cleared)", async () => {
      const grant = await acceptedGrant(ctx, await staff(ctx), { amountOre: 1_000_000 });
      const save = (body: Record<string, unknown>) =>
        ctx
          .http()
          .put(`/api/applications/${grant.applicationId}/report`)
          .set('authorization', grant.member.auth)
          .send(body);
      for (const field of ['indicators', 'actuals', 'otherIncomeOre']) {
        expect(problem(await save({ [field]: null }))).toMatchObject(refused(field));
      }
      const cleared = await save({ goalAchievement: null, signatory: null });
      expect(cleared.status).toBe(200);
    });
  });

  describe('an array where an object belongs is refused, not validated as its elements', () => {
    it('an item of a batch approval', async () => {
      const approver = await ctx.f.user([Role.Approver]);
      const round = await ctx.f.round();
      const res = await ctx
        .http()
        .post(`/api/rounds/${round.id}/approvals`)
        .set('authorization', approver.auth)
        .send({ items: [[], { applicationId: round.id, version: 1 }] });
      expect(problem(res)).toMatchObject({
        status: 400,
        body: { errors: [{ field: 'items', rule: 'isObject', message: 'Hvert element må være et objekt.' }] },
      });
    });

    it("a draft's budget line and contact person, which are stored as they come", async () => {
      const draft = await completeDraft(ctx);
      const send = (body: Record<string, unknown>) =>
        ctx
          .http()
          .patch(`/api/applications/${draft.id}`)
          .set('authorization', draft.member.auth)
          .send({ version: draft.version, ...body });
      expect(problem(await send({ budgetLines: [[]] }))).toMatchObject({
        status: 400,
        body: { errors: [expect.objectContaining({ field: 'budgetLines', rule: 'isObject' })] },
      });
      expect(problem(await send({ contactPerson: [] }))).toMatchObject({
        status: 400,
        body: { errors: [expect.objectContaining({ field: 'contactPerson', rule: 'isObject' })] },
      });
      const [row] = await ctx.db.query(
        'SELECT version, budget_lines, contact_person FROM applications WHERE id = $1',
        [draft.id],
      );
      expect(row.version).toBe(draft.version);
      expect(row.contact_person).toMatchObject({ name: 'Kari Kontakt' });
    });
  });
});
