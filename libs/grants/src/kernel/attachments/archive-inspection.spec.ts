import { docxBytes, odtBytes, xlsxBytes, zipBombDocx, zipBytes } from '../../../../../test/support/files';
import { ARCHIVE_LIMITS, inspectArchive } from './archive-inspection';

describe('zip bombs and hostile archives, judged from the central directory', () => {
  it('passes ordinary office documents, also with a chart workbook embedded in a DOCX', async () => {
    for (const file of [docxBytes(), xlsxBytes(), odtBytes()]) expect(await inspectArchive(file)).toBeNull();
    const chart = docxBytes([
      'word/embeddings/Microsoft_Excel_Worksheet.xlsx',
      xlsxBytes(),
      { deflate: true },
    ]);
    expect(await inspectArchive(chart)).toBeNull();
    // Repetitive XML compresses 10–20 times: far below the ratio limit.
    const rows = Array.from(
      { length: 50_000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>0</v></c></row>`,
    );
    const sheet = docxBytes(['word/big.xml', rows.join(''), { deflate: true }]);
    expect(await inspectArchive(sheet)).toBeNull();
  });

  it('refuses an entry compressed a thousand times (zeros), without unpacking it', async () => {
    const bomb = zipBombDocx(20);
    expect(bomb.length).toBeLessThan(100_000);
    expect(await inspectArchive(bomb)).toMatchObject({
      rule: 'zipBomb',
      detail: 'ratio',
      entry: 'word/document.xml',
    });
  });

  it('refuses more uncompressed data in total than the limit, even at an ordinary ratio', async () => {
    const limits = { ...ARCHIVE_LIMITS, maxTotalBytes: 1024 * 1024 };
    const entries = Array.from(
      { length: 3 },
      (_, i) => [`word/media/image${i}.bin`, Buffer.alloc(400 * 1024, i)] as [string, Buffer],
    );
    expect(await inspectArchive(docxBytes(...entries), limits)).toMatchObject({
      rule: 'zipBomb',
      detail: 'size',
    });
  });

  it('refuses too many entries', async () => {
    const entries = Array.from({ length: 30 }, (_, i) => [`word/p${i}.xml`, '<p/>'] as [string, string]);
    expect(await inspectArchive(docxBytes(...entries), { ...ARCHIVE_LIMITS, maxEntries: 20 })).toEqual({
      rule: 'archiveEntries',
      entries: 32,
    });
  });

  it('refuses archives inside documents, and documents nested deeper than one level', async () => {
    expect(await inspectArchive(docxBytes(['word/media/payload.zip', zipBytes([['a.txt', 'x']])]))).toEqual({
      rule: 'nestedArchive',
      entry: 'word/media/payload.zip',
    });
    const inner = docxBytes(['word/embeddings/deeper.docx', docxBytes()]);
    expect(await inspectArchive(docxBytes(['word/embeddings/outer.docx', inner]))).toEqual({
      rule: 'nestedArchive',
      entry: 'word/embeddings/outer.docx',
    });
  });

  it('refuses a bomb hidden in an embedded document', async () => {
    expect(await inspectArchive(docxBytes(['word/embeddings/chart.xlsx', zipBombDocx(5)]))).toMatchObject({
      rule: 'zipBomb',
      detail: 'ratio',
    });
  });

  it('refuses entries that share their compressed bytes (the overlapping-entries bomb)', async () => {
    const zip = zipBytes([
      ['[Content_Types].xml', '<Types/>'],
      ['word/document.xml', 'x'.repeat(1000)],
    ]);
    // A second directory record for the same data: together they declare more bytes than the file has.
    const endAt = zip.length - 22;
    const centralAt = zip.readUInt32LE(endAt + 16);
    const secondRecord = zip.subarray(zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])), endAt);
    const end = Buffer.from(zip.subarray(endAt));
    end.writeUInt16LE(3, 8);
    end.writeUInt16LE(3, 10);
    end.writeUInt32LE(endAt - centralAt + secondRecord.length, 12);
    const overlapping = Buffer.concat([zip.subarray(0, endAt), secondRecord, end]);
    expect(await inspectArchive(overlapping)).toEqual({ rule: 'zipBomb', detail: 'overlap' });
  });

  it('refuses what is not a readable ZIP', async () => {
    expect(await inspectArchive(Buffer.from('PK\x03\x04 not really'))).toMatchObject({
      rule: 'archiveUnreadable',
    });
  });
});
