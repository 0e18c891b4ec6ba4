import { HttpException } from '@nestjs/common';
import { errorCodes } from 'fastify';
import { maxHeaderSize } from 'node:http';

/** Largest request body (JSON or multipart) Fastify reads; attachments have their own limit while streaming. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** Longest URL (path and query) the API answers; longer ones get 414 before routing goes further. */
export const MAX_URL_LENGTH = 4096;

/** Longest path a problem document carries as `instance`; a longer one is left out rather than echoed. */
const MAX_INSTANCE_LENGTH = 200;

/** Our own early refusal, shaped like Fastify's errors (statusCode and code) so the problem filter maps it alike. */
export class UrlTooLongError extends Error {
  readonly statusCode = 414;
  readonly code = 'URL_TOO_LONG';
  constructor() {
    super('URL too long');
  }
}

export interface ProblemText {
  slug: string;
  title: string;
  detail: string;
}

/** Titles of the HTTP statuses the API answers with, in Norwegian. */
export const HTTP_TITLES: Record<number, { slug: string; title: string }> = {
  400: { slug: 'bad-request', title: 'Ugyldig forespørsel' },
  401: { slug: 'unauthenticated', title: 'Ikke innlogget' },
  403: { slug: 'forbidden', title: 'Ikke tillatt' },
  404: { slug: 'not-found', title: 'Ikke funnet' },
  405: { slug: 'method-not-allowed', title: 'Metoden er ikke tillatt' },
  406: { slug: 'not-acceptable', title: 'Formatet kan ikke leveres' },
  408: { slug: 'request-timeout', title: 'Tidsavbrudd' },
  409: { slug: 'conflict', title: 'Konflikt' },
  413: { slug: 'payload-too-large', title: 'Forespørselen er for stor' },
  414: { slug: 'uri-too-long', title: 'Adressen er for lang' },
  415: { slug: 'unsupported-media-type', title: 'Innholdstypen støttes ikke' },
  417: { slug: 'expectation-failed', title: 'Forventningen kan ikke innfris' },
  429: { slug: 'rate-limited', title: 'For mange forsøk' },
  431: { slug: 'header-fields-too-large', title: 'For store topptekster (headers)' },
  503: { slug: 'unavailable', title: 'Tjenesten er midlertidig utilgjengelig' },
};

const text = (status: number, detail: string): ProblemText & { status: number } => ({
  status,
  ...(HTTP_TITLES[status] ?? HTTP_TITLES[400]),
  detail,
});

/**
 * Norwegian texts for the errors Node's HTTP parser, Fastify and Nest raise before the application's code runs, by
 * their code. None repeats what the client sent (a path, a content type, a piece of the body): Fastify's and V8's
 * own messages do.
 */
export const FRAMEWORK_ERRORS: Record<string, ProblemText & { status: number }> = {
  // Node's HTTP parser (server 'clientError' and 'checkExpectation'; early-errors.ts).
  HPE_HEADER_OVERFLOW: text(
    431,
    `Forespørselslinjen og topptekstene (headers) er til sammen større enn ${Math.round(maxHeaderSize / 1024)} kB.`,
  ),
  ERR_HTTP_REQUEST_TIMEOUT: text(408, 'Forespørselen kom ikke fram i tide.'),
  HTTP_PARSE_ERROR: text(400, 'Forespørselen kunne ikke leses som HTTP/1.1.'),
  EXPECTATION_FAILED: text(417, 'Toppteksten Expect støttes bare med verdien 100-continue.'),
  // Fastify's router (frameworkErrors; early-errors.ts) and our URL limit (app.factory.ts).
  FST_ERR_BAD_URL: text(400, 'Adressen har en ugyldig prosentkoding (%XX).'),
  FST_ERR_MAX_PARAM_LENGTH: text(414, 'En del av adressen (en id) er lengre enn 100 tegn.'),
  URL_TOO_LONG: text(414, `Adressen er lengre enn ${MAX_URL_LENGTH} tegn.`),
  // Fastify's body parsing.
  FST_ERR_CTP_INVALID_MEDIA_TYPE: text(
    415,
    'Innholdstypen støttes ikke. Send application/json (eller multipart/form-data for filer).',
  ),
  FST_ERR_CTP_BODY_TOO_LARGE: text(413, `Forespørselen er større enn ${BODY_LIMIT_BYTES / 1024 / 1024} MB.`),
  FST_ERR_CTP_EMPTY_JSON_BODY: text(
    400,
    'Innholdstypen er application/json, men forespørselen har ikke noe innhold.',
  ),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: text(400, 'Innholdet er ikke så langt som Content-Length sier.'),
  // Also what secure-json-parse's refusal of __proto__ and constructor.prototype becomes in Fastify.
  FST_ERR_CTP_INVALID_JSON_BODY: text(400, 'Innholdet er ikke gyldig JSON.'),
  // Nest's handler for a route that does not exist ("Cannot GET /…").
  ROUTE_NOT_FOUND: text(404, 'Det finnes ingen slik adresse i API-et. Se dokumentasjonen på /api/docs.'),
  // The same, for an address that exists with other methods (listed in the Allow header).
  METHOD_NOT_ALLOWED: text(
    405,
    'Adressen finnes, men tar ikke imot denne metoden. Toppteksten Allow viser hvilke den tar imot.',
  ),
};

/**
 * The routes of each API instance (recorded by Fastify's onRoute hook on the root instance, app.factory.ts), to tell
 * an unknown address (404) from a known one asked with another method (405).
 */
const routeTables = new WeakMap<object, Map<string, { method: string; pattern: RegExp }>>();

export function recordRoute(server: object, method: string | string[], url: string): void {
  const source = url
    .split('/')
    .map((part) =>
      part.startsWith(':') ? '[^/]+' : part === '*' ? '.*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/');
  const routes = routeTables.get(server) ?? new Map<string, { method: string; pattern: RegExp }>();
  routeTables.set(server, routes);
  for (const m of [method].flat()) {
    routes.set(`${m.toUpperCase()} ${url}`, {
      method: m.toUpperCase(),
      pattern: new RegExp(`^${source}/?$`),
    });
  }
}

/** The methods a path is routed for (HEAD and OPTIONS aside); empty when the address is unknown. */
export function allowedMethods(server: object | undefined, url: string | undefined): string[] {
  const routes = server ? routeTables.get(server) : undefined;
  if (!routes) return [];
  const path = (url ?? '').split('?')[0];
  const methods = [...routes.values()].filter((r) => r.pattern.test(path)).map((r) => r.method);
  return [...new Set(methods)].filter((m) => m !== 'HEAD' && m !== 'OPTIONS');
}

/**
 * Nest turns a Fastify error into `new HttpException(error.message, error.statusCode)` before the exception filter
 * sees it (RoutesResolver.mapExternalException), dropping its code: the code is found again from the message, which
 * for these errors is Fastify's fixed text (a template's `%s` matches anything).
 */
const FASTIFY_MESSAGES: { code: string; pattern: RegExp }[] = Object.keys(FRAMEWORK_ERRORS)
  .filter((code) => code in errorCodes)
  .map((code) => {
    const template = new (errorCodes as unknown as Record<string, new () => Error>)[code]().message;
    const source = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%s/g, '[\\s\\S]*');
    return { code, pattern: new RegExp(`^${source}$`) };
  });

/**
 * The problem text of a 4xx error that is not a DomainError (the application's own 4xx are DomainErrors): a
 * framework error by its code or Fastify's message, Nest's unknown route, anything else by its status alone —
 * never the framework's English message, which may repeat the request.
 */
export function clientProblemText(exception: unknown, status: number): ProblemText {
  const code = (exception as { code?: unknown })?.code;
  if (typeof code === 'string' && FRAMEWORK_ERRORS[code]) return FRAMEWORK_ERRORS[code];
  if (exception instanceof Error) {
    const known = FASTIFY_MESSAGES.find((m) => m.pattern.test(exception.message));
    if (known) return FRAMEWORK_ERRORS[known.code];
    if (exception instanceof SyntaxError) return FRAMEWORK_ERRORS.FST_ERR_CTP_INVALID_JSON_BODY;
  }
  if (exception instanceof HttpException && status === 404 && /^Cannot [A-Z]+ /.test(exception.message)) {
    return FRAMEWORK_ERRORS.ROUTE_NOT_FOUND;
  }
  const known = HTTP_TITLES[status] ?? { slug: 'client-error', title: 'Ugyldig forespørsel' };
  return { ...known, detail: 'Forespørselen kunne ikke behandles.' };
}

/** `instance` of a problem: the path without the query string (which may hold search words), if it is short. */
export function problemInstance(url: string | undefined): { instance?: string } {
  const path = (url ?? '').split('?')[0];
  return path && path.length <= MAX_INSTANCE_LENGTH ? { instance: path } : {};
}

/** A URL as the request log shows it: without the query string, cut when long. */
export function urlForLog(url: string): string {
  const path = url.split('?')[0];
  return path.length > MAX_INSTANCE_LENGTH ? `${path.slice(0, MAX_INSTANCE_LENGTH)}…` : path;
}
