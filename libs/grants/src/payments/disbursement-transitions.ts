import { EntityManager } from 'typeorm';
import { Actor } from '../kernel/actor';
import { applicationTransition, ApplicationStatus } from '../applications/application-status';
import { Application } from '../applications/application.entity';
import { recordAudit } from '../audit/audit.service';
import { snapshot } from '../kernel/persistence';
import { Decision } from '../decisions/decision.entity';
import { GrantRound } from '../rounds/grant-round.entity';
import { GrantScheme } from '../schemes/grant-scheme.entity';
import { osloDate } from '@app/platform';
import { disbursementTransition } from './disbursement-status';
import { Disbursement, DisbursementStatus } from './disbursement.entity';
import { planInstalments } from '../kernel/payment-plan';

/**
 * What other stages do to disbursements, each in the caller's transaction: plan them when a grant is accepted, sum
 * what was paid, revoke attestations when the bank account changes, settle applications that are paid in full.
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
    const before = snapshot(disbursement);
    Object.assign(disbursement, {
      status: disbursementTransition(disbursement.status, 'revokeAttestation'),
      attestedBy: null,
      attestedAt: null,
      bankAccount: null,
      bankAccountVerifiedBy: null,
      extraControlBy: null,
      extraControlAt: null,
    });
    await manager.save(disbursement);
    await recordAudit(manager, {
      actor,
      action: 'disbursement.attestation_revoked',
      entityType: 'disbursement',
      entityId: disbursement.id,
      before,
      after: { ...snapshot(disbursement), reason: 'bank_account_changed' },
    });
  }
  return revoked.length;
}

/** Applications whose every disbursement is paid move to `paid`. */
export async function settlePaidApplications(
  manager: EntityManager,
  actor: Actor | null,
  applicationIds: string[],
): Promise<void> {
  if (applicationIds.length === 0) return;
  const settled = await manager.query<{ id: string }[]>(
    `SELECT a.id FROM applications a
      WHERE a.id = ANY($1) AND a.status = $2
        AND NOT EXISTS (SELECT 1 FROM disbursements d WHERE d.application_id = a.id AND d.status NOT IN ('paid','cancelled'))
        AND EXISTS (SELECT 1 FROM disbursements d WHERE d.application_id = a.id AND d.status = 'paid')
      ORDER BY a.id
      FOR UPDATE OF a`,
    [applicationIds, ApplicationStatus.Accepted],
  );
  for (const { id } of settled) {
    await manager.update(
      Application,
      { id },
      { status: applicationTransition(ApplicationStatus.Accepted, 'pay') },
    );
    await recordAudit(manager, {
      actor,
      action: 'application.paid',
      entityType: 'application',
      entityId: id,
      before: { status: ApplicationStatus.Accepted },
      after: { status: ApplicationStatus.Paid },
    });
  }
}
