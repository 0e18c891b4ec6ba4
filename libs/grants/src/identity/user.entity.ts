import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Role } from './role';

@Entity('users')
@Unique('uq_users_email', ['email'])
@Check('ck_users_email_lower', `email = lower(email)`)
@Check('ck_users_roles', `roles <@ ARRAY['applicant','caseworker','approver','finance','admin']::text[]`)
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-case; the login name. */
  @Column('text')
  email!: string;

  @Column('text')
  name!: string;

  /** argon2id hash; never leaves the lib. */
  @Column('text')
  passwordHash!: string;

  @Column('text', { array: true, default: () => `'{}'` })
  roles!: Role[];

  @Column('boolean', { default: true })
  active!: boolean;

  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
