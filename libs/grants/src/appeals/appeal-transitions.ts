import { DomainError, formatOsloNorwegian } from '@app/platform';
import { EntityManager } from 'typeorm';
import { loadApplication } from '../applications/application-access';
import { Actor } from '../kernel/actor';
import { isUuid, lockVersioned } from '../kernel/persistence';
import { statusOwner } from '../outbox/status-owner';
import { Appeal, AppealStatus } from './appeal.entity';

/**
 * What happens to an appeal (docs/domain.md §10): a caseworker takes it; a late one is considered anyway or not (§ 31);
 * Sfk proposes and approves a new decision (§ 33), or forwards the appeal to the appeal body, whose outcome upholds
 * the decision or sends it back to Sfk to decide again.
 */
export type AppealEvent =
  'take' | 'consider_late' | 'refuse_late' | 'propose' | 'redecide' | 'forward' | 'uphold' | 'overturn';

/** Appeals still being handled (the partial unique index allows one per subject). */
export const OPEN_APPEAL: AppealStatus[] = [
  AppealStatus.Lodged,
  AppealStatus.ReversalProposed,
  AppealStatus.Forwarded,
  AppealStatus.ToBeRedecided,
];

/** What the state machine reads: the status, and for a late appeal whether it is considered. */
export type AppealFacts = Pick<Appeal, 'status' | 'late' | 'lateConsidered' | 'deadline' | 'proposedTerms'>;

interface Step {
  /** May the event happen to this appeal? */
  allowed: (appeal: AppealFacts) => boolean;
  /** The status after it (null: unchanged). */
  to: AppealStatus | null;
  refusal: string;
  /** Only a late appeal decided to be considered is handled (§ 31). */
  considered?: boolean;
  /** Only a late appeal has its lateness decided. */
  late?: boolean;
}

const inStatus =
  (...statuses: AppealStatus[]) =>
  (appeal: AppealFacts) =>
    statuses.includes(appeal.status);

const lateUndecided = (appeal: AppealFacts) =>
  appeal.status === AppealStatus.Lodged && appeal.lateConsidered === null;

const CLOSED = 'Klagesaken er avsluttet.';
const LATENESS_DECIDED = 'Det er allerede avgjort om klagen tas under behandling.';
const NOT_FORWARDED = 'Klagen er ikke sendt til klageinstansen.';

const STEPS: Record<AppealEvent, Step> = {
  take: { allowed: inStatus(...OPEN_APPEAL), to: null, refusal: CLOSED },
  consider_late: { allowed: lateUndecided, to: null, refusal: LATENESS_DECIDED, late: true },
  refuse_late: {
    allowed: lateUndecided,
    to: AppealStatus.NotConsidered,
    refusal: LATENESS_DECIDED,
    late: true,
  },
  propose: {
    allowed: inStatus(AppealStatus.Lodged, AppealStatus.ReversalProposed, AppealStatus.ToBeRedecided),
    to: AppealStatus.ReversalProposed,
    refusal: 'Klagesaken venter ikke på et nytt vedtak.',
    considered: true,
  },
  redecide: {
    allowed: (appeal) => appeal.status === AppealStatus.ReversalProposed && appeal.proposedTerms !== null,
    to: AppealStatus.Redecided,
    refusal: 'Det er ikke foreslått et nytt vedtak i klagesaken.',
  },
  forward: {
    allowed: inStatus(AppealStatus.Lodged, AppealStatus.ReversalProposed),
    to: AppealStatus.Forwarded,
    refusal: 'Bare en klage Sfk har til behandling kan sendes videre.',
    considered: true,
  },
  uphold: { allowed: inStatus(AppealStatus.Forwarded), to: AppealStatus.Upheld, refusal: NOT_FORWARDED },
  overturn: {
    allowed: inStatus(AppealStatus.Forwarded),
    to: AppealStatus.ToBeRedecided,
    refusal: NOT_FORWARDED,
  },
};

/** The appeal's state machine: refuses the event for this appeal (409 naming its status); returns the status after. */
export function appealTransition(appeal: AppealFacts, event: AppealEvent): AppealStatus {
  const step = STEPS[event];
  if (step.late && !appeal.late) throw DomainError.invalidState('Klagen kom inn i tide.', appeal.status);
  if (step.considered) assertConsidered(appeal);
  if (!step.allowed(appeal)) throw DomainError.invalidState(step.refusal, appeal.status);
  return step.to ?? appeal.status;
}

/** Files are added only to an appeal still being handled. */
export function assertAppealOpen(appeal: AppealFacts): void {
  if (!OPEN_APPEAL.includes(appeal.status)) throw DomainError.invalidState(CLOSED, appeal.status);
}

/** A late appeal is handled only once it is decided to consider it (§ 31). */
function assertConsidered(appeal: AppealFacts): void {
  if (appeal.late && appeal.lateConsidered !== true) {
    throw DomainError.invalidState(
      appeal.lateConsidered === false
        ? 'Klagen er ikke tatt under behandling.'
        : `Klagen kom inn etter fristen (${formatOsloNorwegian(appeal.deadline!)}). Avgjør først om den likevel skal behandles.`,
      appeal.status,
    );
  }
}

/**
 * The appeal at the client's version, locked for the rest of the transaction: the actor must be able to read the
 * application (404 otherwise, so nothing leaks), a stale version is a 409.
 */
export async function lockAppeal(
  manager: EntityManager,
  actor: Actor,
  id: string,
  version: number,
): Promise<Appeal> {
  const peek = isUuid(id) ? await manager.findOneBy(Appeal, { id }) : null;
  if (!peek) throw DomainError.notFound('Klagen');
  await loadApplication(manager, actor, peek.applicationId);
  return lockVersioned(manager, Appeal, id, version, 'Klagen');
}

/**
 * The owner of an appeal's status (issue 16, «one owner per state»): every step on an appeal goes through this on a
 * row the caller has locked (`lockAppeal`); the state machine above refuses an illegal step before anything is
 * written. `change` makes the step's other checks and sets its columns (the caseworker, the proposed terms, …).
 */
export const moveAppeal = statusOwner<Appeal, AppealEvent>('appeal', appealTransition);
