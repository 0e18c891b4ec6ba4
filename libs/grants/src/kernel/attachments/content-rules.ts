import { DomainError } from '@app/platform';
import { AllowedFileType } from './file-type';
import { ArchiveFinding, ARCHIVE_LIMITS, inspectArchive } from './archive-inspection';
import { HTML_MARKUP, inspectPdf } from './pdf-inspection';

/**
 * What an upload's content says beyond its type, before the virus scan: refusals (active content, zip bombs,
 * polyglots) and warnings stored on the attachment for the caseworker. No daemon is needed for these.
 */

/** Stored on an attachment and shown in its API representation (`warnings`). */
export enum UploadWarning {
  /** The PDF contains JavaScript (`/JavaScript`, `/JS`): open it in a reader with JavaScript switched off. */
  PdfJavaScript = 'pdfJavaScript',
  /** Stored while virus scanning was switched off (CLAMAV=off): never scanned by ClamAV. */
  NotScanned = 'notScanned',
}

/** A refusal for security reasons: audited (`upload.refused`) and answered 422 naming the rule. */
export interface ContentRefusal {
  rule: string;
  message: string;
  detail?: Record<string, unknown>;
}

export interface ContentVerdict {
  refusal: ContentRefusal | null;
  warnings: UploadWarning[];
}

const TYPE_NAMES: Record<AllowedFileType, string> = {
  pdf: 'PDF',
  docx: 'DOCX',
  xlsx: 'XLSX',
  odt: 'ODT',
  png: 'PNG',
  jpeg: 'JPEG',
};

export async function inspectContent(bytes: Buffer, type: AllowedFileType): Promise<ContentVerdict> {
  switch (type) {
    case 'pdf':
      return pdfVerdict(bytes);
    case 'docx':
    case 'xlsx':
    case 'odt': {
      const finding = await inspectArchive(bytes);
      if (finding) return { refusal: archiveRefusal(finding), warnings: [] };
      return { refusal: htmlRefusal(bytes.subarray(0, 1024), type), warnings: [] };
    }
    case 'png':
    case 'jpeg':
      // Image data is compressed: HTML anywhere in it (a comment, EXIF) is there on purpose.
      return { refusal: htmlRefusal(bytes, type), warnings: [] };
  }
}

function pdfVerdict(bytes: Buffer): ContentVerdict {
  const pdf = inspectPdf(bytes);
  const refuse = (rule: string, message: string, detail?: Record<string, unknown>): ContentVerdict => ({
    refusal: { rule, message, detail },
    warnings: [],
  });
  if (pdf.launchAction) {
    return refuse(
      'pdfLaunchAction',
      'PDF-filen inneholder en handling som starter et program (/Launch), og ble ikke lagret. Lagre dokumentet på nytt som vanlig PDF (for eksempel med «Skriv ut til PDF») og last det opp igjen.',
    );
  }
  if (pdf.embeddedExecutable) {
    return refuse(
      'pdfEmbeddedExecutable',
      `PDF-filen har et innebygd program (${pdf.embeddedExecutable}) og ble ikke lagret. Fjern vedlegget fra PDF-en, eller lagre dokumentet på nytt som vanlig PDF, og last det opp igjen.`,
      { embedded: pdf.embeddedExecutable },
    );
  }
  if (pdf.uncheckable) {
    return refuse(
      'pdfUncheckable',
      'PDF-filen har innhold som ikke kan kontrolleres (kryptert eller ukjent koding), og ble ikke lagret. Lagre den på nytt uten passord eller beskyttelse (for eksempel med «Skriv ut til PDF») og last den opp igjen.',
    );
  }
  if (pdf.htmlMarkup) return { refusal: htmlRefusal(Buffer.from('<html>'), 'pdf'), warnings: [] };
  return { refusal: null, warnings: pdf.javaScript ? [UploadWarning.PdfJavaScript] : [] };
}

function htmlRefusal(bytes: Buffer, type: AllowedFileType): ContentRefusal | null {
  if (!HTML_MARKUP.test(bytes.toString('latin1'))) return null;
  return {
    rule: 'htmlContent',
    message: `Filen er en ${TYPE_NAMES[type]}-fil, men inneholder også HTML-kode som en nettleser kan kjøre, og ble ikke lagret. Lagre dokumentet på nytt og last det opp igjen.`,
  };
}

function archiveRefusal(finding: ArchiveFinding): ContentRefusal {
  const limitMb = Math.round(ARCHIVE_LIMITS.maxTotalBytes / (1024 * 1024));
  switch (finding.rule) {
    case 'zipBomb':
      return {
        rule: 'zipBomb',
        detail: { ...finding },
        message:
          finding.detail === 'size'
            ? `Dokumentet pakker seg ut til mer enn ${limitMb} MB og ble ikke lagret (en såkalt zip-bombe).`
            : finding.detail === 'ratio'
              ? `En del av dokumentet («${finding.entry}») er pakket ${finding.ratio} ganger tettere enn vanlige dokumenter, og filen ble ikke lagret (en såkalt zip-bombe).`
              : 'Delene av dokumentet overlapper hverandre i filen, og filen ble ikke lagret (en såkalt zip-bombe).',
      };
    case 'archiveEntries':
      return {
        rule: 'archiveEntries',
        detail: { ...finding },
        message: `Dokumentet består av ${finding.entries} deler, flere enn grensen på ${ARCHIVE_LIMITS.maxEntries}, og ble ikke lagret.`,
      };
    case 'nestedArchive':
      return {
        rule: 'nestedArchive',
        detail: { ...finding },
        message: `Dokumentet inneholder en annen arkivfil («${finding.entry}») og ble ikke lagret. Last opp filene hver for seg.`,
      };
    case 'archiveUnreadable':
      return {
        rule: 'archiveUnreadable',
        detail: { ...finding },
        message: 'Dokumentet er skadet eller kryptert og kan ikke kontrolleres, og ble ikke lagret.',
      };
  }
}

/** The extensions a stored file of each type may have; the first is added to a name without one. */
const EXTENSIONS: Record<AllowedFileType, string[]> = {
  pdf: ['pdf'],
  docx: ['docx'],
  xlsx: ['xlsx'],
  odt: ['odt'],
  png: ['png'],
  jpeg: ['jpg', 'jpeg', 'jpe', 'jfif'],
};

/** Extensions that make a system open a file as something else: a name with one of them never goes with our bytes. */
const FOREIGN_EXTENSIONS = new Set([
  ...Object.values(EXTENSIONS).flat(),
  ...'htm html xhtml shtml mht mhtml svg svgz xml xsl xslt js mjs jse vbs vbe wsf wsh hta exe com scr pif bat cmd ps1 msi dll cpl jar lnk reg sh app swf doc xls ppt pptx rtf txt csv zip rar 7z gz'.split(
    ' ',
  ),
]);

/**
 * The name the file is stored and downloaded under: its extension must fit the type its bytes have, because the
 * downloader's system opens it by the extension (a PDF/HTML polyglot named .html opens as a web page). A name
 * with another known extension is refused; one without (or with an unknown one, "Rapport v1.2") gets the type's.
 */
export function storedFileName(cleanedName: string, type: AllowedFileType): string {
  const dot = cleanedName.lastIndexOf('.');
  const extension = dot > 0 ? cleanedName.slice(dot + 1).toLowerCase() : '';
  if (EXTENSIONS[type].includes(extension)) return cleanedName;
  if (FOREIGN_EXTENSIONS.has(extension)) {
    throw DomainError.rule(
      'file',
      'fileExtension',
      `Filnavnet «${cleanedName}» passer ikke med innholdet, som er ${TYPE_NAMES[type]}. Gi filen endelsen .${EXTENSIONS[type][0]} og last den opp igjen.`,
    );
  }
  const added = EXTENSIONS[type][0];
  return `${cleanedName.slice(0, 200 - added.length - 1)}.${added}`;
}
