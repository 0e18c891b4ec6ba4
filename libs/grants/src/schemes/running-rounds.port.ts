import type { EntityManager } from 'typeorm';

/**
 * Whether a round of the scheme is running (open or being handled), asked by the «frozen while a round runs» guard.
 * Rounds sit above schemes, so schemes ask through this port: an abstract class used as the Nest token, implemented
 * by rounds/running-rounds.ts and bound in grants.module.ts. Nest refuses to start when it is unbound.
 */
export abstract class RunningRounds {
  abstract count(manager: EntityManager, schemeId: string): Promise<number>;
}
