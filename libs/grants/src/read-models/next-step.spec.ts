import { ApplicationStatus } from '../applications/application-status';
import { NextStepCode, NextStepFacts, nextStepOf } from './next-step';

const now = new Date('2027-05-01T10:00:00.000Z');
const past = new Date('2027-04-01T21:59:59.000Z');
const future = new Date('2027-06-01T21:59:59.000Z');

const facts = (overrides: Partial<NextStepFacts>): NextStepFacts => ({
  status: ApplicationStatus.Draft,
  applicationDeadline: future,
  reportDeadline: future,
  outcome: null,
  acceptanceDeadline: null,
  appealDeadline: null,
  reportStatus: null,
  reportDueAt: null,
  claimDueDate: null,
  claimAppealDeadline: null,
  ...overrides,
});

describe('nextStepOf', () => {
  it('has nothing to do for a draft whose round deadline has passed', () => {
    expect(nextStepOf(facts({ applicationDeadline: past }), now).code).toBe(NextStepCode.None);
  });

  it('has nothing to do for a grant not answered in time, and keeps the appeal open until its deadline', () => {
    const step = nextStepOf(
      facts({
        status: ApplicationStatus.Notified,
        outcome: 'granted',
        acceptanceDeadline: past,
        appealDeadline: future,
      }),
      now,
    );
    expect(step).toEqual({
      code: NextStepCode.None,
      deadline: null,
      appealUntil: future,
      canRequestChange: false,
    });
  });

  it('offers the appeal of a rejection only until its deadline, to the second', () => {
    const rejected = facts({ status: ApplicationStatus.Notified, outcome: 'rejected', appealDeadline: now });
    expect(nextStepOf(rejected, now).appealUntil).toEqual(now);
    expect(nextStepOf(rejected, new Date(now.getTime() + 1000)).appealUntil).toBeNull();
  });

  it('offers no appeal for a decided case not yet notified, nor for a withdrawn one', () => {
    for (const status of [ApplicationStatus.Decided, ApplicationStatus.Withdrawn]) {
      expect(nextStepOf(facts({ status, outcome: 'granted', appealDeadline: future }), now)).toMatchObject({
        code: status === ApplicationStatus.Decided ? NextStepCode.AwaitDecision : NextStepCode.None,
        appealUntil: null,
      });
    }
  });

  it("asks for a returned report by the report's own due date, and lets the grant change meanwhile", () => {
    const dueAt = new Date('2027-09-01T21:59:59.000Z');
    expect(
      nextStepOf(
        facts({ status: ApplicationStatus.Paid, reportStatus: 'returned', reportDueAt: dueAt }),
        now,
      ),
    ).toEqual({
      code: NextStepCode.SendReport,
      deadline: dueAt,
      appealUntil: null,
      canRequestChange: true,
    });
  });
});
