import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
} from 'typeorm';
import { User } from './user.entity';

export enum AccountTokenPurpose {
  PasswordReset = 'password_reset',
  EmailConfirmation = 'email_confirmation',
}

/**
 * A one-time token sent by e-mail (password reset, e-mail confirmation). Only the SHA-256 of the token is
 * stored; the token itself exists in the e-mail (see account-tokens.ts for how the worker writes it). A token is
 * used at most once: confirming sets `used_at` with `WHERE used_at IS NULL`, so of two confirmations one wins.
 */
@Entity('account_tokens')
@Unique('uq_account_tokens_token_hash', ['tokenHash'])
@Index('ix_account_tokens_user_purpose', ['userId', 'purpose', 'createdAt'])
@Check('ck_account_tokens_purpose', `purpose IN ('password_reset','email_confirmation')`)
@Check('ck_account_tokens_hash_length', `octet_length(token_hash) = 32`)
@Check('ck_account_tokens_expiry', `expires_at > created_at`)
export class AccountToken {
  /** Chosen by the application (random), since the token is derived from it before the row is written. */
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column('text')
  purpose!: AccountTokenPurpose;

  /** SHA-256 of the token's 32 bytes. */
  @Column('bytea')
  tokenHash!: Buffer;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
