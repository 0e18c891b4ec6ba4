import { Page } from 'playwright-core';
import { nb } from '../../apps/web/src/i18n/nb';
import { nn } from '../../apps/web/src/i18n/nn';
import { checkPage, expectFocusOn, onFailure, openTab, Portal, startPortal } from '../support/browser';
import { staff } from '../support/case-handling';
import { TEST_PASSWORD } from '../support/factories';
import { pdfBytes } from '../support/files';
import { acceptedGrant, AcceptedGrant } from '../support/payments';

const t = nb;

/**
 * After the grant: an accepted grant of kr 240 000 (above the auditor threshold) whose report is due. The
 * organisation fills the report in the browser — figures in the indicator grid typed with the keyboard alone, the
 * actual costs per budget line with the sums and the unspent amount computed as typed, the auditor's statement —
 * sees the API's missing items at their fields, submits, and then appeals against the decision with a file.
 * The report page once in nynorsk. axe-core finds nothing on any page.
 */
describe('the NGO portal after the grant: report and appeal', () => {
  let portal: Portal;
  let grant: AcceptedGrant;

  beforeAll(async () => {
    portal = await startPortal();
    const s = await staff(portal.ctx);
    grant = await acceptedGrant(portal.ctx, s, {
      amountOre: 24_000_000,
      budgetLines: [
        { category: 'salaries', description: 'Miljøarbeidere', amountOre: 18_000_000 },
        { category: 'activities', description: 'Samtalegrupper', amountOre: 6_000_000 },
      ],
    });
  });
  afterAll(() => portal.close());

  const heading = (page: Page, text: string) => page.getByRole('heading', { level: 1, name: text });
  const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
  const textOf = async (page: Page, testId: string) =>
    (await page.getByTestId(testId).innerText()).replace(/\s/g, ' ');
  const saved = (page: Page, savedText = t.app.savedAt('').trim()) =>
    page.getByTestId('save-status').filter({ hasText: savedText }).waitFor();

  it('fills and submits the report with the sums computed, then appeals against the decision', async () => {
    const { page, errors } = await openTab(portal);
    page.setDefaultTimeout(10_000);
    await onFailure(page, 'report', async () => {
      await page.goto('/logg-inn');
      await field(page, t.login.email).fill(grant.member.user.email);
      await field(page, t.login.password).fill(TEST_PASSWORD);
      await page.getByRole('button', { name: t.login.submit }).click();
      await heading(page, t.mine.title).waitFor();

      // A change request: a longer period, with a reason.
      await page.getByRole('link', { name: t.grantLinks.change }).click();
      await heading(page, t.change.title).waitFor();
      await field(page, t.change.periodEnd).fill('2028-03-31');
      await field(page, t.change.reason).fill('Oppstarten ble forsinket fordi vi måtte bytte lokaler.');
      await page.getByRole('button', { name: t.change.submit }).click();
      await page.getByTestId('change-status').filter({ hasText: t.change.status.pending }).waitFor();
      await checkPage(page, 'endringssoknad');

      // Mine søknader says what to do next and by when, and links to the report, the appeal and a change.
      await page.goto('/mine-soknader');
      const mineRow = page.getByRole('row').filter({ hasText: t.mine.steps.send_report });
      await mineRow.waitFor();
      expect(await mineRow.getByRole('cell').last().innerText()).toMatch(
        /^\d{1,2}\. \p{L}+ \d{4} kl\. \d{2}:\d{2} \(norsk tid\)$/u,
      );
      expect(await mineRow.getByRole('link').allInnerTexts()).toEqual([
        expect.any(String),
        t.grantLinks.report,
        t.grantLinks.appeal,
        t.grantLinks.change,
      ]);
      await checkPage(page, 'mine-soknader-rapport');
      await page.getByRole('link', { name: t.grantLinks.report }).click();
      await heading(page, t.report.title).waitFor();
      await page.getByRole('heading', { name: t.report.personalTitle }).waitFor();
      await checkPage(page, 'rapport-tom');

      // Personal data is refused by the API at the field, and shown in the error summary.
      await field(page, t.report.goalAchievement).fill('Vi hjalp Kari, ring henne på 912 34 567.');
      await page.getByRole('link', { name: /telefonnummer/ }).waitFor();
      expect(await page.locator('#f-goalAchievement').getAttribute('aria-invalid')).toBe('true');
      await field(page, t.report.goalAchievement).fill(
        'Tiltaket nådde målene: flere kvinner fikk trygg bolig og oppfølging.',
      );
      await saved(page);
      await field(page, t.report.activities).fill('Botilbud hele året og ukentlige samtalegrupper.');
      await field(page, t.report.deviations).fill('Ingen avvik.');

      // The indicator grid, with the keyboard alone: Tab from cell to cell, the total computed as typed.
      const firstCell = page.locator('#f-indicators-people-helped-female');
      await firstCell.waitFor();
      await page.locator('#f-deviations').focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-indicators-people-helped-female');
      await page.keyboard.type('14');
      await page.keyboard.press('Tab');
      await page.keyboard.type('3');
      await page.keyboard.press('Tab');
      await page.keyboard.type('1');
      expect(await textOf(page, 'indicator-total-people_helped')).toContain(': 18');

      // Actual costs per approved budget line; the sums and the unspent amount follow as typed.
      const salaries = `${t.budgetCategory.salaries}: Miljøarbeidere`;
      const activities = `${t.budgetCategory.activities}: Samtalegrupper`;
      await field(page, t.report.actualFor(salaries)).fill('170 000');
      await field(page, t.report.actualFor(activities)).fill('55000');
      await field(page, t.report.otherIncome).fill('10 000');
      expect(await textOf(page, 'costs-total')).toBe('kr 225 000');
      // kr 240 000 − (225 000 − 10 000) = kr 25 000 not used.
      expect(await textOf(page, 'unspent')).toBe('kr 25 000');
      await field(page, t.report.signatoryName).fill('Stine Styreleder');
      await saved(page);

      // Review: the API names what is still missing (the auditor's statement), linked to its place.
      await page.getByRole('link', { name: t.report.toReview }).click();
      await heading(page, t.report.reviewTitle).waitFor();
      expect(await textOf(page, 'review-unspent')).toBe('kr 25 000');
      // Without the declaration: the summary gets focus, its link leads to the checkbox on this page.
      await page.getByRole('button', { name: t.report.submit }).click();
      await expectFocusOn(page, '.ds-error-summary');
      const declaration = page.locator('.form-alert').getByRole('link', { name: t.report.declareMissing });
      expect(await declaration.getAttribute('href')).toBe('#f-declaration');
      expect(await page.locator('#f-declaration').getAttribute('aria-invalid')).toBe('true');
      await checkPage(page);
      await declaration.click();
      await expectFocusOn(page, '#f-declaration');
      await page.keyboard.press('Space');
      expect(await page.getByLabel(t.report.declare).isChecked()).toBe(true);
      await page.getByRole('button', { name: t.report.submit }).click();
      const missing = page.locator('.form-alert').getByRole('link', { name: /revisor/i });
      await missing.waitFor();
      await expectFocusOn(page, '.ds-error-summary');
      await checkPage(page, 'rapport-se-over-mangler');
      await missing.click();
      await heading(page, t.report.title).waitFor();
      // The link lands on the upload field itself.
      await page.waitForFunction(() => document.activeElement?.id === 'f-auditorStatement-file');

      // The auditor's statement, then the page once in nynorsk.
      await page.getByLabel(t.report.auditorFile).setInputFiles({
        name: 'revisorerklaering.pdf',
        mimeType: 'application/pdf',
        buffer: pdfBytes(),
      });
      // The upload is scanned (clamd) before it is answered: on a loaded machine that takes a while.
      await page.getByTestId('auditor-statement').waitFor({ timeout: 30_000 });
      await checkPage(page, 'rapport');
      await page.getByRole('button', { name: nb.switchToLabel }).click();
      await heading(page, nn.report.title).waitFor();
      await page.getByRole('heading', { name: nn.report.personalTitle }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('nn');
      await checkPage(page);
      await page.getByRole('button', { name: nn.switchToLabel }).click();
      await heading(page, t.report.title).waitFor();

      await page.getByRole('link', { name: t.report.toReview }).click();
      await heading(page, t.report.reviewTitle).waitFor();
      await page.getByLabel(t.report.declare).check();
      await page.getByRole('button', { name: t.report.submit }).click();
      await heading(page, t.report.receiptTitle).waitFor();
      await checkPage(page, 'rapport-kvittering');
      const [row] = await portal.ctx.db.query(
        `SELECT status, unspent_ore::int AS unspent FROM recipient_reports WHERE application_id = $1`,
        [grant.applicationId],
      );
      expect(row).toEqual({ status: 'submitted', unspent: 2_500_000 });

      // The report sent: Mine søknader says it is being reviewed, with no deadline and no report or change link.
      await page.goto('/mine-soknader');
      const reviewed = page.getByRole('row').filter({ hasText: t.mine.steps.await_report_review });
      await reviewed.waitFor();
      expect(await reviewed.getByRole('cell').last().innerText()).toBe(t.mine.noDeadline);
      expect((await reviewed.getByRole('link').allInnerTexts()).slice(1)).toEqual([t.grantLinks.appeal]);

      // The appeal: what it is and the deadline in plain words, the grounds, a file, the confirmation.
      await page.getByRole('link', { name: t.grantLinks.appeal }).click();
      await heading(page, t.appeal.title).waitFor();
      await page.getByText(t.appeal.deadline).waitFor();
      await checkPage(page, 'klage');
      await page.getByRole('button', { name: t.appeal.submit }).click();
      await page.locator('.form-alert a[href="#f-grounds"]').waitFor();
      await field(page, t.appeal.grounds).fill(
        'Vi klager på beløpet. Budsjettet for samtalegruppene ble kuttet uten begrunnelse.',
      );
      await page.getByLabel(t.appeal.file).setInputFiles({
        name: 'budsjett.pdf',
        mimeType: 'application/pdf',
        buffer: pdfBytes(),
      });
      await page.getByRole('button', { name: t.appeal.submit }).click();
      await heading(page, t.appeal.receiptTitle).waitFor();
      await page.getByText(t.appeal.attached('budsjett.pdf')).waitFor();
      expect(await page.locator('main').innerText()).toContain(t.appeal.inTime);
      await checkPage(page, 'klage-kvittering');
      const appeals = await portal.ctx.db.query(
        `SELECT status, late FROM appeals WHERE application_id = $1`,
        [grant.applicationId],
      );
      expect(appeals).toEqual([{ status: 'lodged', late: false }]);
      expect(errors).toEqual([]);
    });
  }, 180_000);
});
