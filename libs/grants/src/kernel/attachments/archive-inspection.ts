import { fromBufferPromise } from 'yauzl';

/**
 * Zip bombs and other hostile archives among OOXML (DOCX, XLSX) and ODF (ODT) uploads, judged from the ZIP
 * central directory — the sizes and names every entry declares — before anything unpacks the file (ClamAV,
 * Word, LibreOffice). Only an embedded office document (a chart's workbook inside a DOCX) is read, within the
 * same limits, to judge its own directory; yauzl refuses an entry whose real size differs from the declared one.
 */
export interface ArchiveLimits {
  /** Entries in the archive and its embedded documents together. */
  maxEntries: number;
  /** Declared uncompressed bytes in total. */
  maxTotalBytes: number;
  /** Uncompressed ÷ compressed for one entry, judged for entries above `ratioFromBytes`. */
  maxRatio: number;
  ratioFromBytes: number;
  /** Office documents inside office documents, this deep. */
  maxDepth: number;
}

/** Ordinary office files stay far below these: XML compresses 10–20 times, a DOCX has tens to hundreds of entries. */
export const ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntries: 10_000,
  maxTotalBytes: 200 * 1024 * 1024,
  maxRatio: 100,
  ratioFromBytes: 1024 * 1024,
  maxDepth: 2,
};

export type ArchiveFinding =
  | { rule: 'zipBomb'; detail: 'size'; bytes: number }
  | { rule: 'zipBomb'; detail: 'ratio'; entry: string; ratio: number }
  | { rule: 'zipBomb'; detail: 'overlap' }
  | { rule: 'archiveEntries'; entries: number }
  | { rule: 'nestedArchive'; entry: string }
  | { rule: 'archiveUnreadable'; reason: string };

/** Archive formats that have no place inside an office document. */
const ARCHIVE_EXTENSIONS =
  /\.(?:zip|jar|war|7z|rar|gz|tgz|bz2|xz|zst|lz|lzma|tar|cab|iso|img|dmg|arj|lzh|ace)$/i;
/** Office documents embedded in office documents (OLE objects, chart data): checked in turn. */
const OFFICE_EXTENSIONS = /\.(?:docx|docm|dotx|xlsx|xlsm|xltx|pptx|pptm|odt|ods|odp|odg)$/i;

interface Tally {
  entries: number;
  bytes: number;
}

export async function inspectArchive(
  bytes: Buffer,
  limits: ArchiveLimits = ARCHIVE_LIMITS,
): Promise<ArchiveFinding | null> {
  return inspectLevel(bytes, limits, { entries: 0, bytes: 0 }, 0);
}

async function inspectLevel(
  bytes: Buffer,
  limits: ArchiveLimits,
  tally: Tally,
  depth: number,
): Promise<ArchiveFinding | null> {
  let zip;
  try {
    zip = await fromBufferPromise(bytes, {
      lazyEntries: true,
      validateEntrySizes: true,
      strictFileNames: false,
    });
  } catch (error) {
    return { rule: 'archiveUnreadable', reason: error instanceof Error ? error.message : String(error) };
  }
  try {
    // The count is in the end record: refuse a huge directory before reading it.
    if (tally.entries + zip.entryCount > limits.maxEntries) {
      return { rule: 'archiveEntries', entries: tally.entries + zip.entryCount };
    }
    let compressed = 0;
    const nested = [];
    for await (const entry of zip.eachEntry()) {
      tally.entries += 1;
      tally.bytes += entry.uncompressedSize;
      compressed += entry.compressedSize;
      if (tally.bytes > limits.maxTotalBytes) return { rule: 'zipBomb', detail: 'size', bytes: tally.bytes };
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (entry.uncompressedSize > limits.ratioFromBytes && ratio > limits.maxRatio) {
        return { rule: 'zipBomb', detail: 'ratio', entry: entry.fileName, ratio: Math.round(ratio) };
      }
      if (entry.isEncrypted())
        return { rule: 'archiveUnreadable', reason: `encrypted entry ${entry.fileName}` };
      if (ARCHIVE_EXTENSIONS.test(entry.fileName)) return { rule: 'nestedArchive', entry: entry.fileName };
      if (OFFICE_EXTENSIONS.test(entry.fileName)) nested.push(entry);
    }
    // Entries sharing compressed bytes (the overlapping-entries bomb) declare more data than the file holds.
    if (compressed > bytes.length) return { rule: 'zipBomb', detail: 'overlap' };
    for (const entry of nested) {
      if (depth + 1 >= limits.maxDepth) return { rule: 'nestedArchive', entry: entry.fileName };
      const inner = await readEntry(zip, entry);
      const finding = await inspectLevel(inner, limits, tally, depth + 1);
      if (finding) {
        return finding.rule === 'nestedArchive' ? { rule: 'nestedArchive', entry: entry.fileName } : finding;
      }
    }
    return null;
  } catch (error) {
    return { rule: 'archiveUnreadable', reason: error instanceof Error ? error.message : String(error) };
  } finally {
    zip.close();
  }
}

async function readEntry(
  zip: Awaited<ReturnType<typeof fromBufferPromise>>,
  entry: Parameters<Awaited<ReturnType<typeof fromBufferPromise>>['openReadStreamPromise']>[0],
): Promise<Buffer> {
  const stream = await zip.openReadStreamPromise(entry);
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(part as Buffer);
  return Buffer.concat(parts);
}
