import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, DomainError, endOfOsloDayAfter } from '@app/platform';
import { createHash } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { Actor } from '../kernel/actor';
import { loadApplication } from '../applications/application-access';
import { Appeal } from '../appeals/appeal.entity';
import { ChangeRequest } from '../changes/change-request.entity';
import { Application } from '../applications/application.entity';
import { declarationText } from '../applications/declaration';
import { DecisionOutcome } from '../kernel/decision-reasons';
import { Decision } from '../decisions/decision.entity';
import { User } from '../identity/user.entity';
import { WrittenLanguage } from '../kernel/organisation-form';
import { Organisation } from '../organisations/organisation.entity';
import { OutboxTopic } from '../outbox/outbox-message.entity';
import { GrantRound } from '../rounds/grant-round.entity';
import { GrantScheme } from '../schemes/grant-scheme.entity';
import { buildLetterContent } from './letter-content';
import { LETTER_TEMPLATE_VERSION, LetterInput, LetterType } from './letter-model';
import { ReportLetters } from './report-letters';
import { letterAppeal } from './letter-appeal';
import { letterFileName } from './letter-file-name';
import { Letter } from './letter.entity';
import { renderLetterPdf } from './render-letter';
import { describePaymentPlan } from '../kernel/payment-plan';
import { CasePart } from '../kernel/need-to-know';
import { APPEAL_PERIOD_DAYS } from '../kernel/deadlines';

const LETTER_TYPE_FOR_OUTCOME: Record<DecisionOutcome, LetterType> = {
  granted: 'grant',
  partly_granted: 'partial_grant',
  rejected: 'rejection',
  dismissed: 'dismissal',
};

/**
 * Renders the letter an outbox row asks for and stores it once per (subject, type, template version).
 * Deadlines in a decision letter are counted from the letter's date; the delivery sets the binding
 * ones (never earlier than what the letter says).
 */
@Injectable()
export class LettersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly reportLetters: ReportLetters,
  ) {}

  /** Returns the stored letter (new or existing), or null when there is nothing (more) to write. */
  async renderForTopic(topic: OutboxTopic, subjectId: string): Promise<Letter | null> {
    const source = this.reportLetters.topics.includes(topic) ? this.reportLetters : undefined;
    const type = source ? await source.letterType(topic, subjectId) : await this.letterType(topic, subjectId);
    if (!type) return null;
    const existing = await this.db
      .getRepository(Letter)
      .findOneBy({ subjectId, type, templateVersion: LETTER_TEMPLATE_VERSION });
    if (existing) return existing;
    const now = this.clock.now();
    const sourced = source
      ? {
          ...(await source.letterInput(type, subjectId, now, (...args) =>
            this.applicationLetterInput(...args),
          )),
          decisionId: null,
        }
      : await this.letterInput(type, subjectId, now);
    const { input } = sourced;
    const pdf = await renderLetterPdf(input);
    await this.db
      .createQueryBuilder()
      .insert()
      .into(Letter)
      .values({
        subjectId,
        applicationId: sourced.applicationId,
        decisionId: sourced.decisionId,
        type,
        language: input.language,
        templateVersion: LETTER_TEMPLATE_VERSION,
        title: buildLetterContent(input).title,
        pdf,
        sha256: createHash('sha256').update(pdf).digest('hex'),
        sizeBytes: pdf.length,
        statedAppealDeadline:
          input.decision?.appealDeadline ??
          input.claim?.appealDeadline ??
          input.appeal?.appealDeadline ??
          null,
        statedAcceptanceDeadline: input.decision?.acceptanceDeadline ?? null,
      })
      .orIgnore()
      .execute();
    return this.db
      .getRepository(Letter)
      .findOneByOrFail({ subjectId, type, templateVersion: LETTER_TEMPLATE_VERSION });
  }

  /**
   * What every letter about an application prints: recipient, scheme, round, the application and the caseworker.
   * Report letters (report-letters.ts) add their own part (a report, a claim) to it.
   */
  async applicationLetterInput(
    type: LetterType,
    applicationId: string,
    caseworkerId: string | null,
    now: Date,
  ): Promise<LetterInput> {
    const { letter } = await this.baseInput(type, applicationId, caseworkerId, now);
    return letter;
  }

  /** The letters of an application for its organisation's members and for staff. */
  async forApplication(actor: Actor, applicationId: string): Promise<Letter[]> {
    await loadApplication(this.db.manager, actor, applicationId, CasePart.Decisions);
    return this.db.getRepository(Letter).find({ where: { applicationId }, order: { createdAt: 'ASC' } });
  }

  /** The archived PDF and the file name it goes by (the case reference and the letter type, as in the e-mail). */
  async pdf(actor: Actor, letterId: string): Promise<{ letter: Letter; fileName: string }> {
    const letter = /^[0-9a-f-]{36}$/i.test(letterId)
      ? await this.db
          .getRepository(Letter)
          .createQueryBuilder('l')
          .addSelect('l.pdf')
          .where('l.id = :letterId', { letterId })
          .getOne()
      : null;
    if (!letter) throw DomainError.notFound('Brevet');
    const application = await loadApplication(
      this.db.manager,
      actor,
      letter.applicationId,
      CasePart.Decisions,
    );
    return { letter, fileName: letterFileName(application.referenceNumber, letter.type) };
  }

  private async letterType(topic: OutboxTopic, subjectId: string): Promise<LetterType | null> {
    switch (topic) {
      case 'letter.receipt':
        return 'receipt';
      case 'letter.interim_reply': {
        // Not needed any more once a decision exists.
        const decided = await this.db.getRepository(Decision).exists({ where: { applicationId: subjectId } });
        return decided ? null : 'interim_reply';
      }
      case 'letter.decision': {
        const decision = await this.db
          .getRepository(Decision)
          .findOneBy({ id: subjectId, supersededBy: IsNull() });
        return decision ? LETTER_TYPE_FOR_OUTCOME[decision.outcome] : null;
      }
      case 'letter.appeal_forwarded':
        return 'appeal_forwarded';
      case 'letter.appeal_not_considered':
        return 'appeal_not_considered';
      case 'letter.change_approved':
        return 'change_approved';
      case 'letter.change_rejected':
        return 'change_rejected';
      case 'letter.budget_reservation_lifted': {
        // Only a grant still in force is told; a replaced decision has had its own letter since.
        const decision = await this.db
          .getRepository(Decision)
          .findOneBy({ id: subjectId, supersededBy: IsNull() });
        const grant =
          decision?.outcome === DecisionOutcome.Granted ||
          decision?.outcome === DecisionOutcome.PartlyGranted;
        return grant && !decision?.lapsedAt ? 'budget_reservation_lifted' : null;
      }
      case 'letter.report_approval':
      case 'letter.repayment_claim':
      case 'letter.claim_revised':
        // Written by report-letters.ts (renderForTopic asks it first).
        throw new Error(`${topic} is written by report-letters.ts`);
      case 'mail.letter':
      case 'mail.reminder':
      case 'mail.login_throttled':
      case 'mail.account':
        // E-mails of letters and reminders that exist, notices to an account's owner, account e-mails: no letters.
        return null;
    }
  }

  private async baseInput(type: LetterType, applicationId: string, caseworkerId: string | null, now: Date) {
    const application = await this.db.getRepository(Application).findOneByOrFail({ id: applicationId });
    // Only the receipt states the applicant's declaration.
    const declaredBy = type === 'receipt' ? application.declaredBy : null;
    const [organisation, round, caseworker, declarer] = await Promise.all([
      this.db.getRepository(Organisation).findOneByOrFail({ id: application.organisationId }),
      this.db
        .getRepository(GrantRound)
        .findOneOrFail({ where: { id: application.roundId }, relations: { scheme: true } }),
      caseworkerId ? this.db.getRepository(User).findOneBy({ id: caseworkerId }) : null,
      declaredBy ? this.db.getRepository(User).findOneByOrFail({ id: declaredBy }) : null,
    ]);
    const scheme = round.scheme!;
    const letter: LetterInput = {
      type,
      language: organisation.preferredLanguage,
      letterDate: now,
      caseReference: application.referenceNumber ?? application.id,
      caseworkerName: caseworker?.name ?? null,
      caseworkerEmail: caseworker?.email ?? null,
      recipient: recipientOf(organisation),
      scheme: schemePart(scheme),
      round: {
        year: round.year,
        budgetReservation: round.budgetReservation,
        reportDeadline: round.reportDeadline,
      },
      application: {
        title: application.title ?? '',
        submittedAt: application.submittedAt ?? now,
        requestedAmountOre: application.requestedAmountOre ?? 0,
        declaration:
          declarer && application.declaredAt && application.declarationVersion
            ? {
                name: declarer.name,
                declaredAt: application.declaredAt,
                text: declarationText(application.declarationVersion, organisation.preferredLanguage),
              }
            : null,
      },
    };
    return { letter, application, organisation, round, scheme };
  }

  /** Receipts, interim replies and decisions on applications: the letters this library writes itself. */
  private async letterInput(
    type: LetterType,
    subjectId: string,
    now: Date,
  ): Promise<{ input: LetterInput; applicationId: string; decisionId: string | null }> {
    if (type === 'appeal_forwarded' || type === 'appeal_not_considered') {
      return this.appealLetterInput(type, subjectId, now);
    }
    if (type === 'change_approved' || type === 'change_rejected') {
      return this.changeLetterInput(type, subjectId, now);
    }
    if (type === 'budget_reservation_lifted') return this.reservationLiftedInput(subjectId, now);
    const decision =
      type === 'receipt' || type === 'interim_reply'
        ? null
        : await this.db.getRepository(Decision).findOneByOrFail({ id: subjectId });
    const applicationId = decision?.applicationId ?? subjectId;
    const {
      letter: base,
      application,
      organisation,
      round,
      scheme,
    } = await this.baseInput(type, applicationId, decision?.preparedBy ?? null, now);
    // A decision after an appeal says which decision it replaces.
    const replaced = decision
      ? await this.db.getRepository(Decision).findOneBy({ supersededBy: decision.id })
      : null;
    const grant =
      decision &&
      (decision.outcome === DecisionOutcome.Granted || decision.outcome === DecisionOutcome.PartlyGranted);
    const approver = decision?.approvedBy
      ? await this.db.getRepository(User).findOneBy({ id: decision.approvedBy })
      : null;
    const letter: LetterInput = {
      ...base,
      decisionMakerName: approver?.name ?? null,
      expectedDecisionBy: type === 'interim_reply' ? endOfOsloDayAfter(now, 42) : null,
      decision: decision
        ? {
            amountOre: decision.amountOre,
            grantPeriod:
              grant && application.periodStart && application.periodEnd
                ? { start: application.periodStart, end: application.periodEnd }
                : null,
            purpose: grant ? application.title : null,
            conditions: decision.conditions,
            reasons: decision.reasons,
            acceptanceDeadline: grant ? endOfOsloDayAfter(now, round.acceptancePeriodDays) : null,
            appealDeadline: endOfOsloDayAfter(now, APPEAL_PERIOD_DAYS),
            paymentPlan: grant
              ? describePaymentPlan(
                  scheme.paymentPlan,
                  round.year,
                  organisation.preferredLanguage === WrittenLanguage.Nynorsk ? 'nn' : 'nb',
                )
              : null,
            auditorStatementRequired: decision.amountOre >= scheme.auditorThresholdOre,
            replacesDecisionOf: replaced?.decidedAt ?? null,
          }
        : undefined,
    };
    return { input: letter, applicationId, decisionId: decision?.id ?? null };
  }

  /**
   * The message that the reservation a grant was made under is lifted. Not a decision and not its notification:
   * the letter row has no decision id, so its delivery never touches the decision's deadlines.
   */
  private async reservationLiftedInput(decisionId: string, now: Date) {
    const decision = await this.db.getRepository(Decision).findOneByOrFail({ id: decisionId });
    const { letter: base } = await this.baseInput(
      'budget_reservation_lifted',
      decision.applicationId,
      decision.preparedBy,
      now,
    );
    const input: LetterInput = {
      ...base,
      reservationLifted: { decidedAt: decision.decidedAt, amountOre: decision.amountOre },
    };
    return { input, applicationId: decision.applicationId, decisionId: null };
  }

  /** The forwarding letter and the refusal to consider a late appeal. */
  private async appealLetterInput(type: LetterType, appealId: string, now: Date) {
    const appeal = await this.db.getRepository(Appeal).findOneByOrFail({ id: appealId });
    const { letter: base } = await this.baseInput(type, appeal.applicationId, appeal.caseworkerId, now);
    const input: LetterInput = {
      ...base,
      appeal: letterAppeal(
        appeal,
        type === 'appeal_not_considered' ? endOfOsloDayAfter(now, APPEAL_PERIOD_DAYS) : null,
      ),
    };
    return { input, applicationId: appeal.applicationId, decisionId: null };
  }

  /** The answer to a change request. */
  private async changeLetterInput(type: LetterType, changeId: string, now: Date) {
    const change = await this.db.getRepository(ChangeRequest).findOneByOrFail({ id: changeId });
    const { letter: base } = await this.baseInput(type, change.applicationId, change.handledBy, now);
    const input: LetterInput = {
      ...base,
      change: {
        requestedAt: change.requestedAt,
        kind: change.kind,
        reason: change.reason,
        periodEnd: change.proposedPeriodEnd,
        budgetLines: change.proposedBudgetLines,
        content: change.proposedContent,
        comment: change.comment,
        reasons: change.reasons,
        appealDeadline: type === 'change_rejected' ? endOfOsloDayAfter(now, APPEAL_PERIOD_DAYS) : null,
      },
    };
    return { input, applicationId: change.applicationId, decisionId: null };
  }
}

/** What an appeal letter says about the appeal; `appealDeadline` when the letter is itself a decision. */

/** The letter's addressee: the organisation and its postal address. */
function recipientOf(organisation: Organisation): LetterInput['recipient'] {
  return {
    name: organisation.name,
    organisationNumber: organisation.organisationNumber,
    streetAddress: organisation.streetAddress,
    postalCode: organisation.postalCode,
    postalTown: organisation.postalTown,
  };
}

/** What a letter says of the scheme: its names, legal basis, appeal body, auditor threshold and purpose. */
function schemePart(scheme: GrantScheme): LetterInput['scheme'] {
  return {
    name: scheme.name,
    nameNn: scheme.nameNn,
    legalBasisTitle: scheme.legalBasisTitle,
    legalBasisSections: scheme.legalBasisSections,
    appealBody: scheme.appealBody,
    auditorThresholdOre: scheme.auditorThresholdOre,
    purpose: scheme.purpose,
  };
}
