import { GrantRound, RoundStatus } from '@app/grants';
import { MONTHS_NB } from '@app/platform';
import { randomBytes } from 'node:crypto';
import { Locator, Page } from 'playwright-core';
import { nb, type Messages } from '../../apps/web/src/i18n/nb';
import { nn } from '../../apps/web/src/i18n/nn';
import { checkPage, expectFocusOn, onFailure, openTab, Portal, startPortal } from '../support/browser';
import { decideRound, staff } from '../support/case-handling';
import { acceptedGrant, notifiedGrant, osloToday } from '../support/payments';

/**
 * The public award lists (/tildelinger), once in bokmål and once in nynorsk: a round decided through the API with
 * two accepted grants (and one still waiting for acceptance, which is not listed) shows its award list as a table
 * with caption, amounts as "kr 400 000", the sum, the day it was decided, and links to the list as CSV and XLSX;
 * an older decided round follows it, an open round is not there. More rounds than a page holds are paged.
 * axe-core finds nothing.
 */
describe('the NGO portal: the public award lists', () => {
  let portal: Portal;
  let decided: GrantRound;
  let older: GrantRound;
  let open: GrantRound;
  const tag = randomBytes(3).toString('hex');
  const tilskuddNoId = `DT-${String(Date.now()).slice(-6)}`;
  let recipients: string[];

  beforeAll(async () => {
    portal = await startPortal();
    const { ctx } = portal;
    const s = await staff(ctx);
    const scheme = await ctx.f.scheme({ tilskuddNoId });
    decided = await ctx.f.round({
      schemeId: scheme.id,
      year: 2099,
      title: `Tiltak mot menneskehandel ${tag}`,
    });
    const grants = [
      await acceptedGrant(ctx, s, { round: decided, amountOre: 40_000_000, verifyAccountBy: null }),
      await acceptedGrant(ctx, s, { round: decided, amountOre: 12_500_050, verifyAccountBy: null }),
    ];
    await notifiedGrant(ctx, s, { round: decided, amountOre: 30_000_000 });
    recipients = [];
    for (const grant of grants) {
      const [{ name }] = await ctx.db.query('SELECT name FROM organisations WHERE id = $1', [
        grant.organisationId,
      ]);
      recipients.push(name);
    }
    older = await ctx.f.round({ schemeId: scheme.id, year: 2098, title: `Eldre utlysning ${tag}` });
    open = await ctx.f.round({ schemeId: scheme.id, year: 2097, title: `Åpen utlysning ${tag}` });
    for (const round of [decided, older]) await decideRound(ctx, s.approver, round.id);
  }, 180_000);
  afterAll(() => portal?.close());

  const heading = (page: Page, text: string) => page.getByRole('heading', { level: 1, name: text });
  const section = (page: Page, title: string): Locator =>
    page.getByRole('region', { name: title, exact: true });
  const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

  async function awardLists(language: 'nb' | 'nn'): Promise<void> {
    const t: Messages = language === 'nb' ? nb : nn;
    const { page, errors } = await openTab(portal);
    await onFailure(page, `awards-${language}`, async () => {
      await page.goto('/');
      if (language === 'nn') await page.getByRole('button', { name: nb.switchToLabel }).click();
      await page.getByRole('link', { name: t.awards.frontLink }).click();
      await heading(page, t.awards.title).waitFor();

      const round = section(page, decided.title);
      const table = round.getByRole('table', { name: t.awards.caption(decided.title) });
      await table.waitFor();
      const rows = (await table.getByRole('row').allInnerTexts()).map(squeeze);
      expect(rows[0]).toBe(
        `${t.awards.recipient} ${t.awards.organisationNumber} ${t.awards.category} ${t.awards.amount}`,
      );
      expect(rows.at(-1)).toBe(`${t.awards.total} kr 525 000,50`);
      const lines = rows.slice(1, -1).map((row) => row.replace(/ \d{9} /, ' <orgnr> '));
      expect(lines.sort()).toEqual(
        [
          `${recipients[0]} <orgnr> a) Botilbud kr 400 000`,
          `${recipients[1]} <orgnr> a) Botilbud kr 125 000,50`,
        ].sort(),
      );
      const facts = squeeze(await round.locator('dl').innerText());
      expect(facts).toContain(`${t.awards.year} 2099`);
      expect(facts).toContain(t.awards.schemeWithId(await schemeName(), tilskuddNoId));
      expect(facts).toContain(`${t.awards.decided} ${norwegianDate(osloToday())}`);
      expect(squeeze(await round.getByTestId('award-summary').innerText())).toBe(
        squeeze(t.awards.grants(2, 'kr 525 000,50')),
      );

      // The same list to download, as CSV and as a spreadsheet.
      for (const [name, format, type] of [
        [t.awards.downloadCsv(2099), 'csv', /^text\/csv/],
        [t.awards.downloadXlsx(2099), 'xlsx', /spreadsheetml/],
      ] as const) {
        const link = round.getByRole('link', { name });
        expect(await link.getAttribute('href')).toBe(
          `/api/public/rounds/${decided.id}/awards?format=${format}`,
        );
        const res = await page.request.get(`/api/public/rounds/${decided.id}/awards?format=${format}`);
        expect({ status: res.status(), type: res.headers()['content-type'] }).toEqual({
          status: 200,
          type: expect.stringMatching(type),
        });
      }

      // The older decided round follows (newest first), without grants; the open round is not listed.
      const oldRound = section(page, older.title);
      await oldRound.getByText(t.awards.none).waitFor();
      const titles = await page.getByRole('heading', { level: 2 }).allInnerTexts();
      expect(titles.indexOf(decided.title)).toBeLessThan(titles.indexOf(older.title));
      expect(titles).not.toContain(open.title);
      await checkPage(page, language === 'nb' ? 'tildelinger' : undefined);
      expect(errors).toEqual([]);
    });
    await page.context().close();
  }

  async function schemeName(): Promise<string> {
    const [{ name }] = await portal.ctx.db.query('SELECT name FROM grant_schemes WHERE tilskudd_no_id = $1', [
      tilskuddNoId,
    ]);
    return name;
  }

  it(
    'shows the award list of a decided round, with its sum and downloads (bokmål)',
    () => awardLists('nb'),
    180_000,
  );
  it(
    'shows the award list of a decided round, with its sum and downloads (nynorsk)',
    () => awardLists('nn'),
    180_000,
  );

  it('pages the rounds, ten to a page, newest first', async () => {
    // Rounds decided long ago (set directly: only their number matters here) fill more than one page.
    const { f } = portal.ctx;
    for (let year = 2001; year <= 2010; year++) {
      await f.round({ year, title: `Gammel utlysning ${year} ${tag}`, status: RoundStatus.Decided });
    }
    const { page, errors } = await openTab(portal);
    await onFailure(page, 'awards-pages', async () => {
      await page.goto('/tildelinger');
      await heading(page, nb.awards.title).waitFor();
      await section(page, decided.title).waitFor();
      expect(await page.getByTestId('award-round').count()).toBe(10);
      const pager = page.getByRole('navigation', { name: nb.awards.pages });
      expect(await pager.getByRole('link', { name: nb.awards.newer }).count()).toBe(0);
      // Older pages until the oldest round shows; each new page starts at its heading.
      let pageNumber = 1;
      while (!(await section(page, `Gammel utlysning 2001 ${tag}`).isVisible())) {
        await pager.getByRole('link', { name: nb.awards.older }).click();
        pageNumber += 1;
        await pager.getByText(new RegExp(`^Side ${pageNumber} av \\d+$`)).waitFor();
        await expectFocusOn(page, 'h1');
        await page.getByTestId('award-round').first().waitFor();
      }
      expect(page.url()).toMatch(new RegExp(`/tildelinger\\?side=${pageNumber}$`));
      expect(await pager.getByRole('link', { name: nb.awards.older }).count()).toBe(0);
      await checkPage(page);
      await pager.getByRole('link', { name: nb.awards.newer }).click();
      await pager.getByText(new RegExp(`^Side ${pageNumber - 1} av`)).waitFor();

      // The first view of a page of lists comes from the server, with the lists in it: the page the address names.
      const html = async (path: string) =>
        (await page.request.get(path, { headers: { accept: 'text/html' } })).text();
      const first = await html('/tildelinger');
      expect(first).toContain(`>${decided.title}</h2>`);
      for (const name of recipients) expect(first).toContain(name);
      expect(await html(`/tildelinger?side=${pageNumber}`)).toContain(`>Gammel utlysning 2001 ${tag}</h2>`);
      await page.goto(`/tildelinger?side=${pageNumber}`);
      await section(page, `Gammel utlysning 2001 ${tag}`).waitFor();
      await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
      expect(errors).toEqual([]);
    });
  }, 180_000);
});

/** "2. desember 2026" from "2026-12-02". */
function norwegianDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day}. ${MONTHS_NB[month - 1]} ${year}`;
}
