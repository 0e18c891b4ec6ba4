import { ApiProperty } from '@nestjs/swagger';
import { UploadWarning } from '@app/grants';

/** A file stored with a case (attachment, appeal file, auditor's statement): what every such file answers with. */
export class StoredFileResponse {
  /**
   * The file name as uploaded.
   * @example "vedtekter.pdf"
   */
  fileName!: string;
  /** The size in bytes (at most 10 MB). */
  @ApiProperty({ type: 'integer' }) sizeBytes!: number;
  /** SHA-256 of the stored bytes, hex. */
  sha256!: string;
  /**
   * Content warnings for the caseworker: `pdfJavaScript` — the PDF contains JavaScript (open it with JavaScript
   * switched off); `notScanned` — stored while virus scanning was off (CLAMAV=off).
   */
  @ApiProperty({ enum: UploadWarning, enumName: 'UploadWarning', isArray: true })
  warnings!: UploadWarning[];
  uploadedAt!: string;
}
