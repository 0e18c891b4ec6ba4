import {
  docxBytes,
  exeBytes,
  odtBytes,
  pdfBytes,
  pngBytes,
  xlsxBytes,
  zipBytes,
} from '../../../../../test/support/files';
import fc from 'fast-check';
import { cleanFileName, detectFileType } from './file-type';

describe('file type from the bytes', () => {
  it.each([
    ['pdf', pdfBytes()],
    ['png', pngBytes()],
    ['jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46])],
    ['docx', docxBytes()],
    ['xlsx', xlsxBytes()],
    ['odt', odtBytes()],
  ])('recognises %s', (type, bytes) => {
    expect(detectFileType(bytes)).toBe(type);
  });

  it.each([
    ['a Windows executable', exeBytes()],
    ['an ELF binary', Buffer.from('\x7fELF\x02\x01\x01\x00', 'latin1')],
    ['a shell script', Buffer.from('#!/bin/sh\nrm -rf /\n')],
    ['HTML', Buffer.from('<html><script>alert(1)</script></html>')],
    ['a plain ZIP', zipBytes([['readme.txt', 'hei']])],
    ['a ZIP claiming OOXML without a document', zipBytes([['[Content_Types].xml', '<Types/>']])],
    [
      'an ODF spreadsheet (not text)',
      zipBytes([['mimetype', 'application/vnd.oasis.opendocument.spreadsheet']]),
    ],
    ['a truncated ZIP', docxBytes().subarray(0, 40)],
    // Found by the fuzz run: the local header was read past the end (500 instead of 422).
    ['a ZIP signature and nothing else', Buffer.from('PK\u0003\u0004', 'latin1')],
    ['a ZIP cut inside its first header', docxBytes().subarray(0, 29)],
    ['nothing', Buffer.alloc(0)],
  ])('refuses %s', (_name, bytes) => {
    expect(detectFileType(bytes)).toBeNull();
  });

  it('never throws, whatever the bytes after a known signature', () => {
    const signatures = [
      Buffer.from('PK\u0003\u0004', 'latin1'),
      odtBytes().subarray(0, 30),
      docxBytes().subarray(0, 60),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...signatures), fc.uint8Array({ maxLength: 200 }), (head, tail) => {
        expect(() => detectFileType(Buffer.concat([head, tail]))).not.toThrow();
      }),
      { seed: 1, numRuns: 500 },
    );
  });

  it('cleans file names of paths and control characters', () => {
    expect(cleanFileName('C:\\Users\\x\\vedtekter.pdf')).toBe('vedtekter.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a\u0000b"c.pdf')).toBe('abc.pdf');
    expect(cleanFileName('')).toBe('vedlegg');
  });

  it('removes bidi controls, C1 controls, separators and broken Unicode from file names', () => {
    // Displayed as "fakturaexe.pdf" with the right-to-left override; stored as what it is.
    expect(cleanFileName('faktura\u202Efdp.exe')).toBe('fakturafdp.exe');
    expect(cleanFileName('\u2066a\u2069\u200Eb\u200F\u061Cc\u202A\u202B\u202C\u202D.pdf')).toBe('abc.pdf');
    expect(cleanFileName('a\u0085b\u2028c\uFFFF\ud800.pdf')).toBe('abc.pdf');
    expect(cleanFileName('\u202E')).toBe('vedlegg');
    // Letters, emoji and the zero-width non-joiner of Persian names are kept.
    expect(cleanFileName('Årsrapport 😀 می\u200Cخواهم.pdf')).toBe('Årsrapport 😀 می\u200Cخواهم.pdf');
    expect(cleanFileName(`${'x'.repeat(199)}😀.pdf`)).toBe('x'.repeat(199));
  });
});
