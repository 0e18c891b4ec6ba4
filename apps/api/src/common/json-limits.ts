export interface JsonLimits {
  /** Objects and lists inside each other: `{}` is 1 level, `{"a":[]}` 2. */
  maxDepth: number;
  /** Object keys and list elements of the whole document together. */
  maxItems: number;
}

export type JsonLimit = 'maxDepth' | 'maxItems';

/** A body over one of the limits: 400 `json-too-complex`, naming the limit (problem.filter.ts). */
export class JsonLimitError extends Error {
  readonly statusCode = 400;
  constructor(
    readonly limit: JsonLimit,
    readonly maximum: number,
  ) {
    super(
      limit === 'maxDepth'
        ? `JSON-innholdet er nestet i mer enn ${maximum} nivåer (objekter og lister inne i hverandre).`
        : `JSON-innholdet har mer enn ${groupDigits(maximum)} felt og listeelementer til sammen.`,
    );
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COLON = 0x3a;
const COMMA = 0x2c;
const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

/**
 * The first limit a JSON text breaks, or null. One pass over the raw bytes with a loop and a fixed-size stack (no
 * recursion, no allocation per value), stopping at the first breach, so a hostile body costs at most one scan of
 * what was received. It counts structure only: whether the text is valid JSON is JSON.parse's business afterwards.
 * UTF-8 never uses bytes below 0x80 inside a multi-byte character, so scanning bytes is exact.
 */
export function exceededJsonLimit(bytes: Buffer, limits: JsonLimits): JsonLimitError | null {
  // inArray[d]: is the container at depth d a list? (Its keys are counted at ':', its elements as they start.)
  const inArray = new Uint8Array(limits.maxDepth + 2);
  let depth = 0;
  let items = 0;
  // Inside a list, after '[' or ',': the next value that starts is an element.
  let elementPending = false;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (inString) {
      // Jump to the closing quote: the next quote not escaped by an odd run of backslashes before it.
      let end = bytes.indexOf(QUOTE, i);
      while (end >= 0 && isEscaped(bytes, end)) end = bytes.indexOf(QUOTE, end + 1);
      if (end < 0) return null;
      i = end;
      inString = false;
      continue;
    }
    if (c === SPACE || c === LF || c === CR || c === TAB) continue;
    if (elementPending && c !== CLOSE_ARRAY) {
      elementPending = false;
      if (++items > limits.maxItems) return new JsonLimitError('maxItems', limits.maxItems);
    }
    switch (c) {
      case QUOTE:
        inString = true;
        break;
      case OPEN_OBJECT:
      case OPEN_ARRAY:
        if (++depth > limits.maxDepth) return new JsonLimitError('maxDepth', limits.maxDepth);
        inArray[depth] = c === OPEN_ARRAY ? 1 : 0;
        elementPending = c === OPEN_ARRAY;
        break;
      case CLOSE_OBJECT:
      case CLOSE_ARRAY:
        elementPending = false;
        if (depth > 0) depth--;
        break;
      case COLON:
        if (++items > limits.maxItems) return new JsonLimitError('maxItems', limits.maxItems);
        break;
      case COMMA:
        elementPending = inArray[depth] === 1;
        break;
    }
  }
  return null;
}

/** Is the quote at `at` preceded by an odd number of backslashes (so part of the string)? */
function isEscaped(bytes: Uint8Array, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && bytes[k] === BACKSLASH) k--;
  return (at - 1 - k) % 2 === 1;
}

function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}
