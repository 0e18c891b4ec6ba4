import { Role } from '@app/grants';
import { declare, staff, Staff } from '../support/case-handling';
import { TestUser } from '../support/factories';
import {
  acceptedGrant,
  AcceptedGrant,
  attest,
  disbursementsOf,
  osloToday,
  roundOfThisYear,
} from '../support/payments';
import { submitReport } from '../support/reports';
import { createTestApp, TestContext } from '../support/test-app';

/** The day the payments are recorded as paid (today in Oslo), as a reader sees it: "2. desember 2026". */
const paidDay = () =>
  new Intl.DateTimeFormat('nb-NO', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${osloToday()}T00:00:00Z`));

interface Event {
  event: string;
  kind: string;
  text: string;
}

describe('the case history in the written standard asked for', () => {
  let ctx: TestContext;
  let s: Staff;
  let caseworker2: TestUser;
  let finance: TestUser;
  let grant: AcceptedGrant;

  beforeAll(async () => {
    ctx = await createTestApp();
    s = await staff(ctx);
    caseworker2 = await ctx.f.user([Role.Caseworker]);
    finance = await ctx.f.user([Role.Finance]);

    // A grant of NOK 10 000, accepted; then an appeal, a change request (approved), the payment, the report with a
    // claim to repay what was not spent.
    grant = await acceptedGrant(ctx, s, { round: await roundOfThisYear(ctx), amountOre: 1_000_000 });
    const { applicationId, member } = grant;
    await ctx
      .http()
      .post(`/api/applications/${applicationId}/appeals`)
      .set('authorization', member.auth)
      .send({ grounds: 'Vi mener tiltaket fyller alle vilkårene og ber om mer tilskudd.' })
      .expect(201);
    const change = await ctx
      .http()
      .post(`/api/applications/${applicationId}/change-requests`)
      .set('authorization', member.auth)
      .send({
        kind: 'content',
        content: 'Vi legger til et kveldstilbud.',
        reason: 'Flere trenger hjelp om kvelden.',
      })
      .expect(201);
    await declare(ctx, caseworker2, applicationId).expect(201);
    await ctx
      .http()
      .post(`/api/change-requests/${change.body.id}/handling`)
      .set('authorization', caseworker2.auth)
      .send({ version: change.body.version, approve: true })
      .expect(200);
    for (const d of await disbursementsOf(ctx, applicationId)) await attest(ctx, finance, d).expect(200);
    await ctx
      .http()
      .post('/api/payment-batches')
      .set('authorization', finance.auth)
      .send({ dueOnOrBefore: '2100-12-31', roundId: grant.round.id })
      .expect(201);
    for (const d of await disbursementsOf(ctx, applicationId)) {
      await ctx
        .http()
        .post(`/api/disbursements/${d.id}/paid`)
        .set('authorization', finance.auth)
        .send({ version: d.version, paidOn: osloToday() })
        .expect(200);
    }
    await submitReport(ctx, grant, 600_000);
    await ctx
      .http()
      .post(`/api/applications/${applicationId}/report/review`)
      .set('authorization', caseworker2.auth)
      .send({
        version: 2,
        outcome: 'claim',
        claim: {
          reason: 'Ubrukte midler skal betales tilbake.',
          dueDate: new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10),
        },
      })
      .expect(200);
  });
  afterAll(() => ctx.close());

  async function history(acceptLanguage?: string) {
    const request = ctx
      .http()
      .get(`/api/applications/${grant.applicationId}/history`)
      .set('authorization', grant.member.auth);
    if (acceptLanguage) void request.set('accept-language', acceptLanguage);
    const res = await request.expect(200);
    // Amounts are written with a no-break space between thousands: read with plain spaces.
    const texts = new Map(
      (res.body as Event[]).map((e) => [e.event, e.text.replace(/\s/g, ' ')] as [string, string]),
    );
    return { res, texts, events: res.body as Event[] };
  }

  /** The events of each kind this case has, with their text in bokmål and in nynorsk. */
  const EXPECTED: [event: string, nb: string, nn: string][] = [
    ['application.submitted', 'Søknaden ble sendt inn', 'Søknaden vart send inn'],
    ['decision.made', 'Vedtak: innvilget (kr 10 000)', 'Vedtak: innvilga (kr 10 000)'],
    ['decision.accepted', 'Vilkårene ble akseptert', 'Vilkåra vart aksepterte'],
    ['appeal.lodged', 'Klage mottatt', 'Klage motteken'],
    ['change_request.submitted', 'Endringssøknad: endret innhold', 'Endringssøknad: endra innhald'],
    ['change_request.approved', 'Endringen ble godkjent', 'Endringa vart godkjend'],
    [
      'payment.paid',
      `Tilskuddet ble utbetalt ${paidDay()}: kr 10 000`,
      `Tilskotet vart utbetalt ${paidDay()}: kr 10 000`,
    ],
    ['report.submitted', 'Rapporten ble sendt inn', 'Rapporten vart send inn'],
    [
      'repayment_claim.made',
      'Tilbakebetaling av kr 4 000 ble krevd',
      'Tilbakebetaling av kr 4 000 vart kravd',
    ],
  ];

  it('answers in nynorsk for Accept-Language nn, each kind of event', async () => {
    const { res, texts, events } = await history('nn');
    expect(res.headers['content-language']).toBe('nn');
    expect(res.headers['vary']).toMatch(/accept-language/i);
    expect([...new Set(events.map((e) => e.kind))].sort()).toEqual([
      'appeal',
      'application',
      'change_request',
      'decision',
      'payment',
      'repayment_claim',
      'report',
    ]);
    for (const [event, , nn] of EXPECTED) expect([event, texts.get(event)]).toEqual([event, nn]);
    // No bokmål line slips through: only a text that is the same in both standards is the same. (Letters are the
    // worker's part, not run here; their texts are in the unit test of the texts.)
    const nb = (await history()).events;
    const same = events.filter((e, i) => e.text === nb[i].text).map((e) => e.event);
    expect(same.filter((e) => !['decision.notified', 'letter.delivered'].includes(e))).toEqual([]);
  });

  it('answers in bokmål without Accept-Language, and for a language it does not have', async () => {
    for (const header of [undefined, 'en-GB, en;q=0.8', 'nb']) {
      const { res, texts } = await history(header);
      expect(res.headers['content-language']).toBe('nb');
      for (const [event, nb] of EXPECTED) expect([event, texts.get(event)]).toEqual([event, nb]);
    }
  });

  it('takes the q-values of Accept-Language into account, as problem messages do', async () => {
    expect((await history('nb;q=0.5, nn-NO;q=0.9')).texts.get('appeal.lodged')).toBe('Klage motteken');
    expect((await history('nn;q=0.5, nb')).texts.get('appeal.lodged')).toBe('Klage mottatt');
  });
});
