import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last reference number given in a round. Incremented in the submitting transaction (the row lock
 * serialises concurrent submissions), so numbers are consecutive and a rolled-back submission leaves no gap.
 */
@Entity('reference_counters')
@Check('ck_reference_counters_positive', `last_number > 0`)
export class ReferenceCounter {
  @PrimaryColumn('uuid')
  roundId!: string;

  @Column('integer')
  lastNumber!: number;
}
