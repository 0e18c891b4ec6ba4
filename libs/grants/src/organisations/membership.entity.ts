import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { Organisation } from './organisation.entity';
import { User } from '../identity/user.entity';

/** A user's membership of an organisation: what lets an NGO member see and act for it. */
@Entity('memberships')
@Unique('uq_memberships_user_organisation', ['userId', 'organisationId'])
@Index('ix_memberships_organisation', ['organisationId'])
export class Membership {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  /** May sign for the organisation (accept conditions): chair, general manager or someone authorised. */
  @Column('boolean', { default: false })
  signatory!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
