import { crc32, deflateRawSync, deflateSync } from 'node:zlib';

/** Small real files of each kind, built in memory (no binary fixtures in the repository). */

export function pdfBytes(text = 'Vedtekter for Testforeningen'): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    'latin1',
  );
}

export function pngBytes(): Buffer {
  return Buffer.from(
    '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
      '1f15c4890000000d49444154789c6300010000050001' +
      '0d0a2db40000000049454e44ae426082',
    'hex',
  );
}

/** One ZIP entry: its name, its content, and whether it is deflated (stored as is otherwise). */
export type ZipEntry = [name: string, content: string | Buffer, options?: { deflate?: boolean }];

/** A ZIP archive, as office formats are: stored entries unless an entry asks to be deflated. */
export function zipBytes(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content, options] of entries) {
    const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const method = options?.deflate ? 8 : 0;
    const data = options?.deflate ? deflateRawSync(raw, { level: 9 }) : raw;
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

export function docxBytes(...extra: ZipEntry[]): Buffer {
  return zipBytes([['[Content_Types].xml', '<Types/>'], ['word/document.xml', '<w:document/>'], ...extra]);
}

export function xlsxBytes(): Buffer {
  return zipBytes([
    ['[Content_Types].xml', '<Types/>'],
    ['xl/workbook.xml', '<workbook/>'],
  ]);
}

export function odtBytes(): Buffer {
  return zipBytes([
    ['mimetype', 'application/vnd.oasis.opendocument.text'],
    ['content.xml', '<office:document-content/>'],
  ]);
}

/** A Windows executable (MZ header), as someone might rename to .pdf. */
export function exeBytes(): Buffer {
  const b = Buffer.alloc(256);
  b.write('MZ', 0, 'latin1');
  b.write('This program cannot be run in DOS mode.', 78, 'latin1');
  return b;
}

/**
 * The EICAR anti-virus test string (not a virus; every scanner is meant to report it). Assembled here so that this
 * source file does not itself hold the string a scanner on a developer's machine would report.
 */
export function eicar(): Buffer {
  return Buffer.from(
    ['X5O!P%@AP[4\\PZX54(P^)7CC)7}$', 'EICAR-STANDARD-ANTIVIRUS', '-TEST-FILE!$H+H*'].join(''),
    'latin1',
  );
}

/** The marker of the project's own test signature (config/clamav/signatures/tilskudd-test.ndb), assembled likewise. */
export function testSignatureMarker(): string {
  return ['TILSKUDD-CLAMAV', 'TEST-SIGNATURE-5b1d'].join('-');
}

/** A PDF of the given objects (`1 0 obj` … `endobj` each), with object 1 as the catalog. */
export function pdfDocument(objects: (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  objects.forEach((object, i) => {
    parts.push(
      Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
      Buffer.from(object),
      Buffer.from('\nendobj\n', 'latin1'),
    );
  });
  parts.push(Buffer.from('trailer << /Root 1 0 R >>\n%%EOF\n', 'latin1'));
  return Buffer.concat(parts);
}

/** A stream object: its dictionary entries and its data, deflated when asked. */
export function pdfStream(dictionary: string, data: Buffer, deflate = false): Buffer {
  const body = deflate ? deflateSync(data) : data;
  const filter = deflate ? ' /Filter /FlateDecode' : '';
  return Buffer.concat([
    Buffer.from(`<< ${dictionary}${filter} /Length ${body.length} >>\nstream\n`, 'latin1'),
    body,
    Buffer.from('\nendstream', 'latin1'),
  ]);
}

/** A one-page PDF whose page content holds the given bytes (deflated when asked). */
export function pdfWithContent(content: Buffer, deflate = false): Buffer {
  return pdfDocument([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    pdfStream('', content, deflate),
  ]);
}

/** A PDF that runs JavaScript when opened. */
export function javaScriptPdf(): Buffer {
  return pdfDocument([
    '<< /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >>',
    '<< /Type /Pages /Kids [] /Count 0 >>',
    "<< /S /JavaScript /JS (app.alert\\('Hei'\\);) >>",
  ]);
}

/** A PDF whose opening starts a program (a launch action). */
export function launchPdf(): Buffer {
  return pdfDocument([
    '<< /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >>',
    '<< /Type /Pages /Kids [] /Count 0 >>',
    '<< /S /Launch /Win << /F (cmd.exe) /P (/c calc) >> >>',
  ]);
}

/** A PDF carrying a Windows program as an embedded file. */
export function embeddedExecutablePdf(name = 'faktura.exe'): Buffer {
  return pdfDocument([
    '<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(vedlegg) 3 0 R] >> >> >>',
    '<< /Type /Pages /Kids [] /Count 0 >>',
    `<< /Type /Filespec /F (${name}) /EF << /F 4 0 R >> >>`,
    pdfStream('/Type /EmbeddedFile', exeBytes(), true),
  ]);
}

/** A file that is a PDF by its first bytes and a web page to a browser (a PDF/HTML polyglot). */
export function pdfHtmlPolyglot(): Buffer {
  return Buffer.concat([
    pdfBytes('Søknad'),
    Buffer.from('<html><body><script>document.location="https://example.invalid/"</script></body></html>\n'),
  ]);
}

/** A DOCX whose document part is `megabytes` MB of zeros, deflated to about a thousandth of that (a zip bomb). */
export function zipBombDocx(megabytes: number): Buffer {
  return zipBytes([
    ['[Content_Types].xml', '<Types/>', { deflate: true }],
    ['word/document.xml', Buffer.alloc(megabytes * 1024 * 1024), { deflate: true }],
  ]);
}
