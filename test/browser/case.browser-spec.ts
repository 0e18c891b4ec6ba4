import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { GrantRound } from '@app/grants';
import { Clock } from '@app/platform';
import { randomBytes } from 'node:crypto';
import { Page } from 'playwright-core';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { nb, type Messages } from '../../apps/web/src/i18n/nb';
import { nn } from '../../apps/web/src/i18n/nn';
import { formatDateTime } from '../../apps/web/src/format';
import { completeDraft } from '../support/applications';
import { checkPage, onFailure, openTab, Portal, startPortal, expectFocusOn } from '../support/browser';
import { approve, assess, declare, REASONS, screenPass, staff, Staff } from '../support/case-handling';
import { TEST_PASSWORD } from '../support/factories';
import { waitFor } from '../support/smtp';

/**
 * The case page after submission, once in bokmål and once in nynorsk: staff screen, assess and decide (two people)
 * through the API, the worker writes and delivers the decision letter; in the browser a colleague without signing
 * rights sees who must answer, the signatory opens the case from "Mine søknader", reads the decision, its
 * conditions and the letter, accepts with the keyboard and sees the payment plan. axe-core finds nothing.
 */
describe('the NGO portal: the case page with the decision, the answer and the payments', () => {
  let portal: Portal;
  let worker: INestApplicationContext;
  let s: Staff;
  let round: GrantRound;
  const domain = `case-${randomBytes(4).toString('hex')}.test`;
  const AMOUNT_ORE = 25_000_000;
  const CONDITIONS = ['Midlene brukes til botilbudet.', 'Rapport sendes innen 1. mars året etter.'];

  beforeAll(async () => {
    portal = await startPortal();
    // The worker (outbox relay, letters, e-mail) as it runs in production, on the test app's clock.
    const moduleRef = await Test.createTestingModule({ imports: [WorkerModule] })
      .overrideProvider(Clock)
      .useValue(portal.ctx.clock)
      .compile();
    worker = await moduleRef.init();
    s = await staff(portal.ctx);
    round = await portal.ctx.f.round();
  }, 180_000);
  afterAll(async () => {
    await worker?.close();
    await portal?.close();
  });

  const heading = (page: Page, text: string) => page.getByRole('heading', { level: 1, name: text });
  const textOf = async (page: Page, testId: string) =>
    (await page.getByTestId(testId).innerText()).replace(/\s/g, ' ');

  /** A submitted application decided by two people through the API; resolves when its letter was delivered. */
  async function decidedCase(language: 'nb' | 'nn', tag: string = language) {
    const { ctx } = portal;
    const signatory = await ctx.f.user(undefined, {
      email: `signatar-${tag}@${domain}`,
      name: language === 'nb' ? 'Stine Styreleder' : 'Sigrid Styreleiar',
    });
    const colleague = await ctx.f.user(undefined, {
      email: `kollega-${tag}@${domain}`,
      name: language === 'nb' ? 'Kari Kollega' : 'Kjell Kollega',
    });
    const title =
      language === 'nb' ? 'Trygt botilbud for utsatte kvinner' : 'Trygt butilbod for utsette kvinner';
    const draft = await completeDraft(ctx, round, signatory, {
      title,
      requestedAmountOre: AMOUNT_ORE,
      budgetLines: [{ category: 'salaries', description: 'Miljøarbeidere', amountOre: AMOUNT_ORE }],
      otherFunding: [],
    });
    await ctx.db.query(
      `INSERT INTO memberships (user_id, organisation_id, signatory) VALUES ($1, $2, false)`,
      [colleague.user.id, draft.organisationId],
    );
    await ctx.db.query(`UPDATE organisations SET preferred_language = $1 WHERE id = $2`, [
      language,
      draft.organisationId,
    ]);
    await ctx
      .http()
      .post(`/api/applications/${draft.id}/submit`)
      .set('authorization', signatory.auth)
      .send({ version: draft.version, declaration: true })
      .expect(200);
    await screenPass(ctx, s.caseworker, draft.id, 200);
    await assess(
      ctx,
      s.caseworker,
      draft.id,
      {
        recommendedOutcome: 'grant',
        recommendedAmountOre: AMOUNT_ORE,
        reasons: REASONS,
        conditions: CONDITIONS,
      },
      200,
    );
    await declare(ctx, s.approver, draft.id).expect(201);
    await approve(ctx, s.approver, draft.id, 201);
    // The worker renders the decision letter and mails it: its delivery notifies the decision.
    await waitFor(
      async () =>
        (await ctx.db.query(`SELECT status FROM applications WHERE id = $1`, [draft.id]))[0].status as string,
      (status) => status === 'notified',
    );
    return { id: draft.id, title, signatory, colleague };
  }

  async function logIn(page: Page, email: string, t: Messages): Promise<void> {
    await page.goto('/logg-inn');
    await page.getByLabel(nb.login.email, { exact: true }).fill(email);
    await page.getByLabel(nb.login.password, { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: nb.login.submit }).click();
    await heading(page, t.mine.title).waitFor();
  }

  /** Lines of the case history the API writes, in each written standard. */
  const HISTORY = {
    nb: {
      submitted: 'Søknaden ble sendt inn',
      declared: (name: string) => `Erklæring avgitt av ${name}`,
      decided: 'Vedtak: innvilget (kr 250 000)',
      accepted: 'Vilkårene ble akseptert',
      lapsed: 'Tilskuddet falt bort',
    },
    nn: {
      submitted: 'Søknaden vart send inn',
      declared: (name: string) => `Erklæring gjeven av ${name}`,
      decided: 'Vedtak: innvilga (kr 250 000)',
      accepted: 'Vilkåra vart aksepterte',
      lapsed: 'Tilskotet fall bort',
    },
  };

  async function caseJourney(language: 'nb' | 'nn'): Promise<void> {
    const t = language === 'nb' ? nb : nn;
    const c = t.caseView;
    const shot = (name: string) => (language === 'nb' ? name : undefined);
    const app = await decidedCase(language);

    // A colleague without signing rights: sees the decision and who must answer, and no answer form.
    const other = await openTab(portal);
    await onFailure(other.page, `case-colleague-${language}`, async () => {
      await logIn(other.page, app.colleague.user.email, t);
      await other.page.getByRole('link', { name: app.title }).click();
      await heading(other.page, app.title).waitFor();
      await other.page.getByTestId('who-can-answer').filter({ hasText: app.signatory.user.name }).waitFor();
      expect(await other.page.getByRole('button', { name: c.sendAnswer }).count()).toBe(0);
      await checkPage(other.page, shot('sak-uten-signaturrett'));
      expect(other.errors).toEqual([]);
    });
    await other.context.close();

    const { page, errors } = await openTab(portal);
    await onFailure(page, `case-${language}`, async () => {
      // Mine søknader → the case: what to do next at the top, the decision, its conditions, the letters.
      await logIn(page, app.signatory.user.email, t);
      const mineRow = page.getByRole('row').filter({ hasText: t.mine.steps.answer_decision });
      await mineRow.waitFor();
      const deadlineCell = await mineRow.getByRole('cell').last().innerText();
      expect(deadlineCell).toMatch(/^\d{1,2}\. \p{L}+ \d{4} kl\. \d{2}:\d{2}/u);
      expect(deadlineCell).toContain(t.time.osloTime);
      expect((await mineRow.getByRole('link').allInnerTexts()).slice(1)).toEqual([t.grantLinks.appeal]);
      await page.getByRole('link', { name: app.title }).click();
      await heading(page, app.title).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
      await page.getByTestId('case-status').filter({ hasText: t.status.notified }).waitFor();
      const next = await textOf(page, 'next-step');
      expect(next).toContain(c.nextHeading);
      expect(next).toMatch(/\d{1,2}\. \p{L}+ \d{4} kl\. \d{2}:\d{2}/u);
      expect(await textOf(page, 'decision-amount')).toBe('kr 250 000');
      expect(await textOf(page, 'acceptance-deadline')).toMatch(/^\d{1,2}\. \p{L}+ \d{4} kl\. \d{2}:\d{2}$/u);
      expect(await page.getByTestId('conditions').getByRole('listitem').allInnerTexts()).toEqual(CONDITIONS);
      const reference = await page.getByTestId('case-reference').innerText();
      const letterTitle = language === 'nb' ? 'Vedtak om tilskudd' : 'Vedtak om tilskot';
      const letter = page.getByTestId('letters').getByRole('link', { name: new RegExp(letterTitle) });
      await letter.waitFor();
      const history = await textOf(page, 'history');
      // The history as the API tells it, in the page's written standard: no bokmål line on a nynorsk page.
      const lines = HISTORY[language];
      expect(history).toContain(lines.submitted);
      expect(history).toContain(lines.declared(app.signatory.user.name));
      expect(history).toContain(lines.decided);
      expect(history).toContain('Vedtaket kom fram til organisasjonen');
      if (language === 'nn') expect(history).not.toMatch(/\b(ble|Vilkårene|Tilskuddet)\b/);
      await checkPage(page, shot('sak-vedtak'));

      // The letter opens as the archived PDF, named by the case reference.
      const pdf = await page.request.get((await letter.getAttribute('href'))!);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      expect(pdf.headers()['content-disposition']).toContain(reference);

      // The answer, by keyboard: nothing chosen shows the summary (with focus); then accept and send.
      const send = page.getByRole('button', { name: c.sendAnswer });
      await send.focus();
      await page.keyboard.press('Enter');
      await expectFocusOn(page, '.ds-error-summary');
      await page.getByRole('link', { name: c.chooseMissing }).waitFor();
      if (language === 'nb') await checkPage(page, 'sak-svar-mangler');
      await page.getByRole('link', { name: c.chooseMissing }).press('Enter');
      await page.getByLabel(c.accept).focus();
      await page.keyboard.press('Space');
      expect(await page.getByLabel(c.accept).isChecked()).toBe(true);
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(c.sendAnswer);
      await page.keyboard.press('Enter');

      // Accepted: the page says so (focus on the next step), and shows the payment plan.
      await page.getByTestId('case-status').filter({ hasText: t.status.accepted }).waitFor();
      const [{ report_deadline: reportDeadline }] = await portal.ctx.db.query(
        `SELECT gr.report_deadline FROM grant_rounds gr JOIN applications a ON a.round_id = gr.id WHERE a.id = $1`,
        [app.id],
      );
      await page
        .getByTestId('next-step')
        .filter({ hasText: c.nextReport(formatDateTime(reportDeadline)) })
        .waitFor();
      const nextLinks = await page.getByTestId('next-step').getByRole('link').allInnerTexts();
      expect(nextLinks).toEqual([t.grantLinks.report, t.grantLinks.appeal, t.grantLinks.change]);
      await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'next-step');
      const payments = page.getByTestId('payments');
      await payments.getByRole('cell', { name: c.paymentStatuses.planned }).first().waitFor();
      expect(await textOf(page, 'paid-so-far')).toBe(c.paidSoFar('kr 0', 'kr 250 000'));
      expect(await textOf(page, 'history')).toContain(lines.accepted);
      expect(await page.getByRole('button', { name: c.sendAnswer }).count()).toBe(0);
      await checkPage(page, shot('sak-akseptert'));
      const [row] = await portal.ctx.db.query(
        `SELECT a.status, d.accepted_by = $2 AS by_signatory,
                (SELECT sum(amount_ore)::text FROM disbursements WHERE application_id = a.id) AS planned
           FROM applications a JOIN decisions d ON d.application_id = a.id WHERE a.id = $1`,
        [app.id, app.signatory.user.id],
      );
      expect(row).toEqual({ status: 'accepted', by_signatory: true, planned: String(AMOUNT_ORE) });
      expect(errors).toEqual([]);
    });
    await page.context().close();
  }

  it('in bokmål', () => caseJourney('nb'), 180_000);

  it('a signatory declines with a reason: the grant lapses', async () => {
    const c = nb.caseView;
    const app = await decidedCase('nb', 'takker-nei');
    const { page, errors } = await openTab(portal);
    await onFailure(page, 'case-decline', async () => {
      await logIn(page, app.signatory.user.email, nb);
      // The case page's first view comes from the server with the case in it: the decision and the answer to give.
      const first = await page
        .context()
        .request.get(`/soknad/${app.id}/sak`, { headers: { accept: 'text/html' } });
      const html = await first.text();
      expect(html).toContain(`>${app.title}</h1>`);
      expect(html).toContain('data-testid="decision"');
      expect(html).toContain(c.sendAnswer);
      await page.goto(`/soknad/${app.id}/sak`);
      await heading(page, app.title).waitFor();
      await page.getByLabel(c.decline).check();
      await page.getByRole('button', { name: c.sendAnswer }).click();
      await page.getByRole('link', { name: c.declineReasonMissing }).waitFor();
      await page.getByLabel(c.declineReason).fill('Prosjektet er avlyst fordi lokalet brant.');
      await page.getByRole('button', { name: c.sendAnswer }).click();
      await page.getByTestId('case-status').filter({ hasText: nb.status.lapsed }).waitFor();
      await page.getByTestId('next-step').filter({ hasText: c.nextLapsed }).waitFor();
      await page.getByTestId('decision').getByText('Prosjektet er avlyst fordi lokalet brant.').waitFor();
      expect(await textOf(page, 'history')).toContain(HISTORY.nb.lapsed);
      expect(await page.getByTestId('payments').count()).toBe(0);
      await checkPage(page, 'sak-takket-nei');
      const [row] = await portal.ctx.db.query(`SELECT status FROM applications WHERE id = $1`, [app.id]);
      expect(row).toEqual({ status: 'lapsed' });
      expect(errors).toEqual([]);
    });
    await page.context().close();
  }, 180_000);
  it('in nynorsk', () => caseJourney('nn'), 180_000);
});
