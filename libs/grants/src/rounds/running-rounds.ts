import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RunningRounds } from '../schemes/running-rounds.port';
import { RoundStatus } from './round-status';

/** Provides schemes' `RunningRounds` port: rounds of the scheme that are published or closed (being handled). */
@Injectable()
export class RoundsOfScheme extends RunningRounds {
  async count(manager: EntityManager, schemeId: string): Promise<number> {
    const running = await manager.query<{ count: string }[]>(
      `SELECT count(*) FROM grant_rounds WHERE scheme_id = $1 AND status IN ($2, $3)`,
      [schemeId, RoundStatus.Published, RoundStatus.Closed],
    );
    return Number(running[0].count);
  }
}
