import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A page's first view, rendered on the server: the web app's own server build (apps/web/src/entry-server.tsx,
 * built into `<WEB_ROOT>/.ssr/entry-server.js`) renders the page with the API answers it starts with, asked for in
 * process with the page request's own cookie, and the result goes into index.html together with
 *
 * - the state the browser takes the page over from (JSON in an inert `<template>` element: no script element but
 *   the app's own files, so the strict CSP holds);
 * - `<link rel="modulepreload">` for the page's code (the route's chunks from the build's manifest, less what the
 *   entry loads), so the browser fetches it beside the entry instead of one round trip after it.
 *
 * A browser on a slow network then paints the page as soon as the HTML and the style sheet are in (bench/web.ts).
 * A page that cannot be rendered here (no server build, a page marked client-only, a failure) is index.html as
 * built, with its code preloaded when known: the browser renders it itself, as it renders every later page.
 */
export interface PageInput {
  /** The page's path and query, as requested. */
  url: string;
  /** The request's Cookie header (the render reads the chosen language from it). */
  cookie: string | undefined;
  /** Asks the API in process, with the page request's cookie and client address. */
  fetch: (request: Request) => Promise<Response>;
  /** Where a failed render is reported (the page is then rendered by the browser). */
  warn: (error: unknown) => void;
}

export interface Page {
  status: number;
  html: string;
  /** The page holds the signed-in user's own data: no cache may keep it. */
  personal: boolean;
}

/** What the server build exports (apps/web/src/entry-server.tsx: `render`). */
interface ServerBuild {
  render(input: { url: string; cookie: string | undefined; fetch: PageInput['fetch'] }): Promise<
    | {
        kind: 'page';
        status: number;
        html: string;
        /** The state the browser takes the page over from: JSON in an inert `<template>` element. */
        state: string;
        modules: string[];
        personal: boolean;
        language: 'nb' | 'nn';
      }
    | { kind: 'client'; modules: string[] }
  >;
}

type Manifest = Record<string, { file: string; imports?: string[]; isEntry?: boolean }>;

interface Build {
  mtimeMs: number;
  html: string;
  manifest: Manifest | null;
  server: ServerBuild | null;
}

let cached: Build | null = null;

/** index.html, the manifest and the server build, read again when index.html changes (a new build). */
async function readBuild(webRoot: string): Promise<Build> {
  const { mtimeMs } = await stat(join(webRoot, 'index.html'));
  if (cached?.mtimeMs === mtimeMs) return cached;
  const html = await readFile(join(webRoot, 'index.html'), 'utf8');
  let manifest: Manifest | null = null;
  try {
    manifest = JSON.parse(await readFile(join(webRoot, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    // A build without a manifest: nothing to preload.
  }
  cached = { mtimeMs, html, manifest, server: loadServerBuild(webRoot) };
  return cached;
}

/** The server build when there is one (a CommonJS file with everything in it), loaded anew after a rebuild. */
function loadServerBuild(webRoot: string): ServerBuild | null {
  const file = join(webRoot, '.ssr', 'entry-server.js');
  if (!existsSync(file)) return null;
  try {
    delete require.cache[require.resolve(file)];
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a build output found at run time
    return require(file) as ServerBuild;
  } catch {
    return null;
  }
}

/** The chunk files the modules need (each and what it imports), less what the entry already loads. */
function chunksOf(manifest: Manifest, keys: string[]): string[] {
  const entry = new Set<string>();
  const files = new Set<string>();
  const walk = (name: string, into: Set<string>, seen: Set<string>) => {
    const chunk = manifest[name];
    if (!chunk || seen.has(name)) return;
    seen.add(name);
    into.add(chunk.file);
    for (const imported of chunk.imports ?? []) walk(imported, into, seen);
  };
  const entryKey = Object.keys(manifest).find((name) => manifest[name].isEntry);
  if (entryKey) walk(entryKey, entry, new Set());
  const seen = new Set<string>();
  for (const key of keys) walk(key, files, seen);
  return [...files].filter((file) => !entry.has(file));
}

const ROOT = '<div id="root"></div>';

/**
 * How long a page waits for its render (the API answers it starts with, mostly) before it is sent for the browser
 * to render instead: a slow database must not hold up the page itself.
 */
const RENDER_TIMEOUT_MS = 3000;

function withPreloads(html: string, manifest: Manifest | null, modules: string[]): string {
  if (!manifest || modules.length === 0) return html;
  const links = chunksOf(manifest, modules)
    .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`)
    .join('');
  return html.replace('</head>', `${links}</head>`);
}

/** The page at `input.url`: rendered here when it can be, else index.html for the browser to render. */
export async function renderPage(webRoot: string, input: PageInput): Promise<Page> {
  const { html, manifest, server } = await readBuild(webRoot);
  if (!server) return { status: 200, html, personal: false };
  let result: Awaited<ReturnType<ServerBuild['render']>>;
  let timer: NodeJS.Timeout | undefined;
  try {
    result = await Promise.race([
      server.render({ url: input.url, cookie: input.cookie, fetch: input.fetch }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no render within ${RENDER_TIMEOUT_MS} ms`)),
          RENDER_TIMEOUT_MS,
        );
      }),
    ]);
  } catch (error) {
    input.warn(error);
    return { status: 200, html, personal: false };
  } finally {
    clearTimeout(timer);
  }
  const page = withPreloads(html, manifest, result.modules);
  if (result.kind === 'client') return { status: 200, html: page, personal: false };
  return {
    status: result.status,
    personal: result.personal,
    html: page
      .replace(/<html lang="[a-z]+"/, `<html lang="${result.language}"`)
      .replace(ROOT, () => `<div id="root">${result.html}</div>${result.state}`),
  };
}
