import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Inject } from '@nestjs/common';
import {
  DomainError,
  DomainErrorCode,
  isContention,
  isStoreOutage,
  JsonLogger,
  OUTAGE_RETRY_AFTER_SECONDS,
} from '@app/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { clientProblemText, HTTP_TITLES, problemInstance } from './framework-errors';
import { JsonLimitError } from './json-limits';
import { ApiProblem, ProblemDocument, PROBLEM_CONTENT_TYPE, problemType } from './problem';
import { RequestValidationError } from './validation';
import { API_LOGGER } from './tokens';

/** Domain error codes to HTTP, in one exhaustive switch. */
function statusOf(code: DomainErrorCode): { status: number; slug: string; title: string } {
  switch (code) {
    case DomainErrorCode.NotFound:
      return { status: 404, slug: 'not-found', title: 'Ikke funnet' };
    case DomainErrorCode.InvalidState:
      return { status: 409, slug: 'invalid-state', title: 'Handlingen er ikke tillatt i gjeldende status' };
    case DomainErrorCode.StaleVersion:
      return { status: 409, slug: 'stale-version', title: 'Utdatert versjon' };
    case DomainErrorCode.Duplicate:
      return { status: 409, slug: 'duplicate', title: 'Finnes allerede' };
    case DomainErrorCode.Contention:
      return { status: 409, slug: 'concurrent-update', title: 'Samtidig endring' };
    case DomainErrorCode.RuleViolation:
      return { status: 422, slug: 'rule-violation', title: 'Opplysningene bryter en regel' };
    case DomainErrorCode.Forbidden:
      return { status: 403, slug: 'forbidden', title: 'Ikke tillatt' };
    case DomainErrorCode.Unauthenticated:
      return { status: 401, slug: 'unauthenticated', title: 'Ikke innlogget' };
    case DomainErrorCode.RateLimited:
      return { status: 429, slug: 'rate-limited', title: 'For mange forsøk' };
    case DomainErrorCode.Unavailable:
      return { status: 503, slug: 'unavailable', title: 'Tjenesten er midlertidig utilgjengelig' };
  }
}

/**
 * Every error leaves the API as application/problem+json. A store that is down or does not answer
 * (PostgreSQL, Redis) is an outage: 503 with Retry-After and one log line, no stack. Unknown errors
 * become a 500 that carries only the request id (the correlation id in the logs) and nothing internal.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(@Inject(API_LOGGER) private readonly logger: JsonLogger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    // A deadlock or serialization failure that no retry absorbed is a lost race, answered as a 409.
    if (isContention(exception)) exception = DomainError.contention();
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<FastifyRequest>();
    const reply = ctx.getResponse<FastifyReply>();
    const problem = this.toProblem(exception, request);
    if (exception instanceof DomainError && exception.details.retryAfterSeconds) {
      void reply.header('retry-after', String(exception.details.retryAfterSeconds));
    } else if (problem.status === 503) {
      void reply.header('retry-after', String(OUTAGE_RETRY_AFTER_SECONDS));
    }
    void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }

  private toProblem(exception: unknown, request: FastifyRequest): ProblemDocument {
    const base = { ...problemInstance(request.url), requestId: String(request.id) };
    if (exception instanceof JsonLimitError) {
      return {
        type: problemType('json-too-complex'),
        title: 'JSON-innholdet er for komplekst',
        status: 400,
        detail: exception.message,
        limit: exception.limit,
        maximum: exception.maximum,
        ...base,
      };
    }
    if (exception instanceof RequestValidationError) {
      return {
        type: problemType('validation'),
        title: 'Ugyldige opplysninger',
        status: 400,
        detail: exception.errors.map((e) => `${e.field}: ${e.message}`).join(' '),
        errors: exception.errors,
        ...base,
      };
    }
    if (exception instanceof ApiProblem) return { ...exception.toDocument(), ...base };
    if (exception instanceof DomainError) {
      const { status, slug, title } = statusOf(exception.code);
      return {
        type: problemType(slug),
        title,
        status,
        detail: exception.message,
        ...(exception.details.errors ? { errors: exception.details.errors } : {}),
        ...(exception.details.currentState ? { currentState: exception.details.currentState } : {}),
        ...(exception.details.currentVersion !== undefined
          ? { currentVersion: exception.details.currentVersion }
          : {}),
        ...base,
      };
    }
    const status = httpStatusOf(exception);
    if (status !== undefined && status < 500) {
      // Framework errors (Fastify's body parsing, Nest's unknown route) in Norwegian, never echoing the request.
      const { slug, title, detail } = clientProblemText(exception, status);
      return { type: problemType(slug), title, status, detail, ...base };
    }
    if (status === 503 || isStoreOutage(exception)) {
      if (status !== 503) {
        this.logger.event('warn', 'store unavailable', {
          requestId: base.requestId,
          error: exception instanceof Error ? exception.message : String(exception),
        });
      }
      return {
        type: problemType('unavailable'),
        title: HTTP_TITLES[503].title,
        status: HttpStatus.SERVICE_UNAVAILABLE,
        detail:
          status === 503
            ? serviceUnavailableDetail(exception)
            : 'En database eller kø vi er avhengige av svarer ikke akkurat nå. Prøv igjen om litt.',
        ...base,
      };
    }
    this.logger.error(
      exception instanceof Error ? exception : String(exception),
      (exception as Error)?.stack,
      'ProblemFilter',
    );
    return {
      type: problemType('internal'),
      title: 'Intern feil',
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      detail: `Noe gikk galt hos oss. Oppgi referansen ${base.requestId} hvis du kontakter Sfk.`,
      ...base,
    };
  }
}

function httpStatusOf(exception: unknown): number | undefined {
  if (exception instanceof HttpException) return exception.getStatus();
  // Fastify's own errors (malformed JSON, body too large, unsupported media type) and ours shaped like them
  // (JsonLimitError, UrlTooLongError) carry statusCode.
  const statusCode = (exception as { statusCode?: unknown })?.statusCode;
  return typeof statusCode === 'number' ? statusCode : undefined;
}

/** Our own 503s (ServiceUnavailableException) carry a Norwegian text. */
function serviceUnavailableDetail(exception: unknown): string | undefined {
  return exception instanceof HttpException ? exception.message : undefined;
}
