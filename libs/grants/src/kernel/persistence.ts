import { DomainError } from '@app/platform';
import { EntityManager, EntityTarget, ObjectLiteral, QueryFailedError } from 'typeorm';

/**
 * Loads a row with FOR UPDATE and checks the client's version: the write that follows cannot race
 * another write of the same aggregate, and a stale client gets a 409 that names the current version.
 */
export async function lockVersioned<T extends ObjectLiteral & { id: string; version: number }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  id: string,
  expectedVersion: number | undefined,
  label: string,
): Promise<T> {
  const row = await manager.findOne(target, {
    where: { id } as never,
    lock: { mode: 'pessimistic_write' },
  });
  if (!row) throw DomainError.notFound(label);
  if (expectedVersion !== undefined && row.version !== expectedVersion)
    throw DomainError.stale(label, row.version);
  return row;
}

/** PostgreSQL unique_violation for the named constraint. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && (constraint === undefined || driverError.constraint === constraint);
}

/**
 * The one order in which several rows of a table are locked (DESIGN: lock order): ascending id, the same order as
 * PostgreSQL's `ORDER BY id` for uuids. Two transactions that lock the same rows then queue instead of deadlocking.
 */
export function compareIds(a: string, b: string): number {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** Plain copy of an entity's columns for audit before/after, without secrets. */
export function snapshot<T extends object>(entity: T, omit: (keyof T)[] = []): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entity)) {
    if (omit.includes(key as keyof T)) continue;
    // Relations (entity instances) are not part of a row snapshot; jsonb columns are plain objects and kept.
    if (value !== null && typeof value === 'object' && !(value instanceof Date) && !Array.isArray(value)) {
      if (Object.getPrototypeOf(value) !== Object.prototype) continue;
    }
    copy[key] = value;
  }
  return copy;
}

/**
 * Rows from an UPDATE … RETURNING. TypeORM's `query()` answers UPDATE and DELETE with
 * `[rows, affectedCount]` but INSERT with the rows alone; this always gives the rows.
 */
export async function updateReturning<T>(
  runner: { query: (sql: string, params?: unknown[]) => Promise<unknown> },
  sql: string,
  params: unknown[],
): Promise<T[]> {
  const result = (await runner.query(sql, params)) as unknown[];
  return (Array.isArray(result[0]) ? result[0] : result) as T[];
}

/**
 * An entity from a row selected with hand-written SQL (snake_case columns, or `row_to_json` / `to_jsonb` of a
 * row): each column by its database name, timestamps as Dates and column transformers applied, as TypeORM would.
 * For read paths where TypeORM's query building and join hydration cost more than the query itself.
 */
export function hydrate<T extends ObjectLiteral>(
  manager: { connection: { getMetadata: (target: EntityTarget<T>) => import('typeorm').EntityMetadata } },
  target: EntityTarget<T>,
  row: Record<string, unknown>,
): T {
  const metadata = manager.connection.getMetadata(target);
  const entity = metadata.create() as Record<string, unknown>;
  for (const column of metadata.columns) {
    let value = row[column.databaseName];
    if (value === undefined) continue;
    if (value !== null && (column.type === 'timestamptz' || column.type === 'timestamp with time zone')) {
      value = new Date(value as string);
    } else if (value !== null && column.transformer && !Array.isArray(column.transformer)) {
      value = column.transformer.from(value);
    }
    entity[column.propertyName] = value;
  }
  return entity as T;
}

/**
 * A named prepared statement on the pool TypeORM uses: PostgreSQL parses and plans it once per
 * connection instead of on every call (`name` null: an unnamed statement, planned each time). For hot read
 * paths only; writes go through transactions.
 */
export async function preparedQuery<T>(
  dataSource: { driver: unknown },
  name: string | null,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const pool = (
    dataSource.driver as {
      master: {
        query: (q: { name?: string; text: string; values: unknown[] }) => Promise<{ rows: T[] }>;
      };
    }
  ).master;
  const result = await pool.query(name === null ? { text, values } : { name, text, values });
  return result.rows;
}
