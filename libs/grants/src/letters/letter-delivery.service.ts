import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, faultPoint, MailTransport, type OutgoingMail } from '@app/platform';
import { DataSource, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Application } from '../applications/application.entity';
import { recordDecisionNotification } from '../decisions/decision-transitions';
import { WrittenLanguage } from '../kernel/organisation-form';
import { Organisation } from '../organisations/organisation.entity';
import { Complete } from '../outbox/outbox-work.service';
import { ReportLetters } from './report-letters';
import { letterFileName } from './letter-file-name';
import { Letter } from './letter.entity';
import { LetterType } from './letter-model';
import { SFK_NAME, SFK_NAME_NN } from './letter-texts';

/**
 * E-mails a stored letter to the organisation and records the delivery. It runs as an outbox side effect
 * (`mail.letter`) under the lease of OutboxWorkService, which lets one worker at a time send a letter and re-drives
 * it after any crash or temporary failure. The Message-ID is derived from the letter, so the one resend that can
 * happen (a crash after the SMTP server accepted the message, before the delivery was recorded) is recognisable.
 * Delivery of a decision letter is its notification: it fixes the appeal and acceptance deadlines, in the same
 * transaction that records the delivery and completes the outbox row.
 */
@Injectable()
export class LetterDeliveryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mail: MailTransport,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly reportLetters: ReportLetters,
  ) {}

  /** Sends the letter unless it was delivered already, then records the delivery through `complete`. */
  async deliver(letterId: string, complete: Complete): Promise<void> {
    const letter = await this.db
      .getRepository(Letter)
      .createQueryBuilder('l')
      .addSelect('l.pdf')
      .where('l.id = :letterId', { letterId })
      .getOneOrFail();
    if (letter.deliveredAt) {
      await complete();
      return;
    }
    const application = await this.db
      .getRepository(Application)
      .findOneByOrFail({ id: letter.applicationId });
    const organisation = await this.db
      .getRepository(Organisation)
      .findOneByOrFail({ id: application.organisationId });
    faultPoint('send.before');
    const messageId = await this.mail.send(letterMail(letter, application, organisation));
    faultPoint('send.after');
    const deliveredAt = this.clock.now();
    await complete(async (manager) => {
      const recorded = await manager.update(
        Letter,
        { id: letterId, deliveredAt: IsNull() },
        { deliveredAt, deliveredTo: organisation.email, deliveryMessageId: messageId },
      );
      if (recorded.affected === 0) return;
      await this.audit.record(manager, {
        actor: null,
        action: 'letter.delivered',
        entityType: 'application',
        entityId: application.id,
        after: { letterId, type: letter.type, to: organisation.email, deliveredAt },
      });
      if (!letter.decisionId) {
        if (this.reportLetters.types.includes(letter.type as LetterType))
          await this.reportLetters.delivered(manager, letter, deliveredAt);
        return;
      }
      // Delivery of a decision letter is its notification; the decisions stage records it.
      await recordDecisionNotification(manager, letter.decisionId, deliveredAt, {
        appealDeadline: letter.statedAppealDeadline,
        acceptanceDeadline: letter.statedAcceptanceDeadline,
      });
    });
  }
}

/**
 * The e-mail that carries a letter, in the organisation's written standard, with the PDF attached; the agency's name
 * as in the letter.
 */
function letterMail(letter: Letter, application: Application, organisation: Organisation): OutgoingMail {
  const nn = organisation.preferredLanguage === WrittenLanguage.Nynorsk;
  const agency = nn ? SFK_NAME_NN : SFK_NAME;
  return {
    to: organisation.email,
    subject: `${letter.title} – ${application.referenceNumber ?? ''}`.trim(),
    text: nn
      ? `Hei,\n\nvedlagt finn de brevet «${letter.title}» i sak ${application.referenceNumber}. Brevet er òg tilgjengeleg når de loggar inn.\n\nMed helsing\n${agency}`
      : `Hei,\n\nvedlagt er brevet «${letter.title}» i sak ${application.referenceNumber}. Brevet er også tilgjengelig når dere logger inn.\n\nMed hilsen\n${agency}`,
    ...(nn ? { senderName: agency } : {}),
    messageId: letterMessageId(letter.id),
    attachments: [
      {
        filename: letterFileName(application.referenceNumber, letter.type),
        content: letter.pdf,
        contentType: 'application/pdf',
      },
    ],
  };
}

/** The Message-ID of a letter's e-mail: the same for every attempt, so a resend is recognisable as such. */
export function letterMessageId(letterId: string): string {
  return `<letter-${letterId}@tilskudd.konfliktraadet.no>`;
}
