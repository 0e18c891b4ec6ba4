import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * The columns every versioned aggregate row has: a UUID, the optimistic-lock version a client sends back with each
 * step (VersionRequest), and the created and updated timestamps. TypeORM inherits the columns, so an entity that
 * extends this keeps the same table; the column names do not change.
 */
export abstract class VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
