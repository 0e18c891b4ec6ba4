import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { User } from '../identity/user.entity';
import { Application } from '../applications/application.entity';

/** The formal check's findings, each recorded so the dismissal (or passing) can be explained. */
export interface ScreeningChecks {
  /** The organisation's form is one the scheme accepts. */
  eligibleOrganisationForm: boolean;
  /** Registered in Frivillighetsregisteret; null when the scheme does not require it. */
  voluntaryRegistry: boolean | null;
  /** Submitted before the deadline (by the server clock at submission). */
  deadlineMet: boolean;
  /** Every attachment kind the scheme requires is present. */
  requiredAttachments: boolean;
  /** Reports owed on earlier grants; null when it could not be checked. */
  priorReports?: { overdue: number; unapproved: number } | null;
}

export enum ScreeningOutcome {
  Passed = 'passed',
  Dismissed = 'dismissed',
}

/** Formell kontroll of one application by a caseworker. */
@Entity('screenings')
@Unique('uq_screenings_application', ['applicationId'])
@Check('ck_screenings_outcome', `outcome IN ('passed','dismissed')`)
@Check('ck_screenings_dismissal_reason', `outcome <> 'dismissed' OR length(trim(dismissal_reason)) > 0`)
export class Screening {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  applicationId!: string;

  @ManyToOne(() => Application, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  @Column('jsonb')
  checks!: ScreeningChecks;

  /** Why a municipality applies: voluntary organisations offer no satisfactory measure (forskrift § 2). */
  @Column('text', { nullable: true })
  municipalityJustification!: string | null;

  @Column('text')
  outcome!: ScreeningOutcome;

  @Column('text', { nullable: true })
  dismissalReason!: string | null;

  @Column('uuid')
  screenedBy!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'screened_by' })
  screenedByUser?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  screenedAt!: Date;
}
