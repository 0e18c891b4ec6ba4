import type { OpenAPIObject } from '@nestjs/swagger';

/**
 * What the OpenAPI document says the same way everywhere, added to the generated document in one pass:
 * - every `…Ore` amount says it is øre, with an example, so nobody sends kroner;
 * - every enum lists its codes with the Norwegian names the letters, pages and error messages use
 *   (`x-enum-descriptions`, parallel to `enum`, and in the description);
 * - dates and times without an example get one (a calendar day `2027-03-01`, a time in UTC as the API answers it),
 *   and so do organisation and account numbers.
 * Descriptions written on a DTO stay as they are; this only adds the unit, the labels and missing examples.
 */

export const ORE_NOTE = 'In øre (1 krone = 100 øre); kr 4 500 is 450000.';

/** Norwegian labels per enum, as the code lists them. */
export const ENUM_LABELS: readonly Readonly<Record<string, string>>[] = [
  // Attachment kinds (the names error messages use: «Vedlegg av typen «årsregnskap» mangler.»)
  {
    statutes: 'vedtekter',
    annual_accounts: 'årsregnskap',
    annual_report: 'årsberetning',
    budget: 'budsjett',
    other: 'annet',
  },
  {
    association: 'forening eller lag',
    foundation: 'stiftelse',
    limited_company: 'aksjeselskap',
    municipality: 'kommune',
    cooperative: 'samvirkeforetak',
    other: 'annen organisasjonsform',
  },
  { operating: 'driftstilskudd', project: 'prosjekttilskudd' },
  {
    applicant: 'søker',
    caseworker: 'saksbehandler',
    approver: 'godkjenner',
    finance: 'økonomi',
    admin: 'administrator',
  },
  { nb: 'bokmål', nn: 'nynorsk' },
  {
    none: 'ingen fordeling',
    gender: 'kjønn',
    age_band: 'aldersgruppe',
    gender_and_age_band: 'kjønn og aldersgruppe',
    region: 'region',
  },
  { warn: 'varsle (saksbehandler ser det, søknaden kan sendes)', block: 'stoppe (søknaden kan ikke sendes)' },
  { draft: 'utkast', published: 'publisert', closed: 'stengt', decided: 'avgjort', archived: 'arkivert' },
  {
    salaries: 'lønn',
    premises: 'lokaler',
    activities: 'aktiviteter',
    travel: 'reiser',
    equipment: 'utstyr',
    administration: 'administrasjon',
    other: 'annet',
  },
  { applied: 'søkt', granted: 'innvilget' },
  { chair: 'styreleder', general_manager: 'daglig leder', other_authorised: 'annen med signaturrett' },
  {
    draft: 'utkast',
    submitted: 'sendt inn',
    in_assessment: 'under behandling',
    assessed: 'vurdert',
    decided: 'vedtak fattet',
    notified: 'vedtak sendt',
    accepted: 'akseptert',
    paid: 'utbetalt',
    lapsed: 'bortfalt',
    withdrawn: 'trukket',
  },
  { granted: 'innvilget', partly_granted: 'delvis innvilget', rejected: 'avslått', dismissed: 'avvist' },
  { passed: 'godkjent i forhåndskontrollen', dismissed: 'avvist' },
  {
    receipt: 'kvittering',
    interim_reply: 'foreløpig svar',
    grant: 'innvilgelse',
    partial_grant: 'delvis innvilgelse',
    rejection: 'avslag',
    dismissal: 'avvisning',
  },
  { decision: 'vedtak', repayment_claim: 'krav om tilbakebetaling' },
  {
    lodged: 'klage mottatt',
    not_considered: 'ikke realitetsbehandlet',
    reversal_proposed: 'omgjøring foreslått',
    forwarded: 'oversendt klageinstansen',
    to_be_redecided: 'skal avgjøres på nytt',
    redecided: 'nytt vedtak fattet',
    upheld: 'vedtaket opprettholdt',
  },
  { upheld: 'opprettholdt', changed: 'endret', quashed: 'opphevet' },
  { period: 'prosjektperiode', budget: 'budsjett', content: 'innhold' },
  {
    pending: 'mottatt',
    awaiting_decision: 'venter på avgjørelse',
    approved: 'godkjent',
    rejected: 'avslått',
  },
  {
    application: 'søknad',
    decision: 'vedtak',
    letter: 'brev',
    appeal: 'klage',
    change_request: 'endringssøknad',
    payment: 'utbetaling',
    report: 'rapport',
    repayment_claim: 'krav om tilbakebetaling',
  },
  {
    content_changed: 'innholdet er endret',
    link_broken: 'lenken i kjeden er brutt',
    rows_missing: 'rader mangler',
    tail_missing: 'slutten av kjeden mangler',
  },
  {
    planned: 'planlagt',
    attested: 'attestert',
    exported: 'eksportert',
    paid: 'utbetalt',
    cancelled: 'kansellert',
  },
  { recipientName: 'mottakers navn', message: 'melding til mottaker', debtorName: 'betalers navn' },
  { csv: 'CSV (semikolon)', xlsx: 'Excel (XLSX)', pain001: 'betalingsfil ISO 20022 pain.001' },
  {
    bank_account_unverified: 'kontonummeret er ikke bekreftet',
    bank_account_changed: 'kontonummeret er endret nylig',
    organisation_flagged: 'organisasjonen er flagget (konkurs, avvikling)',
    extra_control_missing: 'ekstra kontroll mangler',
    budget_reservation: 'budsjettreservasjon',
  },
  { exported: 'eksportert', paid: 'betalt', cancelled: 'kansellert' },
  { open: 'åpent', settled: 'oppgjort', cancelled: 'kansellert' },
  { report: 'rapport', changed_decision: 'endret vedtak' },
  {
    due: 'skal leveres',
    draft: 'utkast',
    submitted: 'levert',
    returned: 'returnert for retting',
    approved: 'godkjent',
    repayment_claimed: 'krav om tilbakebetaling sendt',
  },
  { approve: 'godkjenn', return: 'returner for retting', claim: 'krev tilbakebetaling' },
  { up: 'oppe', down: 'nede' },
  { up: 'oppe', down: 'nede', off: 'slått av' },
  { ok: 'i orden', degraded: 'redusert', down: 'nede' },
  { Bearer: 'bærertoken (Authorization: Bearer …)' },
];

/** The labels whose codes are exactly this enum's values (the smallest such list), if any. */
export function labelsOf(values: readonly unknown[]): Readonly<Record<string, string>> | undefined {
  const codes = values.map(String);
  return (
    ENUM_LABELS.filter(
      (labels) => codes.every((c) => c in labels) && Object.keys(labels).length === codes.length,
    )[0] ?? ENUM_LABELS.find((labels) => codes.every((c) => c in labels))
  );
}

interface Schema {
  type?: string;
  format?: string;
  description?: string;
  example?: unknown;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  'x-enum-descriptions'?: string[];
  [key: string]: unknown;
}

interface Operation {
  parameters?: { name: string; in: string; description?: string; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

function sentence(description: string | undefined, addition: string): string {
  if (!description) return addition;
  if (description.includes(addition)) return description;
  return `${description.replace(/\s*$/, '')}${/[.!?)]$/.test(description.trim()) ? '' : '.'} ${addition}`;
}

function labelEnum(holder: Schema, target: Schema): void {
  if (!target.enum) return;
  const labels = labelsOf(target.enum);
  if (!labels) return;
  target['x-enum-descriptions'] = target.enum.map((code) => labels[String(code)]);
  const listing = target.enum.map((code) => `\`${String(code)}\` = ${labels[String(code)]}`).join(', ');
  holder.description = sentence(holder.description, `Codes (Norwegian name): ${listing}.`);
}

function enrichProperty(name: string, schema: Schema): void {
  if (/Ore$/.test(name) && (schema.type === 'integer' || schema.type === 'number')) {
    schema.description = sentence(schema.description, ORE_NOTE);
    if (schema.example === undefined) schema.example = 450000;
  }
  if (schema.format === 'date' && schema.example === undefined) schema.example = '2027-03-01';
  if (name === 'organisationNumber' && schema.example === undefined) schema.example = '974760673';
  if (name === 'bankAccount' && schema.example === undefined) schema.example = '86011117947';
  const instant = schema.format === 'date-time' || (schema.type === 'string' && /At$/.test(name));
  if (instant && schema.example === undefined && !schema.enum) {
    schema.example = '2027-03-01T11:00:00.000Z';
    schema.description = sentence(
      schema.description,
      'ISO 8601 in UTC (Oslo time 12:00 in winter is 11:00Z).',
    );
  }
  labelEnum(schema, schema);
  if (schema.items) labelEnum(schema, schema.items);
}

/** What the record behind `{id}` is, named by the path segment before it. */
const RESOURCES: Record<string, string> = {
  applications: 'application',
  rounds: 'round',
  organisations: 'organisation',
  schemes: 'grant scheme',
  appeals: 'appeal',
  'change-requests': 'change request',
  disbursements: 'disbursement',
  'payment-batches': 'payment batch',
  'repayment-claims': 'repayment claim',
  letters: 'letter',
  users: 'user',
  deliveries: 'failed delivery (outbox row)',
};

/** Path parameters, described by their name (and for `id`, the resource the path names). */
function pathParameterText(path: string, name: string): string | undefined {
  if (name === 'id') {
    const segment = /\/([a-z-]+)\/\{id\}/.exec(path)?.[1];
    const resource = segment ? RESOURCES[segment] : undefined;
    return resource
      ? `The ${resource}'s id (UUID). An unknown id, or one the caller may not see, answers 404.`
      : undefined;
  }
  if (name === 'attachmentId') return "The attachment's id (UUID).";
  if (name === 'userId') return "The member's user id (UUID).";
  if (name === 'format') return 'The file format: `csv`, `xlsx` or `pain001`.';
  return undefined;
}

/** Adds the units, enum labels and examples above to every schema property and parameter of the document. */
export function applyVocabulary(document: OpenAPIObject): OpenAPIObject {
  for (const schema of Object.values(document.components?.schemas ?? {}) as Schema[]) {
    for (const [name, property] of Object.entries(schema.properties ?? {})) enrichProperty(name, property);
  }
  for (const [path, item] of Object.entries(document.paths)) {
    for (const operation of Object.values(item) as Operation[]) {
      for (const body of Object.values(operation?.requestBody?.content ?? {})) {
        for (const [name, property] of Object.entries(body.schema?.properties ?? {}))
          enrichProperty(name, property);
      }
      for (const parameter of operation?.parameters ?? []) {
        if (parameter.in === 'path' && !parameter.description) {
          parameter.description = pathParameterText(path, parameter.name);
        }
        if (!parameter.schema) continue;
        const holder: Schema = { description: parameter.description };
        labelEnum(holder, parameter.schema);
        if (parameter.schema.items) labelEnum(holder, parameter.schema.items);
        if (holder.description) parameter.description = holder.description;
      }
    }
  }
  return document;
}
