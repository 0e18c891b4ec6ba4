import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath, OpenAPIObject } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, problemType } from './problem';
import { ProblemResponse } from './problem.dto';

/** The error statuses an operation can document (all answered as application/problem+json). */
export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;

/** A status with the default text, or a status with the operation's own text (what triggers it here). */
export type ProblemEntry = ProblemStatus | [ProblemStatus, string];

const INSTANCE = '/api/applications/0b6f1c9e-3a52-4c1e-9a8e-6d1f2b7c4e10';
const REQUEST_ID = 'req-7f3a9c';

function example(slug: string, title: string, status: number, detail: string, extra: object = {}): object {
  return {
    type: problemType(slug),
    title,
    status,
    detail,
    ...extra,
    instance: INSTANCE,
    requestId: REQUEST_ID,
  };
}

const RETRY_AFTER = {
  'Retry-After': {
    description: 'Seconds to wait before trying again.',
    schema: { type: 'integer', example: 30 },
  },
};

/** Default description and examples per status: what the API's ProblemFilter really answers. */
const DEFAULTS: Record<
  ProblemStatus,
  { description: string; examples: Record<string, object>; retry?: boolean }
> = {
  400: {
    description:
      'The request is malformed: a field is missing, has the wrong type or format, or breaks a limit. ' +
      '`errors[]` lists every broken rule with its field (`type` …:validation); a body too deeply nested or with ' +
      'too many items is …:json-too-complex; a body that is not JSON is …:bad-request.',
    examples: {
      validation: example(
        'validation',
        'Ugyldige opplysninger',
        400,
        'requestedAmountOre: Kan ikke være mindre enn 0.',
        {
          errors: [{ field: 'requestedAmountOre', rule: 'min', message: 'Kan ikke være mindre enn 0.' }],
        },
      ),
    },
  },
  401: {
    description:
      'Not logged in: no bearer token, or one that is expired or revoked (e.g. after a password change), so log in ' +
      'again; at login, a wrong e-mail address or password (the same answer for both).',
    examples: {
      unauthenticated: example(
        'unauthenticated',
        'Ikke innlogget',
        401,
        'Innloggingen er ugyldig eller utløpt. Logg inn på nytt.',
      ),
    },
  },
  403: {
    description:
      "The caller's role does not allow this operation, or the two-person rule forbids it (e.g. approving " +
      'what you prepared yourself).',
    examples: {
      forbidden: example('forbidden', 'Ikke tillatt', 403, 'Du har ikke en rolle som gir tilgang til dette.'),
    },
  },
  404: {
    description:
      'Nothing with this id, or nothing the caller may see (a case outside your organisation answers 404, not 403).',
    examples: { notFound: example('not-found', 'Ikke funnet', 404, 'Søknaden ble ikke funnet.') },
  },
  409: {
    description:
      'Conflict: the `version` sent is stale (…:stale-version, with `currentVersion`: fetch again), the case is in ' +
      'a status where this step is not allowed (…:invalid-state, with `currentState`), it exists already ' +
      '(…:duplicate) or a simultaneous change won (…:concurrent-update, Retry-After).',
    examples: {
      staleVersion: example(
        'stale-version',
        'Utdatert versjon',
        409,
        'Søknaden er endret av noen andre siden du hentet den (gjeldende versjon er 4). Hent på nytt og prøv igjen.',
        { currentVersion: 4 },
      ),
      invalidState: example(
        'invalid-state',
        'Handlingen er ikke tillatt i gjeldende status',
        409,
        'Søknaden kan ikke endres etter at den er sendt inn.',
        { currentState: 'submitted' },
      ),
    },
  },
  413: {
    description: 'The body or file is larger than allowed (JSON bodies 1 MB, attachments 10 MB).',
    examples: {
      tooLarge: example(
        'payload-too-large',
        'Forespørselen er for stor',
        413,
        'Innholdet er større enn tillatt.',
      ),
    },
  },
  415: {
    description: 'The body has a content type this operation does not take.',
    examples: {
      unsupported: example(
        'unsupported-media-type',
        'Innholdstypen støttes ikke',
        415,
        'Innholdstypen støttes ikke. Send JSON (application/json).',
      ),
    },
  },
  422: {
    description:
      'The request is well-formed but breaks a rule of the scheme, the round or the case (…:rule-violation); ' +
      '`errors[]` names each broken rule and its field.',
    examples: {
      ruleViolation: example(
        'rule-violation',
        'Opplysningene bryter en regel',
        422,
        'Teksten kan ha høyst 150 tegn (har 212).',
        {
          errors: [{ field: 'title', rule: 'maxChars', message: 'Teksten kan ha høyst 150 tegn (har 212).' }],
        },
      ),
    },
  },
  429: {
    description: 'Too many requests for this limit (…:rate-limited); wait the seconds in Retry-After.',
    examples: {
      rateLimited: example(
        'rate-limited',
        'For mange forsøk',
        429,
        'For mange forsøk. Prøv igjen om 30 sekunder.',
      ),
    },
    retry: true,
  },
  503: {
    description:
      'A store the API depends on (PostgreSQL, Redis) does not answer, or for an upload the virus scanner (clamd) ' +
      'gives no verdict, so the upload is refused (…:unavailable); try again after Retry-After.',
    examples: {
      unavailable: example(
        'unavailable',
        'Tjenesten er midlertidig utilgjengelig',
        503,
        'En database eller kø vi er avhengige av svarer ikke akkurat nå. Prøv igjen om litt.',
      ),
    },
    retry: true,
  },
};

/**
 * Documents the operation's error responses as RFC 9457 problem documents (`application/problem+json`, the
 * `ProblemResponse` schema, an example each). Give the statuses that can happen, optionally with the text that
 * says what triggers them here: `@ApiProblems(400, 404, [409, 'Stale version or already submitted.'], 422)`.
 * On a controller it applies to every operation in it.
 */
export function ApiProblems(...entries: ProblemEntry[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemResponse),
    ...entries.map((entry) => {
      const [status, text] = Array.isArray(entry) ? entry : [entry, undefined];
      return ApiResponse({ status, ...problemResponse(status, text) });
    }),
  );
}

/** The OpenAPI response object of one problem status: description, Retry-After where it applies, schema, examples. */
export function problemResponse(status: ProblemStatus, text?: string) {
  const defaults = DEFAULTS[status];
  return {
    description: text ? `${text} ${defaults.description}` : defaults.description,
    ...(defaults.retry ? { headers: RETRY_AFTER } : {}),
    content: {
      [PROBLEM_CONTENT_TYPE]: {
        schema: { $ref: getSchemaPath(ProblemResponse) },
        examples: Object.fromEntries(
          Object.entries(defaults.examples).map(([name, value]) => [name, { value }]),
        ),
      },
    },
  };
}

/**
 * What the shape of an operation implies, documented once here rather than on each operation: an id in the path
 * answers 404 when it is unknown, malformed or not the caller's to see (ids are checked before any lookup), and
 * query parameters are validated like bodies, so a wrong one answers 400.
 */
export function documentImpliedProblems(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item) as {
      parameters?: { in?: string }[];
      responses?: Record<string, unknown>;
    }[]) {
      if (!operation?.responses) continue;
      const parameters = operation.parameters ?? [];
      if (parameters.some((p) => p.in === 'path')) operation.responses['404'] ??= problemResponse(404);
      if (parameters.some((p) => p.in === 'query')) operation.responses['400'] ??= problemResponse(400);
    }
  }
  return document;
}

/** The errors any operation behind the bearer token can give: not logged in, not allowed, a store down. */
export const AUTHENTICATED: ProblemEntry[] = [401, 403, 503];
