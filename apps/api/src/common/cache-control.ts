/**
 * Cache-Control for every answer of the API, set in one place (an onSend hook in app.factory.ts), so no handler can
 * forget it. Everything is `no-store`: case documents, tokens, lists, files, errors — a browser, a proxy or a shared
 * computer keeps nothing. The one exception is what anyone may read without logging in: the public pages of calls
 * and award lists, asked for without a token and answered 200, may be kept for a minute (they change when a round
 * is published or decided; a minute late is harmless, and it spares the API a crowd on the day a call opens).
 */
export const PUBLIC_MAX_AGE_SECONDS = 60;

const PUBLIC_PAGES = /^\/api\/public(\/|\?|$)/;

export function cacheControlFor(
  request: {
    method: string;
    url: string;
    headers: Record<string, unknown>;
  },
  statusCode: number,
): string {
  const cacheable =
    (request.method === 'GET' || request.method === 'HEAD') &&
    statusCode === 200 &&
    request.headers.authorization === undefined &&
    PUBLIC_PAGES.test(request.url);
  return cacheable ? `public, max-age=${PUBLIC_MAX_AGE_SECONDS}` : 'no-store';
}
