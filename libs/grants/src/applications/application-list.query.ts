import { PageRequest } from '@app/platform';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Actor } from '../kernel/actor';
import { declaredConflictIdsSql } from './impartiality';
import { isUuid, preparedQuery } from '../kernel/persistence';
import { escapeLike } from '../kernel/sql';
import { canReadAllApplications } from './application-access';
import { APPLICATION_SEARCH_EXPRESSION } from './application.entity';
import type { ApplicationStatus } from './application-status';

export interface ApplicationFilter {
  roundId?: string;
  status?: ApplicationStatus;
  measureCategory?: string;
  organisationId?: string;
  q?: string;
  sort?: ApplicationSort;
}

export type ApplicationSort =
  | 'submittedAt'
  | '-submittedAt'
  | 'referenceNumber'
  | '-referenceNumber'
  | 'requestedAmountOre'
  | '-requestedAmountOre'
  | 'title'
  | '-updatedAt';

export interface ApplicationListItem {
  id: string;
  referenceNumber: string | null;
  title: string | null;
  status: ApplicationStatus;
  roundId: string;
  organisationId: string;
  organisationName: string;
  measureCategory: string | null;
  grantType: string | null;
  requestedAmountOre: number | null;
  submittedAt: Date | null;
  updatedAt: Date;
  /**
   * The reader is a staff member who declared a conflict in the case: title, measure category, grant type and
   * amount are withheld (null), as in the round overview; the detail is refused them.
   */
  restricted: boolean;
}

// The SQL of the application list (ApplicationsService.list): one statement that counts and pages for one or
// more requests of the same shape.

/** Totals are counted exactly up to this many rows (or the page window, if further). */
export const COUNT_CAP = 1000;

/**
 * Column, direction and where NULLs go; the default (-updatedAt) is served by an index in filter order. Sorts by
 * content (title, amount) sort a restricted row as NULL, last: its place in the order would tell its content.
 */
const SORTS: Record<
  ApplicationSort,
  [string, 'ASC' | 'DESC', 'NULLS FIRST' | 'NULLS LAST' | undefined, 'content'?]
> = {
  submittedAt: ['a.submitted_at', 'ASC', 'NULLS LAST'],
  '-submittedAt': ['a.submitted_at', 'DESC', 'NULLS LAST'],
  referenceNumber: ['a.sequence_number', 'ASC', 'NULLS LAST'],
  '-referenceNumber': ['a.sequence_number', 'DESC', 'NULLS LAST'],
  requestedAmountOre: ['a.requested_amount_ore', 'ASC', 'NULLS LAST', 'content'],
  '-requestedAmountOre': ['a.requested_amount_ore', 'DESC', 'NULLS LAST', 'content'],
  title: ['a.title', 'ASC', 'NULLS LAST', 'content'],
  '-updatedAt': ['a.updated_at', 'DESC', undefined],
};

/** One row per item of a page, in order, or one row of nulls but the total when the page is empty. */
export type ListRow = Omit<ApplicationListItem, 'requestedAmountOre' | 'restricted'> & {
  restricted: boolean | null;
  key: number;
  total: number;
  requestedAmountOre: string | null;
};

/** One list request of a batch: its own key and its filter values, in the order of the statement's columns. */
export interface ListRequest {
  key: number;
  values: unknown[];
}

/** Runs a list statement for the requests given (each value column as one array) and groups the rows by key. */
export async function runListStatement(
  db: DataSource,
  name: string | null,
  text: string,
  requests: ListRequest[],
): Promise<Map<number, ListRow[]>> {
  const columns: unknown[][] = [requests.map((r) => r.key)];
  for (let i = 0; i < requests[0].values.length; i++) columns.push(requests.map((r) => r.values[i]));
  const rows = await preparedQuery<ListRow>(db, name, text, columns);
  const byKey = new Map<number, ListRow[]>();
  for (const row of rows) {
    const list = byKey.get(row.key);
    if (list) list.push(row);
    else byKey.set(row.key, [row]);
  }
  return byKey;
}

/**
 * The count (up to `cap`) and the page in one statement, for one or more requests of the same shape: each request
 * is a row of `unnest` (its key, then its filter values), and the count and the page are laterals on it. The SQL
 * text depends only on which filters are given, the sort and the limits; the filter values are parameters. The
 * limits are literals (whole numbers, checked): with a LIMIT parameter PostgreSQL's generic plan guessed a tenth
 * of the table, looked dearer than a custom plan, and the statement was planned again on every call.
 *
 * A staff reader's row of a case they declared a conflict in (and do not read as a member of the organisation) is
 * restricted, as in the round overview: it keeps reference, organisation, round, status and dates, and withholds
 * title, measure category, grant type and amount — the detail is refused to them anyway (loadApplication). A
 * filter or sort on a withheld field treats a restricted row as if the field were empty, and the free-text search
 * finds it by its reference number only: otherwise a search for a word, or a row's place in the order, would tell
 * what the row withholds.
 */
export function listStatement(
  actor: Actor,
  filter: ApplicationFilter,
  page: PageRequest,
  cap: number,
): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const columns: string[] = [];
  /** A filter value: a column of the request row, fed by one array parameter of the given type. */
  const param = (value: unknown, type: 'uuid' | 'text'): string => {
    values.push(value);
    columns.push(`$${values.length + 1}::${type}[]`);
    return `w.v${values.length}`;
  };
  const literal = (n: number): string => {
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`not a row count: ${n}`);
    return String(n);
  };
  const where: string[] = [];
  // One array per request travels as its text form ({id,id}) in a text column.
  const memberOf = `{${actor.organisationIds.filter(isUuid).join(',')}}`;
  /** SQL: the row is restricted for this reader (always false for members, who read only their own). */
  let restricted = 'false';
  let conflicts = '';
  if (!canReadAllApplications(actor)) {
    where.push(`a.organisation_id = ANY(${param(memberOf, 'text')}::uuid[])`);
  } else {
    conflicts = `CROSS JOIN LATERAL (SELECT ${declaredConflictIdsSql(param(actor.userId, 'uuid'))} AS ids) x`;
    restricted = `(a.id = ANY(x.ids) AND a.organisation_id <> ALL(${param(memberOf, 'text')}::uuid[]))`;
  }
  /** A withheld field, as the reader sees it. */
  const shown = (column: string) =>
    restricted === 'false' ? column : `CASE WHEN ${restricted} THEN NULL ELSE ${column} END`;
  if (filter.roundId) where.push(`a.round_id = ${param(filter.roundId, 'uuid')}`);
  if (filter.status) where.push(`a.status = ${param(filter.status, 'text')}`);
  if (filter.measureCategory) {
    const category = `a.measure_category = ${param(filter.measureCategory, 'text')}`;
    where.push(restricted === 'false' ? category : `(${category} AND NOT ${restricted})`);
  }
  if (filter.organisationId) where.push(`a.organisation_id = ${param(filter.organisationId, 'uuid')}`);
  if (filter.q) {
    const search = APPLICATION_SEARCH_EXPRESSION.replace(/\b(title|summary)\b/g, 'a.$1');
    const query = param(filter.q, 'text');
    const like = param(`%${escapeLike(filter.q)}%`, 'text');
    const matches = `${search} @@ websearch_to_tsquery('norwegian', ${query})`;
    where.push(
      `(${restricted === 'false' ? matches : `(${matches} AND NOT ${restricted})`} OR a.reference_number ILIKE ${like})`,
    );
  }
  const condition = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const [column, direction, nulls, content] = SORTS[filter.sort ?? '-updatedAt'];
  const order = `${content ? shown(column) : column} ${direction}${nulls ? ` ${nulls}` : ''}, a.id ${direction}`;
  const names = ['key', ...values.map((_, i) => `v${i + 1}`)].join(', ');
  const text = `
    SELECT w.key, c.total, p.*
      FROM unnest($1::int[]${columns.map((c) => `, ${c}`).join('')}) AS w(${names})
     ${conflicts}
     CROSS JOIN LATERAL (
        SELECT count(*)::int AS total
          FROM (SELECT 1 FROM applications a ${condition} LIMIT ${literal(cap)}) counted) c
      LEFT JOIN LATERAL (
        SELECT row_number() OVER (ORDER BY ${order}) AS ord,
               a.id AS "id", a.reference_number AS "referenceNumber", ${shown('a.title')} AS "title",
               a.status AS "status", a.round_id AS "roundId", a.organisation_id AS "organisationId",
               o.name AS "organisationName", ${shown('a.measure_category')} AS "measureCategory",
               ${shown('a.grant_type')} AS "grantType", ${shown('a.requested_amount_ore')} AS "requestedAmountOre",
               a.submitted_at AS "submittedAt", a.updated_at AS "updatedAt", ${restricted} AS "restricted"
          FROM applications a
          JOIN organisations o ON o.id = a.organisation_id
          ${condition}
         ORDER BY ${order}
         LIMIT ${literal(page.limit)} OFFSET ${literal(page.offset)}) p ON true
     ORDER BY w.key, p.ord`;
  return { text, values };
}

/** Prepared statements are per SQL text: which filters are given, the sort and the page size (1–100). */
export function statementName(prefix: string, sql: string): string {
  return `${prefix}_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
}
