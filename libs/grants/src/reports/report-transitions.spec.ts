import { DomainError } from '@app/platform';
import { ReportStatus } from './recipient-report.entity';
import { ReportEvent, reportTransition } from './report-transitions';
import { assertClaimEvent, claimStatusOf, RepaymentClaimEvent } from './repayment-claim-transitions';
import { RepaymentClaimStatus } from './repayment-claim.entity';

/** The status an event leads to, or the refusal's code and the state it names. */
function outcome(step: () => unknown): unknown {
  try {
    return step();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return `${error.code}:${String(error.details.currentState)}`;
  }
}

/** Every status × event: what `step` gives for each. */
function table<S extends string, E>(statuses: S[], events: E[], step: (status: S, event: E) => unknown) {
  return Object.fromEntries(
    statuses.map((status) => [status, events.map((e) => outcome(() => step(status, e)))]),
  );
}

describe('report state machine', () => {
  const S = ReportStatus;
  const EVENTS: ReportEvent[] = ['edit', 'submit', 'approve', 'return', 'claim'];
  // Every status × event: the status after it, or the 409 naming the status.
  const TABLE: Record<ReportStatus, (ReportStatus | string)[]> = {
    [S.Draft]: [S.Draft, S.Submitted, 'invalid_state:draft', 'invalid_state:draft', 'invalid_state:draft'],
    [S.Returned]: [
      S.Returned,
      S.Submitted,
      'invalid_state:returned',
      'invalid_state:returned',
      'invalid_state:returned',
    ],
    [S.Submitted]: [
      'invalid_state:submitted',
      'invalid_state:submitted',
      S.Approved,
      S.Returned,
      S.RepaymentClaimed,
    ],
    [S.Approved]: EVENTS.map(() => 'invalid_state:approved'),
    [S.RepaymentClaimed]: EVENTS.map(() => 'invalid_state:repayment_claimed'),
  };

  it('allows each event only in its statuses', () => {
    expect(table(Object.values(S), EVENTS, reportTransition)).toEqual(TABLE);
  });

  it('tells the organisation why it cannot edit or submit, and the caseworker why it cannot review', () => {
    expect(() => reportTransition(S.Submitted, 'edit')).toThrow(
      'Rapporten er sendt inn og kan ikke endres nå.',
    );
    expect(() => reportTransition(S.Approved, 'submit')).toThrow('Rapporten er allerede sendt inn.');
    expect(() => reportTransition(S.Draft, 'approve')).toThrow('Bare en innsendt rapport kan behandles.');
  });
});

describe('repayment claim state machine', () => {
  const S = RepaymentClaimStatus;
  const EVENTS: RepaymentClaimEvent[] = ['repay', 'revise'];
  const TABLE: Record<RepaymentClaimStatus, unknown[]> = {
    [S.Open]: [undefined, undefined],
    [S.Settled]: ['invalid_state:settled', undefined],
    [S.Cancelled]: ['invalid_state:cancelled', 'invalid_state:cancelled'],
  };

  it('allows a repayment only on an open claim, a revision on one not cancelled', () => {
    expect(table(Object.values(S), EVENTS, assertClaimEvent)).toEqual(TABLE);
  });

  it('takes the status from the amounts: cancelled at 0, settled when repaid in full, else open', () => {
    expect(claimStatusOf({ amountOre: 0, repaidOre: 0 })).toBe(S.Cancelled);
    expect(claimStatusOf({ amountOre: 100, repaidOre: 100 })).toBe(S.Settled);
    expect(claimStatusOf({ amountOre: 100, repaidOre: 99 })).toBe(S.Open);
  });
});
