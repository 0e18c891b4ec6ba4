/** Types for pdf-parse 1.1.1 (devDependency, used by the letter tests to read rendered PDFs back as text). */
declare module 'pdf-parse/lib/pdf-parse.js' {
  interface TextItem {
    str: string;
    transform: number[];
  }
  interface PageData {
    getTextContent(options?: {
      normalizeWhitespace?: boolean;
      disableCombineTextItems?: boolean;
    }): Promise<{ items: TextItem[] }>;
  }
  interface PdfParseOptions {
    pagerender?: (pageData: PageData) => Promise<string>;
    max?: number;
  }
  interface PdfParseResult {
    numpages: number;
    numrender: number;
    info: Record<string, unknown>;
    metadata: unknown;
    text: string;
    version: string;
  }
  function pdfParse(data: Uint8Array, options?: PdfParseOptions): Promise<PdfParseResult>;
  export = pdfParse;
}
