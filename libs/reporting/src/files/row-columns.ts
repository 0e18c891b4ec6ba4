/**
 * The named columns of a raw SQL row, each converted by the same function: PostgreSQL returns bigint and numeric
 * as text, so the figures are `Number`s; labels are `String`s.
 */
export function convertColumns<K extends string, V>(
  row: Partial<Record<K, unknown>>,
  convert: (value: unknown) => V,
  ...keys: K[]
): Record<K, V> {
  const converted = {} as Record<K, V>;
  for (const key of keys) converted[key] = convert(row[key]);
  return converted;
}
