import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { User } from '../identity/user.entity';
import { Application } from './application.entity';

/**
 * Habilitet (forvaltningsloven §§ 6–10): every staff member who prepares or decides a case declares
 * impartiality for it first. A declared conflict blocks that person from the case everywhere, for good.
 */
@Entity('conflict_declarations')
@Unique('uq_conflict_declarations_application_user', ['applicationId', 'userId'])
@Index('ix_conflict_declarations_user', ['userId'])
@Check('ck_conflict_declarations_reason', `NOT has_conflict OR length(trim(reason)) > 0`)
export class ConflictDeclaration {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  applicationId!: string;

  @ManyToOne(() => Application, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  @Column('uuid')
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column('boolean')
  hasConflict!: boolean;

  /** Required when there is a conflict: what makes the person partial. */
  @Column('text', { nullable: true })
  reason!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  declaredAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
