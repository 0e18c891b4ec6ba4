import { GrantRound, Role } from '@app/grants';
import { Page } from 'playwright-core';
import { nb } from '../../apps/web/src/i18n/nb';
import { nn } from '../../apps/web/src/i18n/nn';
import { onFailure, openTab, Portal, startPortal } from '../support/browser';
import { TEST_PASSWORD, TestUser } from '../support/factories';

/**
 * The first view of a page comes from the server (apps/api/src/web/server-render.ts): the HTML holds the page with
 * the API answers it starts with, so it is read before any script has run (shown here in a browser with
 * JavaScript off), and the app's code takes it over without a flash or an error (hydration: the tab fails on any
 * console error, which a mismatch between the server's and the browser's render would log). A signed-in user's
 * page is rendered with their session and never cached; the chosen language is the server's too.
 */
describe('the NGO portal: pages rendered on the server', () => {
  let portal: Portal;
  let member: TestUser;
  let round: GrantRound;
  let applicationId: string;

  beforeAll(async () => {
    portal = await startPortal();
    const { f } = portal.ctx;
    member = await f.user([Role.Applicant]);
    const organisation = await f.organisation([member]);
    round = await f.round();
    const res = await portal.ctx
      .http()
      .post('/api/applications')
      .set('authorization', member.auth)
      .send({
        roundId: round.id,
        organisationId: organisation.id,
        title: 'Trygt hjem <script>alert(1)</script>',
      })
      .expect(201);
    applicationId = res.body.id;
  });
  afterAll(() => portal.close());

  const heading = (page: Page, text: string) => page.getByRole('heading', { level: 1, name: text });

  async function logIn(page: Page): Promise<void> {
    await page.goto('/logg-inn');
    await page.getByLabel(nb.login.email).fill(member.user.email);
    await page.getByLabel(nb.login.password, { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: nb.login.submit }).click();
    await heading(page, nb.mine.title).waitFor();
  }

  it('sends the call list as HTML, with its state as data and no inline script', async () => {
    const res = await fetch(`${portal.base}/`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    // Compressed: it holds no session (a signed-in user's page is not, below).
    expect(res.headers.get('content-encoding')).toMatch(/^(br|gzip)$/);
    const html = await res.text();
    expect(html).toMatch(/<div id="root">.*<h1[^>]*>Søk om tilskudd<\/h1>/s);
    expect(html).toContain(`href="/utlysninger/${round.id}"`);
    expect(html).toContain('<template id="tilskudd-state">{"queries":');
    // The only script element is the app's module, a file.
    const scripts = html.match(/<script[^>]*>/g) ?? [];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js">$/);
    // An address made to inject markup: the page shows it as text at most, never as an element.
    const hostile = await fetch(`${portal.base}/soknad/%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E/tiltaket`, {
      headers: { accept: 'text/html' },
    });
    expect(hostile.status).toBe(200);
    expect(await hostile.text()).not.toMatch(/<img[^>]*onerror/i);
    const unknown = await fetch(`${portal.base}/finnes-ikke`, { headers: { accept: 'text/html' } });
    expect(unknown.status).toBe(200);
    expect(await unknown.text()).toContain(nb.common.notFound);
  });

  it('shows the call list and a call without JavaScript, then takes the page over without reloading it', async () => {
    const noScript = await portal.browser.newContext({ baseURL: portal.base, javaScriptEnabled: false });
    const bare = await noScript.newPage();
    await bare.goto('/');
    await heading(bare, nb.calls.title).waitFor();
    await bare.getByRole('link', { name: round.title }).first().click();
    await heading(bare, round.title).waitFor();
    await noScript.close();

    const { page, errors } = await openTab(portal);
    await onFailure(page, 'server-render-calls', async () => {
      await page.goto('/');
      await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
      await page.evaluate(() => Object.assign(window, { sameDocument: true }));
      await page.getByRole('link', { name: round.title }).first().click();
      await heading(page, round.title).waitFor();
      // Followed by the app's router: the same document, not a new page load.
      expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(
        true,
      );
      expect(errors).toEqual([]);
    });
  });

  it('renders a signed-in user’s form with their draft, in their language, never cached', async () => {
    const { page, context, errors } = await openTab(portal);
    await onFailure(page, 'server-render-form', async () => {
      await logIn(page);
      const url = `/soknad/${applicationId}/tiltaket`;
      const answer = await context.request.get(url, { headers: { accept: 'text/html' } });
      expect(answer.headers()['cache-control']).toBe('private, no-store');
      expect(answer.headers()['content-encoding']).toBeUndefined();
      const html = await answer.text();
      expect(html).toContain('value="Trygt hjem &lt;script&gt;alert(1)&lt;/script&gt;"');
      expect(html).not.toContain('<script>alert(1)');
      // The state block carries the draft too, with nothing that could close the element.
      const state = html.slice(html.indexOf('id="tilskudd-state">'));
      expect(state).toContain('\\u003cscript\\u003ealert(1)\\u003c/script\\u003e');

      await page.goto(url);
      await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
      await expectValue(page, nb.app.title, 'Trygt hjem <script>alert(1)</script>');
      await page.getByRole('button', { name: nb.switchToLabel }).click();
      await heading(page, nn.app.sections.measure).waitFor();
      const nynorsk = await context.request.get(url, { headers: { accept: 'text/html' } });
      expect(await nynorsk.text()).toMatch(/^<!doctype html>\s*<html lang="nn"/i);
      await page.reload();
      await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
      await heading(page, nn.app.sections.measure).waitFor();
      expect(errors).toEqual([]);
    });
    await context.close();
  });

  async function expectValue(page: Page, label: string, value: string): Promise<void> {
    expect(await page.getByLabel(label, { exact: true }).inputValue()).toBe(value);
  }
});
