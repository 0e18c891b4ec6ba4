import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CommittedFunds } from '../rounds/committed-funds.port';
import { committedInRound } from './decisions.service';

/** Provides rounds' `CommittedFunds` port: what decisions in force grant from a round's frame. */
@Injectable()
export class DecisionsCommittedFunds extends CommittedFunds {
  inRound(manager: EntityManager, roundId: string): Promise<number> {
    return committedInRound(manager, roundId);
  }
}
