import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Appeal } from '../appeals/appeal.entity';
import { Decision } from '../decisions/decision.entity';
import { APPEAL_PERIOD_DAYS, appealDeadlineOnDelivery } from '../kernel/deadlines';
import { letterAppeal } from './letter-appeal';
import { LetterInput, LetterReport, LetterType } from './letter-model';
import { recordClaimNotification } from '../reports/repayment-claim-transitions';
import { Letter } from './letter.entity';
import { OutboxTopic } from '../outbox/outbox-message.entity';
import { APP_CONFIG, AppConfig, endOfOsloDayAfter } from '@app/platform';
import { DataSource, EntityManager } from 'typeorm';
import { RecipientReport, ReportStatus } from '../reports/recipient-report.entity';
import { RepaymentClaim } from '../reports/repayment-claim.entity';

/** What report letters hand the letters service to render: the input, and the application the letter belongs to. */
export interface SourcedLetter {
  input: LetterInput;
  applicationId: string;
}

/** The part every letter about an application prints (LettersService.applicationLetterInput). */
export type ApplicationLetterInput = (
  type: LetterType,
  applicationId: string,
  caseworkerId: string | null,
  now: Date,
) => Promise<LetterInput>;

/**
 * The letters report review produces: a report approval (subject: the report) and a repayment claim (subject: the
 * claim). A claim is an individual decision: its letter carries reasons and the right to appeal, and its delivery
 * is the notification from which the appeal period runs.
 */
@Injectable()
export class ReportLetters {
  readonly topics: OutboxTopic[] = [
    'letter.report_approval',
    'letter.repayment_claim',
    'letter.claim_revised',
  ];
  readonly types: LetterType[] = ['report_approval', 'repayment_claim', 'claim_revised'];

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async letterType(topic: OutboxTopic, subjectId: string): Promise<LetterType | null> {
    if (topic === 'letter.claim_revised') return 'claim_revised';
    if (topic === 'letter.report_approval') {
      const approved = await this.db
        .getRepository(RecipientReport)
        .existsBy({ id: subjectId, status: ReportStatus.Approved });
      return approved ? 'report_approval' : null;
    }
    return (await this.db.getRepository(RepaymentClaim).existsBy({ id: subjectId }))
      ? 'repayment_claim'
      : null;
  }

  /** `common` is LettersService.applicationLetterInput (passed in: the letters service asks this one). */
  async letterInput(type: LetterType, subjectId: string, now: Date, common: ApplicationLetterInput) {
    if (type === 'claim_revised') return this.revisionInput(subjectId, now, common);
    const claim =
      type === 'repayment_claim'
        ? await this.db.getRepository(RepaymentClaim).findOneByOrFail({ id: subjectId })
        : null;
    const reportId = claim ? claim.reportId : subjectId;
    const report = reportId
      ? await this.db.getRepository(RecipientReport).findOneByOrFail({ id: reportId })
      : null;
    const applicationId = report?.applicationId ?? claim!.applicationId;
    const base = await common(type, applicationId, claim?.claimedBy ?? report?.reviewedBy ?? null, now);
    // A claim after a changed decision states what was paid and what the new grant is.
    const changedBy =
      claim?.paidBeforeOre != null
        ? await this.db.getRepository(Decision).findOneByOrFail({ id: claim.decisionId })
        : null;
    const granted = claim ? await this.db.getRepository(Decision).findOneBy({ id: claim.decisionId }) : null;
    const input: LetterInput = {
      ...base,
      report: report ? letterReport(report) : undefined,
      claim: claim
        ? {
            amountOre: claim.amountOre,
            dueDate: claim.dueDate,
            reason: claim.reason,
            appealDeadline: endOfOsloDayAfter(now, APPEAL_PERIOD_DAYS),
            paymentAccount: this.config.payments.debtorAccount,
            grantDecidedAt: granted?.decidedAt ?? null,
            changedDecision: changedBy
              ? {
                  paidOre: claim.paidBeforeOre!,
                  grantOre: changedBy.amountOre,
                  decidedAt: changedBy.decidedAt,
                }
              : null,
          }
        : undefined,
    };
    return { input, applicationId };
  }

  /** Sfk's new decision on a claim after an appeal (subject: the appeal). */
  private async revisionInput(
    appealId: string,
    now: Date,
    common: ApplicationLetterInput,
  ): Promise<SourcedLetter> {
    const appeal = await this.db.getRepository(Appeal).findOneByOrFail({ id: appealId });
    const claim = await this.db.getRepository(RepaymentClaim).findOneByOrFail({ id: appeal.subjectId });
    const base = await common('claim_revised', claim.applicationId, appeal.caseworkerId, now);
    const input: LetterInput = {
      ...base,
      // The claim letter states its own appeal deadline; the appeal part carries none.
      appeal: { ...letterAppeal(appeal, null), statement: null, lateReason: null },
      claim: {
        amountOre: claim.amountOre,
        dueDate: claim.dueDate,
        reason: claim.reason,
        appealDeadline: endOfOsloDayAfter(now, APPEAL_PERIOD_DAYS),
        paymentAccount: this.config.payments.debtorAccount,
        revision: appeal.proposedTerms
          ? {
              previousAmountOre: claim.amountBeforeRevisionOre ?? claim.amountOre,
              repaidOre: claim.repaidOre,
              reasons: appeal.proposedTerms.reasons,
            }
          : null,
      },
    };
    return { input, applicationId: claim.applicationId };
  }

  async delivered(manager: EntityManager, letter: Letter, deliveredAt: Date): Promise<void> {
    if (letter.type !== 'repayment_claim') return;
    await recordClaimNotification(
      manager,
      letter.subjectId,
      deliveredAt,
      appealDeadlineOnDelivery(deliveredAt, letter.statedAppealDeadline),
      letter.id,
    );
  }
}

function letterReport(report: RecipientReport): LetterReport {
  return {
    submittedAt: report.submittedAt ?? report.updatedAt,
    grantOre: report.grantOre,
    spentOre: report.grantOre - report.unspentOre,
    unspentOre: report.unspentOre,
    reviewComment: report.reviewComment,
  };
}
