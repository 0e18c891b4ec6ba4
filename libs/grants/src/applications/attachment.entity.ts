import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { AttachmentKind } from '../schemes/grant-scheme.entity';
import { UploadWarning } from '../kernel/attachments/content-rules';
import { Application } from './application.entity';

/**
 * A file attached to an application. The bytes live in PostgreSQL (at most 10 MB each), next to their
 * SHA-256, so the case file is one transactional store. Applications are public documents on request
 * (offentleglova); an exemption flag marks files or parts that are exempt, and every download is audited.
 */
@Entity('application_attachments')
@Index('ix_application_attachments_application', ['applicationId', 'uploadedAt'])
@Check(
  'ck_application_attachments_kind',
  `kind IN ('statutes','annual_accounts','annual_report','budget','other')`,
)
@Check('ck_application_attachments_size', `size_bytes > 0 AND size_bytes <= 10485760`)
@Check('ck_application_attachments_sha', `sha256 ~ '^[0-9a-f]{64}$'`)
@Check('ck_application_attachments_warnings', `warnings <@ ARRAY['pdfJavaScript','notScanned']::text[]`)
export class ApplicationAttachment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  applicationId!: string;

  @ManyToOne(() => Application, (application) => application.attachments, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  @Column('text')
  kind!: AttachmentKind;

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

  /** Exempt from public access under offentleglova. */
  @Column('boolean', { default: false })
  exemptFromPublic!: boolean;

  /** The legal basis for the exemption, e.g. "offentleglova § 13 jf. forvaltningsloven § 13". */
  @Column('text', { nullable: true })
  exemptionBasis!: string | null;

  @Column('uuid')
  uploadedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  uploadedAt!: Date;
}
