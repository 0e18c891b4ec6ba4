import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { StoredFile } from '../kernel/attachments/stored-file';
import { AttachmentKind } from '../schemes/grant-scheme.entity';
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
export class ApplicationAttachment extends StoredFile {
  @Column('uuid')
  applicationId!: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  @Column('text')
  kind!: AttachmentKind;

  /** Exempt from public access under offentleglova. */
  @Column('boolean', { default: false })
  exemptFromPublic!: boolean;

  /** The legal basis for the exemption, e.g. "offentleglova § 13 jf. forvaltningsloven § 13". */
  @Column('text', { nullable: true })
  exemptionBasis!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  uploadedAt!: Date;
}
