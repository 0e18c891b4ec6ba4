import { Injectable } from '@nestjs/common';
import { checkScheme, DEFAULT_PAYMENT_PLAN } from '@app/grants';
import { DomainError, FieldError } from '@app/platform';
import { ProbesRulesOf, RuleProbe } from '../common/rule-probes';
import { CreateSchemeRequest } from './schemes.dto';

/**
 * A new scheme's rules as a whole (criterion weights sum to 100, unique codes, the score scale, the payment plan)
 * for a body refused by validation: only the errors on fields the body gave well-formed.
 */
@Injectable()
@ProbesRulesOf(CreateSchemeRequest)
export class SchemeRuleProbe implements RuleProbe {
  ruleErrors(body: Record<string, unknown>): Promise<FieldError[]> {
    const given = new Set(Object.keys(body));
    const neutral = {
      measureCategories: [],
      assessmentCriteria: [{ code: '-', name: '-', weight: 100 }],
      reportIndicators: [],
      scoreScaleMin: 0,
      scoreScaleMax: 1,
      paymentPlan: DEFAULT_PAYMENT_PLAN,
    };
    try {
      checkScheme({ ...neutral, ...body } as unknown as Parameters<typeof checkScheme>[0]);
      return Promise.resolve([]);
    } catch (error) {
      const errors = error instanceof DomainError ? (error.details.errors ?? []) : [];
      return Promise.resolve(errors.filter((e) => given.has(e.field.split(/[.[]/)[0])));
    }
  }
}
