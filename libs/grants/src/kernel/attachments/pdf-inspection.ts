import { constants, inflateSync } from 'node:zlib';

/**
 * Active content in a PDF, read from its bytes without a PDF library: launch actions, embedded programs and
 * JavaScript. It is a screen in front of ClamAV, not a parser: it looks for the names PDF readers act on, in every
 * spelling (`/J#61vaScript` is `/JavaScript`), in the file and in its decompressed object streams (where PDF 1.5+
 * keeps dictionaries), and it says when it could not look (`uncheckable`) rather than guess.
 */
export interface PdfFindings {
  /** A `/Launch` action: opening the document may start a program. */
  launchAction: boolean;
  /** The name or magic number of an embedded file that is a program, e.g. "faktura.exe" or "MZ". */
  embeddedExecutable: string | null;
  /** `/JavaScript` or `/JS`: scripts run by some readers; the caseworker is warned. */
  javaScript: boolean;
  /** HTML markup outside the PDF's streams (a PDF/HTML polyglot). */
  htmlMarkup: boolean;
  /** An object stream or embedded file whose content could not be decoded (encrypted, unknown filter). */
  uncheckable: boolean;
}

/** Object streams are decompressed up to this much in total; more is treated as uncheckable. */
const MAX_DECODED_BYTES = 64 * 1024 * 1024;

const EXECUTABLE_EXTENSIONS = new Set(
  'exe com scr pif bat cmd ps1 psm1 vbs vbe js jse wsf wsh msi msp msc dll cpl hta jar lnk reg scf inf sys sh app apk elf bin'.split(
    ' ',
  ),
);

/** HTML that a browser sniffing the bytes would render. */
export const HTML_MARKUP =
  /<(?:!doctype\s+html|html|head|body|script|iframe|svg|object|embed|meta\s+http-equiv)[\s>/]/i;

export function inspectPdf(bytes: Buffer): PdfFindings {
  const text = bytes.toString('latin1');
  const { outside, streams } = splitStreams(text, bytes);
  const findings: PdfFindings = {
    launchAction: false,
    embeddedExecutable: null,
    javaScript: false,
    htmlMarkup: HTML_MARKUP.test(text.slice(0, 1024)) || outside.some((part) => HTML_MARKUP.test(part)),
    uncheckable: false,
  };

  // Dictionaries live outside streams or inside object streams; decode the latter.
  const decoded: string[] = [];
  let budget = MAX_DECODED_BYTES;
  const embedded: { dict: string; data: Buffer }[] = [];
  for (const stream of streams) {
    if (hasName(stream.dict, 'ObjStm')) {
      const content = decodeStream(stream.dict, stream.data, budget);
      if (content === null) {
        findings.uncheckable = true;
        continue;
      }
      budget -= content.length;
      decoded.push(content.toString('latin1'));
    } else if (hasName(stream.dict, 'EmbeddedFile')) {
      embedded.push(stream);
    }
  }

  // Long names are safe to look for in the whole file (binary data does not spell "/Launch" by chance); "/JS"
  // only outside streams and in object streams, where a name can be a name.
  const everywhere = [text, ...decoded];
  const dictionaries = [...outside, ...decoded];
  findings.launchAction = everywhere.some((part) => hasName(part, 'Launch'));
  findings.javaScript =
    everywhere.some((part) => hasName(part, 'JavaScript')) ||
    dictionaries.some((part) => hasName(part, 'JS'));

  if (embedded.length > 0 || everywhere.some((part) => hasName(part, 'EmbeddedFiles'))) {
    for (const { dict, data } of embedded) {
      const content = decodeStream(dict, data, Math.min(budget, 16 * 1024 * 1024));
      if (content === null) {
        findings.uncheckable = true;
        continue;
      }
      const magic = executableMagic(content);
      if (magic) {
        findings.embeddedExecutable = magic;
        break;
      }
    }
    findings.embeddedExecutable ??= everywhere.flatMap(fileSpecNames).find(isExecutableName) ?? null;
  }
  return findings;
}

/** Whether the PDF name `/<name>` occurs, in any `#xx` spelling, followed by a delimiter. */
export function hasName(text: string, name: string): boolean {
  return nameRegExp(name).test(text);
}

const NAME_END = '(?=[\\s/<>\\[\\]()%{}]|$)';
const nameCache = new Map<string, RegExp>();

function nameRegExp(name: string): RegExp {
  let re = nameCache.get(name);
  if (!re) {
    re = new RegExp(namePattern(name) + NAME_END);
    nameCache.set(name, re);
  }
  return re;
}

/** `/Name` with every character also allowed as its `#xx` escape (hex digits in either case). */
function namePattern(name: string): string {
  const body = [...name].map((c) => {
    const hex = c
      .charCodeAt(0)
      .toString(16)
      .padStart(2, '0')
      .replace(/[a-f]/g, (d) => `[${d}${d.toUpperCase()}]`);
    return `(?:${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}|#${hex})`;
  });
  return `/${body.join('')}`;
}

/**
 * The text outside stream bodies, and each stream's dictionary and raw data. A stream starts after `>> stream`
 * and ends at the first `endstream`; a stream not recognised is read as text (more is checked, never less).
 */
function splitStreams(
  text: string,
  bytes: Buffer,
): { outside: string[]; streams: { dict: string; data: Buffer }[] } {
  const outside: string[] = [];
  const streams: { dict: string; data: Buffer }[] = [];
  const start = />>\s*stream(?:\r\n|\n|\r)/g;
  let position = 0;
  let match: RegExpExecArray | null;
  while ((match = start.exec(text))) {
    const dataStart = match.index + match[0].length;
    const end = text.indexOf('endstream', dataStart);
    const dataEnd = end < 0 ? text.length : end;
    const dictStart = Math.max(position, text.lastIndexOf('obj', match.index));
    outside.push(text.slice(position, match.index + 2));
    streams.push({ dict: text.slice(dictStart, match.index + 2), data: bytes.subarray(dataStart, dataEnd) });
    position = end < 0 ? text.length : end + 'endstream'.length;
    start.lastIndex = position;
  }
  outside.push(text.slice(position));
  return { outside, streams };
}

/**
 * A stream's content: inflated when it is zlib data (whatever the dictionary claims: a name can be disguised),
 * raw when the dictionary names no filter; null when neither (encrypted, another filter) or over the budget.
 */
function decodeStream(dict: string, data: Buffer, budget: number): Buffer | null {
  if (budget <= 0) return null;
  try {
    const inflated = inflateSync(data, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: budget });
    if (inflated.length > 0) return inflated;
  } catch {
    // Not zlib data (or more than the budget): fall through.
  }
  return hasName(dict, 'Filter') ? null : data;
}

function executableMagic(content: Buffer): string | null {
  if (content.length >= 2 && content[0] === 0x4d && content[1] === 0x5a) return 'MZ (Windows-program)';
  if (content.length >= 4 && content.readUInt32BE(0) === 0x7f454c46) return 'ELF (Linux-program)';
  if (
    content.length >= 4 &&
    [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(content.readUInt32BE(0))
  ) {
    return 'Mach-O (macOS-program)';
  }
  return null;
}

function isExecutableName(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return (
    dot >= 0 &&
    EXECUTABLE_EXTENSIONS.has(
      name
        .slice(dot + 1)
        .trim()
        .toLowerCase(),
    )
  );
}

/** File names of file specifications: the strings after `/F` and `/UF`. */
function fileSpecNames(text: string): string[] {
  const names: string[] = [];
  const key = new RegExp(`(?:${namePattern('F')}|${namePattern('UF')})\\s*([(<])`, 'g');
  let match: RegExpExecArray | null;
  while ((match = key.exec(text))) {
    const at = match.index + match[0].length - 1;
    const value = match[1] === '(' ? readLiteralString(text, at) : readHexString(text, at);
    if (value !== null) names.push(decodeTextString(value));
  }
  return names;
}

/** A PDF literal string starting at `(`: balanced parentheses, backslash escapes. Bytes as latin1. */
function readLiteralString(text: string, at: number): string | null {
  let depth = 0;
  let out = '';
  for (let i = at; i < text.length && i < at + 4096; i++) {
    const c = text[i];
    if (c === '\\') {
      const next = text[i + 1] ?? '';
      const octal = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4));
      if (octal) {
        out += String.fromCharCode(parseInt(octal[0], 8) & 0xff);
        i += octal[0].length;
      } else {
        out += ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[next] ?? next;
        i += 1;
      }
    } else if (c === '(') {
      if (depth++ > 0) out += c;
    } else if (c === ')') {
      if (--depth === 0) return out;
      out += c;
    } else {
      out += c;
    }
  }
  return null;
}

function readHexString(text: string, at: number): string | null {
  const end = text.indexOf('>', at);
  if (end < 0 || end - at > 8192) return null;
  let hex = text.slice(at + 1, end).replace(/\s/g, '');
  if (!/^[0-9a-fA-F]*$/.test(hex)) return null;
  if (hex.length % 2) hex += '0';
  return Buffer.from(hex, 'hex').toString('latin1');
}

/** PDF text strings are PDFDocEncoding (latin1 is close enough for a file extension) or UTF-16BE with a BOM. */
function decodeTextString(raw: string): string {
  if (raw.startsWith('\u00fe\u00ff')) {
    const bytes = Buffer.from(raw.slice(2), 'latin1');
    let out = '';
    for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode(bytes.readUInt16BE(i));
    return out;
  }
  return raw;
}
