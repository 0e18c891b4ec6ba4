import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Hints written into index.html for the page asked for, so the browser fetches what the page's first render needs
 * while it downloads the app's bundle instead of one round trip after another (on a slow mobile network each
 * costs over half a second): `<link rel="modulepreload">` for the page's code (the route's chunk of the Vite build
 * and the chunks it imports, from dist/web/.vite/manifest.json) and `<link rel="preload" as="fetch">` for the API
 * answers it starts with. Links only: no script, so the strict CSP holds. A hint that misses costs a download,
 * never a wrong page; the app fetches everything itself as before (the browser hands it the preloaded answer).
 *
 * The paths mirror apps/web/src/routes.tsx (the module keys are its lazily imported files).
 */
interface Hint {
  path: RegExp;
  /** The route's module, as the manifest names it. */
  module: string;
  /** API addresses the page asks for first (only ids the pattern checked are put in them). */
  data?: (match: RegExpMatchArray, signedIn: boolean) => string[];
}

const UUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';
const APPLY = 'src/pages/apply/index.ts';
const HINTS: Hint[] = [
  { path: /^\/$/, module: 'src/pages/public.tsx', data: () => ['/api/public/rounds?limit=100'] },
  {
    path: new RegExp(`^/utlysninger/${UUID}$`),
    module: 'src/pages/public.tsx',
    data: (match) => [`/api/public/rounds/${match[1]}`],
  },
  {
    path: /^\/(logg-inn|opprett-konto|bekreft-e-post|glemt-passord|nytt-passord)$/,
    module: 'src/pages/account.tsx',
  },
  { path: /^\/(mine-soknader|organisasjon\/ny|soknad\/ny\/[^/]+)$/, module: APPLY },
  { path: new RegExp(`^/soknad/${UUID}/sak$`), module: 'src/pages/case/index.ts' },
  {
    path: new RegExp(`^/soknad/${UUID}(/[a-z-]+)?$`),
    module: APPLY,
    data: (match, signedIn) => (signedIn ? [`/api/applications/${match[1]}`] : []),
  },
  { path: /^\/tilskudd\/[^/]+\/rapport(\/[a-z-]+)?$/, module: 'src/pages/report/index.ts' },
  { path: /^\/tilskudd\/[^/]+\/(klage|endring)(\/[^/]+)?$/, module: 'src/pages/appeal/index.ts' },
  { path: /^\/tildelinger$/, module: 'src/pages/awards.tsx' },
  { path: /^\/organisasjon(\/[^/]+)?$/, module: 'src/pages/organisation/index.tsx' },
];

type Manifest = Record<string, { file: string; imports?: string[]; isEntry?: boolean }>;

interface Build {
  mtimeMs: number;
  html: string;
  manifest: Manifest | null;
}

let cached: Build | null = null;

/** index.html and the build's manifest, read again when index.html changes (a new build). */
async function readBuild(webRoot: string): Promise<Build> {
  const { mtimeMs } = await stat(join(webRoot, 'index.html'));
  if (cached?.mtimeMs === mtimeMs) return cached;
  const html = await readFile(join(webRoot, 'index.html'), 'utf8');
  let manifest: Manifest | null = null;
  try {
    manifest = JSON.parse(await readFile(join(webRoot, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    // A build without a manifest: index.html as it is.
  }
  cached = { mtimeMs, html, manifest };
  return cached;
}

/** The chunk files a module needs (itself and what it imports), less what the entry already loads. */
function chunksOf(manifest: Manifest, key: string): string[] {
  const entry = new Set<string>();
  const files: string[] = [];
  const walk = (name: string, into: (file: string) => void, seen: Set<string>) => {
    const chunk = manifest[name];
    if (!chunk || seen.has(name)) return;
    seen.add(name);
    into(chunk.file);
    for (const imported of chunk.imports ?? []) walk(imported, into, seen);
  };
  const entryKey = Object.keys(manifest).find((name) => manifest[name].isEntry);
  if (entryKey) walk(entryKey, (file) => entry.add(file), new Set());
  walk(key, (file) => files.push(file), new Set());
  return files.filter((file) => !entry.has(file));
}

/** index.html with the hints of the page at `path` (a decoded path, no query). */
export async function pageHtml(webRoot: string, path: string, signedIn: boolean): Promise<string> {
  const { html, manifest } = await readBuild(webRoot);
  const hint = HINTS.find((candidate) => candidate.path.test(path));
  if (!manifest || !hint) return html;
  const match = path.match(hint.path) as RegExpMatchArray;
  const data = [...(signedIn ? ['/api/session'] : []), ...(hint.data?.(match, signedIn) ?? [])];
  const dataLinks = data.map((url) => `<link rel="preload" as="fetch" crossorigin href="${url}">`).join('');
  const moduleLinks = chunksOf(manifest, hint.module)
    .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`)
    .join('');
  // The answers first: they take longest (the API's own work), and the browser opens six connections at most.
  const script = html.indexOf('<script');
  const withData = script < 0 ? html : `${html.slice(0, script)}${dataLinks}${html.slice(script)}`;
  return withData.replace('</head>', `${script < 0 ? dataLinks : ''}${moduleLinks}</head>`);
}
