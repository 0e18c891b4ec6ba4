import { Injectable } from '@nestjs/common';
import { ApplicationsService } from '@app/grants';
import { FieldError } from '@app/platform';
import type { FastifyRequest } from 'fastify';
import { RequestWithActor } from '../auth/decorators';
import { ProbesRulesOf, RuleProbe } from '../common/rule-probes';
import { CreateApplicationRequest, UpdateApplicationRequest } from './applications.dto';

/** A draft's content rules (open round, the scheme's text limits and choices) for a create or save body refused by validation. */
@Injectable()
@ProbesRulesOf(CreateApplicationRequest, UpdateApplicationRequest)
export class ApplicationDraftProbe implements RuleProbe {
  constructor(private readonly applications: ApplicationsService) {}

  async ruleErrors(body: Record<string, unknown>, request: FastifyRequest): Promise<FieldError[]> {
    const actor = (request as FastifyRequest & RequestWithActor).actor;
    if (!actor) return [];
    const { roundId, organisationId: _o, version: _v, ...content } = body;
    const id = (request.params as { id?: string } | undefined)?.id;
    if (id) return this.applications.draftRuleErrors(actor, { applicationId: id }, content);
    if (typeof roundId !== 'string') return [];
    return this.applications.draftRuleErrors(actor, { roundId }, content);
  }
}
