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
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problemType(slug: string): string {
  return `urn:problem:tilskudd:${slug}`;
}
