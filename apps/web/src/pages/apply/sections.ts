import type { Messages } from '../../i18n/nb';
import type { Application } from './draft';

/** The task list's sections: the fields each owns (API field names), in the order the form asks. */
export const SECTIONS = [
  { key: 'organisation', slug: 'organisasjon', fields: ['contactPerson', 'signatory'] },
  {
    key: 'measure',
    slug: 'tiltaket',
    fields: [
      'title',
      'grantType',
      'summary',
      'goals',
      'area',
      'plan',
      'periodStart',
      'periodEnd',
      'expectedResults',
    ],
  },
  { key: 'target', slug: 'malgruppe', fields: ['targetGroup', 'measureCategory'] },
  { key: 'budget', slug: 'budsjett', fields: ['budgetLines', 'otherFunding', 'requestedAmountOre'] },
  { key: 'attachments', slug: 'vedlegg', fields: ['attachments'] },
] as const;

export type Section = (typeof SECTIONS)[number];
export type SectionKey = Section['key'];
export type SectionStatus = keyof Messages['app']['sectionStatus'];

/** The API field a problem names, without its index or sub-field ("budgetLines[0].amountOre" → "budgetLines"). */
export const rootField = (field: string) => field.split(/[.[]/)[0];

export function sectionOfField(field: string): Section {
  const root = rootField(field);
  return SECTIONS.find((s) => (s.fields as readonly string[]).includes(root)) ?? SECTIONS[1];
}

function filled(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** Not started (nothing filled in), complete (filled in and nothing the API still objects to), else in progress. */
export function sectionStatus(section: Section, application: Application): SectionStatus {
  const values = section.fields.map((f) => (application as unknown as Record<string, unknown>)[f]);
  if (!values.some(filled)) return 'notStarted';
  const problems = application.submissionProblems.some((p) =>
    (section.fields as readonly string[]).includes(rootField(p.field)),
  );
  const optional: readonly string[] = ['otherFunding'];
  const missing = section.fields.some(
    (f, i) => !optional.includes(f) && !filled(values[i]) && f !== 'attachments',
  );
  return problems || missing ? 'inProgress' : 'complete';
}
