import { Column, PrimaryGeneratedColumn } from 'typeorm';
import { UploadWarning } from './content-rules';

/**
 * The columns of a stored upload, shared by the attachment tables (application, appeal and report attachments).
 * The bytes live in PostgreSQL next to their SHA-256, so a case file is one transactional store. Each table keeps
 * its own owner column and foreign key (a draft's files cascade, an appeal's and a report's restrict), its own
 * CHECKs and its own timestamp; TypeORM inherits these columns, so the column names do not change.
 */
export abstract class StoredFile {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The name the uploader gave, cleaned of path parts. */
  @Column('text')
  fileName!: string;

  /** Detected from the file's bytes, never taken from the upload. */
  @Column('text')
  contentType!: string;

  @Column('integer')
  sizeBytes!: number;

  @Column('char', { length: 64 })
  sha256!: string;

  @Column('bytea', { select: false })
  content!: Buffer;

  /** Content warnings for the caseworker (UploadWarning), e.g. ["pdfJavaScript"]; set at upload. */
  @Column('text', { array: true, default: () => `'{}'` })
  warnings!: UploadWarning[];

  @Column('uuid')
  uploadedBy!: string;
}
