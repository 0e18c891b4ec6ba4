import { DomainError } from '@app/platform';

export enum RoundStatus {
  Draft = 'draft',
  Published = 'published',
  Closed = 'closed',
  Decided = 'decided',
  Archived = 'archived',
}

export type RoundEvent = 'publish' | 'close' | 'decide' | 'archive';

const TRANSITIONS: Record<RoundEvent, { from: RoundStatus[]; to: RoundStatus }> = {
  publish: { from: [RoundStatus.Draft], to: RoundStatus.Published },
  close: { from: [RoundStatus.Published], to: RoundStatus.Closed },
  decide: { from: [RoundStatus.Closed], to: RoundStatus.Decided },
  archive: { from: [RoundStatus.Decided], to: RoundStatus.Archived },
};

const STATUS_NB: Record<RoundStatus, string> = {
  draft: 'utkast',
  published: 'publisert',
  closed: 'stengt',
  decided: 'avgjort',
  archived: 'arkivert',
};

/** The round's state machine: the next status for an event, or a 409-mapped error naming the current one. */
export function nextRoundStatus(current: RoundStatus, event: RoundEvent): RoundStatus {
  const transition = TRANSITIONS[event];
  if (!transition.from.includes(current)) {
    throw DomainError.invalidState(
      `Utlysningen kan ikke ${EVENT_NB[event]} når den har status «${STATUS_NB[current]}».`,
      current,
    );
  }
  return transition.to;
}

const EVENT_NB: Record<RoundEvent, string> = {
  publish: 'publiseres',
  close: 'stenges',
  decide: 'markeres som avgjort',
  archive: 'arkiveres',
};
