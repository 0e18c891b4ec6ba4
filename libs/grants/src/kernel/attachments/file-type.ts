import { DomainError } from '@app/platform';
/**
 * What a file really is, read from its bytes (magic numbers and, for ZIP-based office formats, the
 * entries inside). The upload's name and declared type are never trusted: a renamed executable is
 * an executable.
 */
export type AllowedFileType = 'pdf' | 'docx' | 'xlsx' | 'odt' | 'png' | 'jpeg';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** An uploaded attachment: not empty, at most 10 MB, one of the six allowed types by its bytes. */
export function checkUploadedFile(bytes: Buffer): AllowedFileType {
  if (bytes.length === 0) throw DomainError.rule('file', 'notEmpty', 'Filen er tom.');
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    throw DomainError.rule('file', 'maxSize', 'Filen er større enn 10 MB.');
  }
  const type = detectFileType(bytes);
  if (!type) {
    throw DomainError.rule(
      'file',
      'fileType',
      'Filtypen er ikke tillatt. Tillatte filtyper er PDF, DOCX, XLSX, ODT, PNG og JPEG (filens innhold avgjør, ikke navnet).',
    );
  }
  return type;
}

export const CONTENT_TYPES: Record<AllowedFileType, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  png: 'image/png',
  jpeg: 'image/jpeg',
};

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ZIP_LOCAL = 0x04034b50;
const ZIP_END = 0x06054b50;
const ZIP_CENTRAL = 0x02014b50;
const ODT_MIME = 'application/vnd.oasis.opendocument.text';

export function detectFileType(bytes: Buffer): AllowedFileType | null {
  if (bytes.length >= 5 && bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG)) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === ZIP_LOCAL) return detectZipOffice(bytes);
  return null;
}

function detectZipOffice(bytes: Buffer): AllowedFileType | null {
  // A local file header is 30 bytes: anything shorter is no archive (and must not be read past its end).
  if (bytes.length < 30) return null;
  // ODF: the first entry is an uncompressed "mimetype" file holding the media type.
  const nameLength = bytes.readUInt16LE(26);
  const extraLength = bytes.readUInt16LE(28);
  if (bytes.subarray(30, 30 + nameLength).toString('latin1') === 'mimetype') {
    const start = 30 + nameLength + extraLength;
    if (bytes.subarray(start, start + ODT_MIME.length).toString('latin1') === ODT_MIME) return 'odt';
    return null;
  }
  const names = zipEntryNames(bytes);
  if (!names || !names.has('[Content_Types].xml')) return null;
  if (names.has('word/document.xml')) return 'docx';
  if (names.has('xl/workbook.xml')) return 'xlsx';
  return null;
}

/** Entry names from the ZIP central directory, or null when the archive is malformed. */
function zipEntryNames(bytes: Buffer): Set<string> | null {
  // The end-of-central-directory record is in the last 22 + 65535 (comment) bytes.
  const searchFrom = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= searchFrom; i--) {
    if (bytes.readUInt32LE(i) === ZIP_END) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const entries = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  const names = new Set<string>();
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== ZIP_CENTRAL) return null;
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    names.add(bytes.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/**
 * Characters removed from a file name: control characters (C0, DEL, C1), bidi controls (embeddings, overrides,
 * isolates and marks: U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069), which can make "invoice\u202Efdp.exe"
 * display as "invoiceexe.pdf", line and paragraph separators, noncharacters U+FFFE/U+FFFF, lone surrogates, and the
 * double quote. None belongs in a file name; removing them keeps an honest upload working.
 */
const FILE_NAME_UNSAFE = /[\p{Cc}\p{Bidi_Control}\u2028\u2029\uFFFE\uFFFF"]|[\uD800-\uDFFF]/gu;

/** Keeps the last path segment and printable characters: "C:\\x\\vedtekter.pdf" → "vedtekter.pdf". */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(FILE_NAME_UNSAFE, '').trim();
  // Cutting may split a surrogate pair: drop the half left over.
  return cleaned.slice(0, 200).replace(/[\uD800-\uDFFF]/gu, '') || 'vedlegg';
}
