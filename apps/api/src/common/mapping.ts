/**
 * Helpers for the mappers that turn entities and read models into response DTOs (STYLE.md: no entity in a
 * response). A response lists its fields explicitly; these only save writing `name: source.name` for each.
 */

/** The named properties of `source`, copied as they are (an undefined one is copied as undefined). */
export function pick<T extends object, K extends keyof T>(source: T, ...keys: K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const key of keys) picked[key] = source[key];
  return picked;
}

/** The fields every versioned record answers with: its id, version, and created and updated times. */
export function mapRecord(record: { id: string; version: number; createdAt: Date; updatedAt: Date }): {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
} {
  return {
    id: record.id,
    version: record.version,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  };
}
