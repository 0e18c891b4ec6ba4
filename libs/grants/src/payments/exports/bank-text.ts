/**
 * Text for the bank. Norwegian banks' common implementation guide for pain.001.001.03 (built on the CGI-MP guide)
 * accepts the SWIFT/EPC Latin character set — a–z, A–Z, 0–9, space and / - ? : ( ) . , ' + — plus the Norwegian
 * letters ÆØÅ æøå. Anything else is transliterated here, so a bank never rejects or garbles a payment over a name.
 */
const ALLOWED = /^[A-Za-z0-9 /\-?:().,'+ÆØÅæøå]$/u;

// Invisible format characters: bidi controls and isolates (which can reorder how a name is displayed), zero-width
// characters, the soft hyphen and the byte order mark. Dropped without a trace.
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/gu;

// Control characters (line breaks and tabs included), non-characters and unpaired surrogates: a word boundary.
const CONTROL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

/**
 * Characters with a conventional replacement. `&` becomes " og " (how the name is read aloud in Norwegian; `+` is
 * allowed but reads as arithmetic); double quotes and guillemets become the apostrophe, the only quote in the set;
 * Swedish/German Ä and Ö become Æ and Ø, as Norwegian alphabetises them.
 */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  '&': ' og ',
  '«': "'",
  '»': "'",
  '"': "'",
  '“': "'",
  '”': "'",
  '„': "'",
  '‟': "'",
  '″': "'",
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '`': "'",
  '´': "'",
  '′': "'",
  '‹': "'",
  '›': "'",
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '―': '-',
  '−': '-',
  _: '-',
  ';': ',',
  '…': '...',
  '[': '(',
  ']': ')',
  '{': '(',
  '}': ')',
  '<': '(',
  '>': ')',
  Ä: 'Æ',
  ä: 'æ',
  Ö: 'Ø',
  ö: 'ø',
  ß: 'ss',
  ẞ: 'SS',
  Œ: 'OE',
  œ: 'oe',
  Ð: 'D',
  ð: 'd',
  Đ: 'D',
  đ: 'd',
  Þ: 'Th',
  þ: 'th',
  Ł: 'L',
  ł: 'l',
  ı: 'i',
};

const COMBINING_MARKS = /\p{M}/gu;

/** One character in the bank's set: itself, its replacement, its base letter without accents, or a space. */
function transliterateCharacter(char: string): string {
  if (ALLOWED.test(char)) return char;
  const replacement = REPLACEMENTS[char];
  if (replacement !== undefined) return replacement;
  // é → e, ü → u, č → c, ™ → TM, ﬁ → fi: the compatibility decomposition without accents, if that is in the set.
  const base = char.normalize('NFKD').replace(COMBINING_MARKS, '');
  if (base.length > 0 && Array.from(base).every((c) => ALLOWED.test(c))) return base;
  return ' ';
}

/** The text in the bank's character set, on one line, without doubled or outer spaces. */
export function transliterateForBank(value: string): string {
  // NFC first, so "a" + combining ring is the allowed "å" and not an "a" with a dropped mark.
  const visible = value.normalize('NFC').replace(INVISIBLE, '').replace(CONTROL, ' ');
  return Array.from(visible, transliterateCharacter).join('').replace(/\s+/g, ' ').trim();
}

export interface BankText {
  /** What goes in the file. */
  text: string;
  /** Whether the text was cut to fit (characters were lost, not only transliterated). */
  truncated: boolean;
}

/** The text in the bank's character set, cut to `maxLength` characters (as the schema counts them). */
export function bankText(value: string, maxLength: number): BankText {
  const clean = Array.from(transliterateForBank(value));
  if (clean.length <= maxLength) return { text: clean.join(''), truncated: false };
  return { text: clean.slice(0, maxLength).join('').trimEnd(), truncated: true };
}
