/**
 * Letters: a letter is rendered once per subject and type, e-mailed once with its PDF (a Message-ID derived from the
 * letter), and its delivery is recorded under the outbox row's lease (LetterWorkService, no worker, the test's own
 * SMTP server). A decision letter's delivery is the notification: the appeal and acceptance deadlines run from it
 * (Oslo days) and the application becomes notified. Failures: 550 fails for good, 451 is tried again.
 */
import {
  ApplicationStatus,
  BudgetReservationService,
  Decision,
  DecisionOutcome,
  Letter,
  LettersService,
  LetterWorkService,
  OutboxMessage,
  RecommendedOutcome,
  RoundsService,
  WrittenLanguage,
} from '@app/grants';
import { endOfOsloDayAfter, formatOsloNorwegian } from '@app/platform';
import pdfParse from 'pdf-parse/lib/pdf-parse.js';
import { REASONS } from './support/fixtures';
import { useServiceContext } from './support/service-context';
import { SFK_NAME_NN } from '@app/grants/letters/letter-texts';
import { LetterDeliveryService, letterMessageId } from '@app/grants/letters/letter-delivery.service';
import { DecisionReplacementService } from '@app/grants/awards/decision-replacement.service';

/** The declaration version 2027-1 as the web words it (apps/web/src/i18n/nb|nn/apply.ts, `review.declare`). */
const DECLARED = {
  nb: 'Jeg bekrefter at opplysningene i søknaden er riktige, og at jeg har lov til å søke på vegne av organisasjonen.',
  nn: 'Eg stadfestar at opplysningane i søknaden er rette, og at eg har lov til å søkje på vegner av organisasjonen.',
};

describe('letters (service)', () => {
  const ctx = useServiceContext();
  const work = () => ctx.get(LetterWorkService);

  async function outboxRow(dedupeKey: string): Promise<OutboxMessage> {
    return ctx.db.getRepository(OutboxMessage).findOneByOrFail({ dedupeKey });
  }

  /** Renders the decision letter the decision's outbox row asks for (taking the row from any worker's relay). */
  async function renderDecisionLetter(decisionId: string) {
    await ctx.db.query(`UPDATE outbox_messages SET dispatched_at = now() WHERE dedupe_key = $1`, [
      `letter.decision:${decisionId}`,
    ]);
    const row = await outboxRow(`letter.decision:${decisionId}`);
    return work().render(row.id, 'letter.decision', decisionId);
  }

  /** The stored PDF's text, whitespace collapsed (a Uint8Array for pdf-parse: see render-letter.spec.ts). */
  async function letterPdfText(letterId: string): Promise<string> {
    const [{ pdf }] = await ctx.db.query<{ pdf: Buffer }[]>('SELECT pdf FROM letters WHERE id = $1', [
      letterId,
    ]);
    const pages: string[] = [];
    await pdfParse(new Uint8Array(pdf), {
      pagerender: async (page) => {
        const text = (await page.getTextContent()).items.map((i) => i.str).join(' ');
        pages.push(text);
        return text;
      },
    });
    return pages.join(' ').replace(/\s+/g, ' ');
  }

  async function send(letterId: string) {
    const row = await outboxRow(`mail.letter:${letterId}`);
    return work().send(row.id, letterId);
  }

  describe('rendering', () => {
    it('stores a decision letter once per decision and type, and asks for its e-mail in the same commit', async () => {
      const c = await ctx.fx.decided();
      const { outcome, letterId } = await renderDecisionLetter(c.decisionId!);
      expect(outcome).toBe('done');
      const letter = await ctx.db.getRepository(Letter).findOneByOrFail({ id: letterId! });
      expect(letter).toMatchObject({
        type: 'grant',
        decisionId: c.decisionId,
        applicationId: c.applicationId,
        language: 'nb',
        deliveredAt: null,
        statedAppealDeadline: endOfOsloDayAfter(ctx.clock.now(), 21),
        statedAcceptanceDeadline: endOfOsloDayAfter(ctx.clock.now(), c.round.acceptancePeriodDays),
      });
      const again = await ctx.get(LettersService).renderForTopic('letter.decision', c.decisionId!);
      expect(again!.id).toBe(letter.id);
      expect(await ctx.db.query('SELECT 1 FROM letters WHERE subject_id = $1', [c.decisionId])).toHaveLength(
        1,
      );
      expect(await ctx.fx.outbox(letter.id)).toEqual(['mail.letter']);
    });

    it('writes no letter for a decision replaced before its letter was rendered; the row is done', async () => {
      const c = await ctx.fx.decided();
      await ctx.db.transaction((manager) =>
        ctx.get(DecisionReplacementService).replace(manager, c.staff.approver, {
          oldDecisionId: c.decisionId!,
          terms: {
            outcome: DecisionOutcome.PartlyGranted,
            amountOre: 10_000_000,
            reasons: REASONS,
            conditions: ['Rapport.'],
          },
          preparedBy: c.staff.caseworker.userId,
          cause: { test: 'letters' },
        }),
      );
      expect(await renderDecisionLetter(c.decisionId!)).toEqual({ outcome: 'done', letterId: null });
      expect(await ctx.db.query('SELECT 1 FROM letters WHERE subject_id = $1', [c.decisionId])).toEqual([]);
    });
  });

  describe('delivery', () => {
    it('e-mails the letter with its PDF once, with a Message-ID derived from the letter, and records it', async () => {
      const c = await ctx.fx.decided();
      const { letterId } = await renderDecisionLetter(c.decisionId!);
      expect(await send(letterId!)).toBe('done');
      const letter = await ctx.db.getRepository(Letter).findOneByOrFail({ id: letterId! });
      const [organisation] = await ctx.db.query('SELECT email FROM organisations WHERE id = $1', [
        c.organisationId,
      ]);
      expect(letter).toMatchObject({
        deliveredAt: ctx.clock.now(),
        deliveredTo: organisation.email,
        deliveryMessageId: letterMessageId(letter.id),
      });
      const mails = ctx.smtp.to(organisation.email);
      expect(mails).toHaveLength(1);
      expect(mails[0].messageId).toBe(letterMessageId(letter.id));
      expect(mails[0].attachments[0]).toMatchObject({ contentType: 'application/pdf' });
      expect(mails[0].attachments[0].content.subarray(0, 5).toString()).toBe('%PDF-');
      // Sent once: the row is done; a delivery asked for again finds the letter delivered and sends nothing.
      expect(await send(letterId!)).toBe('busy');
      let completed = false;
      await ctx.get(LetterDeliveryService).deliver(letter.id, async () => (completed = true));
      expect(completed).toBe(true);
      expect(ctx.smtp.to(organisation.email)).toHaveLength(1);
    });

    it('is the notification of a grant: appeal deadline 21 Oslo days on, acceptance by the round period, the case notified', async () => {
      const c = await ctx.fx.decided();
      const { letterId } = await renderDecisionLetter(c.decisionId!);
      // Delivered three days after the letter was written: the deadlines run from the delivery.
      ctx.clock.set(new Date(ctx.clock.now().getTime() + 3 * 86_400_000));
      const deliveredAt = ctx.clock.now();
      await send(letterId!);
      const decision = await ctx.db.getRepository(Decision).findOneByOrFail({ id: c.decisionId! });
      expect(decision).toMatchObject({
        notifiedAt: deliveredAt,
        appealDeadline: endOfOsloDayAfter(deliveredAt, 21),
        acceptanceDeadline: endOfOsloDayAfter(deliveredAt, c.round.acceptancePeriodDays),
      });
      expect(decision.appealDeadline!.toISOString()).toMatch(/T2[12]:59:59\.000Z$/);
      const [application] = await ctx.db.query('SELECT status FROM applications WHERE id = $1', [
        c.applicationId,
      ]);
      expect(application.status).toBe(ApplicationStatus.Notified);
      const events = await ctx.db.query(
        `SELECT actor_user_id FROM audit_events WHERE entity_id = $1 AND action = 'decision.notified'`,
        [c.decisionId],
      );
      expect(events).toEqual([{ actor_user_id: null }]);
    });

    it('gives a rejection an appeal deadline and no acceptance deadline', async () => {
      const c = await ctx.fx.notified({
        recommendation: {
          recommendedOutcome: RecommendedOutcome.Rejection,
          recommendedAmountOre: 0,
          reasons: REASONS,
        },
      });
      const decision = await ctx.fx.decisionInForce(c.applicationId);
      expect(decision).toMatchObject({ outcome: 'rejected', acceptanceDeadline: null });
      expect(decision.appealDeadline).not.toBeNull();
    });

    it("writes to a nynorsk organisation in nynorsk, in the agency's nynorsk name", async () => {
      const c = await ctx.fx.notified({ organisation: { preferredLanguage: WrittenLanguage.Nynorsk } });
      const [organisation] = await ctx.db.query('SELECT email FROM organisations WHERE id = $1', [
        c.organisationId,
      ]);
      const [mail] = ctx.smtp.to(organisation.email);
      expect(mail.text).toMatch(/vedlagt finn de brevet/);
      expect(mail.from?.value[0].name).toBe(SFK_NAME_NN);
      const [letter] = await ctx.db.query('SELECT language FROM letters WHERE subject_id = $1', [
        c.decisionId,
      ]);
      expect(letter.language).toBe('nn');
    });

    it('fails for good on a permanent refusal (550): the decision is not notified', async () => {
      const c = await ctx.fx.decided({ organisation: { email: `finnes-ikke-${Date.now()}@avvist.test` } });
      const { letterId } = await renderDecisionLetter(c.decisionId!);
      expect(await send(letterId!)).toBe('failed');
      const row = await outboxRow(`mail.letter:${letterId}`);
      expect(row.failedAt).not.toBeNull();
      expect(row.lastError).toMatch(/550/);
      expect(await ctx.fx.decisionInForce(c.applicationId)).toMatchObject({ notifiedAt: null });
    });

    it('tries again after a temporary refusal (451) and then delivers', async () => {
      const c = await ctx.fx.decided({ organisation: { email: `tmp1-${Date.now()}@midlertidig.test` } });
      const { letterId } = await renderDecisionLetter(c.decisionId!);
      expect(await send(letterId!)).toBe('retry');
      expect(await ctx.fx.decisionInForce(c.applicationId)).toMatchObject({ notifiedAt: null });
      // DELIVERY_RETRY_BASE_SECONDS is 1 in this harness; the database's clock decides when the row is due.
      let outcome = await send(letterId!);
      for (let i = 0; outcome === 'busy' && i < 30; i++) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        outcome = await send(letterId!);
      }
      expect(outcome).toBe('done');
      expect((await ctx.fx.decisionInForce(c.applicationId)).notifiedAt).toEqual(ctx.clock.now());
    });
  });

  describe('letters that are not notifications', () => {
    it('the receipt of a submission is delivered without touching any decision', async () => {
      const c = await ctx.fx.submitted();
      const [receipt] = await ctx.fx.deliverLetters([c.applicationId]);
      expect(receipt).toMatchObject({ type: 'receipt', decisionId: null, applicationId: c.applicationId });
      expect(receipt.deliveredAt).toEqual(ctx.clock.now());
    });

    it.each([
      [
        WrittenLanguage.Bokmal,
        'Erklæring Søknaden ble sendt inn med denne erklæringen, avgitt av',
        DECLARED.nb,
      ],
      [
        WrittenLanguage.Nynorsk,
        'Erklæring Søknaden vart send inn med denne erklæringa, gjeven av',
        DECLARED.nn,
      ],
    ])(
      'the receipt of a declared submission (%s) names the declarer from the users table, when and the wording',
      async (preferredLanguage, declaredBy, wording) => {
        const c = await ctx.fx.submitted({ declaration: true, organisation: { preferredLanguage } });
        const [receipt] = await ctx.fx.deliverLetters([c.applicationId]);
        expect(receipt).toMatchObject({ type: 'receipt', language: preferredLanguage });
        const text = await letterPdfText(receipt.id);
        const when = formatOsloNorwegian(ctx.clock.now(), true).replace(/\s+/g, ' ');
        expect(text).toContain(`${declaredBy} ${c.member.name} ${when}: «${wording}»`);
      },
    );

    it('the receipt of a submission without a declaration has no declaration section', async () => {
      const c = await ctx.fx.submitted();
      const [receipt] = await ctx.fx.deliverLetters([c.applicationId]);
      const text = await letterPdfText(receipt.id);
      expect(text).toContain('Kvittering for mottatt søknad');
      expect(text).not.toMatch(/erklæring/i);
      expect(text).not.toContain(c.member.name);
      expect(text).not.toContain(DECLARED.nb);
    });

    it("the reservation-lifted letter leaves the decision's notification and deadlines as they were", async () => {
      const c = await ctx.fx.notified({ round: { budgetReservation: true } });
      const before = await ctx.fx.decisionInForce(c.applicationId);
      ctx.clock.set(new Date(ctx.clock.now().getTime() + 86_400_000));
      const round = await ctx.get(RoundsService).get(c.round.id);
      await ctx.get(BudgetReservationService).lift(round.id, round.version, await ctx.fx.admin());
      const [lifted] = await ctx.fx.deliverLetters([c.decisionId!]);
      expect(lifted).toMatchObject({ type: 'budget_reservation_lifted', decisionId: null });
      const after = await ctx.fx.decisionInForce(c.applicationId);
      expect(after).toMatchObject({
        notifiedAt: before.notifiedAt,
        appealDeadline: before.appealDeadline,
        acceptanceDeadline: before.acceptanceDeadline,
      });
    });
  });
});
