import {
  eicar,
  embeddedExecutablePdf,
  javaScriptPdf,
  launchPdf,
  pdfBytes,
  pdfDocument,
  pdfHtmlPolyglot,
  pdfStream,
  pdfWithContent,
} from '../../../../../test/support/files';
import { hasName, inspectPdf } from './pdf-inspection';

const CLEAN = {
  launchAction: false,
  embeddedExecutable: null,
  javaScript: false,
  htmlMarkup: false,
  uncheckable: false,
};

/** A PDF 1.5 object stream holding the given objects' text, deflated, as writers hide dictionaries today. */
function objectStreamPdf(objects: string): Buffer {
  return pdfDocument([
    '<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>',
    '<< /Type /Pages /Kids [] /Count 0 >>',
    pdfStream('/Type /ObjStm /N 1 /First 4', Buffer.from(`4 0 ${objects}`, 'latin1'), true),
  ]);
}

describe('active content in PDFs', () => {
  it('finds nothing in ordinary documents, with text and binary page content', () => {
    expect(inspectPdf(pdfBytes())).toEqual(CLEAN);
    expect(inspectPdf(pdfWithContent(Buffer.from('BT /F1 12 Tf (Budsjett 2027) Tj ET'), true))).toEqual(
      CLEAN,
    );
    // Binary stream data may spell "/JS" by chance; only dictionaries count.
    const binary = Buffer.concat([
      Buffer.alloc(1000, 0x41),
      Buffer.from('/JS /Launch'),
      Buffer.alloc(10, 0x20),
    ]);
    expect(inspectPdf(pdfWithContent(binary)).javaScript).toBe(false);
  });

  it('flags JavaScript, also when the name is spelled with #xx escapes or hidden in an object stream', () => {
    expect(inspectPdf(javaScriptPdf())).toEqual({ ...CLEAN, javaScript: true });
    const escaped = pdfDocument(['<< /Type /Catalog /OpenAction << /S /J#61vaScript /J#53 (x) >> >>']);
    expect(inspectPdf(escaped).javaScript).toBe(true);
    expect(inspectPdf(objectStreamPdf('<< /S /JavaScript /JS (app.alert\\(1\\)) >>')).javaScript).toBe(true);
  });

  it('finds launch actions, plain, escaped and inside a compressed object stream', () => {
    expect(inspectPdf(launchPdf()).launchAction).toBe(true);
    expect(inspectPdf(pdfDocument(['<< /OpenAction << /S /L#61#75nch /F (x.exe) >> >>'])).launchAction).toBe(
      true,
    );
    expect(inspectPdf(objectStreamPdf('<< /S /Launch /F (cmd.exe) >>')).launchAction).toBe(true);
  });

  it('finds an embedded program by its magic number, and by its name when its bytes are not one', () => {
    expect(inspectPdf(embeddedExecutablePdf()).embeddedExecutable).toBe('MZ (Windows-program)');
    const renamed = pdfDocument([
      '<< /Type /Catalog /Names << /EmbeddedFiles << /Names [(a) 2 0 R] >> >> >>',
      '<< /Type /Filespec /F (notat.txt) /UF <FEFF00720065006700690073007400650072002800310029002E007600620073> /EF << /F 3 0 R >> >>',
      pdfStream('/Type /EmbeddedFile', Buffer.from('WScript.Echo 1'), true),
    ]);
    // UTF-16BE "register(1).vbs": parentheses and all.
    expect(inspectPdf(renamed).embeddedExecutable).toBe('register(1).vbs');
    const balanced = pdfDocument([
      '<< /Type /Catalog /Names << /EmbeddedFiles << /Names [(a) 2 0 R] >> >> >>',
      '<< /Type /Filespec /F (rapport \\(endelig\\)(2).exe) /EF << /F 3 0 R >> >>',
      pdfStream('/Type /EmbeddedFile', Buffer.from('data'), true),
    ]);
    expect(inspectPdf(balanced).embeddedExecutable).toBe('rapport (endelig)(2).exe');
  });

  it('accepts an embedded spreadsheet', () => {
    const attachment = pdfDocument([
      '<< /Type /Catalog /Names << /EmbeddedFiles << /Names [(a) 2 0 R] >> >> >>',
      '<< /Type /Filespec /F (budsjett.xlsx) /EF << /F 3 0 R >> >>',
      pdfStream('/Type /EmbeddedFile', Buffer.from('PK\x03\x04 spreadsheet'), true),
    ]);
    expect(inspectPdf(attachment)).toEqual(CLEAN);
  });

  it('says when an object stream cannot be read (encrypted or another filter) instead of guessing', () => {
    const encrypted = pdfDocument([
      '<< /Type /Catalog >>',
      Buffer.concat([
        Buffer.from('<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length 64 >>\nstream\n'),
        Buffer.from('8f3a9c0d1e2b4f5a6c7d8e9fa0b1c2d3e4f5061728394a5b6c7d8e9fa0b1c2d3', 'hex'),
        Buffer.from('\nendstream'),
      ]),
    ]);
    expect(inspectPdf(encrypted).uncheckable).toBe(true);
  });

  it('finds HTML outside the streams (a PDF/HTML polyglot), and not in an ordinary PDF that mentions no tags', () => {
    expect(inspectPdf(pdfHtmlPolyglot()).htmlMarkup).toBe(true);
    expect(inspectPdf(pdfBytes('Tiltak <3 for unge')).htmlMarkup).toBe(false);
  });

  it('matches whole names only', () => {
    expect(hasName('<< /JSON 1 >>', 'JS')).toBe(false);
    expect(hasName('<< /JS(x) >>', 'JS')).toBe(true);
    expect(hasName('<</EmbeddedFiles<<>>>>', 'EmbeddedFile')).toBe(false);
  });

  it('leaves EICAR to the virus scanner: it is not active content', () => {
    expect(inspectPdf(pdfWithContent(eicar()))).toEqual(CLEAN);
  });
});
