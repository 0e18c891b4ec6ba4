/**
 * Payments: a disbursement's machine planned → attested → exported → paid (back to attested when its batch is
 * cancelled, back to planned when the bank account changes), the controls at attestation (segregation of duties,
 * impartiality, a verified account, the registers' flags, the budget reservation), the extra control above the
 * configured threshold by a third person, and payment batches: built, cancelled, paid — each alone and racing.
 */
import {
  ApplicationStatus,
  Disbursement,
  DisbursementsService,
  DisbursementStatus,
  OrganisationsService,
  PaymentBatch,
  PaymentBatchesService,
  PaymentBatchStatus,
  Role,
} from '@app/grants';
import { osloDate } from '@app/platform';
import { randomBankAccount } from '../support/factories';
import { Case, TestActor } from './support/fixtures';
import { forbidden, invalidState, oneWins, ruleBroken, stale } from './support/refusals';
import { useServiceContext } from './support/service-context';

/** PAYMENT_EXTRA_CONTROL_ABOVE_NOK's default, NOK 1 000 000, in øre. */
const THRESHOLD_ORE = 100_000_000;

describe('payments (service)', () => {
  const ctx = useServiceContext();
  const disbursements = () => ctx.get(DisbursementsService);
  const batches = () => ctx.get(PaymentBatchesService);
  const today = () => osloDate(ctx.clock.now());

  async function attest(d: { id: string }, who: TestActor) {
    return disbursements().attest(who, d.id, await ctx.fx.version(Disbursement, d.id));
  }

  async function only(c: Case): Promise<Disbursement> {
    const [d] = await ctx.fx.disbursements(c.applicationId);
    return d;
  }

  function build(c: Case, input: { dueOnOrBefore?: string; executionDate?: string } = {}) {
    return batches().build(c.staff.finance, { roundId: c.round.id, dueOnOrBefore: today(), ...input });
  }

  async function batchVersion(batch: PaymentBatch): Promise<number> {
    return ctx.fx.version(PaymentBatch, batch.id);
  }

  async function flag(c: Case, flags: { bankrupt?: boolean; underLiquidation?: boolean }) {
    const organisations = ctx.get(OrganisationsService);
    const [{ version }] = await ctx.db.query('SELECT version FROM organisations WHERE id = $1', [
      c.organisationId,
    ]);
    await organisations.setRegisterFlags(c.staff.admin, c.organisationId, version, flags);
  }

  describe('attestation: planned → attested', () => {
    it('attests, freezing the verified account and its verifier on the disbursement, the controls audited', async () => {
      const c = await ctx.fx.accepted();
      const attested = await attest(await only(c), c.staff.finance);
      const [organisation] = await ctx.db.query('SELECT bank_account FROM organisations WHERE id = $1', [
        c.organisationId,
      ]);
      expect(attested).toMatchObject({
        status: DisbursementStatus.Attested,
        attestedBy: c.staff.finance.userId,
        attestedAt: ctx.clock.now(),
        bankAccount: organisation.bank_account,
        bankAccountVerifiedBy: c.staff.verifier.userId,
      });
      expect((await ctx.fx.audit(attested.id)).map((e) => e.action)).toEqual(['disbursement.attested']);
    });

    it('refuses the approver of the decision (403), whatever roles they have', async () => {
      const c = await ctx.fx.accepted();
      await forbidden(attest(await only(c), c.staff.approver), /godkjente vedtaket/);
    });

    it('refuses a finance user who declared a conflict in the case (403)', async () => {
      const c = await ctx.fx.accepted();
      await ctx.fx.declare(c.staff.finance, c.applicationId, true);
      await forbidden(attest(await only(c), c.staff.finance), /inhabil/);
    });

    it('refuses a finance user who is a member of the organisation (403)', async () => {
      const c = await ctx.fx.accepted();
      const finance = await ctx.fx.user([Role.Finance, Role.Applicant]);
      await ctx.get(OrganisationsService).addMember(c.member, c.organisationId, finance.email);
      await forbidden(attest(await only(c), finance), /medlem/);
    });

    it("refuses the person who verified the organisation's bank account (403)", async () => {
      const c = await ctx.fx.accepted();
      await forbidden(attest(await only(c), c.staff.verifier), /kontrollerte organisasjonens kontonummer/);
    });

    it('waits for a verified bank account (422 bankAccount verified)', async () => {
      const c = await ctx.fx.accepted({ verifyAccount: false });
      await ruleBroken(attest(await only(c), c.staff.finance), { field: 'bankAccount', rule: 'verified' });
    });

    it.each([
      ['bankrupt', { bankrupt: true }],
      ['underLiquidation', { underLiquidation: true }],
    ] as const)(
      'pays nothing to an organisation flagged %s in Enhetsregisteret (422)',
      async (rule, flags) => {
        const c = await ctx.fx.accepted();
        await flag(c, flags);
        await ruleBroken(attest(await only(c), c.staff.finance), { field: 'organisation', rule });
      },
    );

    it('pays nothing while the round is under the budget reservation (409)', async () => {
      const c = await ctx.fx.accepted({ round: { budgetReservation: true } });
      await invalidState(attest(await only(c), c.staff.finance), 'planned', /forbehold/);
    });

    it('attests once (409 «attested»), at the current version (409 stale)', async () => {
      const c = await ctx.fx.accepted();
      const d = await only(c);
      await attest(d, c.staff.finance);
      await invalidState(attest(d, c.staff.finance), 'attested');
      await stale(disbursements().attest(c.staff.finance, d.id, d.version), d.version + 1);
    });

    it('takes one of two attestations at the same moment', async () => {
      const c = await ctx.fx.accepted();
      const d = await only(c);
      const other = await ctx.fx.user([Role.Finance]);
      await oneWins([
        disbursements().attest(c.staff.finance, d.id, d.version),
        disbursements().attest(other, d.id, d.version),
      ]);
      expect((await ctx.fx.audit(d.id)).map((e) => e.action)).toEqual(['disbursement.attested']);
    });
  });

  describe('extra control above the threshold (NOK 1 000 000 by default)', () => {
    it('marks only instalments above the threshold, and refuses an extra control of one at it (422)', async () => {
      const at = await ctx.fx.attested({ amountOre: THRESHOLD_ORE });
      const d = at.disbursements[0];
      expect(d.requiresExtraControl).toBe(false);
      const third = await ctx.fx.user([Role.Finance]);
      await ruleBroken(disbursements().extraControl(third, d.id, d.version), {
        field: 'amountOre',
        rule: 'extraControl',
      });
    });

    it('is done by a third person: not the attester, not the approver (403); once (409)', async () => {
      const c = await ctx.fx.attested({ amountOre: THRESHOLD_ORE + 1 });
      const d = c.disbursements[0];
      expect(d.requiresExtraControl).toBe(true);
      await forbidden(disbursements().extraControl(c.staff.finance, d.id, d.version), /annen person/);
      await forbidden(disbursements().extraControl(c.staff.approver, d.id, d.version), /annen person/);
      const third = await ctx.fx.user([Role.Finance]);
      const checked = await disbursements().extraControl(third, d.id, d.version);
      expect(checked).toMatchObject({ extraControlBy: third.userId, status: 'attested' });
      await invalidState(disbursements().extraControl(third, d.id, checked.version), 'attested', /allerede/);
    });

    it('comes after the attestation (409 «planned»)', async () => {
      const c = await ctx.fx.accepted({ amountOre: THRESHOLD_ORE + 1 });
      const d = await only(c);
      await invalidState(
        disbursements().extraControl(await ctx.fx.user([Role.Finance]), d.id, d.version),
        'planned',
      );
    });

    it('keeps a disbursement without it out of a batch (skipped: extra_control_missing; 422 noneReady)', async () => {
      const c = await ctx.fx.attested({ amountOre: THRESHOLD_ORE + 1 });
      const error = await ruleBroken(build(c), { field: 'roundId', rule: 'noneReady' });
      expect(error.message).toMatch(/Ingen av de 1 attesterte/);
      const d = c.disbursements[0];
      await disbursements().extraControl(await ctx.fx.user([Role.Finance]), d.id, d.version);
      expect((await build(c)).batch.itemCount).toBe(1);
    });
  });

  describe('payment batches: attested → exported → paid', () => {
    it('exports the attested disbursements of the round: control total, three files, each disbursement exported', async () => {
      const c = await ctx.fx.attested();
      const { batch, files, skipped } = await build(c);
      expect(batch).toMatchObject({
        status: PaymentBatchStatus.Exported,
        itemCount: 1,
        totalOre: c.amountOre,
        executionDate: today(),
        exportedBy: c.staff.finance.userId,
      });
      expect(files.map((f) => f.format).sort()).toEqual(['csv', 'pain001', 'xlsx']);
      expect(skipped).toEqual([]);
      expect((await only(c)).status).toBe(DisbursementStatus.Exported);
    });

    it('skips a disbursement whose organisation was flagged after the attestation (organisation_flagged)', async () => {
      const c = await ctx.fx.attested();
      await flag(c, { bankrupt: true });
      await ruleBroken(build(c), { field: 'roundId', rule: 'noneReady' });
    });

    it('refuses an execution date in the past (422 notInPast) or before a due date (422 notBeforeDueDate)', async () => {
      const year = Number(today().slice(0, 4)) + 1;
      // A grant of next year: nothing of it falls due before 1 January.
      const c = await ctx.fx.attested({ round: { year } });
      expect((await only(c)).dueDate).toBe(`${year}-01-01`);
      const yesterday = osloDate(new Date(ctx.clock.now().getTime() - 86_400_000));
      await ruleBroken(build(c, { dueOnOrBefore: `${year}-01-01`, executionDate: yesterday }), {
        field: 'executionDate',
        rule: 'notInPast',
      });
      await ruleBroken(build(c, { dueOnOrBefore: `${year}-01-01`, executionDate: today() }), {
        field: 'executionDate',
        rule: 'notBeforeDueDate',
      });
      expect((await build(c, { dueOnOrBefore: `${year}-01-01` })).batch.executionDate).toBe(`${year}-01-01`);
    });

    it('marks a batch paid: every disbursement paid, the application paid; not before the execution date or in the future (422)', async () => {
      const year = Number(today().slice(0, 4)) + 1;
      const c = await ctx.fx.attested({ round: { year } });
      const { batch } = await build(c, { dueOnOrBefore: `${year}-01-01` });
      await ruleBroken(batches().markPaid(c.staff.finance, batch.id, batch.version, today()), {
        field: 'paidOn',
        rule: 'notBeforeExecutionDate',
      });
      await ruleBroken(batches().markPaid(c.staff.finance, batch.id, batch.version, `${year}-01-01`), {
        field: 'paidOn',
        rule: 'notInFuture',
      });
      ctx.clock.set(new Date(`${year}-01-01T12:00:00Z`));
      const paid = await batches().markPaid(c.staff.finance, batch.id, batch.version, `${year}-01-01`);
      expect(paid.status).toBe(PaymentBatchStatus.Paid);
      expect(await only(c)).toMatchObject({ status: DisbursementStatus.Paid, paidOn: `${year}-01-01` });
      const [application] = await ctx.db.query('SELECT status FROM applications WHERE id = $1', [
        c.applicationId,
      ]);
      expect(application.status).toBe(ApplicationStatus.Paid);
    });

    it('pays instalments one by one: the batch is paid with the last, the application then too', async () => {
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
      expect(await ctx.fx.version(PaymentBatch, batch.id)).toBe(batch.version);
      const [row] = await ctx.db.query('SELECT status FROM payment_batches WHERE id = $1', [batch.id]);
      expect(row.status).toBe('exported');
      await disbursements().markPaid(c.staff.finance, second.id, second.version, today());
      const [after] = await ctx.db.query('SELECT status FROM payment_batches WHERE id = $1', [batch.id]);
      expect(after.status).toBe('paid');
      const [application] = await ctx.db.query('SELECT status FROM applications WHERE id = $1', [
        c.applicationId,
      ]);
      expect(application.status).toBe(ApplicationStatus.Paid);
    });

    it('pays only what is in a batch (409 «attested»)', async () => {
      const c = await ctx.fx.attested();
      const d = await only(c);
      await invalidState(disbursements().markPaid(c.staff.finance, d.id, d.version, today()), 'attested');
    });

    it('puts each disbursement in one batch when two builds run at the same moment (the other: 422 noneReady)', async () => {
      const c = await ctx.fx.attested();
      const other = await ctx.fx.user([Role.Finance]);
      const { losers } = await oneWins([
        build(c),
        batches().build(other, { roundId: c.round.id, dueOnOrBefore: today() }),
      ]);
      expect(losers[0]).toMatchObject({ code: 'rule_violation' });
      const items = await ctx.db.query('SELECT 1 FROM payment_batch_items WHERE disbursement_id = $1', [
        (await only(c)).id,
      ]);
      expect(items).toHaveLength(1);
    });
  });

  describe('cancelling a batch: exported → attested', () => {
    it('needs a reason (422), returns its disbursements to attested, and lets them into a new batch', async () => {
      const c = await ctx.fx.attested();
      const { batch } = await build(c);
      await ruleBroken(batches().cancel(c.staff.finance, batch.id, batch.version, ' '), {
        field: 'reason',
        rule: 'required',
      });
      const cancelled = await batches().cancel(c.staff.finance, batch.id, batch.version, ' Feil fil. ');
      expect(cancelled).toMatchObject({
        status: PaymentBatchStatus.Cancelled,
        cancelReason: 'Feil fil.',
        cancelledBy: c.staff.finance.userId,
      });
      expect((await only(c)).status).toBe(DisbursementStatus.Attested);
      expect((await build(c)).batch.itemCount).toBe(1);
    });

    it('refuses a batch part of which is paid (409), and a batch already cancelled or paid (409)', async () => {
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
      await invalidState(
        batches().cancel(c.staff.finance, batch.id, batch.version, 'Feil'),
        'exported',
        /allerede markert som betalt/,
      );
      await disbursements().markPaid(c.staff.finance, second.id, second.version, today());
      await invalidState(
        batches().cancel(c.staff.finance, batch.id, await batchVersion(batch), 'Feil'),
        'paid',
      );
      await invalidState(
        batches().markPaid(c.staff.finance, batch.id, await batchVersion(batch), today()),
        'paid',
      );
    });

    it('refuses a stale version (409)', async () => {
      const c = await ctx.fx.attested();
      const { batch } = await build(c);
      await stale(batches().cancel(c.staff.finance, batch.id, batch.version - 1, 'Feil'), batch.version);
    });
  });

  describe('the bank account behind the payments', () => {
    it('a changed account voids attestations against the old one: back to planned, audited; verified again by someone', async () => {
      const c = await ctx.fx.attested();
      const organisations = ctx.get(OrganisationsService);
      const [{ version }] = await ctx.db.query('SELECT version FROM organisations WHERE id = $1', [
        c.organisationId,
      ]);
      await organisations.update(c.member, c.organisationId, version, { bankAccount: randomBankAccount() });
      const d = await only(c);
      expect(d).toMatchObject({ status: DisbursementStatus.Planned, attestedBy: null, bankAccount: null });
      expect((await ctx.fx.audit(d.id)).map((e) => e.action)).toEqual([
        'disbursement.attested',
        'disbursement.attestation_revoked',
      ]);
      await ruleBroken(attest(d, c.staff.finance), { field: 'bankAccount', rule: 'verified' });
    });

    it('is verified once (409), by no member of the organisation (403), by nobody whose attestations to it are unpaid (403)', async () => {
      const c = await ctx.fx.attested();
      await build(c);
      const organisations = ctx.get(OrganisationsService);
      const version = async () =>
        (await ctx.db.query('SELECT version FROM organisations WHERE id = $1', [c.organisationId]))[0]
          .version;
      const verify = async (who: TestActor) =>
        organisations.verifyBankAccount(who, c.organisationId, await version());
      await invalidState(verify(await ctx.fx.user([Role.Caseworker])), 'verified');
      await organisations.update(c.member, c.organisationId, await version(), {
        bankAccount: randomBankAccount(),
      });
      const memberStaff = await ctx.fx.user([Role.Caseworker, Role.Applicant]);
      await organisations.addMember(c.member, c.organisationId, memberStaff.email);
      await forbidden(verify(memberStaff), /medlem/);
      // The exported payment the finance user attested is not paid yet.
      await forbidden(verify(c.staff.finance), /attestert utbetalinger/);
      const someoneElse = await ctx.fx.user([Role.Caseworker]);
      expect(await verify(someoneElse)).toMatchObject({ bankAccountVerifiedBy: someoneElse.userId });
    });
  });
});
