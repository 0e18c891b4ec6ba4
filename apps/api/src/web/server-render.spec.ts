import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderPage, type PageInput } from './server-render';

const INDEX =
  '<!doctype html><html lang="nb"><head><meta charset="utf-8" />' +
  '<script type="module" crossorigin src="/assets/index-a1.js"></script>' +
  '<link rel="stylesheet" crossorigin href="/assets/index-c1.css"></head><body><div id="root"></div></body></html>';
const MANIFEST = {
  'index.html': { file: 'assets/index-a1.js', isEntry: true, imports: ['_runtime.js'] },
  '_runtime.js': { file: 'assets/runtime-r1.js' },
  '_format.js': { file: 'assets/format-f1.js', imports: ['_runtime.js', 'index.html'] },
  'src/pages/public.tsx': { file: 'assets/public-p1.js', imports: ['index.html', '_format.js'] },
  'src/pages/account.tsx': { file: 'assets/account-s1.js', imports: ['_format.js', '_runtime.js'] },
};

/** A stand-in for the web app's server build (apps/web/src/entry-server.tsx): answers by the address. */
const SERVER_BUILD = `
exports.render = async ({ url, cookie, fetch }) => {
  if (url === '/feil') throw new Error('render failed');
  if (url === '/langsom') return new Promise(() => {});
  if (url === '/bekreft-e-post') return { kind: 'client', modules: ['src/pages/account.tsx'] };
  const answer = await fetch(new Request('http://tilskudd.invalid/api/public/rounds?limit=100'));
  const body = await answer.text();
  return {
    kind: 'page',
    status: url === '/finnes-ikke' ? 404 : 200,
    html: '<h1>Utlysninger $& $1</h1><p>' + body + '</p>',
    state: '<template id="tilskudd-state">{"a":1}</template>',
    modules: ['src/pages/public.tsx'],
    personal: url === '/mine-soknader',
    language: /tilskudd_language=nn/.test(cookie ?? '') ? 'nn' : 'nb',
  };
};`;

describe('server-rendered pages in index.html', () => {
  let root: string;
  const asked: string[] = [];
  const input = (url: string, cookie?: string): PageInput & { warnings: unknown[] } => {
    const warnings: unknown[] = [];
    return {
      url,
      cookie,
      warnings,
      warn: (error) => warnings.push(error),
      fetch: async (request) => {
        asked.push(new URL(request.url).pathname);
        return new Response('{"items":[]}', { status: 200 });
      },
    };
  };
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'tilskudd-ssr-'));
    mkdirSync(join(root, '.vite'));
    mkdirSync(join(root, '.ssr'));
    writeFileSync(join(root, 'index.html'), INDEX);
    writeFileSync(join(root, '.vite', 'manifest.json'), JSON.stringify(MANIFEST));
    writeFileSync(join(root, '.ssr', 'entry-server.js'), SERVER_BUILD);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('puts the rendered page in the root, its state after it, and preloads its code (not what the entry loads)', async () => {
    const page = await renderPage(root, input('/', 'tilskudd_language=nn'));
    expect(page.status).toBe(200);
    expect(page.personal).toBe(false);
    expect(page.html).toContain(
      '<div id="root"><h1>Utlysninger $& $1</h1><p>{"items":[]}</p></div>' +
        '<template id="tilskudd-state">{"a":1}</template>',
    );
    expect(page.html).toContain('<html lang="nn">');
    expect(page.html).toContain('<link rel="modulepreload" crossorigin href="/assets/public-p1.js">');
    expect(page.html).toContain('<link rel="modulepreload" crossorigin href="/assets/format-f1.js">');
    expect(page.html).not.toContain('modulepreload" crossorigin href="/assets/runtime-r1.js');
    expect(page.html).not.toContain('modulepreload" crossorigin href="/assets/index-a1.js');
    expect(asked).toContain('/api/public/rounds');
  });

  it('passes on the status and whether the page holds the user’s own data', async () => {
    expect((await renderPage(root, input('/finnes-ikke'))).status).toBe(404);
    expect((await renderPage(root, input('/mine-soknader'))).personal).toBe(true);
  });

  it('leaves a client-only page to the browser, with its code preloaded', async () => {
    const page = await renderPage(root, input('/bekreft-e-post'));
    expect(page.html).toContain('<div id="root"></div>');
    expect(page.html).toContain('<link rel="modulepreload" crossorigin href="/assets/account-s1.js">');
    expect(page.html).not.toContain('tilskudd-state');
  });

  it('answers index.html as built when the render fails, and reports the failure', async () => {
    const failing = input('/feil');
    const page = await renderPage(root, failing);
    expect(page).toEqual({ status: 200, html: INDEX, personal: false });
    expect(failing.warnings).toHaveLength(1);
  });

  it('does not wait for a render that hangs (a slow database): the browser renders the page instead', async () => {
    const slow = input('/langsom');
    expect(await renderPage(root, slow)).toEqual({ status: 200, html: INDEX, personal: false });
    expect(String(slow.warnings[0])).toContain('no render within 3000 ms');
  });

  it('answers index.html as built when there is no server build', async () => {
    rmSync(join(root, '.ssr'), { recursive: true });
    // A new build: index.html changed.
    utimesSync(join(root, 'index.html'), new Date(), new Date(Date.now() + 5000));
    expect(await renderPage(root, input('/'))).toEqual({ status: 200, html: INDEX, personal: false });
  });
});
