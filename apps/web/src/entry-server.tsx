/**
 * The first view of a page, rendered by the API process (apps/api/src/web/server-render.ts loads this file's build,
 * dist/web/.ssr/entry-server.js): the page's HTML with the API answers it starts with, so a browser on a slow network
 * paints the page as soon as the HTML and its style sheet are in, and the app's code takes it over (hydrates) when
 * it has loaded. The same routes, components and queries as in the browser; each request its own query cache.
 */
import { dehydrate, hydrate, QueryClient } from '@tanstack/react-query';
import { AsyncLocalStorage } from 'node:async_hooks';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, matchRoutes, StaticRouterProvider } from 'react-router';
import { setServerFetch } from './api/client';
import { organisationQuery } from './api/queries';
import { App, STATE_ELEMENT_ID, type RenderedState } from './app';
import { languageInCookie, loadLanguage, type Language } from './i18n';
import { setRenderedAt } from './format';
import { type PageHandle, routes } from './routes';
import { sessionQuery, type SessionBody } from './session';

type Fetch = (request: Request) => Promise<Response>;

const requestFetch = new AsyncLocalStorage<Fetch>();
setServerFetch(() => {
  const fetch = requestFetch.getStore();
  if (!fetch) throw new Error('an API request outside a server render');
  return fetch;
});

const handler = createStaticHandler(routes);

export interface RenderInput {
  /** The page's path and query. */
  url: string;
  /**
   * The request's Cookie header: the language chosen in this browser is read from it (i18n's own cookie); with none
   * chosen, the organisation's, else bokmål.
   */
  cookie: string | undefined;
  /** Asks the API for the page (the request's own cookie and language). */
  fetch: Fetch;
}

export type RenderResult =
  | {
      kind: 'page';
      status: number;
      html: string;
      /** The state the browser takes the page over from (main.tsx): JSON in an inert `<template>` element. */
      state: string;
      language: Language;
      /** The manifest keys of the page's modules (their chunks are preloaded). */
      modules: string[];
      /** The page's answers include the signed-in user's own data: not to be kept by any cache. */
      personal: boolean;
    }
  /** A page the browser renders alone (its manifest keys still preloaded). */
  | { kind: 'client'; modules: string[] };

/** The routes the address matches, and its query string. */
function matchesOf(url: string) {
  const address = new URL(url, 'http://tilskudd.invalid');
  return { matches: matchRoutes(routes, address.pathname) ?? [], search: address.searchParams };
}
type Matches = ReturnType<typeof matchesOf>;

const handleOf = (match: Matches['matches'][number]) => match.route.handle as PageHandle | undefined;

/** The page's queries, and those its answers lead to (an application's round), at most three steps deep. */
async function prefetch(
  client: QueryClient,
  { matches, search }: Matches,
  signedIn: boolean,
  language: Language,
): Promise<void> {
  const started = new Set<string>();
  for (let step = 0; step < 3; step++) {
    const queries = matches.flatMap((match) => {
      const handle = handleOf(match);
      if (!handle?.queries || (handle.needsSession && !signedIn)) return [];
      return handle.queries(match.params, { cached: (key) => client.getQueryData(key), language, search });
    });
    const fresh = queries.filter((query) => !started.has(JSON.stringify(query.queryKey)));
    if (fresh.length === 0) return;
    for (const query of fresh) started.add(JSON.stringify(query.queryKey));
    await Promise.all(fresh.map((query) => client.prefetchQuery({ ...query, retry: false })));
  }
}

/**
 * The chosen language; else, as in the browser (session.tsx), the preferred written standard of the user's first
 * organisation; else bokmål.
 */
async function languageOf(
  client: QueryClient,
  chosen: Language | null,
  session: SessionBody | null,
): Promise<Language> {
  const organisation = session?.user.organisations[0]?.id;
  if (chosen || !organisation) return chosen ?? 'nb';
  try {
    return (await client.fetchQuery(organisationQuery(organisation))).preferredLanguage;
  } catch {
    return 'nb';
  }
}

/**
 * The state as JSON in an inert `<template>` (never a script element: nothing in the page runs but the app's own
 * files), safe inside it: no `<`, `>` or `&`, so no tag, comment or character reference can start in it.
 */
function stateElement(state: RenderedState): string {
  const json = JSON.stringify(state)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<template id="${STATE_ELEMENT_ID}">${json}</template>`;
}

export async function render(input: RenderInput): Promise<RenderResult> {
  const page = matchesOf(input.url);
  const pageHandles = page.matches.map(handleOf).filter((handle): handle is PageHandle => !!handle);
  const chosen = languageInCookie(input.cookie);
  const modules = [...new Set(pageHandles.map((handle) => handle.module))];
  if (pageHandles.some((handle) => handle.clientOnly)) return { kind: 'client', modules };
  // Every answer in the language the page is rendered in (known once the session is: the organisation's choice).
  const asked = { language: chosen ?? 'nb' };
  const fetch: Fetch = (request) => {
    request.headers.set('Accept-Language', asked.language);
    return input.fetch(request);
  };
  return requestFetch.run(fetch, async () => {
    const loading = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const session = await loading.fetchQuery({ ...sessionQuery, retry: false });
    const language = await languageOf(loading, chosen, session);
    asked.language = language;
    await Promise.all([prefetch(loading, page, !!session, language), loadLanguage(language)]);
    // The page renders from the answers that came (what failed the browser asks again): the cache it hands over.
    const queries = dehydrate(loading);
    const client = new QueryClient();
    hydrate(client, queries);

    const context = await handler.query(new Request(new URL(input.url, 'http://tilskudd.invalid')));
    if (context instanceof Response) return { kind: 'client', modules };
    const router = createStaticRouter(handler.dataRoutes, context);
    const renderedAt = Date.now();
    setRenderedAt(renderedAt);
    let html: string;
    try {
      html = renderToString(
        <App client={client} language={language}>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </App>,
      );
    } finally {
      setRenderedAt(null);
    }
    return {
      kind: 'page',
      status: context.statusCode,
      html,
      state: stateElement({ queries, language, renderedAt, loaderData: context.loaderData }),
      language,
      modules,
      personal: !!session,
    };
  });
}
