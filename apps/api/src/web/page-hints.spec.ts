import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pageHtml } from './page-hints';

const INDEX =
  '<!doctype html><html lang="nb"><head><meta charset="utf-8" />' +
  '<script type="module" crossorigin src="/assets/index-a1.js"></script>' +
  '<link rel="stylesheet" crossorigin href="/assets/index-c1.css"></head><body><div id="root"></div></body></html>';
const MANIFEST = {
  'index.html': { file: 'assets/index-a1.js', isEntry: true, imports: ['_runtime.js'] },
  '_runtime.js': { file: 'assets/runtime-r1.js' },
  '_format.js': { file: 'assets/format-f1.js', imports: ['_runtime.js', 'index.html'] },
  'src/pages/public.tsx': { file: 'assets/public-p1.js', imports: ['index.html', '_format.js'] },
  'src/pages/apply/index.ts': { file: 'assets/apply-s1.js', imports: ['_format.js', '_runtime.js'] },
};
const ID = '0b6f1c2e-3a4d-4e5f-8a9b-0c1d2e3f4a5b';

describe('page hints written into index.html', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'tilskudd-hints-'));
    mkdirSync(join(root, '.vite'));
    writeFileSync(join(root, 'index.html'), INDEX);
    writeFileSync(join(root, '.vite', 'manifest.json'), JSON.stringify(MANIFEST));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('preloads the call list, its code (not what the entry loads) and its rounds, before the entry script', async () => {
    const html = await pageHtml(root, '/', false);
    const data = html.indexOf(
      '<link rel="preload" as="fetch" crossorigin href="/api/public/rounds?limit=100">',
    );
    expect(data).toBeGreaterThan(-1);
    expect(data).toBeLessThan(html.indexOf('<script'));
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/public-p1.js">');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/format-f1.js">');
    expect(html).not.toContain('modulepreload" crossorigin href="/assets/runtime-r1.js');
    expect(html).not.toContain('/api/session');
    expect(html).not.toMatch(/<script>|<script [^>]*>[^<]/);
  });

  it('preloads the session and the application of a signed-in applicant’s form, never for a signed-out one', async () => {
    const signedIn = await pageHtml(root, `/soknad/${ID}/tiltaket`, true);
    expect(signedIn).toContain('<link rel="preload" as="fetch" crossorigin href="/api/session">');
    expect(signedIn).toContain(`<link rel="preload" as="fetch" crossorigin href="/api/applications/${ID}">`);
    expect(signedIn).toContain('<link rel="modulepreload" crossorigin href="/assets/apply-s1.js">');
    const signedOut = await pageHtml(root, `/soknad/${ID}/tiltaket`, false);
    expect(signedOut).not.toContain('as="fetch"');
    expect(signedOut).toContain('/assets/apply-s1.js');
  });

  it('puts nothing from an address that is not an id into the page, and leaves unknown pages as built', async () => {
    const hostile = await pageHtml(root, '/soknad/"><img src=x onerror=alert(1)>/tiltaket', true);
    expect(hostile).not.toContain('<img');
    expect(hostile).not.toContain('/api/applications/');
    expect(await pageHtml(root, '/finnes-ikke', false)).toBe(INDEX);
  });
});
