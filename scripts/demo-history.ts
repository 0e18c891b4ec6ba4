/**
 * The demo rounds and their cases, built through the same domain services the API calls, so every row obeys the
 * rules (four eyes, impartiality, frames, deadlines, letters through the outbox, signatories, attestation).
 * Instants are relative to the day the seed runs: the services read the seed's clock, which is set to each step's
 * moment in the past while the history is built, and back to the real time after.
 *
 * - the earlier round (grant year Y0): closed 150 days ago and decided, with grants accepted, paid through a
 *   payment batch or waiting for attestation, reports submitted or approved, and two appeals (one with Sfk, one
 *   forwarded to the appeal body);
 * - the open round (grant year Y0 + 1): published two weeks ago, deadline six weeks ahead, with a grant waiting for
 *   the signatory's acceptance, an application waiting for approval, one waiting for screening and a complete draft.
 *
 * Idempotent: once the scheme has rounds, nothing here runs again.
 */
import { INestApplicationContext } from '@nestjs/common';
import {
  AcceptanceService,
  Actor,
  AppealHandlingService,
  AppealsService,
  AppealSubject,
  ApplicationContent,
  ApplicationsService,
  ApplicationSubmissionService,
  AssessmentService,
  AttachmentsService,
  breakdownCells,
  BudgetCategory,
  DecisionReasons,
  DecisionsService,
  Disbursement,
  DisbursementsService,
  GrantRound,
  GrantScheme,
  GrantType,
  ImpartialityService,
  Letter,
  LettersService,
  LetterWorkService,
  Organisation,
  OutboxTopic,
  PaymentBatchesService,
  RecommendedOutcome,
  ReportReviewService,
  ReportsService,
  RoundsService,
  ScreeningOutcome,
  ScreeningService,
  SignatoryRole,
  updateReturning,
  User,
  UsersService,
} from '@app/grants';
import { endOfOsloDayAfter, osloDate, osloLocalToInstant, osloParts } from '@app/platform';
import { DataSource } from 'typeorm';
import type { SeedClock } from './seed';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Builds and delivers everything a step needs; one instance per seed run. */
class DemoHistory {
  private readonly db: DataSource;
  private readonly actors = new Map<string, Actor>();

  constructor(
    private readonly app: INestApplicationContext,
    private readonly clock: SeedClock,
    private readonly today: Date,
  ) {
    this.db = app.get(DataSource);
  }

  service<T>(type: new (...args: never[]) => T): T {
    return this.app.get(type);
  }

  /** `days` days before today, at `hour`:00 Oslo time. */
  daysAgo(days: number, hour = 10): Date {
    const day = osloDate(new Date(this.today.getTime() - days * DAY_MS));
    return osloLocalToInstant(`${day}T${String(hour).padStart(2, '0')}:00:00`);
  }

  /** Moves the services' clock to the step's instant. */
  at(days: number, hour = 10): this {
    this.clock.set(this.daysAgo(days, hour));
    return this;
  }

  async actor(email: string): Promise<Actor> {
    let actor = this.actors.get(email);
    if (!actor) {
      const user = await this.db.getRepository(User).findOneByOrFail({ email });
      actor = (await this.service(UsersService).resolveActor(user.id))!;
      this.actors.set(email, actor);
    }
    return actor;
  }

  async version(table: 'applications' | 'grant_rounds' | 'appeals' | 'payment_batches', id: string) {
    const [row] = await this.db.query<{ version: number }[]>(`SELECT version FROM ${table} WHERE id = $1`, [
      id,
    ]);
    return row.version;
  }

  /**
   * Plays the worker's part for the letters these subjects asked for: renders each and sends it by e-mail, whose
   * delivery is the notification (appeal and acceptance deadlines run from it), at the clock's current instant.
   * Only the rows of these subjects are taken, so nothing else waiting in the outbox is touched. A worker that
   * relayed one of them first (a test's, on a shared database) converges with this: a letter is rendered once per
   * subject and type, and sent by whoever claims it; the step then waits for that delivery.
   */
  async deliverLetters(subjectIds: string[]): Promise<void> {
    const subject = `coalesce(o.payload->>'subjectId', o.payload->>'decisionId', o.payload->>'applicationId')`;
    // Marked dispatched now, so no worker's relay takes these rows within a lease period: the seed does them.
    const rows = await updateReturning<{ id: string; topic: OutboxTopic; subject_id: string }>(
      this.db,
      `UPDATE outbox_messages o SET dispatched_at = now()
        WHERE o.topic LIKE 'letter.%' AND o.completed_at IS NULL AND ${subject} = ANY($1)
        RETURNING o.id::text, o.topic, ${subject} AS subject_id`,
      [subjectIds],
    );
    rows.sort((x, y) => Number(x.id) - Number(y.id));
    const letters = this.service(LetterWorkService);
    for (const row of rows) {
      const { letterId } = await letters.render(row.id, row.topic, row.subject_id);
      const letter =
        letterId ?? (await this.service(LettersService).renderForTopic(row.topic, row.subject_id))?.id;
      if (!letter) continue;
      const [mail] = await this.db.query<{ id: string }[]>(
        `SELECT id::text FROM outbox_messages WHERE dedupe_key = $1 AND completed_at IS NULL`,
        [`mail.letter:${letter}`],
      );
      if (mail) await letters.send(mail.id, letter);
      await this.waitForDelivery(letter);
    }
  }

  private async waitForDelivery(letterId: string, timeoutMs = 60_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!(await this.db.getRepository(Letter).findOneByOrFail({ id: letterId })).deliveredAt) {
      if (Date.now() > until)
        throw new Error(`letter ${letterId} was claimed by another sender but not delivered`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** A one-page PDF with a line of text: enough for a caseworker to open. */
export function demoPdf(text: string): Buffer {
  const stream = `BT /F1 14 Tf 72 770 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

interface DemoCase {
  organisation: Organisation;
  member: string;
  content: ApplicationContent;
}

const STAFF = {
  admin: 'admin@sfk.test',
  caseworker: 'saksbehandler@sfk.test',
  caseworker2: 'saksbehandler2@sfk.test',
  approver: 'leder@sfk.test',
  finance: 'okonomi@sfk.test',
};

const SCORES = (high: boolean) => [
  { criterion: 'relevance', score: high ? 6 : 3, comment: 'Tiltaket treffer formålet med ordningen.' },
  { criterion: 'quality', score: high ? 5 : 3, comment: 'Planen er konkret, med tydelige milepæler.' },
  { criterion: 'need', score: high ? 5 : 2, comment: 'Behovet er godt dokumentert.' },
  { criterion: 'cooperation', score: 4, comment: 'Samarbeider med hjelpeapparatet lokalt.' },
  { criterion: 'budget', score: high ? 5 : 3, comment: 'Budsjettet er nøkternt.' },
];

const REASONS: DecisionReasons = {
  rulesApplied: 'Forskrift om tilskudd til tiltak mot menneskehandel og prostitusjon §§ 1–3.',
  factsReliedOn: 'Søknaden med budsjett, vedtekter og årsregnskap.',
  mainConsiderations:
    'Tiltaket er relevant, men rammen er begrenset, og andre søknader med samme målgruppe er prioritert.',
};

const CONDITIONS = [
  'Tilskuddet skal brukes til tiltaket slik det er beskrevet i søknaden.',
  'Rapport innen fristen.',
];

function content(
  year: number,
  title: string,
  measureCategory: string,
  requestedAmountOre: number,
  nynorsk: boolean,
): ApplicationContent {
  const salaries = Math.round(requestedAmountOre * 0.7);
  return {
    title,
    measureCategory,
    grantType: GrantType.Project,
    summary: nynorsk
      ? 'Vi gjev tett oppfølging til menneske som kan vere utsette for menneskehandel, i samarbeid med hjelpeapparatet.'
      : 'Vi gir tett oppfølging til mennesker som kan være utsatt for menneskehandel, i samarbeid med hjelpeapparatet.',
    goals: nynorsk ? 'Fleire kjem seg ut av utnytting.' : 'Flere kommer seg ut av utnyttelse.',
    targetGroup: nynorsk ? 'Vaksne som er presumptive offer.' : 'Voksne som er presumptive ofre.',
    area: nynorsk ? 'Bergen og Vestland' : 'Oslo',
    plan: nynorsk ? 'Heile året: drift med faste tilsette.' : 'Hele året: drift med faste ansatte.',
    partners: [],
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    expectedResults: nynorsk ? 'Tjue personar får oppfølging.' : 'Tjue personer får oppfølging.',
    budgetLines: [
      { category: BudgetCategory.Salaries, description: nynorsk ? 'Løn' : 'Lønn', amountOre: salaries },
      { category: BudgetCategory.Premises, description: 'Husleie', amountOre: requestedAmountOre - salaries },
    ],
    otherFunding: [],
    requestedAmountOre,
    contactPerson: nynorsk
      ? { name: 'Frode Fyr', email: 'soker@fyrlykta.test', phone: '+47 55 00 00 02' }
      : { name: 'Tora Trygg', email: 'soker@trygghavn.test', phone: '+47 22 00 00 01' },
    signatory: { name: nynorsk ? 'Frode Fyr' : 'Tora Trygg', role: SignatoryRole.Chair },
  };
}

/** Creates a complete draft with the scheme's required attachments; returns its id. */
async function draft(
  h: DemoHistory,
  round: GrantRound,
  scheme: GrantScheme,
  demo: DemoCase,
): Promise<string> {
  const member = await h.actor(demo.member);
  const application = await h
    .service(ApplicationsService)
    .create(member, round.id, demo.organisation.id, demo.content);
  for (const kind of scheme.requiredAttachmentKinds) {
    await h.service(AttachmentsService).upload(member, application.id, {
      kind,
      fileName: `${kind}.pdf`,
      bytes: demoPdf(`${demo.organisation.name}: ${kind}`),
      exemptFromPublic: false,
    });
  }
  return application.id;
}

async function submit(h: DemoHistory, demo: DemoCase, id: string): Promise<void> {
  await h
    .service(ApplicationSubmissionService)
    // Declared, as the web portal submits.
    .submit(await h.actor(demo.member), id, await h.version('applications', id), true);
  await h.deliverLetters([id]);
}

async function screenAndAssess(
  h: DemoHistory,
  id: string,
  outcome: RecommendedOutcome,
  amountOre: number,
): Promise<void> {
  const caseworker = await h.actor(STAFF.caseworker);
  await h.service(ImpartialityService).declare(caseworker, id, false, null);
  await h
    .service(ScreeningService)
    .screen(caseworker, id, await h.version('applications', id), { outcome: ScreeningOutcome.Passed });
  await h.service(AssessmentService).assess(caseworker, id, await h.version('applications', id), {
    scores: SCORES(outcome === RecommendedOutcome.Grant),
    recommendedOutcome: outcome,
    recommendedAmountOre: amountOre,
    reasons: outcome === RecommendedOutcome.Grant ? null : REASONS,
    conditions: outcome === RecommendedOutcome.Rejection ? [] : CONDITIONS,
  });
}

async function approve(h: DemoHistory, id: string): Promise<string> {
  const approver = await h.actor(STAFF.approver);
  await h.service(ImpartialityService).declare(approver, id, false, null);
  const decision = await h
    .service(DecisionsService)
    .approve(approver, id, await h.version('applications', id), {});
  return decision.id;
}

function figures(scheme: GrantScheme, seed: number): Record<string, Record<string, number>> {
  return Object.fromEntries(
    scheme.reportIndicators.map((indicator, i) => [
      indicator.code,
      Object.fromEntries(
        breakdownCells(indicator.breakdown).map((cell, j) => [cell, (seed * (i + 3) + j * 7) % 23]),
      ),
    ]),
  );
}

async function submitReport(h: DemoHistory, scheme: GrantScheme, demo: DemoCase, id: string, seed: number) {
  const member = await h.actor(demo.member);
  const reports = h.service(ReportsService);
  const lines = demo.content.budgetLines ?? [];
  const saved = await reports.save(member, id, undefined, {
    goalAchievement: 'Tiltaket nådde måla for året: fleire fekk trygg bustad og oppfølging.',
    activities: 'Drift heile året, faste samtalegrupper og følgje til hjelpeapparatet.',
    deviations: 'Ingen avvik.',
    indicators: figures(scheme, seed),
    actuals: lines.map((line, i) => ({ line: i, actualOre: line.amountOre })),
    otherIncomeOre: 0,
    signatory: { name: demo.content.signatory!.name, role: SignatoryRole.Chair },
  });
  let version = saved.report!.version;
  if (saved.auditorStatementRequired) {
    const withStatement = await reports.uploadAuditorStatement(
      member,
      id,
      'revisorerklaering.pdf',
      demoPdf(`Uavhengig revisors erklæring (ISRS 4400), ${demo.organisation.name}`),
    );
    version = withStatement.report!.version;
  }
  await reports.submit(member, id, version);
}

export async function seedDemoHistory(
  app: INestApplicationContext,
  clock: SeedClock,
  scheme: GrantScheme,
  log: (line: string) => void,
): Promise<void> {
  const db = app.get(DataSource);
  if (await db.getRepository(GrantRound).existsBy({ schemeId: scheme.id })) return;

  const today = clock.now();
  const h = new DemoHistory(app, clock, today);
  const rounds = h.service(RoundsService);
  const [trygg, fyr] = await Promise.all(
    ['912345688', '923456783'].map((organisationNumber) =>
      db.getRepository(Organisation).findOneByOrFail({ organisationNumber }),
    ),
  );
  const tryggMember = 'soker@trygghavn.test';
  const fyrMember = 'soker@fyrlykta.test';
  const admin = await h.actor(STAFF.admin);

  // The earlier round: its grant year began before its history, so its money is paid within that year or later.
  const earlierYear = osloParts(h.daysAgo(200)).year;
  h.at(200, 9);
  const earlier = await rounds.create(
    {
      schemeId: scheme.id,
      year: earlierYear,
      budgetFrameOre: 3_920_000_000, // NOK 39 200 000
      opensAt: h.daysAgo(200, 9),
      applicationDeadline: endOfOsloDayAfter(today, -150),
    },
    admin,
  );
  await rounds.publish(earlier.id, earlier.version, admin);
  log(`seeded round ${scheme.code} ${earlierYear} (decided, with cases)`);

  const cases = {
    shelter: {
      organisation: trygg,
      member: tryggMember,
      content: content(earlierYear, 'Trygg bolig og oppfølging', 'a', 80_000_000, false),
    },
    outreach: {
      organisation: fyr,
      member: fyrMember,
      content: content(earlierYear, 'Oppsøkjande arbeid i Bergen sentrum', 'c', 60_000_000, true),
    },
    campaign: {
      organisation: trygg,
      member: tryggMember,
      content: content(earlierYear, 'Informasjonskampanje mot kjøp av sex', 'd', 45_000_000, false),
    },
    counselling: {
      organisation: fyr,
      member: fyrMember,
      content: content(earlierYear, 'Rådgjeving og samtalegrupper', 'b', 30_000_000, true),
    },
  } satisfies Record<string, DemoCase>;

  const ids: Record<keyof typeof cases, string> = {
    shelter: '',
    outreach: '',
    campaign: '',
    counselling: '',
  };
  h.at(170);
  for (const key of Object.keys(cases) as (keyof typeof cases)[]) {
    ids[key] = await draft(h, earlier, scheme, cases[key]);
  }
  h.at(160);
  for (const key of Object.keys(cases) as (keyof typeof cases)[]) await submit(h, cases[key], ids[key]);
  h.at(149, 8);
  await rounds.close(earlier.id, await h.version('grant_rounds', earlier.id), admin);

  h.at(140);
  await screenAndAssess(h, ids.shelter, RecommendedOutcome.Grant, 80_000_000);
  await screenAndAssess(h, ids.outreach, RecommendedOutcome.PartialGrant, 40_000_000);
  await screenAndAssess(h, ids.campaign, RecommendedOutcome.Rejection, 0);
  await screenAndAssess(h, ids.counselling, RecommendedOutcome.Grant, 30_000_000);

  h.at(130);
  const decisions: Record<string, string> = {};
  for (const key of Object.keys(cases) as (keyof typeof cases)[]) decisions[key] = await approve(h, ids[key]);
  h.at(129, 9);
  await h.deliverLetters(Object.values(decisions));

  // The signatories accept the grants within the three weeks.
  h.at(120);
  for (const key of ['shelter', 'outreach', 'counselling'] as const) {
    const member = await h.actor(cases[key].member);
    await h.service(AcceptanceService).accept(member, ids[key], await h.version('applications', ids[key]));
  }

  // Two appeals within the 21 days: the rejection waits for a caseworker; the partial grant goes to the ministry.
  h.at(118);
  const appeals = h.service(AppealsService);
  await appeals.lodge(await h.actor(tryggMember), ids.campaign, {
    subjectType: AppealSubject.Decision,
    grounds:
      'Vi mener kampanjen oppfyller formålet i forskriften § 1 om å redusere etterspørselen, og ber om ny vurdering.',
  });
  const outreachAppeal = await appeals.lodge(await h.actor(fyrMember), ids.outreach, {
    subjectType: AppealSubject.Decision,
    grounds:
      'Vi klagar på at tilskotet vart redusert: utan heile beløpet kan vi ikkje ha to tilsette i oppsøkjande arbeid.',
  });
  h.at(110);
  const caseworker2 = await h.actor(STAFF.caseworker2);
  await h.service(ImpartialityService).declare(caseworker2, ids.outreach, false, null);
  const handling = h.service(AppealHandlingService);
  const taken = await handling.take(caseworker2, outreachAppeal.id, outreachAppeal.version);
  await handling.forward(
    caseworker2,
    outreachAppeal.id,
    taken.version,
    'Sfk opprettholder vedtaket: rammen for året er fordelt etter en samlet vurdering, og klagen gir ikke nye opplysninger.',
  );
  await h.deliverLetters([outreachAppeal.id]);

  h.at(100);
  await rounds.decide(earlier.id, await h.version('grant_rounds', earlier.id), await h.actor(STAFF.approver));

  // Finance attests two grants and pays them in one batch; the third waits for attestation.
  h.at(60);
  const finance = await h.actor(STAFF.finance);
  for (const key of ['shelter', 'outreach'] as const) {
    await h.service(ImpartialityService).declare(finance, ids[key], false, null);
    const disbursements = await db.getRepository(Disbursement).findBy({ applicationId: ids[key] });
    for (const d of disbursements) await h.service(DisbursementsService).attest(finance, d.id, d.version);
  }
  h.at(55);
  const paymentDay = osloDate(h.daysAgo(53));
  const built = await h.service(PaymentBatchesService).build(finance, {
    roundId: earlier.id,
    dueOnOrBefore: osloDate(h.daysAgo(55)),
    executionDate: paymentDay,
  });
  h.at(52);
  await h.service(PaymentBatchesService).markPaid(finance, built.batch.id, built.batch.version, paymentDay);

  // Reports: one approved (with its letter), one submitted and waiting for review.
  h.at(20);
  await submitReport(h, scheme, cases.outreach, ids.outreach, 3);
  h.at(10);
  await submitReport(h, scheme, cases.shelter, ids.shelter, 5);
  h.at(8);
  const caseworker = await h.actor(STAFF.caseworker);
  const reports = h.service(ReportsService);
  const outreachReport = await reports.view(caseworker, ids.outreach);
  const reviewed = await h
    .service(ReportReviewService)
    .review(
      caseworker,
      ids.outreach,
      outreachReport.report!.version,
      'approve',
      'Rapporten er godkjend. Takk for grundig rapportering.',
    );
  await h.deliverLetters([reviewed.report!.id]);

  // The open round: published two weeks ago, deadline in six weeks.
  const openYear = earlierYear + 1;
  h.at(14, 9);
  const open = await rounds.create(
    {
      schemeId: scheme.id,
      year: openYear,
      budgetFrameOre: 3_920_000_000,
      opensAt: h.daysAgo(14, 9),
      applicationDeadline: endOfOsloDayAfter(today, 42),
    },
    admin,
  );
  await rounds.publish(open.id, open.version, admin);
  log(`seeded round ${scheme.code} ${openYear} (open for applications)`);

  const next = {
    housing: {
      organisation: trygg,
      member: tryggMember,
      content: content(openYear, 'Botilbud med døgnbemanning', 'a', 120_000_000, false),
    },
    groups: {
      organisation: trygg,
      member: tryggMember,
      content: content(openYear, 'Samtalegrupper for kvinner i prostitusjon', 'b', 35_000_000, false),
    },
    transition: {
      organisation: fyr,
      member: fyrMember,
      content: content(openYear, 'Trygg overgang til arbeid', 'e', 50_000_000, true),
    },
    course: {
      organisation: trygg,
      member: tryggMember,
      content: content(openYear, 'Kurs for ansatte i hjelpeapparatet', 'd', 25_000_000, false),
    },
  } satisfies Record<string, DemoCase>;
  h.at(13);
  const housing = await draft(h, open, scheme, next.housing);
  await submit(h, next.housing, housing);
  const groups = await draft(h, open, scheme, next.groups);
  await submit(h, next.groups, groups);
  // An early grant, awaiting the signatory's acceptance (above NOK 1 000 000: it will need an extra control).
  h.at(6);
  await screenAndAssess(h, housing, RecommendedOutcome.Grant, 120_000_000);
  h.at(4);
  const housingDecision = await approve(h, housing);
  await h.deliverLetters([housingDecision]);
  // Waiting for approval, for screening, and for the applicant to submit.
  h.at(3);
  await screenAndAssess(h, groups, RecommendedOutcome.Grant, 35_000_000);
  const transition = await draft(h, open, scheme, next.transition);
  await submit(h, next.transition, transition);
  h.at(1);
  await draft(h, open, scheme, next.course);
  clock.release();
}
