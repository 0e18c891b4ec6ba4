import { completeContent } from '../applications';
import { REASONS, SCORES } from '../case-handling';
import { COMPLETE_REPORT } from '../reports';
import { FuzzWorld } from './world';

/**
 * Seed bodies: for the request schemas whose valid values a schema alone cannot produce (a scheme's weights that
 * sum to 100, an application the scheme accepts, a report that matches the grant's budget), bodies the tests know
 * to be accepted. The fuzzer sends them with some properties redrawn from the schema, and mutates them one
 * property at a time, so requests get past the domain rules to the code behind them. Keyed by the name of the
 * request body's schema in the OpenAPI document; values are fixed, so a seed reproduces the same requests.
 */
export function corpus(world: FuzzWorld): Record<string, Record<string, unknown>[]> {
  const today = new Date().toISOString().slice(0, 10);
  const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  const organisation = {
    organisationNumber: '974760673',
    name: 'Fuzzforeningen',
    form: 'association',
    streetAddress: 'Testveien 1',
    postalCode: '0150',
    postalTown: 'Oslo',
    municipalityNumber: '0301',
    municipality: 'Oslo',
    email: 'post@fuzz.example.test',
    phone: null,
    bankAccount: '86011117947',
    preferredLanguage: 'nb',
  };
  const scheme = {
    code: 'FUZZ',
    name: 'Fuzzordningen',
    nameNn: null,
    purpose: 'Å teste tilskuddsforvaltningen.',
    legalBasisTitle: 'Forskrift om testtilskudd',
    legalBasisSections: ['§ 1', '§ 2'],
    eligibleOrganisationForms: ['association', 'foundation'],
    requiresVoluntaryRegistry: true,
    grantTypes: ['operating', 'project'],
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
    requiredAttachmentKinds: ['statutes', 'budget'],
    reportIndicators: [{ code: 'people_helped', name: 'Personer som har fått hjelp', breakdown: 'gender' }],
    textLimits: { title: { maxChars: 150 }, summary: { maxWords: 50 } },
    auditorThresholdOre: 20_000_000,
    appealBody: 'Justis- og beredskapsdepartementet',
    budgetChapter: '0433',
    budgetPost: '70',
  };
  const year = new Date().getFullYear() + 1;
  const round = {
    schemeId: world.ids.scheme[0],
    year,
    title: 'Fuzzutlysning',
    budgetFrameOre: 1_000_000_000,
    opensAt: `${year - 1}-01-15T00:00:00`,
    applicationDeadline: `${year - 1}-12-01T23:59:00`,
    reportDeadline: `${year + 1}-04-01T23:59:00`,
    acceptancePeriodDays: 21,
    budgetReservation: false,
  };
  const decision = {
    outcome: 'granted',
    amountOre: 500_000,
    reasons: REASONS,
    conditions: ['Rapport innen fristen.'],
  };
  return {
    RegisterOrganisationRequest: [organisation],
    UpdateOrganisationRequest: [{ name: 'Fuzzforeningen avd. Bergen', phone: '22 00 00 00' }],
    CreateSchemeRequest: [scheme],
    UpdateSchemeRequest: [{ name: 'Fuzzordningen 2', purpose: 'Nytt formål.' }],
    CreateRoundRequest: [round],
    UpdateRoundRequest: [{ title: 'Ny tittel', budgetFrameOre: 900_000_000 }],
    PublishRoundRequest: [{ shortNoticeReason: 'Kort frist etter budsjettvedtaket.' }],
    CreateApplicationRequest: [
      { ...completeContent(), roundId: world.ids.round[0], organisationId: world.ids.organisation[0] },
    ],
    UpdateApplicationRequest: [completeContent({ title: 'Endret tittel' })],
    WithdrawApplicationRequest: [{ reason: 'Vi trekker søknaden.' }],
    AcceptanceRequest: [{ accept: true }, { accept: false, reason: 'Prosjektet er avlyst.' }],
    DeclareImpartialityRequest: [{ hasConflict: false }],
    ScreeningRequest: [{ outcome: 'passed' }],
    AssessmentRequest: [
      {
        scores: SCORES,
        recommendedOutcome: 'grant',
        recommendedAmountOre: 1_000_000,
        reasons: REASONS,
        conditions: ['Rapport innen fristen.'],
      },
    ],
    ApprovalRequest: [{}, decision],
    NewDecisionProposalRequest: [decision],
    LodgeAppealRequest: [{ grounds: 'Vi mener tiltaket fyller vilkårene og ber om fullt tilskudd.' }],
    LatenessRequest: [{ consider: true, reason: 'Organisasjonen var forhindret.' }],
    ForwardingRequest: [{ statement: 'Sekretariatet opprettholder vedtaket.' }],
    AppealBodyOutcomeRequest: [{ outcome: 'upheld', decidedOn: today, reference: 'JD 27/123' }],
    ChangeRequestRequest: [
      { kind: 'content', reason: 'Vi trenger mer tid.', content: 'Vi legger til et kveldstilbud.' },
      { kind: 'period', reason: 'Forsinket oppstart.', periodEnd: inDays(500) },
    ],
    ChangeHandlingRequest: [{ approve: true }, { approve: false, reasons: REASONS }],
    SaveReportRequest: [{ ...COMPLETE_REPORT, actuals: [{ line: 0, actualOre: 1_000_000 }] }],
    ReviewReportRequest: [
      { outcome: 'approve' },
      { outcome: 'claim', claim: { reason: 'Ubrukte midler.', dueDate: inDays(30) } },
    ],
    BuildBatchRequest: [
      { dueOnOrBefore: '2100-12-31' },
      { dueOnOrBefore: today, roundId: world.ids.round[0] },
    ],
    CancelBatchRequest: [{ reason: 'Feil i filen.' }],
    MarkPaidRequest: [{ paidOn: today }],
    RepaymentRequest: [{ amountOre: 100_000, receivedOn: today }],
    RegisterRequest: [
      { email: 'ny.soker@fuzz.example.test', name: 'Ny Søker', password: 'et langt og godt passord' },
    ],
    CreateUserRequest: [
      {
        email: 'ny.ansatt@fuzz.example.test',
        name: 'Ny Ansatt',
        password: 'et langt og godt passord',
        roles: ['caseworker'],
      },
    ],
    LoginRequest: [{ email: world.users.applicant.user.email, password: 'correct horse battery staple' }],
  };
}
