import { BudgetLine } from '../kernel/application-content';
import { ReportIndicator } from '../schemes/grant-scheme.entity';
import { FieldError, isPastDeadline } from '@app/platform';
import { ActualLine, IndicatorFigures, ReportStatus } from './recipient-report.entity';

const GENDERS = ['female', 'male', 'other_or_unknown'];
const AGE_BANDS = ['under_18', '18_25', '26_35', '36_and_over', 'unknown'];
const REGIONS = ['ostlandet', 'vestlandet', 'sorlandet', 'trondelag', 'nord_norge', 'unknown'];

/** The cells an indicator is reported in: aggregates by gender, age band or region, never per person. */
export function breakdownCells(breakdown: ReportIndicator['breakdown']): string[] {
  switch (breakdown) {
    case 'none':
      return ['total'];
    case 'gender':
      return GENDERS;
    case 'age_band':
      return AGE_BANDS;
    case 'gender_and_age_band':
      return GENDERS.flatMap((g) => AGE_BANDS.map((a) => `${g}_${a}`));
    case 'region':
      return REGIONS;
  }
}

/**
 * What the grant did not cover: the grant minus what it paid for (actual costs less other income), never below
 * zero and never above the grant. Whole øre.
 */
export function unspentOre(grantOre: number, actuals: ActualLine[], otherIncomeOre: number): number {
  const costs = actuals.reduce((sum, line) => sum + line.actualOre, 0);
  const coveredByGrant = Math.max(0, costs - otherIncomeOre);
  return Math.min(grantOre, Math.max(0, grantOre - coveredByGrant));
}

// A fødselsnummer or D-number (11 digits, optionally 6+5), an e-mail address or a Norwegian phone number: data
// about a person that a report about victims must never carry (docs/domain.md §5).
const PERSONAL_DATA: [RegExp, string][] = [
  [/(?<!\d)\d{6}\s?\d{5}(?!\d)/, 'et fødselsnummer'],
  [/[^\s@]+@[^\s@]+\.[a-z]{2,}/i, 'en e-postadresse'],
  [/(?<!\d)(?:\+47\s?)?[2-9]\d{2}\s?\d{2}\s?\d{3}(?!\d)/, 'et telefonnummer'],
];

/** Free text that looks like it holds personal data is refused, naming what it looks like. */
export function personalDataErrors(fields: Record<string, string | null | undefined>): FieldError[] {
  const errors: FieldError[] = [];
  for (const [field, text] of Object.entries(fields)) {
    if (!text) continue;
    const hit = PERSONAL_DATA.find(([pattern]) => pattern.test(text));
    if (hit) {
      errors.push({
        field,
        rule: 'noPersonalData',
        message: `Teksten ser ut til å inneholde ${hit[1]}. Rapporten skal ikke inneholde opplysninger om enkeltpersoner.`,
      });
    }
  }
  return errors;
}

/** Indicators: known codes, known cells, whole numbers ≥ 0. */
export function indicatorErrors(figures: IndicatorFigures, indicators: ReportIndicator[]): FieldError[] {
  const errors: FieldError[] = [];
  const known = new Map(indicators.map((i) => [i.code, breakdownCells(i.breakdown)]));
  for (const [code, cells] of Object.entries(figures)) {
    const allowed = known.get(code);
    if (!allowed) {
      errors.push({
        field: `indicators.${code}`,
        rule: 'unknownIndicator',
        message: 'Ordningen har ingen slik indikator.',
      });
      continue;
    }
    for (const [cell, value] of Object.entries(cells)) {
      if (!allowed.includes(cell)) {
        errors.push({
          field: `indicators.${code}.${cell}`,
          rule: 'unknownCell',
          message: `Indikatoren fordeles på ${allowed.join(', ')}.`,
        });
      } else if (!Number.isSafeInteger(value) || value < 0) {
        errors.push({
          field: `indicators.${code}.${cell}`,
          rule: 'wholeNumber',
          message: 'Tallet må være et helt tall, 0 eller mer.',
        });
      }
    }
  }
  return errors;
}

/** Actual amounts: one per budget line of the application at most, whole øre ≥ 0. */
export function actualsErrors(actuals: ActualLine[], budgetLines: BudgetLine[]): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<number>();
  actuals.forEach((a, i) => {
    if (!Number.isInteger(a.line) || a.line < 0 || a.line >= budgetLines.length) {
      errors.push({
        field: `actuals[${i}].line`,
        rule: 'budgetLine',
        message: `Søknaden har budsjettpostene 0–${budgetLines.length - 1}.`,
      });
    } else if (seen.has(a.line)) {
      errors.push({
        field: `actuals[${i}].line`,
        rule: 'unique',
        message: 'Budsjettposten er oppgitt to ganger.',
      });
    }
    seen.add(a.line);
  });
  return errors;
}

/**
 * The reports whose indicator figures count in the statistics: every report handed in and not sent back — awaiting
 * review, approved, or reviewed with a repayment claim (the claim is about money, not about the people helped).
 */
export const COUNTED_REPORT_STATUSES: readonly ReportStatus[] = [
  ReportStatus.Submitted,
  ReportStatus.Approved,
  ReportStatus.RepaymentClaimed,
];

/** A report is owed while it is not started, a draft, or returned for revision. */
export const OWED_REPORT_STATUSES: readonly (ReportStatus | null)[] = [
  null,
  ReportStatus.Draft,
  ReportStatus.Returned,
];

/** Owed and past its deadline. */
export function reportOverdue(status: ReportStatus | null, dueAt: Date, now: Date): boolean {
  return OWED_REPORT_STATUSES.includes(status) && isPastDeadline(now, dueAt);
}
