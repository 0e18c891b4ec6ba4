import { FieldError, MONTHS_NB } from '@app/platform';

/**
 * One instalment of a scheme's payment plan: a share of the granted amount in whole percent, due on
 * acceptance or on a fixed day of the grant year ("MM-DD"; never earlier than the acceptance, and never
 * before 1 January of the grant year).
 */
export interface PlannedInstalmentRule {
  percent: number;
  /** "acceptance" or "MM-DD". */
  due: string;
}

/** Default (docs/domain.md §7): the whole amount in one instalment, due when the grant is accepted. */
export const DEFAULT_PAYMENT_PLAN: PlannedInstalmentRule[] = [{ percent: 100, due: 'acceptance' }];

export interface PlannedInstalment {
  instalmentNo: number;
  instalmentCount: number;
  amountOre: number;
  /** YYYY-MM-DD */
  dueDate: string;
}

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;

/** Rules a payment plan must satisfy; each broken one names its field. */
export function paymentPlanErrors(plan: PlannedInstalmentRule[], field = 'paymentPlan'): FieldError[] {
  const errors: FieldError[] = [];
  if (plan.length === 0 || plan.length > 12) {
    errors.push({ field, rule: 'instalments', message: 'En utbetalingsplan har fra 1 til 12 utbetalinger.' });
    return errors;
  }
  plan.forEach((rule, i) => {
    if (!Number.isInteger(rule.percent) || rule.percent < 1 || rule.percent > 100) {
      errors.push({
        field: `${field}[${i}].percent`,
        rule: 'percent',
        message: 'Andelen må være et helt antall prosent fra 1 til 100.',
      });
    }
    if (rule.due !== 'acceptance' && !(MONTH_DAY.test(rule.due) && isRealDay(rule.due))) {
      errors.push({
        field: `${field}[${i}].due`,
        rule: 'due',
        message: 'Forfall må være «acceptance» (ved aksept) eller en dato i tilskuddsåret på formen MM-DD.',
      });
    }
  });
  const sum = plan.reduce((total, rule) => total + rule.percent, 0);
  if (sum !== 100) {
    errors.push({
      field,
      rule: 'percentSumTo100',
      message: `Andelene i utbetalingsplanen må til sammen være 100 prosent (er ${sum}).`,
    });
  }
  return errors;
}

/**
 * The instalments of a granted amount. Each instalment is the difference of the rounded-down cumulative
 * shares, so the instalments add up to the amount exactly and none is more than one øre from its share.
 * A fixed due date before the acceptance falls on the acceptance day; nothing falls due before 1 January of the
 * grant year, since the money is that year's appropriation (a 2027 grant accepted in December 2026 is due on
 * 1 January 2027).
 */
export function planInstalments(
  amountOre: number,
  plan: PlannedInstalmentRule[],
  grantYear: number,
  acceptedOn: string,
): PlannedInstalment[] {
  if (!Number.isSafeInteger(amountOre) || amountOre <= 0) throw new RangeError('amountOre must be positive');
  let cumulativePercent = 0;
  let paid = 0;
  return plan.map((rule, i) => {
    cumulativePercent += rule.percent;
    // amountOre × percent stays far below 2^53 for any amount a round can hold (< 9 × 10^13 øre).
    const cumulative = Math.floor((amountOre * cumulativePercent) / 100);
    const amount = i === plan.length - 1 ? amountOre - paid : cumulative - paid;
    paid += amount;
    const fixed = rule.due === 'acceptance' ? acceptedOn : `${grantYear}-${rule.due}`;
    return {
      instalmentNo: i + 1,
      instalmentCount: plan.length,
      amountOre: amount,
      dueDate: latestDate(fixed, acceptedOn, firstDayOfGrantYear(grantYear)),
    };
  });
}

/** "2027-01-01": the first day money of the grant year can be paid. */
export function firstDayOfGrantYear(grantYear: number): string {
  return `${String(grantYear).padStart(4, '0')}-01-01`;
}

/** The latest of ISO dates (YYYY-MM-DD compares as text). */
function latestDate(...dates: string[]): string {
  return dates.reduce((latest, date) => (date > latest ? date : latest));
}

function isRealDay(monthDay: string): boolean {
  const [month, day] = monthDay.split('-').map(Number);
  // A leap year, so 02-29 is allowed; planInstalments moves it only if it lies before acceptance.
  const date = new Date(Date.UTC(2028, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The plan as the grant letter states it, in bokmål or nynorsk, e.g. "Tilskuddet utbetales i to utbetalinger:
 * 50 % når vilkårene er akseptert (tidligst 1. januar 2027) og 50 % 1. juni 2027 (tidligst når vilkårene er
 * akseptert)." Due days before acceptance move to it, and nothing is paid before the grant year (see planInstalments).
 */
export function describePaymentPlan(
  plan: PlannedInstalmentRule[],
  grantYear: number,
  language: 'nb' | 'nn',
): string {
  const nn = language === 'nn';
  const onAcceptance = nn ? 'når vilkåra er aksepterte' : 'når vilkårene er akseptert';
  const yearStart = `${nn ? 'tidlegast' : 'tidligst'} 1. januar ${grantYear}`;
  if (plan.length === 1 && plan[0].due === 'acceptance') {
    return nn
      ? `Tilskotet blir utbetalt i éi utbetaling ${onAcceptance}, ${yearStart}.`
      : `Tilskuddet utbetales i én utbetaling ${onAcceptance}, ${yearStart}.`;
  }
  const months = MONTHS_NB;
  const parts = plan.map((rule) => {
    if (rule.due === 'acceptance') return `${rule.percent} % ${onAcceptance} (${yearStart})`;
    const [month, day] = rule.due.split('-').map(Number);
    const date = `${day}. ${months[month - 1]} ${grantYear}`;
    return nn
      ? `${rule.percent} % ${date} (tidlegast ${onAcceptance})`
      : `${rule.percent} % ${date} (tidligst ${onAcceptance})`;
  });
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} og ${parts[parts.length - 1]}` : parts[0];
  const count = COUNT_WORDS[plan.length] ?? String(plan.length);
  return nn
    ? `Tilskotet blir utbetalt i ${count} utbetalingar: ${list}.`
    : `Tilskuddet utbetales i ${count} utbetalinger: ${list}.`;
}

const COUNT_WORDS: Record<number, string> = { 2: 'to', 3: 'tre', 4: 'fire', 5: 'fem', 6: 'seks' };
