/**
 * Fixtures for the service tests, built through the domain services (the same calls the API makes, without HTTP),
 * so a fixture obeys every rule the code under test obeys. Each test builds its own case — its own users,
 * organisation, scheme and round — so tests never share state and may run in any order, beside the e2e suites on
 * the same database.
 */
import {
  AcceptanceService,
  Actor,
  ApplicationContent,
  ApplicationsService,
  ApplicationSubmissionService,
  AssessmentService,
  BudgetCategory,
  DecisionsService,
  DisbursementsService,
  GrantRound,
  GrantScheme,
  GrantType,
  ImpartialityService,
  LetterWorkService,
  Letter,
  LettersService,
  OrganisationForm,
  OrganisationsService,
  OutboxTopic,
  RecommendedOutcome,
  Role,
  RoundsService,
  SchemesService,
  ScreeningOutcome,
  ScreeningService,
  SignatoryRole,
  updateReturning,
  User,
  WrittenLanguage,
  AttachmentKind,
  PriorReportRule,
  Disbursement,
  Decision,
  Organisation,
} from '@app/grants';
import { deadlineAtEndOfOsloDay, osloDate, osloDateAfter } from '@app/platform';
import { randomBytes } from 'node:crypto';
import { EntityTarget, IsNull } from 'typeorm';
import { randomBankAccount, randomOrganisationNumber } from '../../support/factories';
import type { ServiceContext } from './service-context';
import { NewRound } from '@app/grants/rounds/rounds.service';
import { SchemeInput } from '@app/grants/schemes/schemes.service';
import { NewOrganisation } from '@app/grants/organisations/organisations.service';
import { AssessmentInput } from '@app/grants/assessment/assessment.service';

/** An actor as the API resolves it for a request, with the user's name for messages. */
export type TestActor = Actor & { name: string; email: string };

/** Sfk's people for one case: each step's person, so four-eyes and impartiality rules hold by default. */
export interface Staff {
  caseworker: TestActor;
  approver: TestActor;
  finance: TestActor;
  /** Verifies bank accounts (someone other than the attesting finance user). */
  verifier: TestActor;
  admin: TestActor;
}

export interface RoundOptions {
  scheme?: Partial<SchemeInput>;
  schemeId?: string;
  round?: Partial<NewRound>;
  /** Published (default) or left a draft. */
  publish?: boolean;
}

export interface CaseOptions extends RoundOptions {
  /** A round to apply in (else a new scheme and round from the options above). */
  existingRound?: GrantRound;
  /** Requested amount (default NOK 500 000); the budget is exactly this. */
  amountOre?: number;
  content?: ApplicationContent;
  organisation?: Partial<NewOrganisation>;
  /** Registered in Frivillighetsregisteret by Sfk (default true). */
  registered?: boolean;
  member?: TestActor;
  staff?: Staff;
  /** The caseworker's recommendation (default: a full grant with a condition). */
  recommendation?: Partial<AssessmentInput>;
  /** Submitted with the applicant's declaration (`declaration: true`, as the web sends it); default without. */
  declaration?: boolean;
}

/** A case at some step of its lifecycle. */
export interface Case {
  staff: Staff;
  /** The organisation's first member, who signs for it. */
  member: TestActor;
  organisationId: string;
  round: GrantRound;
  applicationId: string;
  amountOre: number;
  /** The decision in force, once there is one. */
  decisionId?: string;
}

export const REASONS = {
  rulesApplied: 'Forskrift om tilskudd til tiltak mot menneskehandel og prostitusjon §§ 1–3.',
  factsReliedOn: 'Søknaden beskriver et botilbud for tolv kvinner i Oslo.',
  mainConsiderations: 'Tiltaket er relevant, men administrasjonsbudsjettet er høyt.',
};

export const SCORES = [
  { criterion: 'relevance', score: 5, comment: 'Svært relevant for formålet.' },
  { criterion: 'quality', score: 4, comment: 'God plan, noe uklar framdrift.' },
];

/** Default grant: NOK 500 000. */
export const DEFAULT_AMOUNT_ORE = 50_000_000;

const uid = (): string => randomBytes(5).toString('hex');

/** A complete application for the test scheme: every required field, a budget of exactly the requested amount. */
export function completeContent(amountOre = DEFAULT_AMOUNT_ORE, year = 2030): ApplicationContent {
  return {
    title: 'Trygt botilbud for utsatte kvinner',
    measureCategory: 'a',
    grantType: GrantType.Project,
    summary: 'Trygge boliger og tett oppfølging for kvinner som kan være utsatt for menneskehandel.',
    goals: 'Flere kommer seg ut av utnyttelse og får varig bolig.',
    targetGroup: 'Voksne kvinner som er presumptive ofre for menneskehandel.',
    area: 'Oslo',
    plan: 'Drift av botilbudet med døgnbemanning hele året.',
    partners: [],
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    expectedResults: 'Tolv kvinner får bolig.',
    budgetLines: [{ category: BudgetCategory.Salaries, description: 'Miljøarbeidere', amountOre }],
    otherFunding: [],
    requestedAmountOre: amountOre,
    contactPerson: { name: 'Kari Kontakt', email: 'kari@example.test', phone: null },
    signatory: { name: 'Stine Styreleder', role: SignatoryRole.Chair },
  };
}

export class Fixtures {
  private systemAdmin?: TestActor;

  constructor(private readonly ctx: ServiceContext) {}

  private get now(): Date {
    return this.ctx.clock.now();
  }

  /**
   * A user with these roles. Straight into the users table: creating users is identity's concern and not under test
   * here, and a service test never logs in (the hash is a placeholder no password matches).
   */
  async user(roles: Role[] = [Role.Applicant], label = roles.join('/')): Promise<TestActor> {
    const id = uid();
    const user = await this.ctx.db.getRepository(User).save({
      email: `${label.replace(/[^a-z]/gi, '') || 'user'}-${id}@example.test`,
      name: `Test ${label} ${id}`,
      passwordHash: '$argon2id$not-a-password',
      roles,
    });
    return { userId: user.id, roles, organisationIds: [], name: user.name, email: user.email };
  }

  async staff(): Promise<Staff> {
    return {
      caseworker: await this.user([Role.Caseworker], 'caseworker'),
      approver: await this.user([Role.Approver], 'approver'),
      finance: await this.user([Role.Finance], 'finance'),
      verifier: await this.user([Role.Caseworker], 'verifier'),
      admin: await this.admin(),
    };
  }

  /** The system owner who sets up schemes and rounds in these tests. */
  async admin(): Promise<TestActor> {
    this.systemAdmin ??= await this.user([Role.Admin], 'admin');
    return this.systemAdmin;
  }

  schemeInput(overrides: Partial<SchemeInput> = {}): SchemeInput {
    return {
      code: `T${uid().toUpperCase().slice(0, 8)}`.replace(/[^A-Z0-9]/g, 'X'),
      name: `Testordning ${uid()}`,
      nameNn: null,
      tilskuddNoId: null,
      purpose: 'Å teste tilskuddsforvaltningen.',
      legalBasisTitle: 'Forskrift om testtilskudd',
      legalBasisSections: ['§ 1', '§ 2'],
      eligibleOrganisationForms: [
        OrganisationForm.Association,
        OrganisationForm.Foundation,
        OrganisationForm.Municipality,
      ],
      requiresVoluntaryRegistry: true,
      grantTypes: [GrantType.Operating, GrantType.Project],
      measureCategories: [
        { code: 'a', name: 'Botilbud' },
        { code: 'b', name: 'Rådgivning' },
      ],
      assessmentCriteria: [
        { code: 'relevance', name: 'Relevans', weight: 60 },
        { code: 'quality', name: 'Kvalitet', weight: 40 },
      ],
      scoreScaleMin: 1,
      scoreScaleMax: 6,
      // Attachments are uploads, tested on their own; a case needs none unless a test asks for them.
      requiredAttachmentKinds: [] as AttachmentKind[],
      reportIndicators: [{ code: 'people_helped', name: 'Personer som har fått hjelp', breakdown: 'gender' }],
      textLimits: { title: { maxChars: 150 }, summary: { maxWords: 50 }, plan: { maxWords: 300 } },
      auditorThresholdOre: 200_000_000,
      priorReportRule: PriorReportRule.Warn,
      paymentPlan: [{ percent: 100, due: 'acceptance' }],
      appealBody: 'Justis- og beredskapsdepartementet',
      budgetChapter: '0433',
      budgetPost: '70',
      ...overrides,
    };
  }

  async scheme(overrides: Partial<SchemeInput> = {}): Promise<GrantScheme> {
    return this.ctx.get(SchemesService).create(this.schemeInput(overrides), await this.admin());
  }

  /** Input for a round of this year, open since yesterday, its deadline at the end of the Oslo day 60 days out. */
  roundInput(schemeId: string, overrides: Partial<NewRound> = {}): NewRound {
    const now = this.now;
    return {
      schemeId,
      year: Number(osloDate(now).slice(0, 4)),
      title: `Testutlysning ${uid()}`,
      budgetFrameOre: 1_000_000_000,
      opensAt: new Date(now.getTime() - 86_400_000),
      applicationDeadline: deadlineAtEndOfOsloDay(osloDateAfter(now, 60)),
      reportDeadline: deadlineAtEndOfOsloDay(osloDateAfter(now, 400)),
      // Far beyond the clock the e2e worker's daily scan moves to on the shared database, which lapses every
      // unanswered grant whose deadline it has passed.
      acceptancePeriodDays: 90,
      ...overrides,
    };
  }

  /** A published round (or a draft) of a new scheme, or of the scheme given. */
  async round(options: RoundOptions = {}): Promise<GrantRound> {
    const admin = await this.admin();
    const rounds = this.ctx.get(RoundsService);
    const schemeId = options.schemeId ?? (await this.scheme(options.scheme)).id;
    const round = await rounds.create(this.roundInput(schemeId, options.round), admin);
    if (options.publish === false) return round;
    // The reason is kept only when the notice is short (a test's own deadline); the rule is tested in rounds.
    return rounds.publish(round.id, round.version, admin, 'Kort frist i en test.');
  }

  /** An organisation registered by `member` (its first signatory), registered in Frivillighetsregisteret by Sfk. */
  async organisation(
    member: TestActor,
    overrides: Partial<NewOrganisation> = {},
    registered = true,
  ): Promise<string> {
    const organisations = this.ctx.get(OrganisationsService);
    const organisation = await organisations.register(
      {
        organisationNumber: randomOrganisationNumber(),
        name: `Testforeningen ${uid()}`,
        form: OrganisationForm.Association,
        streetAddress: 'Testveien 1',
        postalCode: '0150',
        postalTown: 'Oslo',
        municipalityNumber: '0301',
        municipality: 'Oslo',
        email: `post-${uid()}@example.test`,
        phone: null,
        bankAccount: randomBankAccount(),
        preferredLanguage: WrittenLanguage.Bokmal,
        ...overrides,
      },
      member,
    );
    member.organisationIds.push(organisation.id);
    if (registered) {
      await organisations.setRegisterFlags(await this.admin(), organisation.id, organisation.version, {
        registeredInVoluntaryRegistry: true,
      });
    }
    return organisation.id;
  }

  /** A second person at Sfk verifies the organisation's bank account. */
  async verifyBankAccount(verifier: TestActor, organisationId: string): Promise<void> {
    const organisations = this.ctx.get(OrganisationsService);
    await organisations.verifyBankAccount(
      verifier,
      organisationId,
      await this.version(Organisation, organisationId),
    );
  }

  /** A draft with complete content in a published round. */
  async draft(options: CaseOptions = {}): Promise<Case> {
    const round = options.existingRound ?? (await this.round(options));
    const member = options.member ?? (await this.user([Role.Applicant], 'member'));
    const organisationId =
      member.organisationIds[0] ??
      (await this.organisation(member, options.organisation, options.registered ?? true));
    const amountOre = options.amountOre ?? DEFAULT_AMOUNT_ORE;
    const application = await this.ctx.get(ApplicationsService).create(member, round.id, organisationId, {
      ...completeContent(amountOre, round.year),
      ...options.content,
    });
    return {
      staff: options.staff ?? (await this.staff()),
      member,
      organisationId,
      round,
      applicationId: application.id,
      amountOre,
    };
  }

  async submitted(options: CaseOptions = {}): Promise<Case> {
    const c = await this.draft(options);
    await this.ctx
      .get(ApplicationSubmissionService)
      .submit(c.member, c.applicationId, await this.applicationVersion(c.applicationId), options.declaration);
    return c;
  }

  /** The staff member declares (no conflict, unless told) in the case. */
  async declare(actor: TestActor, applicationId: string, conflict = false): Promise<void> {
    await this.ctx
      .get(ImpartialityService)
      .declare(actor, applicationId, conflict, conflict ? 'Jeg er i styret i søkerorganisasjonen.' : null);
  }

  /** Submitted and passed the formal check. */
  async inAssessment(options: CaseOptions = {}): Promise<Case> {
    const c = await this.submitted(options);
    await this.screen(c);
    return c;
  }

  /** The case's caseworker declares no conflict and passes the formal check. */
  async screen(c: Case): Promise<void> {
    await this.declare(c.staff.caseworker, c.applicationId);
    await this.ctx
      .get(ScreeningService)
      .screen(c.staff.caseworker, c.applicationId, await this.applicationVersion(c.applicationId), {
        outcome: ScreeningOutcome.Passed,
      });
  }

  /** Assessed: by default recommended for a full grant of the requested amount. */
  async assessed(options: CaseOptions = {}): Promise<Case> {
    const c = await this.inAssessment(options);
    await this.assess(c, options.recommendation);
    return c;
  }

  async assess(c: Case, recommendation: Partial<AssessmentInput> = {}) {
    return this.ctx
      .get(AssessmentService)
      .assess(c.staff.caseworker, c.applicationId, await this.applicationVersion(c.applicationId), {
        scores: SCORES,
        recommendedOutcome: RecommendedOutcome.Grant,
        recommendedAmountOre: c.amountOre,
        conditions: ['Rapport innen fristen.'],
        ...recommendation,
      });
  }

  /** Approved by an approver (the recommendation as it stands). */
  async decided(options: CaseOptions = {}): Promise<Case> {
    const c = await this.assessed(options);
    await this.declare(c.staff.approver, c.applicationId);
    const decision = await this.ctx
      .get(DecisionsService)
      .approve(c.staff.approver, c.applicationId, await this.applicationVersion(c.applicationId), {});
    return { ...c, decisionId: decision.id };
  }

  /** Decided, and the decision letter delivered: the organisation is notified. */
  async notified(options: CaseOptions = {}): Promise<Case> {
    const c = await this.decided(options);
    await this.deliverLetters([c.decisionId!]);
    return c;
  }

  /** Notified, and the conditions accepted by the signatory: the disbursements are planned. */
  async accepted(options: CaseOptions & { verifyAccount?: boolean } = {}): Promise<Case> {
    const c = await this.notified(options);
    await this.ctx
      .get(AcceptanceService)
      .accept(c.member, c.applicationId, await this.applicationVersion(c.applicationId));
    if (options.verifyAccount ?? true) await this.verifyBankAccount(c.staff.verifier, c.organisationId);
    return c;
  }

  /** Accepted and every disbursement attested by the case's finance user. */
  async attested(options: CaseOptions = {}): Promise<Case & { disbursements: Disbursement[] }> {
    const c = await this.accepted(options);
    const disbursements = this.ctx.get(DisbursementsService);
    for (const d of await this.disbursements(c.applicationId)) {
      await disbursements.attest(c.staff.finance, d.id, d.version);
    }
    return { ...c, disbursements: await this.disbursements(c.applicationId) };
  }

  async disbursements(applicationId: string): Promise<Disbursement[]> {
    return this.ctx.db
      .getRepository(Disbursement)
      .find({ where: { applicationId }, order: { instalmentNo: 'ASC', createdAt: 'ASC' } });
  }

  /** The decision in force for an application. */
  async decisionInForce(applicationId: string): Promise<Decision> {
    return this.ctx.db.getRepository(Decision).findOneOrFail({
      where: { applicationId, supersededBy: IsNull() },
      order: { createdAt: 'DESC' },
    });
  }

  async version(target: EntityTarget<{ id: string; version: number }>, id: string): Promise<number> {
    const row = await this.ctx.db.getRepository(target).findOneOrFail({ where: { id } });
    return row.version;
  }

  async applicationVersion(id: string): Promise<number> {
    const [row] = await this.ctx.db.query<{ version: number }[]>(
      'SELECT version FROM applications WHERE id = $1',
      [id],
    );
    return row.version;
  }

  /**
   * Plays the worker's part for the letters these subjects asked for: renders each (once) and e-mails it to the SMTP
   * server of the test; the delivery records the letter and, for a decision, is its notification (deadlines run from
   * the clock's current instant). The rows are marked dispatched first, so the relay of a worker running on the same
   * database (the e2e suites') leaves them to this test for a lease period; should one have taken a row already,
   * this waits for its delivery.
   */
  async deliverLetters(subjectIds: string[]): Promise<Letter[]> {
    const subject = `coalesce(o.payload->>'subjectId', o.payload->>'decisionId', o.payload->>'applicationId')`;
    const rows = await updateReturning<{ id: string; topic: OutboxTopic; subject_id: string }>(
      this.ctx.db,
      `UPDATE outbox_messages o SET dispatched_at = now()
        WHERE o.topic LIKE 'letter.%' AND o.completed_at IS NULL AND o.failed_at IS NULL AND ${subject} = ANY($1)
        RETURNING o.id::text, o.topic, ${subject} AS subject_id`,
      [subjectIds],
    );
    rows.sort((x, y) => Number(x.id) - Number(y.id));
    const work = this.ctx.get(LetterWorkService);
    const delivered: Letter[] = [];
    for (const row of rows) {
      const { letterId } = await work.render(row.id, row.topic, row.subject_id);
      const letter =
        letterId ?? (await this.ctx.get(LettersService).renderForTopic(row.topic, row.subject_id))?.id;
      if (!letter) continue;
      const [mail] = await this.ctx.db.query<{ id: string }[]>(
        `SELECT id::text FROM outbox_messages WHERE dedupe_key = $1 AND completed_at IS NULL AND failed_at IS NULL`,
        [`mail.letter:${letter}`],
      );
      if (mail) await work.send(mail.id, letter);
      delivered.push(await this.waitForDelivery(letter));
    }
    return delivered;
  }

  private async waitForDelivery(letterId: string, timeoutMs = 30_000): Promise<Letter> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const letter = await this.ctx.db.getRepository(Letter).findOneByOrFail({ id: letterId });
      if (letter.deliveredAt) return letter;
      if (Date.now() > until) throw new Error(`letter ${letterId} was not delivered`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  async applicationStatus(id: string): Promise<string> {
    const [row] = await this.ctx.db.query<{ status: string }[]>(
      'SELECT status FROM applications WHERE id = $1',
      [id],
    );
    return row.status;
  }

  /** The audit events of an entity with this action, oldest first, with their before and after snapshots. */
  async auditRows(
    entityId: string,
    action: string,
  ): Promise<
    { actor_user_id: string | null; before: Record<string, unknown> | null; after: Record<string, unknown> }[]
  > {
    return this.ctx.db.query(
      'SELECT actor_user_id, before, after FROM audit_events WHERE entity_id = $1 AND action = $2 ORDER BY id',
      [entityId, action],
    );
  }

  /** The audit events of an entity, oldest first. */
  async audit(entityId: string): Promise<{ action: string; actor_user_id: string | null }[]> {
    return this.ctx.db.query(
      'SELECT action, actor_user_id FROM audit_events WHERE entity_id = $1 ORDER BY id',
      [entityId],
    );
  }

  /** The outbox rows about a subject (by topic). */
  async outbox(subjectId: string): Promise<string[]> {
    const rows = await this.ctx.db.query<{ topic: string }[]>(
      `SELECT topic FROM outbox_messages
        WHERE coalesce(payload->>'subjectId', payload->>'decisionId', payload->>'applicationId') = $1 ORDER BY id`,
      [subjectId],
    );
    return rows.map((r) => r.topic);
  }
}
