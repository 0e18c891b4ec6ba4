import fc from 'fast-check';

/**
 * Leaves the generators put into a request that JSON.stringify cannot express or that would make a
 * counterexample unreadable. They are turned into text only when the request is sent.
 */

/** A number literal exactly as written (beyond 2^53, 1e400, -0): JSON.parse on the server sees it as sent. */
export class RawNumber {
  constructor(readonly text: string) {}
  [fc.toStringMethod](): string {
    return this.text;
  }
}

/** Arrays (or objects) nested `depth` levels deep, written as text: a value too deep to print or recurse on. */
export class DeepNesting {
  constructor(
    readonly depth: number,
    readonly shape: 'array' | 'object',
  ) {}
  [fc.toStringMethod](): string {
    return `<${this.shape}s nested ${this.depth} deep>`;
  }
  text(): string {
    return this.shape === 'array'
      ? '['.repeat(this.depth) + ']'.repeat(this.depth)
      : '{"a":'.repeat(this.depth) + '1' + '}'.repeat(this.depth);
  }
}

/** The version the resource has when the request is sent (a valid request must name it). */
export class CurrentVersion {
  [fc.toStringMethod](): string {
    return '<current version>';
  }
}
export const CURRENT_VERSION = new CurrentVersion();

/** An object with an own property named __proto__ / constructor (an object literal would set the prototype). */
export function withKey(target: unknown, key: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> =
    target && typeof target === 'object' && !Array.isArray(target) ? { ...target } : {};
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** The property the prototype-pollution probes try to plant on Object.prototype (checked after each request). */
export const POLLUTION_MARKER = 'fuzzPolluted';

const pollution = (): unknown[] => [
  withKey({}, '__proto__', { [POLLUTION_MARKER]: true, isAdmin: true, roles: ['admin'] }),
  withKey({}, 'constructor', { prototype: { [POLLUTION_MARKER]: true } }),
  withKey({}, 'prototype', { [POLLUTION_MARKER]: true }),
];

/** JSON text of a value that may hold the leaves above. */
export function toJsonText(value: unknown): string {
  const raw: string[] = [];
  const token = (i: number) => `__fuzz_raw_${i}__`;
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof RawNumber) return token(raw.push(v.text) - 1);
    if (v instanceof DeepNesting) return token(raw.push(v.text()) - 1);
    return v;
  });
  // undefined at the top level (never generated) would make JSON.stringify return undefined.
  return (text ?? 'null').replace(/"__fuzz_raw_(\d+)__"/g, (_m, i: string) => raw[Number(i)]);
}

export const NUL_STRINGS = ['\u0000', 'a\u0000b', 'Trygg Havn\u0000 forening', '\u0000'.repeat(64)];

/** Strings that have broken parsers, databases, spreadsheets and file systems before. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  ' \t\n\r ',
  '\u00a0\u2003',
  'null',
  'undefined',
  'true',
  '0',
  '-1',
  '1e309',
  'NaN',
  'Infinity',
  '😀',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝟙𝟚𝟛',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  'e\u0301'.repeat(64),
  'Z' + '\u0336\u0335\u0334\u0337'.repeat(200),
  '\u202Efdp.exe',
  'abc\u202Edcba\u202C',
  '\u2066isolate\u2069\u200F',
  '\uFEFFbom',
  '\u200B\u200C\u200D',
  'line\u2028separator\u2029',
  '\uD800',
  '\uDFFF\uD800',
  '\u0001\u0002\u001F\u007F\u0085',
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  '\\',
  '"',
  '%',
  '_%\\',
  '$1',
  '${jndi:ldap://example.test/a}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://example.test")',
  '+SUM(1,1)',
  '@cmd',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  'CON',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'ÆØÅæøå ǅ ß ﬃ İ',
  'ا٠١٢٣٤٥٦٧٨٩',
  '\u0660\u0661',
  '１２３',
];

/** Long strings, each under the 1 MB body limit. */
export const HUGE_STRINGS = [
  'a'.repeat(100_000),
  'ø'.repeat(50_001),
  '𝔘'.repeat(30_000),
  'ord '.repeat(25_000),
];

export const HOSTILE_NUMBERS: unknown[] = [
  0,
  -1,
  1.5,
  0.1,
  -0.5,
  2147483647,
  2147483648,
  -2147483649,
  4294967296,
  9007199254740991,
  -9007199254740991,
  1e21,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  5e-324,
  new RawNumber('9007199254740993'),
  new RawNumber('-9007199254740993'),
  new RawNumber('18446744073709551616'),
  new RawNumber('1e400'),
  new RawNumber('-1e400'),
  new RawNumber('1' + '0'.repeat(400)),
  new RawNumber('1.0'),
  new RawNumber('-0'),
  new RawNumber('1E2'),
  new RawNumber('0.00000000000000000000001'),
];

export const INVALID_UUIDS = [
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'D1B8C7A4-3F2E-4B5A-9C8D-7E6F5A4B3C2D',
  'd1b8c7a4-3f2e-4b5a-9c8d-7e6f5a4b3c2',
  'd1b8c7a4-3f2e-4b5a-9c8d-7e6f5a4b3c2d0',
  'd1b8c7a43f2e4b5a9c8d7e6f5a4b3c2d',
  '{d1b8c7a4-3f2e-4b5a-9c8d-7e6f5a4b3c2d}',
  'g1b8c7a4-3f2e-4b5a-9c8d-7e6f5a4b3c2d',
  ' d1b8c7a4-3f2e-4b5a-9c8d-7e6f5a4b3c2d',
  '1',
  '-1',
  '0x10',
  '1 OR 1=1',
  '99999999999999999999999',
];

export const INVALID_DATES = [
  '2027-02-30',
  '2027-02-29',
  '2027-13-01',
  '2027-00-10',
  '2027-01-32',
  '0000-01-01',
  '0001-01-01',
  '1000-01-01',
  '9999-12-31',
  '10000-01-01',
  '+275760-09-13',
  '-000001-01-01',
  '2027-1-1',
  '20270101',
  '2027-01-01T00:00:00Z',
  '2027-01-01T24:00:00',
  '2027-W01-1',
  '2027-001',
  '1900-02-29',
  '٢٠٢٧-٠١-٠١',
  '2027‐01‐01',
];

export const INVALID_DATE_TIMES = [
  '2027-01-01T00:00:00+25:00',
  '2027-01-01T00:00:60Z',
  '+275760-09-14T00:00:00.000Z',
  '-271821-04-19T00:00:00.000Z',
  '275760-09-13T00:00:00Z',
  '2027-01-01T00:00:00.123456789Z',
  '2027-02-30T12:00:00Z',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '2027-01-01',
  'tomorrow',
  '1700000000',
];

export const INVALID_EMAILS = [
  'a@b',
  '@example.test',
  'a@',
  'a'.repeat(300) + '@example.test',
  'æøå@ø.no',
  'a@[127.0.0.1]',
  '"a b"@example.test',
  'a@example.test\r\nBcc: b@example.test',
  'A@EXAMPLE.TEST',
];

/** Values of the wrong kind for almost any field. */
export function wrongKinds(): unknown[] {
  return [null, true, false, [], {}, [[]], [null], { '': '' }, { a: { b: { c: [] } } }, ...pollution()];
}

export const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  '',
  ' ',
  'a.b',
  'a[0]',
  '$where',
  'ñ😀',
  'k'.repeat(10_000),
];

export const HOSTILE_FILENAMES = [
  '',
  '.pdf',
  'vedtekter',
  'VEDTEKTER.PDF',
  'vedtekter.pdf.exe',
  'vedtekter.exe.pdf',
  '../../../../etc/passwd.pdf',
  '..\\..\\windows\\x.pdf',
  '/etc/shadow.pdf',
  '\u202Efdp.exe',
  'vedtekter\u202Egnp.pdf',
  'a'.repeat(1_000) + '.pdf',
  '😀📄.pdf',
  'e\u0301\u0301\u0301.pdf',
  'con.pdf',
  'a"b.pdf',
  "x.pdf; filename*=UTF-8''evil.html",
  'x.pdf\r\nContent-Type: text/html\r\n\r\n<script>',
  '%00.pdf',
  'vedtekter\u0000.exe.pdf',
  ' .pdf',
  '.htaccess',
  '=cmd|calc.pdf',
];

export const HOSTILE_CONTENT_TYPES = [
  'application/pdf',
  'text/html',
  'application/octet-stream',
  '',
  'image/svg+xml',
  'application/pdf; charset=utf-8',
  'x/y/z',
];

export const RAW_BODIES: [string | null, string | Uint8Array][] = [
  ['application/json', '{'],
  ['application/json', '{"version":'],
  ['application/json', '[1,2'],
  ['application/json', ''],
  ['application/json', 'null'],
  ['application/json', '"tekst"'],
  ['application/json', '123'],
  ['application/json', 'true'],
  ['application/json', '[]'],
  ['application/json', '{"version":1,"version":"2"}'],
  ['application/json', '\uFEFF{}'],
  ['application/json', '{} etter'],
  ['application/json', "{'a':1}"],
  ['application/json', '{"a":NaN}'],
  [
    'application/json',
    '{"__proto__":{"fuzzPolluted":true},"constructor":{"prototype":{"fuzzPolluted":true}}}',
  ],
  [
    'application/json',
    Uint8Array.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]),
  ],
  ['application/json; charset=utf-16', '{}'],
  ['application/json; charset=iso-8859-1', '{"name":"\u00e6"}'],
  ['text/plain', '{"version":1}'],
  ['application/x-www-form-urlencoded', 'version=1&a[b]=2&__proto__[x]=1'],
  [
    'application/xml',
    '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/passwd">]><a>&e;</a>',
  ],
  [null, '{"version":1}'],
  ['multipart/form-data', '{}'],
  ['multipart/form-data; boundary=x', '--x\r\n'],
  ['application/vnd.api+json', '{}'],
  ['*/*', '{}'],
  ['application/json', ' '.repeat(200_000) + '{}'],
];

export const RAW_PATH_VALUES = [
  '..',
  '.',
  '%',
  '%zz',
  '%2F',
  '%2e%2e',
  '%C0%AE',
  '%FF',
  '%E2%80%AE',
  ';',
  '?',
  '#',
];
