import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readFile, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { renderPage } from './server-render';

/**
 * The web application (apps/web, built by Vite into WEB_ROOT) served by the API process on the same origin at `/`,
 * so the session cookie and the API share an origin and no CORS is needed. The API stays under /api:
 *
 * - `/assets/*`: hashed file names, cached for a year (`immutable`);
 * - other files at the top of WEB_ROOT (favicon, robots.txt): revalidated (`no-cache`, ETag);
 * - `index.html` at `/` and for every other GET outside /api that accepts text/html (the app's own routes), with
 *   the page's first view rendered in (server-render.ts: the page and its first API answers, asked for in process
 *   with the request's cookie): `no-cache`, so a new build is picked up on the next page load, or `no-store` when
 *   it holds the signed-in user's own data;
 * - scripts and style sheets precompressed by the build (scripts/web-compress.js): Brotli to a browser that takes
 *   it (browsers offer it over https only), else gzip;
 * - a strict Content-Security-Policy on all of these (no inline scripts or styles); Swagger under /api/docs keeps
 *   its own, looser policy (common/security-headers.ts).
 *
 * Without a built app (no index.html) such pages answer 503 with a short Norwegian page. Anything else, and every
 * unknown /api path, is the API's 404 problem.
 */
export const WEB_APP_CSP = [
  `default-src 'self'`,
  `script-src 'self'`,
  `style-src 'self'`,
  `img-src 'self' data:`,
  `font-src 'self'`,
  `connect-src 'self'`,
  `frame-ancestors 'none'`,
  `base-uri 'self'`,
  `form-action 'self'`,
  `object-src 'none'`,
].join('; ');

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="nb">
<head><meta charset="utf-8"><title>Tilskudd – nettsiden er ikke bygget</title></head>
<body>
<h1>Nettsiden er ikke bygget</h1>
<p>Tilskudd-API-et kjører, men nettapplikasjonen er ikke bygget ennå. Kjør <code>npm run build</code> og last siden på nytt.</p>
<p>API-et svarer under <a href="/api/docs">/api</a>.</p>
</body>
</html>
`;

export async function serveWebApp(fastify: FastifyInstance, webRoot: string): Promise<void> {
  // sendFile only (serve: false): the routes below decide what is served. Hidden files are never served.
  await fastify.register(fastifyStatic, {
    root: webRoot,
    serve: false,
    cacheControl: false,
    dotfiles: 'deny',
    index: false,
    suppressWarning: true,
  });
  const handler = (request: FastifyRequest, reply: FastifyReply) => serve(webRoot, request, reply);
  // A route keeps the error handler of when it was added; Nest sets the one that answers problem documents later
  // (at init), so errors here (a URL too long, a failing read) are passed to whichever handler is current.
  const options = {
    errorHandler: (error: unknown, request: FastifyRequest, reply: FastifyReply) =>
      fastify.errorHandler(error as Error, request, reply),
  };
  fastify.get('/', options, handler);
  fastify.get('/*', options, handler);
}

async function serve(webRoot: string, request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  const path = pathOf(request.url);
  if (path === null || path === '/api' || path.startsWith('/api/')) return reply.callNotFound();
  const file = path === '/' ? null : await fileUnder(webRoot, path);
  if (file) {
    void reply
      .header('content-security-policy', WEB_APP_CSP)
      .header('cache-control', path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
    // The build writes a Brotli and a gzip copy of each script and style sheet (scripts/web-compress.js): sent as it
    // is to a browser that takes it, a fifth (Brotli) or a quarter (gzip) of the bytes on a slow connection.
    const encoding = path.startsWith('/assets/') ? await precompressed(webRoot, path, request) : null;
    if (encoding) {
      // Sent as a buffer: sendFile would name the type after the `.br`/`.gz` file.
      return reply
        .header('content-encoding', encoding.name)
        .header('vary', 'accept-encoding')
        .type(file.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8')
        .send(await readFile(join(webRoot, encoding.file)));
    }
    if (path.startsWith('/assets/')) void reply.header('vary', 'accept-encoding');
    return reply.sendFile(file);
  }
  const wantsPage = path === '/' || (!path.startsWith('/assets/') && acceptsHtml(request));
  if (!wantsPage) return reply.callNotFound();
  void reply.header('content-security-policy', WEB_APP_CSP);
  if (!(await fileUnder(webRoot, '/index.html'))) {
    return reply
      .status(503)
      .header('cache-control', 'no-store')
      .header('retry-after', '60')
      .type('text/html; charset=utf-8')
      .send(NOT_BUILT_PAGE);
  }
  return sendPage(webRoot, path, request, reply);
}

/** The page at the request's address, its first view rendered by the server when it can be. */
async function sendPage(webRoot: string, path: string, request: FastifyRequest, reply: FastifyReply) {
  const page = await renderPage(webRoot, {
    url: request.url,
    cookie: request.headers.cookie,
    fetch: injectFetch(request, reply.server),
    warn: (error) =>
      request.log.warn({ err: error, url: path }, 'page rendered by the browser: the server render failed'),
  });
  void reply
    .status(page.status)
    .header('cache-control', page.personal ? 'private, no-store' : REVALIDATE)
    .header('vary', 'cookie, accept-encoding')
    .type('text/html; charset=utf-8');
  // A page with no session in it is compressed (the first view and its data, several times smaller on a slow line);
  // a signed-in user's page is not: it holds the session's CSRF token, and compressing a secret beside what the
  // address puts in the page would let a watcher of the sizes guess it (BREACH).
  const encoding = page.personal ? null : acceptedEncoding(request);
  if (!encoding) return reply.send(page.html);
  return reply.header('content-encoding', encoding).send(compress(page.html, encoding));
}

function acceptedEncoding(request: FastifyRequest): 'br' | 'gzip' | null {
  if (accepts(request, 'br')) return 'br';
  return accepts(request, 'gzip') ? 'gzip' : null;
}

/** Fast settings: the page is compressed anew for every request (about a millisecond for the call list). */
function compress(html: string, encoding: 'br' | 'gzip'): Buffer {
  return encoding === 'br'
    ? brotliCompressSync(html, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } })
    : gzipSync(html, { level: 6 });
}

/**
 * The server render's way to the API: GET in process (fastify.inject), as the browser itself would ask, with the
 * page request's cookie, language, client address and user agent, so the same sessions, rights, limits and audit
 * apply. The address's origin is ignored (the render names one only because a Request needs it).
 */
function injectFetch(page: FastifyRequest, fastify: FastifyInstance) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const headers: Record<string, string> = { accept: 'application/json' };
    for (const name of ['cookie', 'user-agent'] as const) {
      const value = page.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const language = request.headers.get('accept-language');
    if (language) headers['accept-language'] = language;
    const answer = await fastify.inject({
      method: 'GET',
      url: url.pathname + url.search,
      headers,
      remoteAddress: page.ip,
    });
    const empty = answer.statusCode === 204 || answer.statusCode === 304;
    return new Response(empty ? null : new Uint8Array(answer.rawPayload), {
      status: answer.statusCode,
      headers: { 'content-type': String(answer.headers['content-type'] ?? 'application/json') },
    });
  };
}

/** The precompressed copy of an asset the browser accepts, Brotli first. */
async function precompressed(
  webRoot: string,
  path: string,
  request: FastifyRequest,
): Promise<{ name: 'br' | 'gzip'; file: string } | null> {
  for (const [name, suffix] of [
    ['br', 'br'],
    ['gzip', 'gz'],
  ] as const) {
    if (!accepts(request, name)) continue;
    const file = await fileUnder(webRoot, `${path}.${suffix}`);
    if (file) return { name, file };
  }
  return null;
}

/** Whether the browser takes content in this encoding (browsers offer Brotli over https only). */
function accepts(request: FastifyRequest, encoding: 'br' | 'gzip'): boolean {
  const accept = request.headers['accept-encoding'];
  return typeof accept === 'string' && new RegExp(`\\b${encoding}\\b`).test(accept);
}

/** The decoded path of a request URL, or null when it cannot be a file name (bad escapes, NUL). */
function pathOf(url: string): string | null {
  const raw = url.split('?')[0].split('#')[0];
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return path.includes('\0') || path.includes('\\') ? null : path;
}

/** The file's path relative to the root when it is a regular file inside it, no part hidden or `..`; else null. */
async function fileUnder(webRoot: string, path: string): Promise<string | null> {
  const parts = path.split('/').filter((part) => part !== '');
  if (parts.length === 0 || parts.some((part) => part.startsWith('.'))) return null;
  const relative = parts.join('/');
  const absolute = join(webRoot, ...parts);
  if (!absolute.startsWith(webRoot + sep)) return null;
  try {
    return (await stat(absolute)).isFile() ? relative : null;
  } catch {
    return null;
  }
}

function acceptsHtml(request: FastifyRequest): boolean {
  const accept = request.headers.accept;
  return typeof accept === 'string' && accept.includes('text/html');
}
