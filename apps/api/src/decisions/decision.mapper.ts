import { Assessment, ConflictDeclaration, Decision, RoundOverview } from '@app/grants';
import {
  AssessmentResponse,
  ConflictDeclarationResponse,
  DecisionResponse,
  RoundOverviewResponse,
} from './decisions.dto';
import { pick } from '../common/mapping';

export function mapDecision(d: Decision): DecisionResponse {
  return {
    ...pick(
      d,
      'id',
      'applicationId',
      'roundId',
      'outcome',
      'amountOre',
      'conditions',
      'reasons',
      'preparedBy',
      'approvedBy',
    ),
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
    ...pick(a, 'recommendedOutcome', 'recommendedAmountOre', 'reasons', 'conditions', 'assessedBy'),
    assessedAt: a.assessedAt.toISOString(),
    version: a.version,
  };
}

export function mapDeclaration(d: ConflictDeclaration): ConflictDeclarationResponse {
  return {
    ...pick(d, 'applicationId', 'userId', 'hasConflict', 'reason'),
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
