import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme';
import './app.css';
import { hydrate } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { matchRoutes, RouterProvider, type RouteObject } from 'react-router';
import { setCsrfToken } from './api/client';
import { App, STATE_ELEMENT_ID, type RenderedState } from './app';
import { setRenderedAt } from './format';
import { hydration } from './hydration';
import { loadLanguage } from './i18n';
import { queryClient } from './query-client';
import { createRouter, routes } from './routes';
import { SESSION_KEY, sessionQuery, type SessionBody } from './session';

const root = document.getElementById('root')!;

/** The state the server rendered the page from (entry-server.tsx), when it did. */
function renderedState(): RenderedState | null {
  const element = document.getElementById(STATE_ELEMENT_ID);
  const json = element instanceof HTMLTemplateElement ? element.content.textContent : null;
  if (!json || !root.firstChild) return null;
  try {
    return JSON.parse(json) as RenderedState;
  } catch {
    return null;
  }
}

/** The page's own route modules, loaded before hydrating (the first render must be the server's, not a fallback). */
async function loadPageModules(): Promise<void> {
  const lazy = (matchRoutes(routes, window.location) ?? []).filter((match) => match.route.lazy);
  await Promise.all(
    lazy.map(async ({ route }) => {
      const loaded = await (route.lazy as () => Promise<Partial<RouteObject>>)();
      Object.assign(route, { ...loaded, lazy: undefined });
    }),
  );
}

/** Takes over the server's HTML: the same cache, language, moment and routes, then the page goes on as usual. */
async function takeOver(state: RenderedState): Promise<void> {
  hydrate(queryClient, state.queries);
  const session = queryClient.getQueryData<SessionBody | null>(SESSION_KEY);
  if (session) setCsrfToken(session.csrfToken);
  await Promise.all([loadPageModules(), loadLanguage(state.language)]);
  const router = createRouter({ loaderData: state.loaderData });
  setRenderedAt(state.renderedAt);
  hydration.active = true;
  hydrateRoot(
    root,
    <App client={queryClient} language={state.language}>
      <Hydrated>
        <RouterProvider router={router} />
      </Hydrated>
    </App>,
    {
      // A page that rendered differently here than on the server is rendered anew here (React recovers by itself);
      // said in the console, where the browser tests see it (it means a component reads what only one side knows).
      onRecoverableError: (error) => console.error('The server-rendered page was rendered anew:', error),
    },
  );
}

/** Ends the hydration once the server's HTML is the app's (its effects run after every page component's). */
function Hydrated({ children }: { children: ReactNode }) {
  useEffect(() => {
    hydration.active = false;
    setRenderedAt(null);
    // Marks the page as the app's (the browser tests wait for it).
    document.documentElement.dataset.hydrated = 'true';
    loadWebComponents();
  }, []);
  return children;
}

/** A page the server did not render (or could not): the browser renders it, as it renders every page after it. */
function renderHere(): void {
  // Who is signed in is asked at once, not when the page's code has loaded.
  void queryClient.prefetchQuery(sessionQuery);
  const router = createRouter();
  createRoot(root).render(
    <App client={queryClient}>
      <RouterProvider router={router} />
    </App>,
  );
  if (router.state.initialized) loadWebComponents();
  else {
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      loadWebComponents();
    });
  }
}

// Designsystemet's web components and behaviours (field labelling, details, popovers, tooltips): not needed for the
// first paint of a page that shows none, so fetched once the first page is on screen (running them earlier would
// hold up that paint); the pages whose components need them import them and get them before their first render.
function loadWebComponents(): void {
  requestAnimationFrame(() => setTimeout(() => void import('@digdir/designsystemet-web')));
}

const state = renderedState();
if (state) void takeOver(state);
else renderHere();
