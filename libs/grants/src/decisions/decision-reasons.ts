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
