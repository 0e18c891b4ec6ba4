import { Role } from '@app/grants';
import { Page } from 'playwright-core';
import { nb } from '../../apps/web/src/i18n/nb';
import { checkPage, openTab, Portal, startPortal } from '../support/browser';
import { randomBankAccount, TEST_PASSWORD, TestUser } from '../support/factories';

const t = nb;

/**
 * The organisation's own page (members and who may sign, the bank account, the written standard) and the link to
 * the public award lists. Reflow at 320 CSS pixels: reflow.browser-spec.ts.
 */
describe('the organisation page and the award lists', () => {
  let portal: Portal;
  let signatory: TestUser;
  let colleague: TestUser;
  let organisationId: string;

  beforeAll(async () => {
    portal = await startPortal();
    const { f } = portal.ctx;
    signatory = await f.user([Role.Applicant]);
    colleague = await f.user([Role.Applicant]);
    const organisation = await f.organisation([signatory]);
    organisationId = organisation.id;
  });
  afterAll(() => portal.close());

  const heading = (page: Page, text: string) => page.getByRole('heading', { level: 1, name: text });
  const organisationRow = async () =>
    (
      await portal.ctx.db.query(
        `SELECT bank_account, bank_account_verified_at, preferred_language FROM organisations WHERE id = $1`,
        [organisationId],
      )
    )[0];
  const membership = async (userId: string) =>
    (
      await portal.ctx.db.query(
        `SELECT signatory FROM memberships WHERE organisation_id = $1 AND user_id = $2`,
        [organisationId, userId],
      )
    )[0] as { signatory: boolean } | undefined;

  async function logIn(page: Page, who = signatory): Promise<void> {
    await page.goto('/logg-inn');
    await page.getByLabel(t.login.email).fill(who.user.email);
    await page.getByLabel(t.login.password, { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: t.login.submit }).click();
    await heading(page, t.mine.title).waitFor();
  }

  it('lets a signatory manage members, change the bank account and choose the written standard', async () => {
    const { page, errors } = await openTab(portal);
    await logIn(page);
    await page.getByRole('link', { name: t.orgPage.linkFromMine }).click();
    const members = page.getByTestId('members');
    await members.getByText(signatory.user.email).waitFor();
    await checkPage(page, 'organisasjonsside');

    // Add a colleague without signing rights, then give and take them, then remove the colleague.
    await page.getByLabel(t.orgPage.memberEmail, { exact: true }).fill(colleague.user.email);
    await page.getByRole('button', { name: t.orgPage.add }).click();
    const row = members.getByRole('row').filter({ hasText: colleague.user.email });
    await row.getByText(t.orgPage.mayNotSign).waitFor();
    expect(await membership(colleague.user.id)).toEqual({ signatory: false });
    await page.getByRole('button', { name: t.orgPage.giveSigning(colleague.user.name) }).click();
    await page.getByRole('button', { name: t.orgPage.takeSigning(colleague.user.name) }).waitFor();
    expect(await membership(colleague.user.id)).toEqual({ signatory: true });
    await page.getByRole('button', { name: t.orgPage.removeMember(colleague.user.name) }).click();
    await row.waitFor({ state: 'detached' });
    expect(await membership(colleague.user.id)).toBeUndefined();

    // The new account number is checked as it is typed; once changed it waits for Sfk's control.
    const account = page.getByLabel(t.orgPage.bankNew);
    const wrong = (await organisationRow()).bank_account.slice(0, 10) + '0';
    const valid = randomBankAccount();
    await account.fill(wrong === (await organisationRow()).bank_account ? '12345678901' : wrong);
    await page.getByText(t.organisation.bankAccountWrong).first().waitFor();
    await account.fill(valid);
    await page.getByText(t.orgPage.bankOk).waitFor();
    await page.getByRole('button', { name: t.orgPage.bankChange }).click();
    await page.getByText(t.orgPage.bankChanged).waitFor();
    await page.getByTestId('bank-pending').waitFor();
    const changed = await organisationRow();
    expect({ account: changed.bank_account, verified: changed.bank_account_verified_at }).toEqual({
      account: valid,
      verified: null,
    });
    await checkPage(page, 'organisasjon-kontonummer');

    await page.getByRole('radio', { name: 'Nynorsk' }).check();
    await page.getByRole('button', { name: t.orgPage.languageSave }).click();
    await page.getByText(t.orgPage.languageSaved).waitFor();
    expect((await organisationRow()).preferred_language).toBe('nn');
    expect(errors).toEqual([]);
  });

  it('shows the public award lists, linked from the front page', async () => {
    const { page, errors } = await openTab(portal);
    await page.goto('/');
    await page.getByRole('link', { name: t.awards.frontLink }).click();
    await heading(page, t.awards.title).waitFor();
    // Only decided rounds have an award list: none here, unless another suite has decided one meanwhile.
    await page.getByText(t.awards.noRounds).or(page.getByTestId('award-round').first()).waitFor();
    await checkPage(page);
    expect(errors).toEqual([]);
  });
});
