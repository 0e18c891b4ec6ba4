import { CallHandler, ExecutionContext, Injectable, NestInterceptor, Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { FieldError } from '@app/platform';
import { plainToInstance } from 'class-transformer';
import type { FastifyRequest } from 'fastify';
import { catchError, from, Observable, switchMap, throwError } from 'rxjs';
import { RequestValidationError } from './validation';

/**
 * One answer with everything the server can know is wrong. A body that breaks its DTO's rules is refused before the
 * service runs, so the domain's rules on the same body (the scheme's text limits, its categories, an open round)
 * came only in a second answer once the first was fixed. A rule probe runs those domain rules, read-only, on the
 * well-formed part of a refused body, and its errors join the validation errors in the same 400.
 */
export interface RuleProbe {
  /** The domain rules' errors for the well-formed fields of a body (never saves; may read). */
  ruleErrors(body: Record<string, unknown>, request: FastifyRequest): Promise<FieldError[]>;
}

const probes = new Map<Type<unknown>, Type<RuleProbe>>();

/** Registers a probe class (a provider) for the request DTOs whose bodies it checks. */
export function ProbesRulesOf(...dtos: Type<unknown>[]): ClassDecorator {
  return (target) => {
    for (const dto of dtos) probes.set(dto, target as unknown as Type<RuleProbe>);
  };
}

function topField(path: string): string {
  return path.split(/[.[]/)[0];
}

/** The top-level fields of a body that broke no validation rule (the ones a probe can trust). */
export function wellFormedPart(body: Record<string, unknown>, errors: FieldError[]): Record<string, unknown> {
  const broken = new Set(errors.map((e) => topField(e.field)));
  return Object.fromEntries(Object.entries(body).filter(([key]) => !broken.has(key)));
}

@Injectable()
export class RuleProbeInterceptor implements NestInterceptor {
  constructor(private readonly modules: ModuleRef) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        const input = error instanceof RequestValidationError ? error.input : undefined;
        const probeType = input ? probes.get(input.metatype) : undefined;
        if (!input || !probeType) return throwError(() => error);
        const request = context.switchToHttp().getRequest<FastifyRequest>();
        return from(this.withRuleErrors(error as RequestValidationError, probeType, input, request)).pipe(
          switchMap((merged) => throwError(() => merged)),
        );
      }),
    );
  }

  private async withRuleErrors(
    error: RequestValidationError,
    probeType: Type<RuleProbe>,
    input: NonNullable<RequestValidationError['input']>,
    request: FastifyRequest,
  ): Promise<RequestValidationError> {
    try {
      const probe = this.modules.get(probeType, { strict: false });
      const part = wellFormedPart(input.body, error.errors);
      // Transformed as the pipe would; fields the body did not give are left out (not present as undefined).
      const transformed = plainToInstance(input.metatype, part) as Record<string, unknown>;
      const given = Object.fromEntries(
        Object.entries(transformed).filter(([, value]) => value !== undefined),
      );
      const ruleErrors = await probe.ruleErrors(given, request);
      // A field validation refused already has its error: the rules add only what is new.
      const broken = new Set(error.errors.map((e) => topField(e.field)));
      const added = ruleErrors.filter((e) => !broken.has(topField(e.field)));
      return added.length ? new RequestValidationError([...error.errors, ...added]) : error;
    } catch {
      // A probe that cannot run (the round is gone, the actor may not read the draft) adds nothing.
      return error;
    }
  }
}
