import type { EntityManager } from 'typeorm';

/**
 * What decisions in force have granted from a round's frame, asked by the frame guard (a frame is never lowered below
 * it). Decisions sit above rounds, so rounds ask through this port: an abstract class used as the Nest token,
 * implemented by decisions/budget-frame.ts and bound in grants.module.ts. Nest refuses to start when it is unbound.
 */
export abstract class CommittedFunds {
  abstract inRound(manager: EntityManager, roundId: string): Promise<number>;
}
