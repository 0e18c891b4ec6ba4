import { DomainError } from '@app/platform';
import {
  docxBytes,
  javaScriptPdf,
  launchPdf,
  pdfBytes,
  pdfHtmlPolyglot,
  pngBytes,
  zipBombDocx,
} from '../../../../../test/support/files';
import { inspectContent, storedFileName, UploadWarning } from './content-rules';

describe('content rules before the virus scan', () => {
  it('accepts ordinary files without warnings and flags JavaScript in a PDF', async () => {
    expect(await inspectContent(pdfBytes(), 'pdf')).toEqual({ refusal: null, warnings: [] });
    expect(await inspectContent(docxBytes(), 'docx')).toEqual({ refusal: null, warnings: [] });
    expect(await inspectContent(pngBytes(), 'png')).toEqual({ refusal: null, warnings: [] });
    expect(await inspectContent(javaScriptPdf(), 'pdf')).toEqual({
      refusal: null,
      warnings: [UploadWarning.PdfJavaScript],
    });
  });

  it('refuses launch actions, zip bombs and HTML polyglots with a rule and a Norwegian message', async () => {
    expect((await inspectContent(launchPdf(), 'pdf')).refusal).toMatchObject({
      rule: 'pdfLaunchAction',
      message: expect.stringContaining('starter et program'),
    });
    expect((await inspectContent(zipBombDocx(5), 'docx')).refusal).toMatchObject({
      rule: 'zipBomb',
      message: expect.stringContaining('zip-bombe'),
    });
    expect((await inspectContent(pdfHtmlPolyglot(), 'pdf')).refusal).toMatchObject({ rule: 'htmlContent' });
    const htmlInPng = Buffer.concat([pngBytes(), Buffer.from('<script>alert(1)</script>')]);
    expect((await inspectContent(htmlInPng, 'png')).refusal).toMatchObject({
      rule: 'htmlContent',
      message: expect.stringContaining('PNG-fil'),
    });
  });
});

describe('the stored file name fits the type the bytes have', () => {
  it('keeps a fitting name and adds the extension to a name without a known one', () => {
    expect(storedFileName('Vedtekter.PDF', 'pdf')).toBe('Vedtekter.PDF');
    expect(storedFileName('bilde.jpg', 'jpeg')).toBe('bilde.jpg');
    expect(storedFileName('vedtekter', 'pdf')).toBe('vedtekter.pdf');
    expect(storedFileName('Rapport v1.2', 'docx')).toBe('Rapport v1.2.docx');
    expect(storedFileName('x'.repeat(200), 'xlsx')).toHaveLength(200);
  });

  it.each([
    ['søknad.html', 'pdf', 'som er PDF. Gi filen endelsen .pdf'],
    ['budsjett.xlsx', 'docx', 'som er DOCX'],
    ['logo.svg', 'png', 'som er PNG'],
    ['oppsett.exe', 'pdf', 'som er PDF'],
  ] as const)('refuses %s with content of type %s', (name, type, message) => {
    const refused = (() => {
      try {
        storedFileName(name, type);
      } catch (error) {
        return error;
      }
    })() as DomainError;
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused.details.errors).toEqual([
      { field: 'file', rule: 'fileExtension', message: expect.stringContaining(message) },
    ]);
  });
});
