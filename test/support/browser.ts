import { AccountMailService } from '@app/grants';
import { mkdirSync, readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { testDatabaseUrl } from './env';
import { SmtpCapture } from './smtp';
import { createTestApp, TestContext } from './test-app';

/**
 * The browser tests' world: the real API (serving the built app from dist/web, as in production) listening on a
 * local port, real PostgreSQL and Redis, an SMTP catcher, and Debian's Chromium driven by playwright-core.
 */
export interface Portal {
  ctx: TestContext;
  base: string;
  browser: Browser;
  smtp: SmtpCapture;
  /** Sends this run's open account e-mails (as the worker's `mail.account` job would). */
  deliverAccountMail: (domain: string) => Promise<void>;
  close: () => Promise<void>;
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = join(__dirname, '..', '..');
export const WEB_ROOT = join(ROOT, 'dist', 'web');

/** Account e-mails of these tests are held from other suites' relays (as accounts.e2e-spec.ts does). */
async function holdAccountMail(): Promise<void> {
  const admin = new Client({ connectionString: testDatabaseUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE OR REPLACE FUNCTION test_hold_account_mail() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.topic = 'mail.account' THEN NEW.dispatched_at := 'infinity'; END IF;
        RETURN NEW;
      END $$`);
    await admin.query(`DROP TRIGGER IF EXISTS test_hold_account_mail ON outbox_messages`);
    await admin.query(`CREATE TRIGGER test_hold_account_mail BEFORE INSERT ON outbox_messages
      FOR EACH ROW EXECUTE FUNCTION test_hold_account_mail()`);
  } finally {
    await admin.end();
  }
}

export async function startPortal(): Promise<Portal> {
  const smtp = new SmtpCapture();
  const saved = { SMTP_URL: process.env.SMTP_URL, WEB_ROOT: process.env.WEB_ROOT };
  process.env.SMTP_URL = await smtp.start();
  process.env.WEB_ROOT = WEB_ROOT;
  await holdAccountMail();
  const ctx = await createTestApp();
  await ctx.app.listen(0, '127.0.0.1');
  const { port } = ctx.app.getHttpServer().address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
    ],
  });
  const mail = ctx.app.get(AccountMailService);
  const deliverAccountMail = async (domain: string) => {
    for (let round = 0; round < 5; round++) {
      const rows = await ctx.db.query<{ id: string }[]>(
        `SELECT o.id::text FROM outbox_messages o
           LEFT JOIN account_tokens t ON t.id = (o.payload->>'subjectId')::uuid
           LEFT JOIN users u ON u.id = coalesce(t.user_id, (o.payload->>'subjectId')::uuid)
          WHERE o.topic = 'mail.account' AND o.completed_at IS NULL AND o.failed_at IS NULL
            AND (u.email LIKE $1 OR o.payload->>'email' LIKE $1)
          ORDER BY o.id`,
        [`%@${domain}`],
      );
      if (rows.length === 0) return;
      for (const row of rows) await mail.deliver(row.id);
    }
  };
  return {
    ctx,
    base: `http://127.0.0.1:${port}`,
    browser,
    smtp,
    deliverAccountMail,
    close: async () => {
      await browser.close();
      await ctx.close();
      await smtp.stop();
      process.env.SMTP_URL = saved.SMTP_URL;
      process.env.WEB_ROOT = saved.WEB_ROOT;
    },
  };
}

/**
 * A browser tab that fails the test on anything the page reports as broken: an uncaught error, a console error
 * (a CSP refusal shows up there), a failed request other than the API's own refusals.
 */
export async function openTab(
  portal: Portal,
  context?: BrowserContext,
): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  context ??= await portal.browser.newContext({
    baseURL: portal.base,
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  if (process.env.BROWSER_DEBUG) {
    page.on('requestfailed', (r) => console.log('failed', r.method(), r.url()));
    page.on('console', (m) => console.log('console', m.type(), m.text()));
  }
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  if (process.env.BROWSER_DEBUG) page.on('pageerror', (e) => console.log('pageerror', e.message));
  page.on('console', (m) => {
    // The browser logs every 4xx answer as a console error; the app shows those to the user itself.
    if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  // The API's answers of 500 and above, with the request, for the report of a failed step (onFailure).
  page.on('response', (r) => {
    if (r.status() >= 500) errors.push(`response: ${r.status()} ${r.request().method()} ${r.url()}`);
  });
  tabErrors.set(page, errors);
  return { page, context, errors };
}

const tabErrors = new WeakMap<Page, string[]>();

const axeSource = readFileSync(require.resolve('axe-core'), 'utf8');

/** WCAG 2.1 AA (and best-practice) rules of axe-core on the page as it is now; returns what it found. */
export async function axe(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, not a <script> tag: the app's CSP (script-src 'self') refuses inline
  // scripts, and the tests keep that CSP on so that a violation by the app itself shows up.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run: (o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
    };
    const result = await w.axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}

/**
 * Runs the steps of one page's test; when one fails, the error says where the browser was and what the page
 * showed (its main text), so a failure in CI can be read from the log. With BROWSER_DEBUG set, also a picture of
 * the page (in the system's temp directory).
 */
export async function onFailure<T>(page: Page, name: string, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    const shown = await page
      .locator('body')
      .innerText({ timeout: 2000 })
      .catch(() => '(the page could not be read)');
    if (error instanceof Error) {
      const reported = tabErrors.get(page) ?? [];
      const context =
        `\n\n${name}: the browser was at ${page.url()}, showing:\n${shown.slice(0, 1500)}` +
        (reported.length ? `\n\nwhat the page reported:\n${reported.join('\n')}` : '');
      // Jest prints the stack, which holds the message as it was when the error was made.
      error.message += context;
      if (error.stack) error.stack = error.stack.replace(/\n {4}at /, `${context}\n    at `);
    }
    if (process.env.BROWSER_DEBUG) {
      await page
        .screenshot({ path: join(tmpdir(), `browser-failure-${name}.png`), fullPage: true })
        .catch(() => undefined);
    }
    throw error;
  }
}

/**
 * Checks a page the user has reached: 0 axe violations; with SCREENSHOTS=1 (npm run screenshots) a full-page
 * picture in docs/screenshots/<name>.png.
 */
export async function checkPage(page: Page, name?: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  expect({ page: name ?? page.url(), violations: await axe(page) }).toEqual({
    page: name ?? page.url(),
    violations: [],
  });
  if (name && process.env.SCREENSHOTS === '1') {
    const dir = join(ROOT, 'docs', 'screenshots');
    mkdirSync(dir, { recursive: true });
    // A full-page picture resizes the viewport and back, and Chromium then scrolls a focused input into view a
    // moment later, under the next click: the focus is put aside while the picture is taken.
    await page.evaluate(() => {
      const w = window as unknown as { focusedBeforeScreenshot?: Element | null };
      w.focusedBeforeScreenshot = document.activeElement;
      (document.activeElement as HTMLElement | null)?.blur();
    });
    await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
    await page.evaluate(() => {
      const w = window as unknown as { focusedBeforeScreenshot?: HTMLElement | null };
      w.focusedBeforeScreenshot?.focus({ preventScroll: true });
    });
  }
}

/**
 * Waits until focus is on an element matching `selector` (the error summary after a refused submit, the heading
 * after navigation): the app moves focus when the server's answer has arrived, which under load is later than the
 * click. Fails after the timeout, naming what has focus instead.
 */
export async function expectFocusOn(page: Page, selector: string, timeout = 10_000): Promise<void> {
  try {
    await page.waitForFunction((s) => document.activeElement?.matches(s) === true, selector, { timeout });
  } catch {
    const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? 'nothing');
    throw new Error(`focus is not on ${selector} but on ${focused}`);
  }
}
