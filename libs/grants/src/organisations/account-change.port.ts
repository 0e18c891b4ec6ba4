import type { EntityManager } from 'typeorm';
import type { Actor } from '../kernel/actor';

/**
 * A changed bank account revokes the attestations of the organisation's unpaid disbursements, in the transaction
 * that records the account. Payments sit above organisations and own the disbursements' state, so organisations ask
 * through this port: an abstract class used as the Nest token, implemented by payments/account-change.ts and bound
 * in grants.module.ts. Nest refuses to start when it is unbound.
 */
export abstract class AccountChange {
  abstract revokeAttestations(
    manager: EntityManager,
    actor: Actor | null,
    organisationId: string,
  ): Promise<number>;
}
