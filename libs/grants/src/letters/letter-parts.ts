import { DomainError, DomainErrorCode } from '@app/platform';
import { buildLetterContent, LETTER_PARTS, partsPresent, type LetterPart } from './letter-content';
import { isDecisionLetter, isGrantLetter, type LetterInput } from './letter-model';

/**
 * The check that runs before a decision letter is issued (docs/domain.md §4, forvaltningsloven §§ 23–29): the letter is
 * built, and every part the letter type needs must be printed in it. Parts that are fixed template text (control,
 * repayment, access to documents, how to appeal …) are checked the same way, so a template that dropped one would
 * be refused too.
 */

/** Norwegian names of the parts, for the error message. */
export const LETTER_PART_LABELS: Readonly<Record<LetterPart, string>> = {
  outcome: 'utfall',
  amount: 'beløp',
  budgetReservation: 'forbehold om Stortingets budsjettvedtak',
  grantPeriod: 'tilskuddsperiode',
  purpose: 'formål og forbud mot annen bruk',
  'reasons.rulesApplied': 'begrunnelse (regelverk)',
  'reasons.factsReliedOn': 'begrunnelse (faktum)',
  'reasons.mainConsiderations': 'begrunnelse (hovedhensyn)',
  'reasons.summary': 'kort begrunnelse',
  reasonsOnRequest: 'rett til å be om begrunnelse',
  conditions: 'vilkår',
  acceptanceDeadline: 'frist for aksept av vilkårene',
  paymentPlan: 'utbetalingsplan',
  reporting: 'rapporteringskrav og rapportfrist',
  'reporting.auditorStatement': 'krav om revisorerklæring',
  repayment: 'tilbakebetaling av ubrukte eller feilbrukte midler',
  repaymentDueDate: 'betalingsfrist',
  repaymentPayment: 'hvordan beløpet betales',
  controlRights: 'kontroll (bevilgningsreglementet § 10, riksrevisjonsloven § 12)',
  appealDeadline: 'klagefrist',
  appealBody: 'klageinstans',
  appealProcedure: 'hvor og hvordan klagen sendes',
  accessToDocuments: 'rett til innsyn (forvaltningsloven §§ 18–19)',
};

/**
 * A decision letter lacks one or more required parts and may not be issued. A rule violation in the domain's terms,
 * so the API's problem mapping applies if it ever reaches a request; `parts` holds the machine names.
 */
export class LetterIncompleteError extends DomainError {
  readonly parts: string[];

  constructor(parts: string[]) {
    const label = (p: string): string => LETTER_PART_LABELS[p as LetterPart] ?? p;
    super(DomainErrorCode.RuleViolation, `Vedtaksbrevet mangler: ${parts.map(label).join(', ')}`, {
      errors: parts.map((p) => ({
        field: p,
        rule: 'decisionLetterPart',
        message: `Vedtaksbrevet mangler ${label(p)}.`,
      })),
    });
    this.name = 'LetterIncompleteError';
    this.parts = [...parts];
  }
}

const COMMON: LetterPart[] = [
  'outcome',
  'reasons.rulesApplied',
  'appealDeadline',
  'appealBody',
  'appealProcedure',
  'accessToDocuments',
];
const FULL_REASONS: LetterPart[] = ['reasons.factsReliedOn', 'reasons.mainConsiderations'];
const GRANT: LetterPart[] = [
  'amount',
  'grantPeriod',
  'purpose',
  'conditions',
  'acceptanceDeadline',
  'paymentPlan',
  'reporting',
  'reporting.auditorStatement',
  'repayment',
  'controlRights',
];

const REPAYMENT_CLAIM: LetterPart[] = [
  ...COMMON,
  ...FULL_REASONS,
  'amount',
  'repaymentDueDate',
  'repaymentPayment',
];

/** The parts a decision letter of this input must print; empty for letters that are not decisions. */
export function requiredDecisionLetterParts(input: LetterInput): LetterPart[] {
  if (!isDecisionLetter(input.type)) return [];
  if (input.type === 'repayment_claim') return LETTER_PARTS.filter((p) => REPAYMENT_CLAIM.includes(p));
  if (input.type === 'claim_revised') {
    // A dropped claim, or one repayments already cover, has nothing left to pay.
    const claim = input.claim;
    const owed = claim?.revision ? claim.amountOre - claim.revision.repaidOre > 0 : true;
    return LETTER_PARTS.filter(
      (p) =>
        COMMON.includes(p) ||
        FULL_REASONS.includes(p) ||
        p === 'amount' ||
        (owed && (p === 'repaymentDueDate' || p === 'repaymentPayment')),
    );
  }
  if (input.type === 'appeal_not_considered' || input.type === 'change_rejected') {
    return LETTER_PARTS.filter((p) => COMMON.includes(p) || FULL_REASONS.includes(p));
  }
  const required = new Set<LetterPart>(COMMON);
  if (input.type !== 'grant') FULL_REASONS.forEach((p) => required.add(p));
  else ['reasons.summary', 'reasonsOnRequest'].forEach((p) => required.add(p as LetterPart));
  if (isGrantLetter(input.type)) {
    GRANT.forEach((p) => required.add(p));
    if (input.round.budgetReservation) required.add('budgetReservation');
  }
  return LETTER_PARTS.filter((p) => required.has(p));
}

/** The machine names of the parts a decision letter lacks (empty when complete, or when it is not a decision). */
export function missingDecisionLetterParts(input: LetterInput): string[] {
  const required = requiredDecisionLetterParts(input);
  if (!required.length) return [];
  const present = partsPresent(buildLetterContent(input));
  return required.filter((p) => !present.has(p));
}

/** Throws LetterIncompleteError naming every missing part. */
export function assertDecisionLetterComplete(input: LetterInput): void {
  const missing = missingDecisionLetterParts(input);
  if (missing.length) throw new LetterIncompleteError(missing);
}
