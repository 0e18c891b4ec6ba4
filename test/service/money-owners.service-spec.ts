/**
 * The owners of the money's states (issue 16, «one owner per state»): `moveDisbursement` and its set-based form
 * `moveDisbursements`, `movePaymentBatch`, and the application's steps the awards and payments take through
 * `moveApplication` (acceptance, decline, a new decision, settling a paid grant). Every step the
 * disbursement's state machine does not allow is refused with the 409 the API gives, naming the status, before
 * anything is written; each owner writes its audit event with the before and after the trail has always had.
 */
import {
  AcceptanceService,
  ApplicationStatus,
  Disbursement,
  DisbursementsService,
  DisbursementStatus,
  OrganisationsService,
  PaymentBatch,
  PaymentBatchesService,
  PaymentBatchStatus,
  UsersService,
} from '@app/grants';
import { DecisionOutcome } from '@app/grants/kernel/decision-reasons';
import { DecisionReplacementService } from '@app/grants/awards/decision-replacement.service';
import { DisbursementEvent } from '@app/grants/payments/disbursement-status';
import {
  lockDisbursementsFor,
  moveDisbursement,
  moveDisbursements,
} from '@app/grants/payments/disbursement-transitions';
import { movePaymentBatch } from '@app/grants/payments/payment-batch-transitions';
import { osloDate } from '@app/platform';
import { randomBankAccount } from '../support/factories';
import { Case, REASONS } from './support/fixtures';
import { invalidState } from './support/refusals';
import { useServiceContext } from './support/service-context';

const EVENTS: DisbursementEvent[] = [
  'attest',
  'extraControl',
  'export',
  'unexport',
  'pay',
  'revokeAttestation',
  'cancel',
];

/** The state machine of docs/domain.md §7: what each status allows. */
const ALLOWED: Record<DisbursementStatus, DisbursementEvent[]> = {
  [DisbursementStatus.Planned]: ['attest', 'cancel'],
  [DisbursementStatus.Attested]: ['extraControl', 'export', 'revokeAttestation', 'cancel'],
  [DisbursementStatus.Exported]: ['unexport', 'pay'],
  [DisbursementStatus.Paid]: [],
  [DisbursementStatus.Cancelled]: [],
};

interface AuditRow {
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

describe('the owners of the money (service)', () => {
  const ctx = useServiceContext();
  const disbursements = () => ctx.get(DisbursementsService);
  const batches = () => ctx.get(PaymentBatchesService);
  const today = () => osloDate(ctx.clock.now());

  async function only(c: Case): Promise<Disbursement> {
    const [d] = await ctx.fx.disbursements(c.applicationId);
    return d;
  }

  async function auditRows(entityId: string): Promise<AuditRow[]> {
    return ctx.db.query('SELECT action, before, after FROM audit_events WHERE entity_id = $1 ORDER BY id', [
      entityId,
    ]);
  }

  function build(c: Case) {
    return batches().build(c.staff.finance, { roundId: c.round.id, dueOnOrBefore: today() });
  }

  /** A new decision in force replaces the case's, which cancels its open disbursements. */
  function replace(c: Case, amountOre: number) {
    return ctx.db.transaction(async (manager) =>
      ctx.get(DecisionReplacementService).replace(manager, c.staff.approver, {
        oldDecisionId: c.decisionId!,
        terms: {
          outcome: DecisionOutcome.PartlyGranted,
          amountOre,
          reasons: REASONS,
          conditions: ['Rapport.'],
        },
        preparedBy: c.staff.caseworker.userId,
        cause: { test: 'owners' },
      }),
    );
  }

  /** One disbursement in each status, reached through the services. */
  async function oneInEachStatus(): Promise<Record<DisbursementStatus, Disbursement>> {
    const planned = await only(await ctx.fx.accepted());
    const attested = await only(await ctx.fx.attested());
    const exportedCase = await ctx.fx.attested();
    await build(exportedCase);
    const exported = await only(exportedCase);
    const paidCase = await ctx.fx.attested();
    await build(paidCase);
    const toPay = await only(paidCase);
    await disbursements().markPaid(paidCase.staff.finance, toPay.id, toPay.version, today());
    const cancelledCase = await ctx.fx.accepted();
    await replace(cancelledCase, 30_000_000);
    return {
      [DisbursementStatus.Planned]: planned,
      [DisbursementStatus.Attested]: attested,
      [DisbursementStatus.Exported]: exported,
      [DisbursementStatus.Paid]: await only(paidCase),
      [DisbursementStatus.Cancelled]: await only(cancelledCase),
    };
  }

  describe('the state machine, in the owner', () => {
    it('refuses every step the status does not allow (409 naming it), one row or many, writing nothing', async () => {
      const rows = await oneInEachStatus();
      for (const [status, row] of Object.entries(rows) as [DisbursementStatus, Disbursement][]) {
        expect(row.status).toBe(status);
        for (const event of EVENTS.filter((e) => !ALLOWED[status].includes(e))) {
          await invalidState(
            ctx.db.transaction((manager) =>
              moveDisbursement(manager, row, event, { actor: null, action: 'disbursement.test' }),
            ),
            status,
          );
          await invalidState(
            ctx.db.transaction((manager) => moveDisbursements(manager, [row], event)),
            status,
          );
        }
        const [now] = await ctx.db.query('SELECT status, version FROM disbursements WHERE id = $1', [row.id]);
        expect(now).toEqual({ status, version: row.version });
        expect((await ctx.fx.audit(row.id)).map((e) => e.action)).not.toContain('disbursement.test');
      }
      // Five cases, one per status, each through its letters and payments.
    }, 180_000);

    it('moves many rows only if it may move every one: one refused refuses them all before any is written', async () => {
      const attested = await only(await ctx.fx.attested());
      const planned = await only(await ctx.fx.accepted());
      const seen = await ctx.db.transaction(async (manager) => {
        const step = moveDisbursements(manager, [attested, planned], 'export');
        await invalidState(step, DisbursementStatus.Planned);
        return manager.query('SELECT status, version FROM disbursements WHERE id = $1', [attested.id]);
      });
      expect(seen).toEqual([{ status: DisbursementStatus.Attested, version: attested.version }]);
    });

    it('locks, in id order, only the rows the step can move: the live exported items of a batch', async () => {
      const c = await ctx.fx.attested({
        scheme: {
          paymentPlan: [
            { percent: 50, due: 'acceptance' },
            { percent: 50, due: 'acceptance' },
          ],
        },
      });
      const { batch } = await build(c);
      const [first, second] = await ctx.fx.disbursements(c.applicationId);
      await disbursements().markPaid(c.staff.finance, first.id, first.version, today());
      const locked = await ctx.db.transaction((manager) =>
        lockDisbursementsFor(manager, { batchId: batch.id }, 'pay'),
      );
      expect(locked).toEqual([
        { id: second.id, status: DisbursementStatus.Exported, applicationId: c.applicationId },
      ]);
    });

    it('refuses a batch step once the batch is no longer with the bank (409 naming «cancelled»)', async () => {
      const c = await ctx.fx.attested();
      const { batch } = await build(c);
      await batches().cancel(c.staff.finance, batch.id, batch.version, 'Feil fil.');
      const cancelled = await ctx.db.getRepository(PaymentBatch).findOneByOrFail({ id: batch.id });
      for (const event of ['pay', 'cancel'] as const) {
        await invalidState(
          ctx.db.transaction((manager) =>
            movePaymentBatch(manager, cancelled, event, { actor: null, action: 'payment_batch.test' }),
          ),
          PaymentBatchStatus.Cancelled,
        );
      }
      expect((await auditRows(batch.id)).map((e) => e.action)).toEqual([
        'payment_batch.exported',
        'payment_batch.cancelled',
      ]);
    });
  });

  describe('the audit trail the owners write', () => {
    it('a batch paid whole: the batch before and after with the day and count; every disbursement paid and versioned; the application paid through its owner', async () => {
      const c = await ctx.fx.attested();
      const { batch } = await build(c);
      const exported = await only(c);
      await batches().markPaid(c.staff.finance, batch.id, batch.version, today());
      const [, paid] = await auditRows(batch.id);
      expect(paid.action).toBe('payment_batch.paid');
      expect(paid.before).toMatchObject({ status: 'exported', version: batch.version });
      expect(paid.after).toMatchObject({
        status: 'paid',
        version: batch.version + 1,
        paidOn: today(),
        disbursementsPaid: 1,
      });
      expect(await only(c)).toMatchObject({
        status: DisbursementStatus.Paid,
        paidOn: today(),
        paidRecordedBy: c.staff.finance.userId,
        version: exported.version + 1,
      });
      const settled = (await auditRows(c.applicationId)).filter((e) => e.action === 'application.paid');
      expect(settled).toEqual([
        {
          action: 'application.paid',
          before: { status: ApplicationStatus.Accepted },
          after: { status: ApplicationStatus.Paid },
        },
      ]);
    });

    it('a batch paid with its last disbursement: the new status alone; each disbursement before and after', async () => {
      const c = await ctx.fx.attested();
      const { batch } = await build(c);
      const d = await only(c);
      await disbursements().markPaid(c.staff.finance, d.id, d.version, today());
      const [, paid] = await auditRows(batch.id);
      expect(paid).toEqual({ action: 'payment_batch.paid', before: null, after: { status: 'paid' } });
      // Attested, then paid: the build audits the batch, not each disbursement it exports.
      const [, payment] = await auditRows(d.id);
      expect(payment.action).toBe('disbursement.paid');
      expect(payment.before).toMatchObject({ status: 'exported', paidOn: null });
      expect(payment.after).toMatchObject({ status: 'paid', paidOn: today() });
      expect(await ctx.fx.version(PaymentBatch, batch.id)).toBe(batch.version + 1);
    });

    it('a batch cancelled: its disbursements back to attested (versioned), the batch before and after', async () => {
      const c = await ctx.fx.attested();
      const { batch } = await build(c);
      const exported = await only(c);
      await batches().cancel(c.staff.finance, batch.id, batch.version, 'Feil fil.');
      expect(await only(c)).toMatchObject({
        status: DisbursementStatus.Attested,
        version: exported.version + 1,
      });
      const [, cancelled] = await auditRows(batch.id);
      expect(cancelled.before).toMatchObject({ status: 'exported', cancelReason: null });
      expect(cancelled.after).toMatchObject({ status: 'cancelled', cancelReason: 'Feil fil.' });
    });

    it('a new bank account: the attestations revoked first, each with its reason, then the organisation', async () => {
      const c = await ctx.fx.attested();
      const d = await only(c);
      const [{ version }] = await ctx.db.query('SELECT version FROM organisations WHERE id = $1', [
        c.organisationId,
      ]);
      await ctx
        .get(OrganisationsService)
        .update(c.member, c.organisationId, version, { bankAccount: randomBankAccount() });
      const trail: { entity_id: string; action: string; after: Record<string, unknown> }[] =
        await ctx.db.query(
          `SELECT entity_id, action, after FROM audit_events WHERE entity_id = ANY($1) ORDER BY id`,
          [[d.id, c.organisationId]],
        );
      expect(trail.slice(-2).map((e) => e.action)).toEqual([
        'disbursement.attestation_revoked',
        'organisation.updated_bank_account_pending',
      ]);
      expect(trail[trail.length - 2].after).toMatchObject({
        status: 'planned',
        bankAccount: null,
        reason: 'bank_account_changed',
      });
      expect(trail[trail.length - 1].after).toMatchObject({ bankAccountVerifiedAt: null });
    });

    it('a replaced grant: its open disbursements cancelled (versioned) and named in the new decision’s event', async () => {
      const c = await ctx.fx.accepted();
      const planned = await only(c);
      const decision = await replace(c, 30_000_000);
      expect(await only(c)).toMatchObject({
        status: DisbursementStatus.Cancelled,
        version: planned.version + 1,
      });
      const approved = (await auditRows(c.applicationId))
        .filter((e) => e.action === 'decision.approved')
        .pop()!;
      expect(approved.before).toMatchObject({ status: ApplicationStatus.Accepted });
      expect(approved.after).toMatchObject({
        status: ApplicationStatus.Decided,
        replaces: c.decisionId,
        test: 'owners',
        cancelledDisbursements: [planned.id],
        paidOre: 0,
        decision: { id: decision.id, amountOre: 30_000_000 },
      });
      expect(await ctx.fx.outbox(decision.id)).toEqual(['letter.decision']);
    });

    it('an acceptance: the application and the decision before and after, and the instalments planned', async () => {
      const c = await ctx.fx.accepted();
      const d = await only(c);
      const [accepted] = (await auditRows(c.applicationId)).filter((e) => e.action === 'decision.accepted');
      expect(accepted.before).toEqual({
        application: expect.objectContaining({ status: ApplicationStatus.Notified }),
        decision: expect.objectContaining({ id: c.decisionId, acceptedAt: null }),
      });
      expect(accepted.after).toEqual({
        application: expect.objectContaining({ status: ApplicationStatus.Accepted }),
        decision: expect.objectContaining({ id: c.decisionId, acceptedBy: c.member.userId }),
        disbursements: [{ id: d.id, amountOre: d.amountOre, dueDate: d.dueDate }],
      });
    });

    it('a decline: the grant lapsed, the application and the decision before and after', async () => {
      const c = await ctx.fx.notified();
      await ctx
        .get(AcceptanceService)
        .decline(c.member, c.applicationId, await ctx.fx.applicationVersion(c.applicationId), 'Avlyst.');
      const [lapsed] = (await auditRows(c.applicationId)).filter((e) => e.action === 'decision.lapsed');
      expect(lapsed.before).toEqual({
        application: expect.objectContaining({ status: ApplicationStatus.Notified }),
        decision: expect.objectContaining({ lapsedAt: null }),
      });
      expect(lapsed.after).toEqual({
        application: expect.objectContaining({ status: ApplicationStatus.Lapsed }),
        decision: expect.objectContaining({ lapseReason: 'Takket nei: Avlyst.' }),
      });
    });

    it("keeps a user's password hash out of both sides of the audit", async () => {
      const admin = await ctx.fx.admin();
      const user = await ctx.fx.user();
      const users = ctx.get(UsersService);
      const [{ version }] = await ctx.db.query('SELECT version FROM users WHERE id = $1', [user.userId]);
      await users.updateUser(user.userId, version, { password: 'Et helt nytt passord 2026!' }, admin);
      const [event] = (await auditRows(user.userId)).filter((e) => e.action === 'user.updated_with_password');
      expect(event.before).not.toHaveProperty('passwordHash');
      expect(event.after).not.toHaveProperty('passwordHash');
      expect(Number(event.after!.credentialVersion)).toBe(Number(event.before!.credentialVersion) + 1);
    });
  });
});
