import type { Appeal } from '../appeals/appeal.entity';
import type { LetterAppeal } from './letter-model';

/** The appeal part of a letter, from the appeal. */
export function letterAppeal(appeal: Appeal, appealDeadline: Date | null): LetterAppeal {
  return {
    lodgedAt: appeal.lodgedAt,
    appealedDecisionDate: appeal.subjectDecidedAt,
    notifiedAt: appeal.subjectNotifiedAt,
    deadline: appeal.deadline,
    statement: appeal.forwardingStatement,
    lateReason: appeal.lateReason,
    appealDeadline,
  };
}
