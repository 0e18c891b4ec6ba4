import { osloLocalToInstant } from '@app/platform';
import { noticeDays } from './rounds.service';

describe('noticeDays (docs/domain.md §2: a call is published six weeks before its deadline)', () => {
  const deadline = osloLocalToInstant('2026-12-01T23:59:59');

  it('counts Oslo calendar days: published 20 October for 1 December is 42 days, 21 October is 41', () => {
    expect(noticeDays(osloLocalToInstant('2026-10-20T00:00:00'), deadline)).toBe(42);
    expect(noticeDays(osloLocalToInstant('2026-10-20T23:59:59'), deadline)).toBe(42);
    expect(noticeDays(osloLocalToInstant('2026-10-21T00:00:00'), deadline)).toBe(41);
  });

  it('is not shortened by the autumn clock change in between (25 October 2026)', () => {
    // 20 October 00:30 to 1 December 00:10 is less than 42 × 24 hours, but 42 calendar days.
    expect(
      noticeDays(osloLocalToInstant('2026-10-20T00:30:00'), osloLocalToInstant('2026-12-01T00:10:00')),
    ).toBe(42);
  });
});
