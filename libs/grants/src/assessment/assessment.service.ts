import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, FieldError } from '@app/platform';
import { DataSource } from 'typeorm';
import { Actor, hasRole } from '../kernel/actor';
import { lockVersioned, snapshot } from '../kernel/persistence';
import { Role } from '../kernel/role';
import { GrantRound } from '../rounds/grant-round.entity';
import { GrantScheme } from '../schemes/grant-scheme.entity';
import { loadApplication } from '../applications/application-access';
import { applicationTransition } from '../applications/application-status';
import { moveApplication } from '../applications/application-transitions';
import { Application } from '../applications/application.entity';
import {
  DecisionReasons,
  reasonsComplete,
  outcomeTermErrors,
  RecommendedOutcome,
} from '../kernel/decision-reasons';
import { Assessment, CriterionScore } from './assessment.entity';
import { ImpartialityService } from '../applications/impartiality.service';
import { CasePart } from '../kernel/need-to-know';

export interface AssessmentInput {
  scores: CriterionScore[];
  recommendedOutcome: RecommendedOutcome;
  recommendedAmountOre: number;
  reasons?: DecisionReasons | null;
  conditions?: string[];
}

@Injectable()
export class AssessmentService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly impartiality: ImpartialityService,
  ) {}

  /** Scores every criterion, computes the weighted total and records the recommendation (may be revised until approval). */
  async assess(
    actor: Actor,
    applicationId: string,
    version: number,
    input: AssessmentInput,
  ): Promise<Assessment> {
    if (!hasRole(actor, Role.Caseworker))
      throw DomainError.forbidden('Bare saksbehandlere vurderer søknader.');
    return this.db.transaction(async (manager) => {
      await loadApplication(manager, actor, applicationId);
      await this.impartiality.assertImpartial(manager, actor, applicationId);
      const application = await lockVersioned(manager, Application, applicationId, version, 'Søknaden');
      // A step the status does not allow is refused (409) before the scores are checked.
      applicationTransition(application.status, 'assess');
      const scheme = await manager
        .createQueryBuilder(GrantScheme, 's')
        .innerJoin(GrantRound, 'r', 'r.scheme_id = s.id')
        .where('r.id = :roundId', { roundId: application.roundId })
        .getOneOrFail();
      const weighted = checkAssessment(input, scheme, application.requestedAmountOre ?? 0);

      const existing = await manager.findOneBy(Assessment, { applicationId });
      const previous = existing ? snapshot(existing) : null;
      const assessment = existing ?? manager.create(Assessment, { applicationId });
      Object.assign(assessment, {
        scores: input.scores,
        weightedScoreHundredths: weighted,
        recommendedOutcome: input.recommendedOutcome,
        recommendedAmountOre: input.recommendedAmountOre,
        reasons: reasonsComplete(input.reasons) ? input.reasons : null,
        conditions: input.conditions ?? [],
        assessedBy: actor.userId,
      });
      await manager.save(assessment);
      await moveApplication(manager, application, 'assess', {
        actor,
        action: existing ? 'assessment.revised' : 'assessment.made',
        note: { assessment: snapshot(assessment), ...(previous ? { previousAssessment: previous } : {}) },
      });
      return assessment;
    });
  }

  async get(actor: Actor, applicationId: string): Promise<Assessment> {
    await loadApplication(this.db.manager, actor, applicationId, CasePart.WorkingMaterial);
    // Sfk's own working material: a member of the applicant organisation does not see it either.
    await this.impartiality.assertNotConflicted(this.db.manager, actor, applicationId);
    const assessment = await this.db.getRepository(Assessment).findOneBy({ applicationId });
    if (!assessment) throw DomainError.notFound('Vurderingen');
    return assessment;
  }
}

/** The scheme's rules for an assessment; returns the weighted score in hundredths. */
export function checkAssessment(input: AssessmentInput, scheme: GrantScheme, requestedOre: number): number {
  const errors: FieldError[] = [];
  const criteria = scheme.assessmentCriteria.map((c) => c.code);
  const scored = input.scores.map((s) => s.criterion);
  for (const code of criteria) {
    if (!scored.includes(code)) {
      errors.push({
        field: 'scores',
        rule: 'everyCriterion',
        message: `Kriteriet «${code}» mangler karakter.`,
      });
    }
  }
  input.scores.forEach((score, i) => {
    if (!criteria.includes(score.criterion) || scored.indexOf(score.criterion) !== i) {
      errors.push({
        field: `scores[${i}].criterion`,
        rule: 'schemeCriterion',
        message: 'Ukjent eller gjentatt kriterium.',
      });
    }
    if (
      !Number.isInteger(score.score) ||
      score.score < scheme.scoreScaleMin ||
      score.score > scheme.scoreScaleMax
    ) {
      errors.push({
        field: `scores[${i}].score`,
        rule: 'scale',
        message: `Karakteren må være et heltall fra ${scheme.scoreScaleMin} til ${scheme.scoreScaleMax}.`,
      });
    }
    if (!score.comment?.trim()) {
      errors.push({
        field: `scores[${i}].comment`,
        rule: 'required',
        message: 'Hver karakter må ha en kommentar.',
      });
    }
  });
  errors.push(
    ...outcomeTermErrors(
      {
        outcome: input.recommendedOutcome,
        amountOre: input.recommendedAmountOre,
        requestedOre,
        reasons: input.reasons,
        conditions: input.conditions ?? [],
      },
      'recommendedAmountOre',
    ),
  );
  if (errors.length) throw DomainError.rules(errors);
  const weights = new Map(scheme.assessmentCriteria.map((c) => [c.code, c.weight]));
  // Weights are percent and sum to 100: Σ score × weight is the weighted score in hundredths.
  return input.scores.reduce((sum, s) => sum + s.score * (weights.get(s.criterion) ?? 0), 0);
}
