import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ImpartialityService } from '../applications/impartiality.service';
import { Actor } from '../kernel/actor';
import { lockVersioned, snapshot } from '../kernel/persistence';
import { TransitionEffect } from '../outbox/transition';
import { Clock, DomainError, FieldError, osloDate } from '@app/platform';
import { DataSource, EntityManager } from 'typeorm';
import { RecipientReport } from './recipient-report.entity';
import { RepaymentClaim, RepaymentClaimStatus } from './repayment-claim.entity';
import { moveReport, reportTransition } from './report-transitions';
import { loadReportView, ReportView } from './report-view';

export interface ClaimInput {
  /** Default: the unspent amount the report shows. */
  amountOre?: number;
  reason: string;
  /** YYYY-MM-DD */
  dueDate: string;
}

export type ReviewOutcome = 'approve' | 'return' | 'claim';

/**
 * A caseworker with no conflict in the case reviews a submitted report: approves it, returns it with comments for
 * the organisation to revise, or claims part of the grant back (a repayment claim, itself a decision).
 */
@Injectable()
export class ReportReviewService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly impartiality: ImpartialityService,
    private readonly clock: Clock,
  ) {}

  async review(
    actor: Actor,
    applicationId: string,
    version: number,
    outcome: ReviewOutcome,
    comment: string | null,
    claim: ClaimInput | null = null,
  ): Promise<ReportView> {
    if (outcome === 'return' && !comment?.trim()) {
      throw DomainError.rule(
        'comment',
        'required',
        'Skriv hva organisasjonen må rette før rapporten sendes tilbake.',
      );
    }
    if (outcome === 'claim' && !claim) {
      throw DomainError.rule('claim', 'required', 'Oppgi grunnen til kravet og betalingsfristen.');
    }
    return this.db.transaction(async (manager) => {
      const view = await loadReportView(manager, actor, applicationId);
      await this.impartiality.assertImpartial(manager, actor, applicationId);
      if (!view.report) throw DomainError.invalidState('Rapporten er ikke sendt inn.', 'due');
      const report = await lockVersioned(manager, RecipientReport, view.report.id, version, 'Rapporten');
      const status = reportTransition(report.status, outcome);
      const created = outcome === 'claim' ? await this.createClaim(manager, actor, report, claim!) : null;
      const record = {
        actor,
        action: `report.${status}`,
        note: created ? { claim: snapshot(created) } : undefined,
        effects: reviewLetters(outcome, report, created),
      };
      await moveReport(manager, report, outcome, record, (row) => {
        row.reviewedAt = this.clock.now();
        row.reviewedBy = actor.userId;
        row.reviewComment = comment?.trim() || null;
      });
      return { ...view, report, claim: created ?? view.claim };
    });
  }

  /** A repayment claim: by default the unspent part of the grant, never more than the grant, due in the future. */
  private async createClaim(
    manager: EntityManager,
    actor: Actor,
    report: RecipientReport,
    input: ClaimInput,
  ): Promise<RepaymentClaim> {
    const amountOre = input.amountOre ?? report.unspentOre;
    const errors = claimErrors(amountOre, report.grantOre, input, osloDate(this.clock.now()));
    if (errors.length > 0) throw DomainError.rules(errors);
    return manager.save(
      manager.create(RepaymentClaim, {
        reportId: report.id,
        decisionId: report.decisionId,
        applicationId: report.applicationId,
        roundId: report.roundId,
        amountOre,
        reason: input.reason.trim(),
        dueDate: input.dueDate,
        status: RepaymentClaimStatus.Open,
        claimedBy: actor.userId,
      }),
    );
  }
}

/** The letter of a review: the approval, or the claim (a decision, with the right to appeal); none for a return. */
function reviewLetters(
  outcome: ReviewOutcome,
  report: RecipientReport,
  claim: RepaymentClaim | null,
): TransitionEffect[] {
  const letter = (topic: TransitionEffect['topic'], id: string) => ({
    topic,
    payload: { subjectId: id },
    subjectKey: id,
  });
  if (claim) return [letter('letter.repayment_claim', claim.id)];
  return outcome === 'approve' ? [letter('letter.report_approval', report.id)] : [];
}

/** What is wrong with a claim at review: nothing to claim, more than the grant, no reason, a due date passed. */
function claimErrors(amountOre: number, grantOre: number, input: ClaimInput, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (amountOre <= 0) {
    errors.push({
      field: 'claim.amountOre',
      rule: 'positive',
      message: 'Rapporten viser ikke ubrukte midler; oppgi beløpet som skal kreves tilbake.',
    });
  } else if (amountOre > grantOre) {
    errors.push({
      field: 'claim.amountOre',
      rule: 'withinGrant',
      message: 'Kravet kan ikke være større enn tilskuddet.',
    });
  }
  if (!input.reason.trim()) {
    errors.push({ field: 'claim.reason', rule: 'required', message: 'Begrunn kravet om tilbakebetaling.' });
  }
  if (input.dueDate <= today) {
    errors.push({
      field: 'claim.dueDate',
      rule: 'inFuture',
      message: 'Betalingsfristen må være fram i tid.',
    });
  }
  return errors;
}
