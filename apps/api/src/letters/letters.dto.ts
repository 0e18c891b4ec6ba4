import { ApiProperty } from '@nestjs/swagger';

export class LetterResponse {
  /** The letter's id. */
  id!: string;
  /** The application (case) the letter belongs to. */
  applicationId!: string;
  /** The decision the letter announces; null for a receipt or an interim reply. */
  decisionId!: string | null;
  @ApiProperty({ enum: ['receipt', 'interim_reply', 'grant', 'partial_grant', 'rejection', 'dismissal'] })
  type!: string;
  @ApiProperty({ enum: ['nb', 'nn'] }) language!: string;
  /**
   * The letter's title.
   * @example "Vedtak om tilskudd"
   */
  title!: string;
  /** Version of the letter template it was produced with. */
  templateVersion!: number;
  /** SHA-256 of the archived PDF, hex. */
  sha256!: string;
  /** Size of the PDF in bytes. */
  sizeBytes!: number;
  /** When the letter was produced. */
  createdAt!: string;
  /** When the e-mail carrying the letter was accepted by the mail server. */
  deliveredAt!: string | null;
}
