import { FieldError } from '@app/platform';

/**
 * Characters no text the API takes may contain (docs/decisions.md, "Security: hostile input"):
 * - NUL: PostgreSQL's text and jsonb cannot hold it (the insert failed with a 500);
 * - the other C0 controls except TAB, LF and CR, DEL, and the C1 controls: invisible, not allowed in the XML of
 *   payment files (pain.001), no glyph in the PDF letters;
 * - U+FFFE and U+FFFF: noncharacters, not allowed in XML;
 * - a lone surrogate (half of a UTF-16 pair): not Unicode; UTF-8 would silently store U+FFFD instead.
 * With the `u` flag a well-formed pair is one code point, so the surrogate class matches lone halves only.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDFFF]/u;

/** Field names longer than this are cut in problem documents, so an answer never echoes a long input. */
export const MAX_FIELD_NAME_IN_PROBLEM = 60;

/** At most this many fields are reported per request. */
const MAX_REPORTED = 20;

const codePoint = (char: string): string =>
  `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The Norwegian message for a text with a forbidden character, or null when the text is fine. */
export function forbiddenCharacterMessage(text: string): string | null {
  const match = FORBIDDEN.exec(text);
  if (!match) return null;
  const char = match[0];
  if (char === '\u0000') return 'Inneholder tegnet U+0000 (NUL), som ikke kan lagres.';
  if (char >= '\uD800' && char <= '\uDFFF')
    return `Er ikke gyldig Unicode (et enslig surrogat, ${codePoint(char)}).`;
  if (char === '\uFFFE' || char === '\uFFFF')
    return `Inneholder tegnet ${codePoint(char)}, som ikke er et tegn.`;
  return `Inneholder kontrolltegnet ${codePoint(char)}, som ikke er tillatt i tekst.`;
}

/** A field name as a problem document shows it: cut when long, forbidden characters shown as code points. */
export function fieldNameForProblem(name: string): string {
  const cut = name.length > MAX_FIELD_NAME_IN_PROBLEM ? `${name.slice(0, MAX_FIELD_NAME_IN_PROBLEM)}…` : name;
  return cut.replace(new RegExp(FORBIDDEN.source, 'gu'), (c) => `\\u${codePoint(c).slice(2)}`);
}

interface Node {
  value: unknown;
  parent?: Node;
  key?: string | number;
  /** The key of this node is itself refused (its value is not looked at). */
  keyMessage?: string;
}

/** The field path of a node as class-validator reports it (built only for a field that is reported). */
function pathOf(node: Node, root: string): string {
  const keys: (string | number)[] = [];
  for (let n: Node | undefined = node; n?.key !== undefined; n = n.parent) keys.push(n.key);
  let path = root;
  for (const key of keys.reverse()) {
    if (typeof key === 'number') path = `${path}[${key}]`;
    else path = path ? `${path}.${fieldNameForProblem(key)}` : fieldNameForProblem(key);
  }
  return path;
}

/**
 * Every string (and object key) in a parsed request value that holds a forbidden character, with the path of its
 * field as class-validator reports it (`budgetLines[2].description`). An explicit stack, not recursion: query
 * strings and form fields are not depth-limited by the JSON parser.
 */
export function forbiddenCharacterErrors(value: unknown, root = ''): FieldError[] {
  const errors: FieldError[] = [];
  const stack: Node[] = [{ value }];
  while (stack.length > 0 && errors.length < MAX_REPORTED) {
    const node = stack.pop()!;
    const current = node.value;
    if (node.keyMessage) {
      errors.push({ field: pathOf(node, root), rule: 'forbiddenCharacter', message: node.keyMessage });
    } else if (typeof current === 'string') {
      const message = forbiddenCharacterMessage(current);
      if (message) errors.push({ field: pathOf(node, root), rule: 'forbiddenCharacter', message });
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], parent: node, key: i });
    } else if (current !== null && typeof current === 'object' && !Buffer.isBuffer(current)) {
      const keys = Object.keys(current);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i];
        const value = (current as Record<string, unknown>)[key];
        stack.push({ value, parent: node, key, keyMessage: forbiddenCharacterMessage(key) ?? undefined });
      }
    }
  }
  return errors;
}
