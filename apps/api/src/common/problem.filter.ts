import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Inject,
  Optional,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import {
  DomainError,
  DomainErrorCode,
  inWrittenStandard,
  isContention,
  isStoreOutage,
  JsonLogger,
  OUTAGE_RETRY_AFTER_SECONDS,
  WrittenStandard,
  writtenStandardOf,
} from '@app/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { fieldLabel } from './field-labels';
import {
  allowedMethods,
  clientProblemText,
  FRAMEWORK_ERRORS,
  HTTP_TITLES,
  problemInstance,
} from './framework-errors';
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
  constructor(
    @Inject(API_LOGGER) private readonly logger: JsonLogger,
    @Optional() private readonly adapterHost?: HttpAdapterHost,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    // A deadlock or serialization failure that no retry absorbed is a lost race, answered as a 409.
    if (isContention(exception)) exception = DomainError.contention();
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<FastifyRequest>();
    const reply = ctx.getResponse<FastifyReply>();
    // Bokmål unless the client asks for nynorsk (Accept-Language); the answer says which (Content-Language).
    const standard = writtenStandardOf(request.headers?.['accept-language']);
    const allow = isUnknownRoute(exception)
      ? allowedMethods(this.adapterHost?.httpAdapter?.getInstance(), request.url)
      : [];
    const problem = localise(
      allow.length ? methodNotAllowed(request) : this.toProblem(exception, request),
      standard,
    );
    if (allow.length) void reply.header('allow', allow.join(', '));
    if (exception instanceof DomainError && exception.details.retryAfterSeconds) {
      void reply.header('retry-after', String(exception.details.retryAfterSeconds));
    } else if (problem.status === 503) {
      void reply.header('retry-after', String(OUTAGE_RETRY_AFTER_SECONDS));
    }
    void reply
      .status(problem.status)
      .header('content-type', PROBLEM_CONTENT_TYPE)
      .header('content-language', standard)
      .header('vary', 'Accept-Language')
      .send(problem);
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
        detail: exception.errors.map((e) => `${e.field}: ${e.message}`).join(' '), // labelled in localise
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

/**
 * The problem in the written standard asked for: title, detail and each error's message (the field keeps its key),
 * and field names in `detail` shown by their labels. A detail that lists the errors is built again from them.
 */
export function localise(problem: ProblemDocument, standard: WrittenStandard): ProblemDocument {
  const errors = problem.errors?.map((e) => ({ ...e, message: inWrittenStandard(e.message, standard) }));
  let detail = problem.detail;
  if (problem.errors?.length && detail !== undefined) {
    if (detail === problem.errors.map((e) => `${e.field}: ${e.message}`).join(' ')) {
      detail = errors!.map((e) => `${fieldLabel(e.field, standard)}: ${e.message}`).join(' ');
    } else if (detail === problem.errors.map((e) => e.message).join(' ')) {
      detail = errors!.map((e) => e.message).join(' ');
    } else detail = inWrittenStandard(detail, standard);
  } else if (detail !== undefined) detail = inWrittenStandard(detail, standard);
  return {
    ...problem,
    title: inWrittenStandard(problem.title, standard),
    ...(detail !== undefined ? { detail } : {}),
    ...(errors ? { errors } : {}),
  };
}

/** Nest's answer to a method and path no route takes ("Cannot DELETE /api/health"). */
function isUnknownRoute(exception: unknown): boolean {
  return (
    exception instanceof HttpException &&
    exception.getStatus() === 404 &&
    /^Cannot [A-Z]+ /.test(exception.message)
  );
}

function methodNotAllowed(request: FastifyRequest): ProblemDocument {
  const { status, slug, title, detail } = FRAMEWORK_ERRORS.METHOD_NOT_ALLOWED;
  return {
    type: problemType(slug),
    title,
    status,
    detail,
    ...problemInstance(request.url),
    requestId: String(request.id),
  };
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
