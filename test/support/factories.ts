import {
  AttachmentKind,
  GrantRound,
  GrantScheme,
  GrantType,
  hashPassword,
  isValidBankAccount,
  isValidOrganisationNumber,
  Membership,
  Organisation,
  OrganisationForm,
  Role,
  RoundStatus,
  User,
  WrittenLanguage,
} from '@app/grants';
import { randomBytes, randomInt } from 'node:crypto';
import supertest from 'supertest';
import { DataSource } from 'typeorm';
import { LocalTokenService } from '../../apps/api/src/auth/token.service';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

export interface TestUser {
  user: User;
  token: string;
  /** "Authorization" header value. */
  auth: string;
}

const uid = (): string => randomBytes(5).toString('hex');

export function randomOrganisationNumber(): string {
  for (;;) {
    const base = String(randomInt(80_000_000, 99_999_999));
    for (let d = 0; d <= 9; d++) if (isValidOrganisationNumber(base + d)) return base + d;
  }
}

export function randomBankAccount(): string {
  for (;;) {
    const base = String(randomInt(1_000_000_000, 9_999_999_999));
    for (let d = 0; d <= 9; d++) if (isValidBankAccount(base + d)) return base + d;
  }
}

/** Builds each test's own data, straight into the database (the API paths are what the tests exercise). */
export class Factories {
  constructor(
    private readonly db: DataSource,
    private readonly tokens: LocalTokenService,
    private readonly http: () => supertest.Agent,
  ) {}

  async user(roles: Role[] = [Role.Applicant], overrides: Partial<User> = {}): Promise<TestUser> {
    passwordHash ??= hashPassword(TEST_PASSWORD);
    const user = await this.db.getRepository(User).save({
      email: `user-${uid()}@example.test`,
      name: `Test ${roles.join('/')} ${uid()}`,
      passwordHash: await passwordHash,
      roles,
      ...overrides,
    });
    const token = this.tokens.issue(user.id, user.credentialVersion).accessToken;
    return { user, token, auth: `Bearer ${token}` };
  }

  organisationInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return {
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
    };
  }

  /** An organisation with the given users as members. */
  async organisation(members: TestUser[] = [], overrides: Partial<Organisation> = {}): Promise<Organisation> {
    const organisation = await this.db.getRepository(Organisation).save({
      ...(this.organisationInput() as Partial<Organisation>),
      county: 'Oslo',
      // What Sfk records after checking Frivillighetsregisteret (members cannot set it).
      registeredInVoluntaryRegistry: true,
      ...overrides,
    });
    for (const [i, member] of members.entries()) {
      // The first member signs for the organisation, as the registrant does.
      await this.db
        .getRepository(Membership)
        .insert({ userId: member.user.id, organisationId: organisation.id, signatory: i === 0 });
    }
    return organisation;
  }

  schemeInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      code: `T${uid().toUpperCase().slice(0, 8)}`.replace(/[^A-Z0-9]/g, 'X'),
      name: `Testordning ${uid()}`,
      nameNn: null,
      purpose: 'Å teste tilskuddsforvaltningen.',
      legalBasisTitle: 'Forskrift om testtilskudd',
      legalBasisSections: ['§ 1', '§ 2'],
      eligibleOrganisationForms: [OrganisationForm.Association, OrganisationForm.Foundation],
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
      requiredAttachmentKinds: [AttachmentKind.Statutes, AttachmentKind.Budget],
      reportIndicators: [{ code: 'people_helped', name: 'Personer som har fått hjelp', breakdown: 'gender' }],
      textLimits: { title: { maxChars: 150 }, summary: { maxWords: 50 }, plan: { maxWords: 300 } },
      auditorThresholdOre: 20_000_000,
      appealBody: 'Justis- og beredskapsdepartementet',
      budgetChapter: '0433',
      budgetPost: '70',
      ...overrides,
    };
  }

  async scheme(overrides: Partial<GrantScheme> = {}): Promise<GrantScheme> {
    return this.db
      .getRepository(GrantScheme)
      .save({ ...(this.schemeInput() as Partial<GrantScheme>), ...overrides });
  }

  /** A round of a new scheme (or the given one), open now unless dates are given. */
  async round(overrides: Partial<GrantRound> = {}): Promise<GrantRound> {
    const schemeId = overrides.schemeId ?? (await this.scheme()).id;
    const now = Date.now();
    return this.db.getRepository(GrantRound).save({
      schemeId,
      year: randomInt(2030, 2099),
      title: `Testutlysning ${uid()}`,
      budgetFrameOre: 1_000_000_000,
      opensAt: new Date(now - 86_400_000),
      applicationDeadline: new Date(now + 30 * 86_400_000),
      reportDeadline: new Date(now + 400 * 86_400_000),
      acceptancePeriodDays: 21,
      budgetReservation: false,
      budgetChapter: '0433',
      budgetPost: '70',
      status: RoundStatus.Published,
      publishedAt: new Date(now - 86_400_000),
      closedAt: null,
      ...overrides,
    });
  }

  /** Audit events for an entity, oldest first. */
  async auditEvents(
    entityId: string,
  ): Promise<{ action: string; actor_user_id: string | null; before: unknown; after: unknown }[]> {
    return this.db.query(
      'SELECT action, actor_user_id, before, after, request_id FROM audit_events WHERE entity_id = $1 ORDER BY id',
      [entityId],
    );
  }

  get client(): supertest.Agent {
    return this.http();
  }
}
