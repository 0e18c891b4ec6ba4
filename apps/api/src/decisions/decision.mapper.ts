import { Assessment, ConflictDeclaration, Decision, RoundOverview } from '@app/grants';
import {
  AssessmentResponse,
  ConflictDeclarationResponse,
  DecisionResponse,
  RoundOverviewResponse,
} from './decisions.dto';

export function mapDecision(d: Decision): DecisionResponse {
  return {
    id: d.id,
    applicationId: d.applicationId,
    roundId: d.roundId,
    outcome: d.outcome,
    amountOre: d.amountOre,
    conditions: d.conditions,
    reasons: d.reasons,
    preparedBy: d.preparedBy,
    approvedBy: d.approvedBy,
    decidedAt: d.decidedAt.toISOString(),
    madeUnderBudgetReservation: d.madeUnderBudgetReservation,
    notifiedAt: d.notifiedAt?.toISOString() ?? null,
    appealDeadline: d.appealDeadline?.toISOString() ?? null,
    acceptanceDeadline: d.acceptanceDeadline?.toISOString() ?? null,
    acceptedAt: d.acceptedAt?.toISOString() ?? null,
    lapsedAt: d.lapsedAt?.toISOString() ?? null,
    lapseReason: d.lapseReason,
    supersededBy: d.supersededBy,
  };
}

export function mapAssessment(a: Assessment): AssessmentResponse {
  return {
    applicationId: a.applicationId,
    scores: a.scores,
    weightedScore: a.weightedScoreHundredths / 100,
    recommendedOutcome: a.recommendedOutcome,
    recommendedAmountOre: a.recommendedAmountOre,
    reasons: a.reasons,
    conditions: a.conditions,
    assessedBy: a.assessedBy,
    assessedAt: a.assessedAt.toISOString(),
    version: a.version,
  };
}

export function mapDeclaration(d: ConflictDeclaration): ConflictDeclarationResponse {
  return {
    applicationId: d.applicationId,
    userId: d.userId,
    hasConflict: d.hasConflict,
    reason: d.reason,
    declaredAt: d.declaredAt.toISOString(),
  };
}

export function mapOverview(o: RoundOverview): RoundOverviewResponse {
  return {
    roundId: o.round.id,
    totals: { ...o.totals, budgetFrameOre: o.round.budgetFrameOre },
    items: o.rows.map(({ weightedScoreHundredths, ...row }) => ({
      ...row,
      weightedScore: weightedScoreHundredths === null ? null : Number(weightedScoreHundredths) / 100,
    })),
    total: o.total,
    totalIsExact: true,
    limit: o.limit,
    offset: o.offset,
  };
}
