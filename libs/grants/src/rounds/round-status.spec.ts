import { DomainError, DomainErrorCode } from '@app/platform';
import { defaultApplicationDeadline, defaultReportDeadline } from './round-defaults';
import { nextRoundStatus, RoundStatus } from './round-status';

describe('round state machine', () => {
  it('walks draft → published → closed → decided → archived', () => {
    expect(nextRoundStatus(RoundStatus.Draft, 'publish')).toBe(RoundStatus.Published);
    expect(nextRoundStatus(RoundStatus.Published, 'close')).toBe(RoundStatus.Closed);
    expect(nextRoundStatus(RoundStatus.Closed, 'decide')).toBe(RoundStatus.Decided);
    expect(nextRoundStatus(RoundStatus.Decided, 'archive')).toBe(RoundStatus.Archived);
  });

  it.each([
    [RoundStatus.Published, 'publish'],
    [RoundStatus.Draft, 'close'],
    [RoundStatus.Archived, 'publish'],
    [RoundStatus.Published, 'archive'],
  ] as const)('refuses %s --%s--> with the current state named', (from, event) => {
    let error: unknown;
    try {
      nextRoundStatus(from, event);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: DomainErrorCode.InvalidState, details: { currentState: from } });
  });
});

describe('round defaults (docs/domain.md §2)', () => {
  it('puts the application deadline at 1 December 23:59 Oslo the year before', () => {
    expect(defaultApplicationDeadline(2027).toISOString()).toBe('2026-12-01T22:59:59.000Z');
  });
  it('puts the report deadline at the end of 1 April the year after', () => {
    expect(defaultReportDeadline(2027).toISOString()).toBe('2028-04-01T21:59:59.000Z');
  });
});
