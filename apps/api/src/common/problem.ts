import { FieldError } from '@app/platform';

/** RFC 9457 problem document. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
  currentState?: string;
  currentVersion?: number;
  /** json-too-complex: the limit the body broke (maxDepth, maxItems) and its value. */
  limit?: string;
  maximum?: number;
  /** session-expired: why the session ended (idle-timeout, absolute-timeout, logged-out, credentials-changed). */
  reason?: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problemType(slug: string): string {
  return `urn:problem:tilskudd:${slug}`;
}

/**
 * A problem the API names itself, with its own type (session-expired, csrf), where no domain error code fits: the
 * filter answers it as it is.
 */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: string,
    detail: string,
    readonly members: Pick<ProblemDocument, 'reason'> = {},
  ) {
    super(detail);
    this.name = 'ApiProblem';
  }

  toDocument(): ProblemDocument {
    const { status, title, message } = this;
    return { type: problemType(this.slug), title, status, detail: message, ...this.members };
  }
}
