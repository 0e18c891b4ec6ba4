import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

export type ReminderKind =
  | 'draft_deadline_7d'
  | 'draft_deadline_1d'
  | 'acceptance_7d'
  | 'acceptance_overdue'
  | 'interim_reply'
  // Recipient reports (found and worded by report-reminders.ts).
  | 'report_due_30d'
  | 'report_due_7d'
  | 'report_overdue';

/** One row per entity, reminder kind and due date: a reminder happens once, however often the scan runs. */
@Entity('reminder_log')
@Unique('uq_reminder_log_entity_kind_due', ['entityId', 'kind', 'dueDate'])
@Check(
  'ck_reminder_log_kind',
  `kind IN ('draft_deadline_7d','draft_deadline_1d','acceptance_7d','acceptance_overdue','interim_reply','report_due_30d','report_due_7d','report_overdue')`,
)
export class ReminderLog {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  entityId!: string;

  @Column('text')
  kind!: ReminderKind;

  /** The deadline the reminder is about (Oslo date). */
  @Column('date')
  dueDate!: string;

  /** Where the e-mail went (organisation address), once sent. */
  @Column('text', { nullable: true })
  sentTo!: string | null;

  @Column('timestamptz', { nullable: true })
  sentAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
