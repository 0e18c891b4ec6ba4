import {
  AttachmentKind,
  DEFAULT_TEXT_LIMITS,
  GrantType,
  OrganisationForm,
  Role,
  WrittenLanguage,
} from '@app/grants';

/**
 * Demo data for development: the MHP scheme as docs/domain.md §1–2 describes it, one user per role and two fictional
 * NGOs; demo-history.ts builds the rounds and cases on top. Addresses use the reserved .test domain; nothing here is
 * a real person.
 */
export const DEMO_PASSWORD = 'Tilskudd-demo-2027';

export const MHP_SCHEME = {
  code: 'MHP',
  // The scheme's identifier on tilskudd.no (DFØ), used in the published award list.
  tilskuddNoId: 'DT-0044',
  name: 'Tilskudd til tiltak mot menneskehandel og prostitusjon',
  nameNn: 'Tilskot til tiltak mot menneskehandel og prostitusjon',
  purpose:
    'Formålet med ordningen er å forebygge at barn og voksne blir utsatt for menneskehandel, hjelpe personer ut av ' +
    'prostitusjon og redusere etterspørselen etter prostitusjon.',
  legalBasisTitle: 'Forskrift om tilskudd til tiltak mot menneskehandel og prostitusjon',
  legalBasisSections: ['§ 1', '§ 2', '§ 3'],
  // forskrift § 2: not profit-based, not public sector, not cooperatives; foundations and AS only with declaration.
  eligibleOrganisationForms: [
    OrganisationForm.Association,
    OrganisationForm.Foundation,
    OrganisationForm.LimitedCompany,
    OrganisationForm.Municipality,
  ],
  requiresVoluntaryRegistry: true,
  grantTypes: [GrantType.Operating, GrantType.Project],
  // forskrift § 3 a–e
  measureCategories: [
    { code: 'a', name: 'Bolig- eller oppfølgingstilbud til presumptive ofre for menneskehandel' },
    { code: 'b', name: 'Rådgivning og aktiviteter' },
    { code: 'c', name: 'Oppsøkende arbeid' },
    { code: 'd', name: 'Målrettet undervisning, informasjon eller veiledning' },
    { code: 'e', name: 'Andre prosjekter som ivaretar formålet med ordningen' },
  ],
  assessmentCriteria: [
    { code: 'relevance', name: 'Relevans for ordningens formål', weight: 30 },
    { code: 'quality', name: 'Kvalitet og gjennomførbarhet i planen', weight: 25 },
    { code: 'need', name: 'Behov i målgruppen og måloppnåelse', weight: 20 },
    { code: 'cooperation', name: 'Samarbeid med andre organisasjoner', weight: 15 },
    { code: 'budget', name: 'Realistisk og kostnadseffektivt budsjett', weight: 10 },
  ],
  scoreScaleMin: 1,
  scoreScaleMax: 6,
  requiredAttachmentKinds: [
    AttachmentKind.Statutes,
    AttachmentKind.AnnualAccounts,
    AttachmentKind.AnnualReport,
    AttachmentKind.Budget,
  ],
  reportIndicators: [
    { code: 'people_helped', name: 'Personer som har fått hjelp', breakdown: 'gender_and_age_band' as const },
    { code: 'accommodation_nights', name: 'Overnattingsdøgn i botilbud', breakdown: 'none' as const },
    { code: 'outreach_contacts', name: 'Kontakter i oppsøkende arbeid', breakdown: 'region' as const },
    { code: 'counselling_sessions', name: 'Rådgivningssamtaler', breakdown: 'none' as const },
  ],
  textLimits: DEFAULT_TEXT_LIMITS,
  auditorThresholdOre: 20_000_000, // NOK 200 000
  appealBody: 'Justis- og beredskapsdepartementet',
  // 0440.70 today; 0433.70 is expected under Sfk (docs/domain.md §1, [open]) — configurable per round.
  budgetChapter: '0433',
  budgetPost: '70',
};

export const DEMO_USERS = [
  { email: 'admin@sfk.test', name: 'Ada Admin', roles: [Role.Admin] },
  { email: 'saksbehandler@sfk.test', name: 'Sara Saksbehandler', roles: [Role.Caseworker] },
  { email: 'saksbehandler2@sfk.test', name: 'Sindre Saksbehandler', roles: [Role.Caseworker] },
  { email: 'leder@sfk.test', name: 'Lars Leder', roles: [Role.Approver] },
  { email: 'okonomi@sfk.test', name: 'Øydis Økonomi', roles: [Role.Finance] },
  { email: 'soker@trygghavn.test', name: 'Tora Trygg', roles: [Role.Applicant] },
  { email: 'soker@fyrlykta.test', name: 'Frode Fyr', roles: [Role.Applicant] },
];

/** Each organisation's demo member may sign for it (accept conditions, sign reports). */
export const DEMO_ORGANISATIONS = [
  {
    memberEmail: 'soker@trygghavn.test',
    organisationNumber: '912345688',
    name: 'Trygg Havn forening',
    form: OrganisationForm.Association,
    streetAddress: 'Storgata 10',
    postalCode: '0155',
    postalTown: 'Oslo',
    municipalityNumber: '0301',
    municipality: 'Oslo',
    email: 'post@trygghavn.test',
    phone: '+47 22 00 00 01',
    bankAccount: '15032080119',
    registeredInVoluntaryRegistry: true,
    preferredLanguage: WrittenLanguage.Bokmal,
  },
  {
    memberEmail: 'soker@fyrlykta.test',
    organisationNumber: '923456783',
    name: 'Fyrlykta stiftelse',
    form: OrganisationForm.Foundation,
    streetAddress: 'Strandkaien 4',
    postalCode: '5013',
    postalTown: 'Bergen',
    municipalityNumber: '4601',
    municipality: 'Bergen',
    email: 'post@fyrlykta.test',
    phone: null,
    bankAccount: '86011117947',
    registeredInVoluntaryRegistry: true,
    preferredLanguage: WrittenLanguage.Nynorsk,
  },
];
