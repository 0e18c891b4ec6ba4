import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, DomainError, isWithinDeadline } from '@app/platform';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../kernel/actor';
import { moveApplication } from './application-transitions';
import { GrantRound } from '../rounds/grant-round.entity';
import { RoundStatus } from '../rounds/round-status';
import { lockApplicationForWrite } from './application-access';
import { deadlineMessage, submissionErrors } from './application-rules';
import { applicationTransition } from './application-status';
import { Application } from './application.entity';
import { ApplicationAttachment } from './attachment.entity';
import { APPLICATION_DECLARATION, DECLARATION_MISSING } from './declaration';

@Injectable()
export class ApplicationSubmissionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Submits a complete draft before the deadline (the server clock decides, Europe/Oslo). In one
   * transaction: the next reference number of the round, frozen content, the audit event and the
   * outbox row that asks for the receipt letter.
   *
   * `declaration` is the applicant's declaration that the information is correct (declaration.ts): `true` records
   * who declared, when and which wording, in the same save (and so in the audit event's `after`); `false` is refused
   * with the other missing items (422 `declaration`); left out, the application is submitted without one (API
   * clients may leave it out; the web always sends it).
   */
  async submit(actor: Actor, id: string, version: number, declaration?: boolean): Promise<Application> {
    const now = this.clock.now();
    return this.db.transaction(async (manager) => {
      const application = await lockApplicationForWrite(manager, actor, id, version);
      // A step the status does not allow is refused (409) before the round and the content are checked.
      applicationTransition(application.status, 'submit');
      const round = await roundOpenAt(manager, application.roundId, now);
      const errors = await missingItems(manager, application, round, declaration);
      if (errors.length) throw DomainError.rules(errors);

      await moveApplication(
        manager,
        application,
        'submit',
        {
          actor,
          action: 'application.submitted',
          // The row's `after` has who declared, when and the wording's version; the audit keeps the wording too.
          ...(declaration ? { note: { declarationText: APPLICATION_DECLARATION.text } } : {}),
          effects: [{ topic: 'letter.receipt', payload: { applicationId: id }, subjectKey: id }],
        },
        async (row) => {
          const sequence = await nextReferenceNumber(manager, round.id);
          row.sequenceNumber = sequence;
          row.referenceNumber = `${round.scheme!.code}-${round.year}-${String(sequence).padStart(4, '0')}`;
          row.submittedAt = now;
          row.submittedBy = actor.userId;
          if (declaration) {
            row.declaredAt = now;
            row.declaredBy = actor.userId;
            row.declarationVersion = APPLICATION_DECLARATION.version;
          }
        },
      );
      return application;
    });
  }

  /** Withdraws an application before a decision, with a reason. */
  async withdraw(actor: Actor, id: string, version: number, reason: string): Promise<Application> {
    return this.db.transaction(async (manager) => {
      const application = await lockApplicationForWrite(manager, actor, id, version);
      await moveApplication(
        manager,
        application,
        'withdraw',
        { actor, action: 'application.withdrawn' },
        (row) => {
          row.withdrawnAt = this.clock.now();
          row.withdrawnBy = actor.userId;
          row.withdrawalReason = reason.trim();
        },
      );
      return application;
    });
  }
}

/**
 * The round's next number. The upsert takes the counter row's lock until commit, so concurrent
 * submissions in a round queue here and each gets the next number; a rollback returns its number.
 */
async function nextReferenceNumber(manager: EntityManager, roundId: string): Promise<number> {
  const rows = await manager.query<{ last_number: number }[]>(
    `INSERT INTO reference_counters (round_id, last_number) VALUES ($1, 1)
     ON CONFLICT (round_id) DO UPDATE SET last_number = reference_counters.last_number + 1
     RETURNING last_number`,
    [roundId],
  );
  return rows[0].last_number;
}

/** The round an application is submitted to, with its scheme; refused unless it is open and `now` is in time. */
async function roundOpenAt(manager: EntityManager, roundId: string, now: Date): Promise<GrantRound> {
  const round = await manager.findOneOrFail(GrantRound, {
    where: { id: roundId },
    relations: { scheme: true },
  });
  if (round.status !== RoundStatus.Published) {
    throw DomainError.rule('roundId', 'openRound', 'Utlysningen er ikke åpen for innsending.');
  }
  if (!isWithinDeadline(now, round.applicationDeadline)) {
    throw DomainError.rule('submittedAt', 'deadline', deadlineMessage(round.applicationDeadline));
  }
  return round;
}

/** What still stops the submission: the scheme's required content and attachments, and a declaration refused. */
async function missingItems(
  manager: EntityManager,
  application: Application,
  round: GrantRound,
  declaration: boolean | undefined,
) {
  const kinds = await manager.find(ApplicationAttachment, {
    where: { applicationId: application.id },
    select: { kind: true },
  });
  const errors = submissionErrors(
    application,
    round.scheme!,
    kinds.map((k) => k.kind),
  );
  if (declaration === false) {
    errors.push({ field: 'declaration', rule: 'required', message: DECLARATION_MISSING });
  }
  return errors;
}
