export { GrantRound } from './grant-round.entity';
export { RoundStatus } from './round-status';
export { RoundsService } from './rounds.service';
