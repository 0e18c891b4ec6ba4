/** The parts of an application an organisation writes; stored as columns and jsonb on the application row. */

export enum BudgetCategory {
  Salaries = 'salaries',
  Premises = 'premises',
  Activities = 'activities',
  Travel = 'travel',
  Equipment = 'equipment',
  Administration = 'administration',
  Other = 'other',
}

export interface BudgetLine {
  category: BudgetCategory;
  description: string;
  amountOre: number;
}

export enum FundingStatus {
  Applied = 'applied',
  Granted = 'granted',
}

export interface OtherFunding {
  source: string;
  amountOre: number;
  status: FundingStatus;
}

export interface Partner {
  name: string;
  organisationNumber?: string | null;
  role: string;
}

export interface ContactPerson {
  name: string;
  email: string;
  phone?: string | null;
}

export enum SignatoryRole {
  /** styreleder */
  Chair = 'chair',
  /** daglig leder */
  GeneralManager = 'general_manager',
  /** another person with signing authority (prokura or board authorisation) */
  OtherAuthorised = 'other_authorised',
}

export interface Signatory {
  name: string;
  role: SignatoryRole;
}

/** The free-text fields whose length a scheme limits. */
export const LIMITED_TEXT_FIELDS = [
  'title',
  'summary',
  'goals',
  'targetGroup',
  'area',
  'plan',
  'expectedResults',
] as const;
export type LimitedTextField = (typeof LIMITED_TEXT_FIELDS)[number];

export interface TextLimit {
  maxChars?: number;
  maxWords?: number;
}

export type TextLimits = Partial<Record<LimitedTextField, TextLimit>>;

/** Defaults for a new scheme; each scheme sets its own. */
export const DEFAULT_TEXT_LIMITS: TextLimits = {
  title: { maxChars: 150 },
  summary: { maxWords: 300 },
  goals: { maxWords: 500 },
  targetGroup: { maxWords: 300 },
  area: { maxChars: 500 },
  plan: { maxWords: 1500 },
  expectedResults: { maxWords: 500 },
};

export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

export function sumOre(items: { amountOre: number }[]): number {
  return items.reduce((sum, item) => sum + item.amountOre, 0);
}
