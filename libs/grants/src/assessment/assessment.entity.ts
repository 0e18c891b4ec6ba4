import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { User } from '../identity/user.entity';
import { Application } from '../applications/application.entity';
import { bigintOre } from '@app/platform';
import { DecisionReasons, RecommendedOutcome } from '../kernel/decision-reasons';

export interface CriterionScore {
  criterion: string;
  score: number;
  comment: string;
}

/** The caseworker's assessment and recommendation (vurdering og innstilling). */
@Entity('assessments')
@Unique('uq_assessments_application', ['applicationId'])
@Check('ck_assessments_outcome', `recommended_outcome IN ('grant','partial_grant','rejection')`)
@Check(
  'ck_assessments_amount',
  `(recommended_outcome = 'rejection' AND recommended_amount_ore = 0) OR (recommended_outcome <> 'rejection' AND recommended_amount_ore > 0)`,
)
export class Assessment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  applicationId!: string;

  @ManyToOne(() => Application, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'application_id' })
  application?: Application;

  @Column('jsonb')
  scores!: CriterionScore[];

  /** Weighted total in hundredths of a score point (4.35 → 435): exact, no floats. */
  @Column('integer')
  weightedScoreHundredths!: number;

  @Column('text')
  recommendedOutcome!: RecommendedOutcome;

  @Column('bigint', { transformer: bigintOre })
  recommendedAmountOre!: number;

  @Column('jsonb', { nullable: true })
  reasons!: DecisionReasons | null;

  /** Conditions proposed for a grant (reporting, use of funds, …). */
  @Column('text', { array: true, default: () => `'{}'` })
  conditions!: string[];

  @Column('uuid')
  assessedBy!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assessed_by' })
  assessedByUser?: User;

  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  assessedAt!: Date;
}
