import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

/** The API's types, generated from openapi.json (`npm run web:client`). */
export type Schemas = components['schemas'];

let csrfToken: string | null = null;

/** The session's CSRF token, kept in memory only (never in storage): sent on every state-changing request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const csrfMiddleware: Middleware = {
  onRequest({ request }) {
    if (csrfToken && !SAFE_METHODS.has(request.method.toUpperCase())) {
      request.headers.set('X-CSRF-Token', csrfToken);
    }
    return request;
  },
};

let language: 'nb' | 'nn' = 'nb';

/** The written standard the user chose: the API answers its messages (problem details) in it. */
export function setApiLanguage(next: 'nb' | 'nn'): void {
  language = next;
}

/** The written standard the API is asked for now. */
export function apiLanguage(): 'nb' | 'nn' {
  return language;
}

export const languageMiddleware: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', language);
    return request;
  },
};

/** Headers for requests made without the typed client (uploads with progress). */
export function csrfHeaders(): Record<string, string> {
  return { 'Accept-Language': language, ...(csrfToken ? { 'X-CSRF-Token': csrfToken } : {}) };
}

/**
 * How the server-side render reaches the API (entry-server.tsx: in process, with the page request's cookie, for the
 * request being rendered); null in the browser.
 */
let serverFetch: (() => (request: Request) => Promise<Response>) | null = null;

export function setServerFetch(resolve: () => (request: Request) => Promise<Response>): void {
  serverFetch = resolve;
}

/**
 * Same origin, with the session cookie; the API is at /api. On the server a request needs an absolute address: the
 * origin given is never contacted (the server's fetch takes the path only).
 */
export const api = createClient<paths>({
  baseUrl: import.meta.env.SSR ? 'http://tilskudd.invalid' : '',
  credentials: 'same-origin',
  fetch: (request) => (serverFetch ? serverFetch()(request) : globalThis.fetch(request)),
});
api.use(csrfMiddleware, languageMiddleware);
