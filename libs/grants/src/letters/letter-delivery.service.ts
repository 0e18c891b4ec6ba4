import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, endOfOsloDayAfter, MailTransport } from '@app/platform';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { snapshot, updateReturning } from '../common/persistence';
import { applicationTransition, ApplicationStatus } from '../applications/application-status';
import { Application } from '../applications/application.entity';
import { DecisionOutcome } from '../decisions/decision-reasons';
import { Decision } from '../decisions/decision.entity';
import { WrittenLanguage } from '../organisations/organisation-form';
import { Organisation } from '../organisations/organisation.entity';
import { GrantRound } from '../rounds/grant-round.entity';
import { APPEAL_PERIOD_DAYS } from './letters.service';
import { LetterExtensions } from './letter-extensions';
import { Letter } from './letter.entity';
import { SFK_NAME, SFK_NAME_NN } from './letter-texts';

/** A claim older than this is taken to be a crashed sender, and the letter may be sent again. */
const CLAIM_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * E-mails a stored letter to the organisation and records the delivery. The claim column lets only one
 * worker send a letter; the Message-ID is derived from the letter, so a resend after a crash is recognisable.
 * Delivery of a decision letter is its notification: it fixes the appeal and acceptance deadlines.
 */
@Injectable()
export class LetterDeliveryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mail: MailTransport,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly extensions: LetterExtensions,
  ) {}

  /** Returns false when the letter was already delivered (or another worker is sending it). */
  async deliver(letterId: string): Promise<boolean> {
    const claimed = await updateReturning<{ id: string }>(
      this.db,
      `UPDATE letters SET sending_started_at = now()
        WHERE id = $1 AND delivered_at IS NULL
          AND (sending_started_at IS NULL OR sending_started_at < now() - $2 * interval '1 millisecond')
        RETURNING id`,
      [letterId, CLAIM_TIMEOUT_MS],
    );
    if (claimed.length === 0) return false;
    const letter = await this.db
      .getRepository(Letter)
      .createQueryBuilder('l')
      .addSelect('l.pdf')
      .where('l.id = :letterId', { letterId })
      .getOneOrFail();
    const application = await this.db
      .getRepository(Application)
      .findOneByOrFail({ id: letter.applicationId });
    const organisation = await this.db
      .getRepository(Organisation)
      .findOneByOrFail({ id: application.organisationId });
    const nn = organisation.preferredLanguage === WrittenLanguage.Nynorsk;
    // The agency's name in the organisation's written standard, as in the letter.
    const agency = nn ? SFK_NAME_NN : SFK_NAME;
    let messageId: string;
    try {
      messageId = await this.mail.send({
        to: organisation.email,
        subject: `${letter.title} – ${application.referenceNumber ?? ''}`.trim(),
        text: nn
          ? `Hei,\n\nvedlagt finn de brevet «${letter.title}» i sak ${application.referenceNumber}. Brevet er òg tilgjengeleg når de loggar inn.\n\nMed helsing\n${agency}`
          : `Hei,\n\nvedlagt er brevet «${letter.title}» i sak ${application.referenceNumber}. Brevet er også tilgjengelig når dere logger inn.\n\nMed hilsen\n${agency}`,
        ...(nn ? { senderName: agency } : {}),
        messageId: `<letter-${letter.id}@tilskudd.konfliktraadet.no>`,
        attachments: [
          {
            filename: `${application.referenceNumber ?? 'brev'}-${letter.type}.pdf`,
            content: letter.pdf,
            contentType: 'application/pdf',
          },
        ],
      });
    } catch (error) {
      await this.db.query(`UPDATE letters SET sending_started_at = NULL WHERE id = $1`, [letterId]);
      throw error;
    }
    const deliveredAt = this.clock.now();
    await this.db.transaction(async (manager) => {
      await manager.update(
        Letter,
        { id: letterId },
        { deliveredAt, deliveredTo: organisation.email, deliveryMessageId: messageId },
      );
      await this.audit.record(manager, {
        actor: null,
        action: 'letter.delivered',
        entityType: 'application',
        entityId: application.id,
        after: { letterId, type: letter.type, to: organisation.email, deliveredAt },
      });
      if (!letter.decisionId) {
        await this.extensions.forType(letter.type)?.delivered(manager, letter, deliveredAt);
        return;
      }
      const decision = await manager.findOne(Decision, {
        where: { id: letter.decisionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!decision || decision.notifiedAt) return;
      const round = await manager.findOneByOrFail(GrantRound, { id: decision.roundId });
      const grant =
        decision.outcome === DecisionOutcome.Granted || decision.outcome === DecisionOutcome.PartlyGranted;
      const before = snapshot(decision);
      decision.notifiedAt = deliveredAt;
      // Never earlier than the date the letter states.
      decision.appealDeadline = appealDeadlineOnDelivery(deliveredAt, letter.statedAppealDeadline);
      decision.acceptanceDeadline = grant
        ? later(endOfOsloDayAfter(deliveredAt, round.acceptancePeriodDays), letter.statedAcceptanceDeadline)
        : null;
      await manager.save(decision);
      const app = await manager.findOne(Application, {
        where: { id: decision.applicationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (app && app.status === ApplicationStatus.Decided) {
        app.status = applicationTransition(app.status, 'notify');
        await manager.save(app);
      }
      await this.audit.record(manager, {
        actor: null,
        action: 'decision.notified',
        entityType: 'decision',
        entityId: decision.id,
        before,
        after: snapshot(decision),
      });
    });
    return true;
  }
}

/**
 * Delivery is notification (forvaltningsloven § 27): the appeal period runs three weeks from it, to the end of that
 * day in Oslo, and never ends earlier than the date the letter states.
 */
export function appealDeadlineOnDelivery(deliveredAt: Date, stated: Date | null): Date {
  return later(endOfOsloDayAfter(deliveredAt, APPEAL_PERIOD_DAYS), stated);
}

function later(a: Date, b: Date | null): Date {
  return b && b > a ? b : a;
}
