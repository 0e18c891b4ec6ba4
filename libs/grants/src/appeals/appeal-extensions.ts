import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../kernel/actor';

/** What an appeal needs to know about what it is against. */
export interface AppealSubjectInfo {
  applicationId: string;
  decidedAt: Date;
  /** When it reached the organisation (null: not yet). */
  notifiedAt: Date | null;
  appealDeadline: Date | null;
  /** Who prepared it: never the appeal's caseworker. */
  preparedBy: string;
}

/**
 * Repayment claims live in libs/reporting: it tells appeals about a claim, and claims back what a new decision
 * leaves paid beyond the grant.
 */
export interface AppealClaimSource {
  claimSubject(
    manager: EntityManager,
    claimId: string,
  ): Promise<(AppealSubjectInfo & { amountOre: number; repaidOre: number }) | null>;
  /** Sfk's new decision on a claim after an appeal: its new amount (0 drops it), with a letter. */
  reviseClaim(
    manager: EntityManager,
    actor: Actor,
    input: { claimId: string; appealId: string; amountOre: number },
  ): Promise<void>;
  /** A new decision leaves `overpaidOre` paid beyond the grant: claim it back (in the same transaction). */
  claimOverpayment(
    manager: EntityManager,
    actor: Actor,
    input: { applicationId: string; decisionId: string; paidOre: number; overpaidOre: number },
  ): Promise<void>;
}

@Injectable()
export class AppealExtensions {
  claims: AppealClaimSource | null = null;

  register(source: AppealClaimSource): void {
    this.claims = source;
  }
}
