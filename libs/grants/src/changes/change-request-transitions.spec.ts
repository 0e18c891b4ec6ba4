import { DomainError } from '@app/platform';
import { ChangeRequestStatus } from './change-request.entity';
import { ChangeRequestEvent, changeRequestTransition } from './change-request-transitions';

describe('change request state machine', () => {
  const S = ChangeRequestStatus;
  const EVENTS: ChangeRequestEvent[] = ['approve', 'reject', 'refer', 'redecide'];
  const refused = (status: string) => `invalid_state:${status}`;
  const TABLE: Record<ChangeRequestStatus, string[]> = {
    [S.Pending]: [S.Approved, S.Rejected, S.AwaitingDecision, refused('pending')],
    [S.AwaitingDecision]: [
      refused('awaiting_decision'),
      refused('awaiting_decision'),
      refused('awaiting_decision'),
      S.Approved,
    ],
    [S.Approved]: EVENTS.map(() => refused('approved')),
    [S.Rejected]: EVENTS.map(() => refused('rejected')),
  };

  it.each(Object.values(S))('from %s', (status) => {
    const outcomes = EVENTS.map((event) => {
      try {
        return changeRequestTransition(status, event);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        return `${error.code}:${String(error.details.currentState)}`;
      }
    });
    expect(outcomes).toEqual(TABLE[status]);
  });

  it('says why: handled already, or not waiting for a new decision', () => {
    expect(() => changeRequestTransition(S.Approved, 'approve')).toThrow(
      'Endringssøknaden er allerede behandlet.',
    );
    expect(() => changeRequestTransition(S.Pending, 'redecide')).toThrow(
      'Endringssøknaden venter ikke på et nytt vedtak.',
    );
  });
});
