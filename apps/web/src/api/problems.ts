import type { Schemas } from './client';

/**
 * The ONE place where the API's application/problem+json answers become what a page shows: a message, field errors
 * keyed by the API's field path, and the error summary's items (each linked to its field's element id).
 */
export type FieldProblem = Schemas['FieldProblem'];

export interface Problem {
  status: number;
  /** The last part of the problem type: "validation", "version-conflict", "session-expired" … */
  kind: string;
  title: string;
  detail?: string;
  fields: Record<string, string>;
  summary: { field: string; message: string; href: string }[];
  currentVersion?: number;
}

/** The id of the input for an API field path ("budgetLines[0].amountOre" → "f-budgetLines-0-amountOre"). */
export function fieldId(field: string): string {
  return `f-${field.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;
}

interface ProblemBody {
  type?: unknown;
  title?: unknown;
  detail?: unknown;
  errors?: unknown;
  currentVersion?: unknown;
}

function isFieldProblem(value: unknown): value is FieldProblem {
  return typeof value === 'object' && value !== null && 'field' in value && 'message' in value;
}

/** A problem from a status and a parsed body (problem+json or anything else). */
export function toProblem(status: number, body: unknown, fallbackTitle: string): Problem {
  const b: ProblemBody = typeof body === 'object' && body !== null ? body : {};
  const type = typeof b.type === 'string' ? b.type : '';
  const errors = Array.isArray(b.errors) ? b.errors.filter(isFieldProblem) : [];
  return fromFieldProblems(errors, {
    status,
    kind: type.split(':').pop() ?? '',
    title: typeof b.title === 'string' ? b.title : fallbackTitle,
    detail: typeof b.detail === 'string' && errors.length === 0 ? b.detail : undefined,
    currentVersion: typeof b.currentVersion === 'number' ? b.currentVersion : undefined,
  });
}

/** Field problems (e.g. an application's submissionProblems) as a problem; the first message per field wins. */
export function fromFieldProblems(
  errors: FieldProblem[],
  base: Omit<Problem, 'fields' | 'summary'>,
): Problem {
  const fields: Record<string, string> = {};
  const summary: Problem['summary'] = [];
  for (const error of errors) {
    if (!(error.field in fields)) fields[error.field] = error.message;
    summary.push({ field: error.field, message: error.message, href: `#${fieldId(error.field)}` });
  }
  return { ...base, fields, summary };
}

/** A thrown problem, for query and mutation functions. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title);
  }
}

/** Unwraps an openapi-fetch result: the data, or a ProblemError. */
export function ok<T>(
  result: { data?: T; error?: unknown; response: Response },
  fallbackTitle = 'Noe gikk galt',
): T {
  if (result.response.ok && result.data !== undefined) return result.data;
  if (result.response.ok && result.response.status === 204) return undefined as T;
  throw new ProblemError(toProblem(result.response.status, result.error, fallbackTitle));
}

export function problemOf(error: unknown): Problem | null {
  if (error instanceof ProblemError) return error.problem;
  if (error instanceof TypeError) {
    return { status: 0, kind: 'network', title: 'Ingen forbindelse', fields: {}, summary: [] };
  }
  return null;
}
