/** Escapes backslash, `%` and `_` so that a search text matches itself in LIKE / ILIKE (default escape character). */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
