import { Role } from '@app/grants';
import { BrowserContext, Page } from 'playwright-core';
import { nb } from '../../apps/web/src/i18n/nb';
import { checkPage, openTab, Portal, startPortal, expectFocusOn } from '../support/browser';
import { TEST_PASSWORD, TestUser } from '../support/factories';

const t = nb;

/**
 * Input is never lost: the same draft saved from two tabs (a stale version is the user's choice, never silently
 * overwritten), a session that expires mid-form (the input survives the new login), and the keyboard alone.
 */
describe('the application form keeps what the user typed', () => {
  let portal: Portal;
  let member: TestUser;
  let colleague: TestUser;
  let applicationId: string;

  beforeAll(async () => {
    portal = await startPortal();
    const { f } = portal.ctx;
    member = await f.user([Role.Applicant]);
    colleague = await f.user([Role.Applicant], { name: 'Kari Kollega' });
    const organisation = await f.organisation([member, colleague]);
    const round = await f.round();
    const res = await portal.ctx
      .http()
      .post('/api/applications')
      .set('authorization', member.auth)
      .send({ roundId: round.id, organisationId: organisation.id, title: 'Første tittel' })
      .expect(201);
    applicationId = res.body.id;
  });
  afterAll(() => portal.close());

  const heading = (page: Page, text: string) => page.getByRole('heading', { level: 1, name: text });
  const saved = (page: Page) => page.getByTestId('save-status').filter({ hasText: 'Lagret kl.' }).waitFor();
  const dbRow = async () =>
    (
      await portal.ctx.db.query(`SELECT title, summary, goals, version FROM applications WHERE id = $1`, [
        applicationId,
      ])
    )[0];

  async function loggedIn(context?: BrowserContext): Promise<{ page: Page; errors: string[] }> {
    const tab = await openTab(portal, context);
    await tab.page.goto('/logg-inn');
    await tab.page.getByLabel(t.login.email).fill(member.user.email);
    await tab.page.getByLabel(t.login.password, { exact: true }).fill(TEST_PASSWORD);
    await tab.page.getByRole('button', { name: t.login.submit }).click();
    await heading(tab.page, t.mine.title).waitFor();
    return tab;
  }

  const conflictText = (page: Page) => page.getByTestId('conflict-text');

  it('shows a conflict when the draft was saved elsewhere, says by whom, and lets the user keep theirs or take the newest', async () => {
    const a = await loggedIn();
    const b = await loggedIn();
    for (const tab of [a, b]) await tab.page.goto(`/soknad/${applicationId}/tiltaket`);
    await b.page.getByLabel(t.app.title).waitFor();

    await a.page.getByLabel(t.app.title).fill('Tittel fra fane A');
    await saved(a.page);
    await b.page.getByLabel(t.app.title).fill('Tittel fra fane B');
    await b.page.getByRole('heading', { name: t.app.conflictTitle }).waitFor();
    // The user's own save in the other tab: «Du endret søknaden kl. 14:02 …».
    await conflictText(b.page)
      .filter({ hasText: /^Du endret søknaden kl\. \d\d:\d\d/ })
      .waitFor();
    expect((await dbRow()).title).toBe('Tittel fra fane A');

    // Keep mine: B's title is saved on top of the newest version.
    await b.page.getByRole('button', { name: t.app.keepMine }).click();
    await saved(b.page);
    expect((await dbRow()).title).toBe('Tittel fra fane B');

    // A colleague saves meanwhile; the conflict names her. Take the newest: B's unsaved summary is dropped and
    // hers shown.
    await portal.ctx
      .http()
      .patch(`/api/applications/${applicationId}`)
      .set('authorization', colleague.auth)
      .send({ version: (await dbRow()).version, summary: 'Sammendrag fra Kari' })
      .expect(200);
    await b.page.getByLabel(t.app.summary).fill('Sammendrag fra B');
    await conflictText(b.page)
      .filter({
        hasText: /^Kari Kollega endret søknaden kl\. \d\d:\d\d i en annen fane eller på en annen maskin/,
      })
      .waitFor();
    await checkPage(b.page, 'autolagring-konflikt');
    await b.page.getByRole('button', { name: t.app.takeNewest }).click();
    await b.page.waitForFunction(
      () => document.querySelector<HTMLTextAreaElement>('#f-summary')?.value === 'Sammendrag fra Kari',
    );
    await expect(b.page.getByLabel(t.app.title).inputValue()).resolves.toBe('Tittel fra fane B');
    await expect(b.page.getByTestId('conflict-text').count()).resolves.toBe(0);
    expect(await dbRow()).toMatchObject({ title: 'Tittel fra fane B', summary: 'Sammendrag fra Kari' });
    expect([...a.errors, ...b.errors]).toEqual([]);
  }, 180_000);

  it('keeps the input when the session expires mid-form and saves it after the new login', async () => {
    const { page, errors } = await loggedIn();
    await page.goto(`/soknad/${applicationId}/tiltaket`);
    await page.getByLabel(t.app.goals).waitFor();
    await page.context().clearCookies();

    await page.getByLabel(t.app.goals).fill('Mål skrevet mens økten gikk ut');
    await page.getByText(t.app.expired).waitFor();
    await checkPage(page, 'autolagring-utlogget');
    expect((await dbRow()).goals).toBeNull();

    await page.getByRole('link', { name: t.app.logInAgain }).click();
    await page.getByText(t.login.expired).waitFor();
    await page.getByLabel(t.login.email).fill(member.user.email);
    await page.getByLabel(t.login.password, { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: t.login.submit }).click();
    await heading(page, t.app.sections.measure).waitFor();
    await expect(page.getByLabel(t.app.goals).inputValue()).resolves.toBe('Mål skrevet mens økten gikk ut');
    await saved(page);
    expect((await dbRow()).goals).toBe('Mål skrevet mens økten gikk ut');
    expect(errors).toEqual([]);
  }, 180_000);

  it('can be used with the keyboard alone: log in and fill in a section', async () => {
    const { page, errors } = await openTab(portal);
    await page.goto('/logg-inn');
    await heading(page, t.login.title).waitFor();

    /** Presses Tab until the element with this accessible label (or text) has focus. */
    async function tabTo(name: string): Promise<void> {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el) return '';
          const labels = (el as HTMLInputElement).labels;
          return [el.getAttribute('aria-label'), labels?.[0]?.innerText, el.innerText]
            .filter(Boolean)
            .join('|');
        });
        if (focused.split('|').some((s) => s.trim() === name)) return;
      }
      throw new Error(`Tab never reached ${name}`);
    }

    await tabTo(t.login.email);
    await page.keyboard.type(member.user.email);
    await tabTo(t.login.password);
    await page.keyboard.type(TEST_PASSWORD);
    await page.keyboard.press('Enter');
    await heading(page, t.mine.title).waitFor();
    // Focus moved to the new page's heading.
    await expectFocusOn(page, 'h1');

    await page.goto(`/soknad/${applicationId}`);
    await heading(page, t.app.taskListTitle).waitFor();
    await tabTo(t.app.sections.organisation);
    await page.keyboard.press('Enter');
    await heading(page, t.app.sections.organisation).waitFor();
    await tabTo(t.app.contactName);
    await page.keyboard.type('Kari Tastatur');
    await tabTo(t.app.contactEmail);
    await page.keyboard.type('kari@example.test');
    await tabTo(t.app.signatoryName);
    await page.keyboard.type('Stine Tastatur');
    await tabTo(t.app.signatoryRoles.chair);
    await page.keyboard.press('Space');
    await saved(page);
    await tabTo(t.app.saveAndBack);
    await page.keyboard.press('Enter');
    await heading(page, t.app.taskListTitle).waitFor();
    await page.locator('#status-organisation').filter({ hasText: t.app.sectionStatus.complete }).waitFor();
    const [row] = await portal.ctx.db.query(
      `SELECT contact_person, signatory FROM applications WHERE id = $1`,
      [applicationId],
    );
    expect(row.contact_person).toMatchObject({ name: 'Kari Tastatur', email: 'kari@example.test' });
    expect(row.signatory).toEqual({ name: 'Stine Tastatur', role: 'chair' });
    expect(errors).toEqual([]);
  }, 180_000);
});
