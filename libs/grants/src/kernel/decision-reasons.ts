import type { FieldError } from '@app/platform';

/** Reasons in the form forvaltningsloven §§ 24–25 asks for. */
export interface DecisionReasons {
  /** The rules applied: forskrift and sections. */
  rulesApplied: string;
  /** The facts the decision relies on. */
  factsReliedOn: string;
  /** The main considerations in the discretionary assessment. */
  mainConsiderations: string;
}

export enum RecommendedOutcome {
  Grant = 'grant',
  PartialGrant = 'partial_grant',
  Rejection = 'rejection',
}

export enum DecisionOutcome {
  Granted = 'granted',
  PartlyGranted = 'partly_granted',
  Rejected = 'rejected',
  /** Avvist: the application was not considered on its merits (formal grounds). */
  Dismissed = 'dismissed',
}

export const OUTCOME_FOR_RECOMMENDATION: Record<RecommendedOutcome, DecisionOutcome> = {
  grant: DecisionOutcome.Granted,
  partial_grant: DecisionOutcome.PartlyGranted,
  rejection: DecisionOutcome.Rejected,
};

/** Full reasons are required for rejections, dismissals and partial grants (fvl § 24, § 25). */
export function reasonsRequired(outcome: DecisionOutcome | RecommendedOutcome): boolean {
  return outcome !== DecisionOutcome.Granted && outcome !== RecommendedOutcome.Grant;
}

export function reasonsComplete(
  reasons: Partial<DecisionReasons> | null | undefined,
): reasons is DecisionReasons {
  return Boolean(
    reasons?.rulesApplied?.trim() && reasons.factsReliedOn?.trim() && reasons.mainConsiderations?.trim(),
  );
}

/**
 * The rules every proposed or approved outcome follows, for the assessment and the approval alike:
 * a rejection is 0, a full grant is the amount applied for, a partial grant lies between, rejections and
 * partial grants carry reasons (fvl §§ 24–25), grants carry conditions. `amountField` names the field.
 */
export function outcomeTermErrors(
  terms: {
    outcome: DecisionOutcome | RecommendedOutcome;
    amountOre: number;
    requestedOre: number;
    reasons: Partial<DecisionReasons> | null | undefined;
    conditions: string[];
  },
  amountField: string,
): FieldError[] {
  const { outcome, amountOre, requestedOre } = terms;
  const rejection = outcome === DecisionOutcome.Rejected || outcome === RecommendedOutcome.Rejection;
  const full = outcome === DecisionOutcome.Granted || outcome === RecommendedOutcome.Grant;
  const errors: FieldError[] = [];
  if (rejection && amountOre !== 0) {
    errors.push({ field: amountField, rule: 'zeroForRejection', message: 'Et avslag har beløp 0.' });
  }
  if (full && amountOre !== requestedOre) {
    errors.push({
      field: amountField,
      rule: 'fullAmount',
      message: 'Fullt tilskudd er det omsøkte beløpet; et lavere beløp er delvis tilskudd.',
    });
  }
  if (!rejection && !full && (amountOre <= 0 || amountOre >= requestedOre)) {
    errors.push({
      field: amountField,
      rule: 'partialAmount',
      message: 'Delvis tilskudd må være større enn 0 og mindre enn det omsøkte beløpet.',
    });
  }
  if (reasonsRequired(outcome) && !reasonsComplete(terms.reasons)) {
    errors.push({
      field: 'reasons',
      rule: 'required',
      message:
        'Avslag og delvis tilskudd må begrunnes med regler, faktum og hovedhensyn (forvaltningsloven §§ 24–25).',
    });
  }
  if (!rejection && !terms.conditions.some((c) => c.trim())) {
    errors.push({ field: 'conditions', rule: 'required', message: 'Et tilskudd må ha vilkår.' });
  }
  return errors;
}
