import { DomainError } from '@app/platform';
import { AppealStatus } from './appeal.entity';
import { AppealEvent, AppealFacts, appealTransition } from './appeal-transitions';

const S = AppealStatus;
const EVENTS: AppealEvent[] = [
  'take',
  'consider_late',
  'refuse_late',
  'propose',
  'redecide',
  'forward',
  'uphold',
  'overturn',
];
const TERMS = { outcome: null, amountOre: 0, reasons: {} as never, conditions: [] };

function facts(status: AppealStatus, overrides: Partial<AppealFacts> = {}): AppealFacts {
  return { status, late: false, lateConsidered: null, deadline: null, proposedTerms: TERMS, ...overrides };
}

function outcome(appeal: AppealFacts, event: AppealEvent): string {
  try {
    return appealTransition(appeal, event);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return `${error.code}:${String(error.details.currentState)}`;
  }
}

describe('appeal state machine', () => {
  const no = (status: string) => `invalid_state:${status}`;
  // An appeal in time, every status × event: the status after it, or the 409 naming the status.
  const IN_TIME: Record<AppealStatus, string[]> = {
    [S.Lodged]: [
      S.Lodged,
      no('lodged'),
      no('lodged'),
      S.ReversalProposed,
      no('lodged'),
      S.Forwarded,
      no('lodged'),
      no('lodged'),
    ],
    [S.ReversalProposed]: [
      S.ReversalProposed,
      no('reversal_proposed'),
      no('reversal_proposed'),
      S.ReversalProposed,
      S.Redecided,
      S.Forwarded,
      no('reversal_proposed'),
      no('reversal_proposed'),
    ],
    [S.Forwarded]: [
      S.Forwarded,
      no('forwarded'),
      no('forwarded'),
      no('forwarded'),
      no('forwarded'),
      no('forwarded'),
      S.Upheld,
      S.ToBeRedecided,
    ],
    [S.ToBeRedecided]: [
      S.ToBeRedecided,
      no('to_be_redecided'),
      no('to_be_redecided'),
      S.ReversalProposed,
      no('to_be_redecided'),
      no('to_be_redecided'),
      no('to_be_redecided'),
      no('to_be_redecided'),
    ],
    [S.NotConsidered]: EVENTS.map(() => no('not_considered')),
    [S.Redecided]: EVENTS.map(() => no('redecided')),
    [S.Upheld]: EVENTS.map(() => no('upheld')),
  };

  it.each(Object.values(S))('in time, from %s', (status) => {
    expect(EVENTS.map((event) => outcome(facts(status), event))).toEqual(IN_TIME[status]);
  });

  it('decides a late appeal once: considered (stays lodged) or not (ends it)', () => {
    const late = facts(S.Lodged, { late: true, deadline: new Date('2030-03-01T22:59:59.999Z') });
    expect(outcome(late, 'consider_late')).toBe(S.Lodged);
    expect(outcome(late, 'refuse_late')).toBe(S.NotConsidered);
    expect(outcome({ ...late, lateConsidered: true }, 'consider_late')).toBe(no('lodged'));
  });

  it('handles a late appeal only once it is decided to consider it (§ 31)', () => {
    const late = facts(S.Lodged, { late: true, deadline: new Date('2030-03-01T22:59:59.999Z') });
    expect(() => appealTransition(late, 'propose')).toThrow(/etter fristen \(1\. mars 2030 kl\. 23:59\)/);
    expect(() => appealTransition({ ...late, lateConsidered: false }, 'forward')).toThrow(
      'Klagen er ikke tatt under behandling.',
    );
    expect(outcome({ ...late, lateConsidered: true }, 'propose')).toBe(S.ReversalProposed);
    expect(outcome({ ...late, lateConsidered: true }, 'take')).toBe(S.Lodged);
  });

  it('refuses a lateness decision for an appeal in time, and a new decision with nothing proposed', () => {
    expect(() => appealTransition(facts(S.Lodged), 'consider_late')).toThrow('Klagen kom inn i tide.');
    expect(() => appealTransition(facts(S.ReversalProposed, { proposedTerms: null }), 'redecide')).toThrow(
      'Det er ikke foreslått et nytt vedtak i klagesaken.',
    );
  });
});
