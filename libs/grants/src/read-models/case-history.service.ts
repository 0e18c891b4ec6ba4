import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { inWrittenStandard, WrittenStandard } from '@app/platform';
import { DataSource } from 'typeorm';
import { Actor } from '../kernel/actor';
import { Appeal, AppealStatus } from '../appeals/appeal.entity';
import { ChangeRequest, ChangeRequestStatus } from '../changes/change-request.entity';
import { Decision } from '../decisions/decision.entity';
import { Letter } from '../letters/letter.entity';
import { loadApplication } from '../applications/application-access';
import { User } from '../identity/user.entity';
import { Disbursement, DisbursementStatus } from '../payments/disbursement.entity';
import { RecipientReport, ReportStatus } from '../reports/recipient-report.entity';
import { RepaymentClaim, RepaymentClaimStatus } from '../reports/repayment-claim.entity';
import { CASE_EVENT_NB as T } from './case-event-texts';

export type CaseEventKind =
  | 'application'
  | 'decision'
  | 'letter'
  | 'appeal'
  | 'change_request'
  | 'payment'
  | 'report'
  | 'repayment_claim';

export interface CaseEvent {
  at: Date;
  kind: CaseEventKind;
  /** The decision, letter, appeal, change request, disbursement, report or claim (the application for its own). */
  entityId: string;
  /** Machine name, e.g. "decision.notified". */
  event: string;
  /** What happened, in the written standard asked for (bokmål or nynorsk). */
  text: string;
}

type Add = (at: Date | null, kind: CaseEventKind, entityId: string, event: string, text: string) => void;

/**
 * The case history of an application in order: submission (and the applicant's declaration), decisions (and what became of them), letters, appeals,
 * change requests, payments made, the report and any claim to repay — read from the records themselves, so it shows
 * what the organisation may see and no audit payloads. For the organisation and for staff without a conflict in
 * the case. The texts are written in bokmål (case-event-texts.ts) and answered in the written standard asked for.
 */
@Injectable()
export class CaseHistoryService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async forApplication(
    actor: Actor,
    applicationId: string,
    standard: WrittenStandard = 'nb',
  ): Promise<CaseEvent[]> {
    const manager = this.db.manager;
    // loadApplication keeps staff with a conflict out; members read their case as the party.
    const application = await loadApplication(manager, actor, applicationId);
    const where = { where: { applicationId } };
    const [declarer, decisions, letters, appeals, changes, disbursements, reports, claims] =
      await Promise.all([
        application.declaredBy
          ? manager.findOne(User, { where: { id: application.declaredBy }, select: { id: true, name: true } })
          : null,
        manager.find(Decision, where),
        manager.find(Letter, where),
        manager.find(Appeal, where),
        manager.find(ChangeRequest, where),
        manager.find(Disbursement, { where: { applicationId, status: DisbursementStatus.Paid } }),
        manager.find(RecipientReport, where),
        manager.find(RepaymentClaim, where),
      ]);
    const events: CaseEvent[] = [];
    const add: Add = (at, kind, entityId, event, text) => {
      if (at) events.push({ at, kind, entityId, event, text: inWrittenStandard(text, standard) });
    };
    add(application.submittedAt, 'application', application.id, 'application.submitted', T.submitted);
    // The declaration is given with the submission (the same moment): listed after it.
    if (declarer) {
      add(
        application.declaredAt,
        'application',
        application.id,
        'application.declared',
        T.declared(declarer.name),
      );
    }
    for (const d of decisions) {
      add(d.decidedAt, 'decision', d.id, 'decision.made', T.decided(d.outcome, d.amountOre));
      add(d.notifiedAt, 'decision', d.id, 'decision.notified', T.notified);
      add(d.acceptedAt, 'decision', d.id, 'decision.accepted', T.accepted);
      add(d.lapsedAt, 'decision', d.id, 'decision.lapsed', T.lapsed);
    }
    for (const l of letters) {
      add(l.createdAt, 'letter', l.id, 'letter.written', T.letterWritten(l.title));
      add(l.deliveredAt, 'letter', l.id, 'letter.delivered', T.letterSent(l.title));
    }
    appeals.forEach((a) => addAppeal(add, a));
    for (const c of changes) {
      add(c.requestedAt, 'change_request', c.id, 'change_request.submitted', T.changeRequested(c.kind));
      if (c.status === ChangeRequestStatus.Approved) {
        add(c.handledAt, 'change_request', c.id, 'change_request.approved', T.changeApproved);
      } else if (c.status === ChangeRequestStatus.Rejected) {
        add(c.handledAt, 'change_request', c.id, 'change_request.rejected', T.changeRejected);
      }
    }
    // A paid disbursement changes no more: its last update is when the payment was recorded.
    for (const p of disbursements) {
      add(
        p.updatedAt,
        'payment',
        p.id,
        'payment.paid',
        T.paid(p.amountOre, p.instalmentNo, p.instalmentCount, p.paidOn!),
      );
    }
    reports.forEach((r) => addReport(add, r));
    claims.forEach((c) => addClaim(add, c));
    return events.sort((x, y) => x.at.getTime() - y.at.getTime());
  }
}

function addAppeal(add: Add, a: Appeal): void {
  add(a.lodgedAt, 'appeal', a.id, 'appeal.lodged', T.appealLodged(a.late));
  if (a.status === AppealStatus.NotConsidered) {
    add(a.updatedAt, 'appeal', a.id, 'appeal.not_considered', T.appealNotConsidered);
  }
  add(a.forwardedAt, 'appeal', a.id, 'appeal.forwarded', T.appealForwarded);
  if (a.appealBodyOutcome && a.appealBodyDecidedOn) {
    add(
      a.appealBodyRegisteredAt,
      'appeal',
      a.id,
      'appeal.body_outcome',
      T.appealBodyOutcome(a.appealBodyOutcome, a.appealBodyDecidedOn),
    );
  }
}

/** The last submission, and the review when it is the report's present state (a returned report resubmitted is under review again). */
function addReport(add: Add, r: RecipientReport): void {
  add(r.submittedAt, 'report', r.id, 'report.submitted', T.reportSubmitted);
  if (r.status === ReportStatus.Returned)
    add(r.reviewedAt, 'report', r.id, 'report.returned', T.reportReturned);
  if (r.status === ReportStatus.Approved)
    add(r.reviewedAt, 'report', r.id, 'report.approved', T.reportApproved);
}

/** The claim when made, and when it was settled or dropped (its last update: it changes no more after). */
function addClaim(add: Add, c: RepaymentClaim): void {
  // The amount owed now; a claim dropped by a new decision (amount 0) shows what was first claimed.
  const amount = c.amountOre > 0 ? c.amountOre : (c.amountBeforeRevisionOre ?? c.amountOre);
  add(c.createdAt, 'repayment_claim', c.id, 'repayment_claim.made', T.claimMade(amount));
  if (c.status === RepaymentClaimStatus.Settled) {
    add(c.updatedAt, 'repayment_claim', c.id, 'repayment_claim.settled', T.claimSettled);
  } else if (c.status === RepaymentClaimStatus.Cancelled) {
    add(c.updatedAt, 'repayment_claim', c.id, 'repayment_claim.cancelled', T.claimCancelled);
  }
}
