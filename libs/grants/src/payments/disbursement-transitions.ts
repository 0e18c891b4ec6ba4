import { EntityManager } from 'typeorm';
import { Actor } from '../kernel/actor';
import { ApplicationStatus } from '../applications/application-status';
import { moveApplication } from '../applications/application-transitions';
import { Application } from '../applications/application.entity';
import { applyTransition, TransitionRecord } from '../outbox/transition';
import { Decision } from '../decisions/decision.entity';
import { GrantRound } from '../rounds/grant-round.entity';
import { GrantScheme } from '../schemes/grant-scheme.entity';
import { osloDate } from '@app/platform';
import { DisbursementEvent, disbursementStatusesFor, disbursementTransition } from './disbursement-status';
import { Disbursement, DisbursementStatus } from './disbursement.entity';
import { planInstalments } from '../kernel/payment-plan';

/**
 * The disbursement's owner (`moveDisbursement`, and `moveDisbursements` for many rows) and what other stages do to
 * disbursements through it, each in the caller's transaction: plan them when a grant is accepted, sum what was paid,
 * revoke attestations when the bank account changes, settle applications that are paid in full.
 */

/**
 * When a grant is accepted: its instalments from the scheme's plan, adding up to the granted amount less what the
 * application was already paid under a decision this one replaced (a top-up). Runs in the accepting transaction.
 * An instalment above `extraControlAboveOre` (configuration) is marked for an extra control.
 */
export async function planDisbursements(
  manager: EntityManager,
  decision: Decision,
  application: Application,
  acceptedAt: Date,
  extraControlAboveOre: number,
): Promise<Disbursement[]> {
  if (!decision.approvedBy) throw new Error('a grant without an approver cannot be paid');
  const round = await manager.findOneByOrFail(GrantRound, { id: application.roundId });
  const scheme = await manager.findOneByOrFail(GrantScheme, { id: round.schemeId });
  // After a new decision on appeal: what the application was already paid counts towards the new grant.
  const toPay = decision.amountOre - (await paidToApplication(manager, application.id));
  if (toPay <= 0) return [];
  const instalments = planInstalments(toPay, scheme.paymentPlan, round.year, osloDate(acceptedAt));
  const rows = instalments.map((instalment) =>
    manager.create(Disbursement, {
      decisionId: decision.id,
      applicationId: application.id,
      organisationId: application.organisationId,
      roundId: round.id,
      instalmentNo: instalment.instalmentNo,
      instalmentCount: instalment.instalmentCount,
      amountOre: instalment.amountOre,
      dueDate: instalment.dueDate,
      status: DisbursementStatus.Planned,
      decisionApprovedBy: decision.approvedBy!,
      requiresExtraControl: instalment.amountOre > extraControlAboveOre,
    }),
  );
  return manager.save(rows);
}

/** What the application has been paid so far, under any of its decisions. */
export async function paidToApplication(manager: EntityManager, applicationId: string): Promise<number> {
  const [{ paid }] = await manager.query<{ paid: string }[]>(
    `SELECT COALESCE(SUM(amount_ore), 0) AS paid FROM disbursements WHERE application_id = $1 AND status = 'paid'`,
    [applicationId],
  );
  return Number(paid);
}

/**
 * The owner of a disbursement's status (issue 16, «one owner per state»): every step of one disbursement — attest,
 * extra control, pay, revoke the attestation — goes through here on a row the caller has locked; the state machine in
 * `disbursement-status.ts` refuses an illegal step (409) before anything is written. `change` sets the step's columns.
 */
export function moveDisbursement(
  manager: EntityManager,
  disbursement: Disbursement,
  event: DisbursementEvent,
  record: Omit<TransitionRecord<Disbursement>, 'entityType'>,
  change: (disbursement: Disbursement) => void | Promise<void> = () => undefined,
): Promise<Disbursement> {
  return applyTransition(manager, disbursement, { ...record, entityType: 'disbursement' }, async (row) => {
    row.status = disbursementTransition(row.status, event);
    await change(row);
  });
}

/** A disbursement a bulk step moves: locked in the caller's transaction, with the status it was locked in. */
export interface LockedDisbursement {
  id: string;
  status: DisbursementStatus;
  applicationId: string;
}

/**
 * Locks, in id order (the order every path takes disbursement locks in), the disbursements of a batch's live items
 * or of an application that `event` can move now: the rows for `moveDisbursements`.
 */
export function lockDisbursementsFor(
  manager: EntityManager,
  of: { batchId: string } | { applicationId: string },
  event: DisbursementEvent,
): Promise<LockedDisbursement[]> {
  const where =
    'batchId' in of
      ? 'd.id IN (SELECT i.disbursement_id FROM payment_batch_items i WHERE i.batch_id = $1 AND i.live)'
      : 'd.application_id = $1';
  return manager.query<LockedDisbursement[]>(
    `SELECT d.id, d.status, d.application_id AS "applicationId" FROM disbursements d
      WHERE ${where} AND d.status = ANY($2::text[])
      ORDER BY d.id
      FOR UPDATE OF d`,
    ['batchId' in of ? of.batchId : of.applicationId, disbursementStatusesFor(event)],
  );
}

/**
 * The set-based form of `moveDisbursement`, for the many rows of a payment batch (100 000 instalments) or of a grant
 * a new decision replaces: every row, locked by the caller, through the state machine first — one refused refuses
 * the step and nothing is written — then one UPDATE per target status (version and updated_at as a save sets them).
 * No audit row per disbursement: the step's own audit event (the batch's, the new decision's) names them.
 */
export async function moveDisbursements(
  manager: EntityManager,
  rows: Pick<LockedDisbursement, 'id' | 'status'>[],
  event: DisbursementEvent,
  columns: Partial<Pick<Disbursement, 'paidOn' | 'paidRecordedBy'>> = {},
): Promise<void> {
  const byTarget = new Map<DisbursementStatus, string[]>();
  for (const row of rows) {
    const target = disbursementTransition(row.status, event);
    const ids = byTarget.get(target);
    if (ids) ids.push(row.id);
    else byTarget.set(target, [row.id]);
  }
  for (const [status, ids] of byTarget) {
    const result = await manager
      .createQueryBuilder()
      .update(Disbursement)
      .set({ status, ...columns })
      .where('id = ANY(:ids::uuid[])', { ids })
      .execute();
    if (result.affected !== ids.length) throw new Error('the locked disbursements changed under their lock');
  }
}

/**
 * A changed bank account voids the attestations made against the old one: those disbursements go back to
 * planned and must be attested again once the new account is verified. Exported ones already went to the
 * bank; finance cancels their batch if they must not be paid.
 */
export async function revokeAttestationsForAccountChange(
  manager: EntityManager,
  actor: Actor | null,
  organisationId: string,
): Promise<number> {
  const revoked = await manager.find(Disbursement, {
    where: { organisationId, status: DisbursementStatus.Attested },
    order: { id: 'ASC' },
    lock: { mode: 'pessimistic_write' },
  });
  for (const disbursement of revoked) {
    await moveDisbursement(
      manager,
      disbursement,
      'revokeAttestation',
      { actor, action: 'disbursement.attestation_revoked', note: { reason: 'bank_account_changed' } },
      (row) => {
        Object.assign(row, {
          attestedBy: null,
          attestedAt: null,
          bankAccount: null,
          bankAccountVerifiedBy: null,
          extraControlBy: null,
          extraControlAt: null,
        });
      },
    );
  }
  return revoked.length;
}

/** Applications whose every disbursement is paid move to `paid` (through their stage's owner). */
export async function settlePaidApplications(
  manager: EntityManager,
  actor: Actor | null,
  applicationIds: string[],
): Promise<void> {
  if (applicationIds.length === 0) return;
  const settled = await manager
    .createQueryBuilder(Application, 'a')
    .where('a.id = ANY(:ids::uuid[])', { ids: applicationIds })
    .andWhere('a.status = :accepted', { accepted: ApplicationStatus.Accepted })
    .andWhere(
      `NOT EXISTS (SELECT 1 FROM disbursements d WHERE d.application_id = a.id AND d.status NOT IN ('paid','cancelled'))`,
    )
    .andWhere(`EXISTS (SELECT 1 FROM disbursements d WHERE d.application_id = a.id AND d.status = 'paid')`)
    .orderBy('a.id')
    .setLock('pessimistic_write')
    .getMany();
  for (const application of settled) {
    // The audit records the status alone, as it always has.
    await moveApplication(manager, application, 'pay', {
      actor,
      action: 'application.paid',
      describe: (row) => ({ status: row.status }),
    });
  }
}
