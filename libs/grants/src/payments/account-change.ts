import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../kernel/actor';
import { AccountChange } from '../organisations/account-change.port';
import { revokeAttestationsForAccountChange } from './disbursements.service';

/** Provides organisations' `AccountChange` port: attestations to the old account are revoked. */
@Injectable()
export class PaymentsAccountChange extends AccountChange {
  revokeAttestations(manager: EntityManager, actor: Actor | null, organisationId: string): Promise<number> {
    return revokeAttestationsForAccountChange(manager, actor, organisationId);
  }
}
