import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, Clock, DomainError, osloDate, Page, PageRequest } from '@app/platform';
import { DataSource, EntityManager, In } from 'typeorm';
import { Actor } from '../kernel/actor';
import { loadApplication } from '../applications/application-access';
import { ImpartialityService } from '../applications/impartiality.service';
import { isUuid, lockVersioned } from '../kernel/persistence';
import { Decision } from '../decisions/decision.entity';
import { Organisation } from '../organisations/organisation.entity';
import { GrantRound } from '../rounds/grant-round.entity';
import { DisbursementEvent, disbursementTransition } from './disbursement-status';
import { moveDisbursement, settlePaidApplications } from './disbursement-transitions';
import { movePaymentBatch } from './payment-batch-transitions';
import { formatNorwegianDate } from './exports/list-columns';
import { Disbursement, DisbursementStatus } from './disbursement.entity';
import { PaymentBatch, PaymentBatchItem } from './payment-batch.entity';
import { CasePart } from '../kernel/need-to-know';

export interface DisbursementFilter {
  status?: DisbursementStatus;
  roundId?: string;
  organisationId?: string;
  dueOnOrBefore?: string;
}

/**
 * Utbetalinger: planned when a grant is accepted, attested by finance under the controls of docs/domain.md §3,
 * exported in payment batches and marked paid from the bank statement.
 */
@Injectable()
export class DisbursementsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly impartiality: ImpartialityService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(filter: DisbursementFilter, page: PageRequest): Promise<Page<Disbursement>> {
    if (filter.roundId !== undefined && !isUuid(filter.roundId)) return { items: [], total: 0, ...page };
    if (filter.organisationId !== undefined && !isUuid(filter.organisationId))
      return { items: [], total: 0, ...page };
    const qb = this.db.getRepository(Disbursement).createQueryBuilder('d');
    if (filter.status) qb.andWhere('d.status = :status', { status: filter.status });
    if (filter.roundId) qb.andWhere('d.round_id = :roundId', { roundId: filter.roundId });
    if (filter.organisationId)
      qb.andWhere('d.organisation_id = :organisationId', { organisationId: filter.organisationId });
    if (filter.dueOnOrBefore) qb.andWhere('d.due_date <= :due', { due: filter.dueOnOrBefore });
    const [items, total] = await qb
      .orderBy('d.due_date', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .take(page.limit)
      .skip(page.offset)
      .getManyAndCount();
    return { items, total, ...page };
  }

  /** The organisation and staff see the payment plan of a grant. */
  async forApplication(actor: Actor, applicationId: string): Promise<Disbursement[]> {
    return this.db.transaction('REPEATABLE READ', async (manager) => {
      const application = await loadApplication(manager, actor, applicationId, CasePart.Payments);
      return manager.find(Disbursement, {
        where: { applicationId: application.id },
        order: { dueDate: 'ASC', instalmentNo: 'ASC' },
      });
    });
  }

  async get(id: string): Promise<Disbursement> {
    const disbursement = isUuid(id) ? await this.db.getRepository(Disbursement).findOneBy({ id }) : null;
    if (!disbursement) throw DomainError.notFound('Utbetalingen');
    return disbursement;
  }

  /**
   * Attestation (docs/domain.md §3): the payment matches the decision, the conditions are accepted, the account
   * is verified by someone else, the organisation is not bankrupt or in liquidation, the budget is
   * confirmed — checked by a finance user who neither approved the decision nor declared a conflict.
   */
  async attest(actor: Actor, id: string, version: number): Promise<Disbursement> {
    return this.db.transaction(async (manager) => {
      const disbursement = await this.lockFor(manager, id, version, 'attest');
      await this.impartiality.assertNotConflicted(manager, actor, disbursement.applicationId);
      const { decision, round, organisation } = await this.attestationChecks(manager, actor, disbursement);
      return moveDisbursement(
        manager,
        disbursement,
        'attest',
        // The controls, documented before anything is exported (docs/domain.md §3).
        {
          actor,
          action: 'disbursement.attested',
          note: { controls: attestationControls(decision, round, organisation) },
        },
        (row) => {
          row.attestedBy = actor.userId;
          row.attestedAt = this.clock.now();
          row.bankAccount = organisation.bankAccount;
          row.bankAccountVerifiedBy = organisation.bankAccountVerifiedBy;
        },
      );
    });
  }

  /** Disbursements above the configured threshold (NOK 1 000 000 by default): a second person (not the attestant, not the approver) checks them. */
  async extraControl(actor: Actor, id: string, version: number): Promise<Disbursement> {
    return this.db.transaction(async (manager) => {
      const disbursement = await this.lockFor(manager, id, version, 'extraControl');
      if (!disbursement.requiresExtraControl) {
        throw DomainError.rule(
          'amountOre',
          'extraControl',
          `Bare utbetalinger over ${this.config.payments.extraControlAboveOre / 100} kroner skal ha ekstra kontroll.`,
        );
      }
      if (disbursement.extraControlBy) {
        throw DomainError.invalidState(
          'Utbetalingen har allerede fått ekstra kontroll.',
          disbursement.status,
        );
      }
      if (actor.userId === disbursement.attestedBy || actor.userId === disbursement.decisionApprovedBy) {
        throw DomainError.forbidden(
          'Den ekstra kontrollen må gjøres av en annen person enn den som attesterte utbetalingen eller godkjente vedtaket.',
        );
      }
      await this.impartiality.assertNotConflicted(manager, actor, disbursement.applicationId);
      return moveDisbursement(
        manager,
        disbursement,
        'extraControl',
        { actor, action: 'disbursement.extra_control' },
        (row) => {
          row.extraControlBy = actor.userId;
          row.extraControlAt = this.clock.now();
        },
      );
    });
  }

  /** One disbursement of a batch paid (from the bank statement); the batch is paid when all of it is. */
  async markPaid(actor: Actor, id: string, version: number, paidOn: string): Promise<Disbursement> {
    if (!isUuid(id)) throw DomainError.notFound('Utbetalingen');
    return this.db.transaction(async (manager) => {
      // The batch before the disbursement, the order in which the batch's own paths (paid, cancelled) lock them.
      const item = await manager.findOneBy(PaymentBatchItem, { disbursementId: id, live: true });
      const batch = item
        ? await manager.findOne(PaymentBatch, {
            where: { id: item.batchId },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      const disbursement = await this.lockFor(manager, id, version, 'pay');
      if (!batch)
        throw DomainError.invalidState('Utbetalingen er ikke på en utbetalingsliste.', disbursement.status);
      checkPaidOn(paidOn, batch, this.clock.now());
      await moveDisbursement(manager, disbursement, 'pay', { actor, action: 'disbursement.paid' }, (row) => {
        row.paidOn = paidOn;
        row.paidRecordedBy = actor.userId;
      });
      const [{ open }] = await manager.query<{ open: number }[]>(
        `SELECT count(*)::int AS open FROM payment_batch_items i JOIN disbursements d ON d.id = i.disbursement_id
          WHERE i.batch_id = $1 AND i.live AND d.status <> 'paid'`,
        [batch.id],
      );
      if (open === 0) {
        // Paid with its last disbursement: the audit records the new status alone, as it always has.
        await movePaymentBatch(manager, batch, 'pay', {
          actor,
          action: 'payment_batch.paid',
          describe: (row, moment) => (moment === 'before' ? null : { status: row.status }),
        });
      }
      await settlePaidApplications(manager, actor, [disbursement.applicationId]);
      return disbursement;
    });
  }

  /**
   * The checks of an attestation, in order, each refusing with its own problem: the approver does not attest, the
   * conditions are accepted and the decision stands, the instalments add up to the decision, no budget reservation,
   * the organisation is payable and its account was verified by someone else. Returns what the audit documents.
   */
  private async attestationChecks(
    manager: EntityManager,
    actor: Actor,
    disbursement: Disbursement,
  ): Promise<{ decision: Decision; round: GrantRound; organisation: Organisation }> {
    const decision = await manager.findOneByOrFail(Decision, { id: disbursement.decisionId });
    if (decision.approvedBy === actor.userId) {
      throw DomainError.forbidden(
        'Du godkjente vedtaket og kan ikke også attestere utbetalingen. Attestasjonen må gjøres av en annen person.',
      );
    }
    if (!decision.acceptedAt || decision.lapsedAt || decision.supersededBy) {
      throw DomainError.invalidState(
        'Vilkårene for tilskuddet er ikke akseptert (eller vedtaket gjelder ikke lenger), så utbetalingen kan ikke attesteres.',
        disbursement.status,
      );
    }
    const planned = await manager.sum(Disbursement, 'amountOre', {
      decisionId: decision.id,
      status: In([
        DisbursementStatus.Planned,
        DisbursementStatus.Attested,
        DisbursementStatus.Exported,
        DisbursementStatus.Paid,
      ]),
    });
    if (Number(planned) !== decision.amountOre) {
      throw DomainError.rule(
        'amountOre',
        'matchesDecision',
        'Utbetalingene for tilskuddet stemmer ikke med beløpet i vedtaket.',
      );
    }
    const round = await manager.findOneByOrFail(GrantRound, { id: disbursement.roundId });
    if (round.budgetReservation) {
      throw DomainError.invalidState(
        'Utlysningen er fortsatt gitt med forbehold om Stortingets budsjettvedtak; ingenting kan utbetales før forbeholdet er opphevet.',
        disbursement.status,
      );
    }
    // Shared lock: the account cannot change or be verified while it is being attested against.
    const organisation = await manager.findOneOrFail(Organisation, {
      where: { id: disbursement.organisationId },
      lock: { mode: 'pessimistic_read' },
    });
    assertPayable(organisation);
    if (organisation.bankAccountVerifiedBy === actor.userId) {
      throw DomainError.forbidden(
        'Du kontrollerte organisasjonens kontonummer og kan derfor ikke attestere utbetalinger til den.',
      );
    }
    return { decision, round, organisation };
  }

  /** Locks the disbursement, checks the client's version and that the event is allowed in its status. */
  private async lockFor(
    manager: EntityManager,
    id: string,
    version: number,
    event: DisbursementEvent,
  ): Promise<Disbursement> {
    if (!isUuid(id)) throw DomainError.notFound('Utbetalingen');
    const disbursement = await lockVersioned(manager, Disbursement, id, version, 'Utbetalingen');
    disbursementTransition(disbursement.status, event);
    return disbursement;
  }
}

/** What an attestation documents in its audit event: the controls it passed (docs/domain.md §3). */
function attestationControls(
  decision: Decision,
  round: GrantRound,
  organisation: Organisation,
): Record<string, unknown> {
  return {
    decisionApprovedBy: decision.approvedBy,
    decisionAmountOre: decision.amountOre,
    conditionsAcceptedAt: decision.acceptedAt,
    conditionsAcceptedBy: decision.acceptedBy,
    bankAccount: organisation.bankAccount,
    bankAccountVerifiedBy: organisation.bankAccountVerifiedBy,
    bankAccountVerifiedAt: organisation.bankAccountVerifiedAt,
    organisationBankrupt: organisation.bankrupt,
    organisationUnderLiquidation: organisation.underLiquidation,
    budgetReservation: round.budgetReservation,
  };
}

/** Bank account verified, not bankrupt, not in liquidation: otherwise nothing is paid to the organisation. */
export function assertPayable(organisation: Organisation): void {
  if (!organisation.bankAccountVerifiedAt) {
    throw DomainError.rule(
      'bankAccount',
      'verified',
      'Organisasjonens kontonummer er nytt eller endret og ikke kontrollert av Sfk. Utbetalingen venter til kontonummeret er kontrollert.',
    );
  }
  if (organisation.bankrupt || organisation.underLiquidation) {
    throw DomainError.rule(
      'organisation',
      organisation.bankrupt ? 'bankrupt' : 'underLiquidation',
      `Organisasjonen er registrert ${organisation.bankrupt ? 'konkurs' : 'under avvikling'} i Enhetsregisteret; det kan ikke utbetales tilskudd til den.`,
    );
  }
}

/**
 * The payment date: not in the future, and not before the batch's requested execution date — the bank does not
 * pay before it (and the execution date is never before a disbursement's due date, see PaymentBatchesService).
 */
export function checkPaidOn(paidOn: string, batch: PaymentBatch, now: Date): void {
  if (paidOn > osloDate(now)) {
    throw DomainError.rule('paidOn', 'notInFuture', 'Utbetalingsdatoen kan ikke være fram i tid.');
  }
  if (paidOn < batch.executionDate) {
    throw DomainError.rule(
      'paidOn',
      'notBeforeExecutionDate',
      `Utbetalingsdatoen kan ikke være før betalingsdatoen banken fikk i utbetalingslisten (${formatNorwegianDate(batch.executionDate)}).`,
    );
  }
}

export {
  paidToApplication,
  planDisbursements,
  revokeAttestationsForAccountChange,
  settlePaidApplications,
} from './disbursement-transitions';
