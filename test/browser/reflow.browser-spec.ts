import { GrantRound } from '@app/grants';
import { BrowserContext, Page } from 'playwright-core';
import { nb } from '../../apps/web/src/i18n/nb';
import { completeDraft } from '../support/applications';
import { decideRound, staff } from '../support/case-handling';
import { checkPage, onFailure, openTab, Portal, startPortal } from '../support/browser';
import { TEST_PASSWORD, TestUser } from '../support/factories';
import { acceptedGrant } from '../support/payments';

const t = nb;

/**
 * Reflow (WCAG 1.4.10): the NGO portal's main pages at 320 CSS pixels wide, and at 200 % zoom of a 1280 px window
 * (640 CSS pixels at device scale 2), scroll only vertically. Nothing is wider than the viewport or sticks out of
 * it, except a table inside a container that scrolls it sideways (a table's own two dimensions are allowed to
 * scroll, the page is not). axe-core finds nothing at either size.
 */
describe('reflow: the NGO pages at 320 px and at 200 % zoom', () => {
  let portal: Portal;
  let round: GrantRound;
  let member: TestUser;
  let draftId: string;
  let caseId: string;
  let organisationId: string;

  const LONG_NAME = 'Interesseorganisasjonen for rettighetsinformasjon og oppfølgingstjenester';

  beforeAll(async () => {
    portal = await startPortal();
    const { ctx } = portal;
    const s = await staff(ctx);
    round = await ctx.f.round({ title: 'Tilskudd til tiltak mot menneskehandel og prostitusjon' });
    // An accepted grant (the case page with its decision and payment plan) and a draft of the same signatory.
    const grant = await acceptedGrant(ctx, s, { round, amountOre: 125_000_050 });
    member = grant.member;
    caseId = grant.applicationId;
    organisationId = grant.organisationId;
    await ctx.db.query('UPDATE organisations SET name = $1 WHERE id = $2', [LONG_NAME, organisationId]);
    const draft = await completeDraft(ctx, round, member, {
      title: 'Oppfølgingstjenester for utsatte kvinner i hele Nord-Norge',
    });
    draftId = draft.id;
    // A decided round, so the award lists show a table.
    const awarded = await ctx.f.round({ year: 2099, title: 'Tildelte tilskudd mot menneskehandel' });
    const awardedGrant = await acceptedGrant(ctx, s, { round: awarded, verifyAccountBy: null });
    await ctx.db.query('UPDATE organisations SET name = $1 WHERE id = $2', [
      `${LONG_NAME} i Troms og Finnmark`,
      awardedGrant.organisationId,
    ]);
    await decideRound(ctx, s.approver, awarded.id);
  }, 180_000);
  afterAll(() => portal?.close());

  const heading = (page: Page, text: string) => page.getByRole('heading', { level: 1, name: text });

  /**
   * What makes the page scroll sideways: the document's width against the viewport's, and every visible element
   * that is wider than the viewport or reaches past its edges — unless it is a table (or in one) inside an element
   * that scrolls sideways itself.
   */
  async function overflow(page: Page): Promise<{ scrollWidth: number; offenders: string[] }> {
    return page.evaluate(() => {
      const root = document.documentElement;
      const viewport = root.clientWidth;
      const scrolls = (el: Element) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
      const allowed = (el: Element) => {
        const table = el.closest('table');
        if (!table) return false;
        for (let up = table.parentElement; up && up !== document.body; up = up.parentElement) {
          if (scrolls(up)) return up.getBoundingClientRect().right <= viewport + 0.5;
        }
        return false;
      };
      const describe = (el: Element) => {
        const id = el.id ? `#${el.id}` : '';
        const classes = Array.from(el.classList)
          .map((c) => `.${c}`)
          .join('');
        const text = (el.textContent ?? '').trim().slice(0, 40);
        const { left, width } = el.getBoundingClientRect();
        return `${el.tagName.toLowerCase()}${id}${classes} (left ${Math.round(left)}, width ${Math.round(width)}) "${text}"`;
      };
      const offenders: string[] = [];
      for (const el of Array.from(document.body.querySelectorAll('*'))) {
        // Not rendered (display: none, or inside it): takes no room.
        if (el.getClientRects().length === 0) continue;
        const rect = el.getBoundingClientRect();
        const sticksOut = rect.left < -0.5 || rect.right > viewport + 0.5 || rect.width > viewport + 0.5;
        if (sticksOut && !allowed(el)) offenders.push(describe(el));
      }
      // Text that runs out of its box (a long word that does not break) sticks out without its element doing so.
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || allowed(parent) || !node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const out = Array.from(range.getClientRects()).some(
          (r) => r.width > 0 && (r.left < -0.5 || r.right > viewport + 0.5),
        );
        if (out) offenders.push(`text in ${describe(parent)}`);
      }
      return { scrollWidth: root.scrollWidth - root.clientWidth, offenders };
    });
  }

  async function expectReflow(page: Page, name: string, size: string): Promise<void> {
    await checkPage(page, size === '320' ? `reflow-320-${name}` : undefined);
    // The pictures at 320 px, to look at (BROWSER_DEBUG=1).
    if (process.env.BROWSER_DEBUG && size === '320') {
      await page.screenshot({ path: `/tmp/reflow-320-${name}.png`, fullPage: true });
    }
    expect({ page: name, size, ...(await overflow(page)) }).toEqual({
      page: name,
      size,
      scrollWidth: 0,
      offenders: [],
    });
  }

  async function logIn(page: Page): Promise<void> {
    await page.goto('/logg-inn');
    await heading(page, t.login.title).waitFor();
    await page.getByLabel(t.login.email, { exact: true }).fill(member.user.email);
    await page.getByLabel(t.login.password, { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: t.login.submit }).click();
    await heading(page, t.mine.title).waitFor();
  }

  async function pagesAt(size: '320' | '200%'): Promise<void> {
    const context: BrowserContext = await portal.browser.newContext({
      baseURL: portal.base,
      locale: 'nb-NO',
      timezoneId: 'Europe/Oslo',
      ...(size === '320'
        ? { viewport: { width: 320, height: 640 } }
        : { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }),
    });
    const { page, errors } = await openTab(portal, context);
    await onFailure(page, `reflow-${size}`, async () => {
      expect(await page.evaluate(() => [window.innerWidth, window.devicePixelRatio])).toEqual(
        size === '320' ? [320, 1] : [640, 2],
      );
      await page.goto('/');
      await heading(page, t.calls.title).waitFor();
      await page.getByRole('link', { name: round.title }).waitFor();
      await expectReflow(page, 'forside', size);

      await page.goto(`/utlysninger/${round.id}`);
      await heading(page, round.title).waitFor();
      await expectReflow(page, 'utlysning', size);

      await page.goto('/tildelinger');
      await heading(page, t.awards.title).waitFor();
      await page.getByTestId('award-list').first().waitFor();
      await expectReflow(page, 'tildelinger', size);

      await page.goto('/logg-inn');
      await heading(page, t.login.title).waitFor();
      await expectReflow(page, 'logg-inn', size);

      await logIn(page);
      await page
        .getByRole('link', { name: 'Oppfølgingstjenester for utsatte kvinner i hele Nord-Norge' })
        .waitFor();
      await expectReflow(page, 'mine-soknader', size);

      await page.goto(`/soknad/${draftId}`);
      await heading(page, t.app.taskListTitle).waitFor();
      await expectReflow(page, 'oppgaveliste', size);

      for (const [slug, title] of [
        ['tiltaket', t.app.sections.measure],
        ['budsjett', t.app.sections.budget],
      ]) {
        await page.goto(`/soknad/${draftId}/${slug}`);
        await heading(page, title).waitFor();
        await expectReflow(page, slug, size);
      }

      await page.goto(`/soknad/${caseId}/sak`);
      await page.getByTestId('case-status').filter({ hasText: t.status.accepted }).waitFor();
      await page.getByTestId('payments').waitFor();
      await expectReflow(page, 'sak', size);

      await page.goto(`/organisasjon/${organisationId}`);
      await page.getByTestId('members').waitFor();
      await expectReflow(page, 'organisasjon', size);
      expect(errors).toEqual([]);
    });
    await context.close();
  }

  it('at 320 CSS px', () => pagesAt('320'), 180_000);
  it('at 200 % zoom of a 1280 px window (640 CSS px)', () => pagesAt('200%'), 180_000);
});
