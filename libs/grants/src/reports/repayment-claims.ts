import { Injectable } from '@nestjs/common';
import { AppealSubjectInfo } from '../kernel/appeal-subject';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../kernel/actor';
import { snapshot } from '../kernel/persistence';
import { addToOutbox } from '../outbox/outbox';
import { Clock, DomainError, endOfOsloDayAfter, formatKroner, osloDate } from '@app/platform';
import { EntityManager } from 'typeorm';
import { RepaymentClaim, RepaymentClaimOrigin, RepaymentClaimStatus } from './repayment-claim.entity';
import { moveRepaymentClaim } from './repayment-claim-transitions';

/** Days an organisation gets to repay what a lowered grant left overpaid. */
const OVERPAYMENT_DUE_DAYS = 30;

/** What an appeal against a claim needs to know about it. */
export type ClaimSubject = AppealSubjectInfo & { amountOre: number; repaidOre: number };

/** Repayment claims for appeals: a claim can be appealed, and a lowered grant claims back what was overpaid. */
@Injectable()
export class ClaimAppeals {
  constructor(
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async claimSubject(manager: EntityManager, claimId: string): Promise<ClaimSubject | null> {
    const claim = await manager.findOneBy(RepaymentClaim, { id: claimId });
    return claim
      ? {
          amountOre: claim.amountOre,
          repaidOre: claim.repaidOre,
          applicationId: claim.applicationId,
          decidedAt: claim.createdAt,
          notifiedAt: claim.notifiedAt,
          appealDeadline: claim.appealDeadline,
          preparedBy: claim.claimedBy,
        }
      : null;
  }

  async claimOverpayment(
    manager: EntityManager,
    actor: Actor,
    input: { applicationId: string; decisionId: string; paidOre: number; overpaidOre: number },
  ): Promise<void> {
    const decision = await manager.query<{ round_id: string }[]>(
      `SELECT round_id FROM decisions WHERE id = $1`,
      [input.decisionId],
    );
    const claim = await manager.save(
      manager.create(RepaymentClaim, {
        origin: RepaymentClaimOrigin.ChangedDecision,
        reportId: null,
        decisionId: input.decisionId,
        applicationId: input.applicationId,
        roundId: decision[0].round_id,
        amountOre: input.overpaidOre,
        paidBeforeOre: input.paidOre,
        reason:
          'Det nye vedtaket setter tilskuddet lavere enn det som allerede er utbetalt. ' +
          'Forskjellen skal betales tilbake, slik vilkårene i tilskuddsbrevet sier.',
        dueDate: osloDate(endOfOsloDayAfter(this.clock.now(), OVERPAYMENT_DUE_DAYS)),
        status: RepaymentClaimStatus.Open,
        claimedBy: actor.userId,
      }),
    );
    await addToOutbox(manager, 'letter.repayment_claim', { subjectId: claim.id }, claim.id);
    await this.audit.record(manager, {
      actor,
      action: 'repayment_claim.created',
      entityType: 'repayment_claim',
      entityId: claim.id,
      after: snapshot(claim),
    });
  }

  /**
   * The claim after Sfk's new decision on appeal: its new amount, settled when repayments already cover it and
   * cancelled at 0. The organisation gets a letter (a decision, with the right to appeal it).
   */
  async reviseClaim(
    manager: EntityManager,
    actor: Actor,
    input: { claimId: string; appealId: string; amountOre: number },
  ): Promise<void> {
    const claim = await manager.findOneOrFail(RepaymentClaim, {
      where: { id: input.claimId },
      lock: { mode: 'pessimistic_write' },
    });
    const record = {
      actor,
      action: 'repayment_claim.revised',
      note: { appealId: input.appealId },
      effects: [
        {
          topic: 'letter.claim_revised' as const,
          payload: { subjectId: input.appealId },
          subjectKey: input.appealId,
        },
      ],
    };
    await moveRepaymentClaim(manager, claim, 'revise', record, (row) => {
      if (input.amountOre < row.repaidOre || input.amountOre > row.amountOre) {
        throw DomainError.rule(
          'amountOre',
          'withinClaim',
          `Kravet kan settes mellom det som er betalt (${formatKroner(row.repaidOre)}) og ${formatKroner(row.amountOre)}.`,
        );
      }
      row.amountBeforeRevisionOre = row.amountOre;
      row.amountOre = input.amountOre;
    });
  }
}
