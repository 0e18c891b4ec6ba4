import type { FetchQueryOptions } from '@tanstack/react-query';
import {
  createBrowserRouter,
  Outlet,
  type HydrationState,
  type LoaderFunctionArgs,
  type Params,
  type RouteObject,
} from 'react-router';
import type { ComponentType } from 'react';
import { apiLanguage } from './api/client';
import {
  applicationQuery,
  awardListsPage,
  awardListsQuery,
  caseQueries,
  hasPaymentPlan,
  membersQuery,
  myApplicationsQuery,
  organisationQuery,
  publicRoundQuery,
  publicRoundsQuery,
  reportQuery,
  roundAwardsQuery,
} from './api/queries';
import { Layout } from './components/Layout';
import type { Language } from './i18n';
import { queryClient } from './query-client';
import { sessionQuery, SessionProvider } from './session';

/**
 * What the server and the browser need to know of a page beyond its component (route `handle`):
 * - `module`: the page's module as the client build's manifest names it; the server preloads its chunks;
 * - `queries`: the API answers the page starts with: the server renders the page with them (they travel in the
 *   page); on a later navigation the browser asks for them while the page's code loads. `needsSession`: only when
 *   signed in (the answers are the user's own);
 * - `clientOnly`: rendered by the browser alone (the page reads the address's fragment, which no server sees);
 */
/** A query a page starts with. */
export type PageQuery = FetchQueryOptions<unknown, Error, unknown, readonly unknown[]>;
/**
 * What a page's queries may depend on: what the cache holds for a query key (one answer leads to the next: the
 * round of an application) and the language the page is shown in (some answers are in it).
 */
export interface QueryContext {
  cached: (queryKey: readonly unknown[]) => unknown;
  language: Language;
  /** The address's query (`?side=2`). */
  search: URLSearchParams;
}

export interface PageHandle {
  module: string;
  queries?: (params: Params, context: QueryContext) => PageQuery[];
  needsSession?: boolean;
  clientOnly?: boolean;
}

/** A journey's module: its manifest key and its import; each journey's code is loaded when first visited. */
interface Journey<M> {
  module: string;
  load: () => Promise<M>;
}
const journey = <M,>(module: string, load: () => Promise<M>): Journey<M> => ({ module, load });
const publicPages = journey('src/pages/public.tsx', () => import('./pages/public'));
const accountPages = journey('src/pages/account.tsx', () => import('./pages/account'));
const applyPages = journey('src/pages/apply/index.ts', () => import('./pages/apply'));
const casePages = journey('src/pages/case/index.ts', () => import('./pages/case'));
const reportPages = journey('src/pages/report/index.ts', () => import('./pages/report'));
const appealPages = journey('src/pages/appeal/index.ts', () => import('./pages/appeal'));
const organisationPages = journey('src/pages/organisation/index.tsx', () => import('./pages/organisation'));
const awardPages = journey('src/pages/awards.tsx', () => import('./pages/awards'));

/**
 * In the browser, a page's first answers are asked for while its code loads (never waited for; a page refreshes
 * them itself), only those not in the cache already. On the server the render asks for them (entry-server.tsx).
 */
function startQueries({ params, request }: LoaderFunctionArgs, handle: PageHandle): null {
  if (import.meta.env.SSR || !handle.queries) return null;
  const start = () => {
    const context: QueryContext = {
      cached: (key) => queryClient.getQueryData(key),
      language: apiLanguage(),
      search: new URL(request.url).searchParams,
    };
    for (const query of handle.queries?.(params, context) ?? []) {
      if (queryClient.getQueryData(query.queryKey) === undefined) void queryClient.prefetchQuery(query);
    }
  };
  if (!handle.needsSession) start();
  else
    void queryClient.fetchQuery(sessionQuery).then(
      (session) => session && start(),
      () => undefined,
    );
  return null;
}

/** A route showing `name` from `journey`, with what the server and the browser need to know of it. */
function page<M, K extends keyof M>(
  from: Journey<M>,
  name: K,
  options: Omit<PageHandle, 'module'> = {},
): Pick<RouteObject, 'lazy' | 'handle' | 'loader'> {
  const handle: PageHandle = { module: from.module, ...options };
  return {
    handle,
    lazy: async () => ({ Component: (await from.load())[name] as ComponentType }),
    ...(handle.queries ? { loader: (args: LoaderFunctionArgs) => startQueries(args, handle) } : {}),
  };
}

/** The case page: the application, its decisions, letters and history, then the members and the payment plan. */
function caseQueryList(params: Params, { cached, language }: QueryContext): PageQuery[] {
  if (!params.id) return [];
  const queries = caseQueries(params.id, language);
  const application = cached(queries.application.queryKey) as
    { status: string; organisation: { id: string } } | undefined;
  return [
    queries.application,
    queries.decisions,
    queries.letters,
    queries.history,
    ...(application ? [queries.members(application.organisation.id)] : []),
    ...(hasPaymentPlan(application?.status) ? [queries.disbursements] : []),
  ] as PageQuery[];
}

/** The award lists: the page of decided rounds the address asks for, then each round's list. */
function awardLists(_params: Params, { cached, search }: QueryContext): PageQuery[] {
  const lists = awardListsQuery(awardListsPage(search));
  const rounds = (cached(lists.queryKey) as { items: { roundId: string }[] } | undefined)?.items ?? [];
  return [lists, ...rounds.map((round) => roundAwardsQuery(round.roundId))] as PageQuery[];
}

/** An organisation's page: its profile and members. */
const organisation = (params: Params): PageQuery[] =>
  params.id ? ([organisationQuery(params.id), membersQuery(params.id)] as PageQuery[]) : [];

/** The report pages: the report. */
const report = (params: Params): PageQuery[] => (params.id ? [reportQuery(params.id)] : []);

/** An application's pages: the application, and its round once the application is known. */
function application(params: Params, { cached }: QueryContext): PageQuery[] {
  if (!params.id) return [];
  const query = applicationQuery(params.id);
  const round = (cached(query.queryKey) as { round?: { id: string } } | undefined)?.round;
  return [query, ...(round ? [publicRoundQuery(round.id)] : [])] as PageQuery[];
}

function Root() {
  return (
    <SessionProvider>
      <Outlet />
    </SessionProvider>
  );
}

/** The routes, for the browser's router (createRouter) and the server's render (entry-server.tsx). */
export const routes: RouteObject[] = [
  {
    element: <Root />,
    // The first lazy route is loading: the page stays empty for that moment (no flash of a spinner).
    HydrateFallback: () => null,
    children: [
      {
        element: <Layout />,
        children: [
          { index: true, ...page(publicPages, 'CallsPage', { queries: () => [publicRoundsQuery] }) },
          {
            path: 'utlysninger/:id',
            ...page(publicPages, 'CallPage', { queries: (p) => (p.id ? [publicRoundQuery(p.id)] : []) }),
          },
          { path: 'logg-inn', ...page(accountPages, 'LoginPage') },
          { path: 'opprett-konto', ...page(accountPages, 'RegisterPage') },
          { path: 'bekreft-e-post', ...page(accountPages, 'ConfirmEmailPage', { clientOnly: true }) },
          { path: 'glemt-passord', ...page(accountPages, 'ForgotPasswordPage') },
          { path: 'nytt-passord', ...page(accountPages, 'NewPasswordPage', { clientOnly: true }) },
          {
            path: 'mine-soknader',
            ...page(applyPages, 'MyApplicationsPage', {
              queries: () => [myApplicationsQuery],
              needsSession: true,
            }),
          },
          { path: 'organisasjon/ny', ...page(applyPages, 'RegisterOrganisationPage') },
          { path: 'soknad/ny/:roundId', ...page(applyPages, 'StartApplicationPage') },
          // The case after submission: decision, answer, payments, letters, history.
          {
            path: 'soknad/:id/sak',
            ...page(casePages, 'CasePage', { queries: caseQueryList, needsSession: true }),
          },
          {
            path: 'soknad/:id',
            ...page(applyPages, 'ApplicationLayout', { queries: application, needsSession: true }),
            children: [
              { index: true, ...page(applyPages, 'TaskListPage') },
              { path: 'se-over', ...page(applyPages, 'ReviewPage') },
              { path: 'kvittering', ...page(applyPages, 'ReceiptPage') },
              { path: ':section', ...page(applyPages, 'SectionPage') },
            ],
          },
          // After the grant: the report and appeals (klage).
          {
            path: 'tilskudd/:id/rapport',
            ...page(reportPages, 'ReportPage', { queries: report, needsSession: true }),
          },
          {
            path: 'tilskudd/:id/rapport/se-over',
            ...page(reportPages, 'ReportReviewPage', { queries: report, needsSession: true }),
          },
          {
            path: 'tilskudd/:id/rapport/kvittering',
            ...page(reportPages, 'ReportReceiptPage', { queries: report, needsSession: true }),
          },
          { path: 'tilskudd/:id/klage', ...page(appealPages, 'AppealPage') },
          { path: 'tilskudd/:id/klage/:appealId', ...page(appealPages, 'AppealReceiptPage') },
          { path: 'tilskudd/:id/endring', ...page(appealPages, 'ChangeRequestPage') },
          // Organisation pages and the public award lists.
          { path: 'tildelinger', ...page(awardPages, 'AwardsPage', { queries: awardLists }) },
          { path: 'organisasjon', ...page(organisationPages, 'MyOrganisationPage') },
          {
            path: 'organisasjon/:id',
            ...page(organisationPages, 'OrganisationPage', { queries: organisation, needsSession: true }),
          },
          // An unknown address is index.html like every page (200), which says so and links to the front page.
          { path: '*', ...page(publicPages, 'NotFoundPage') },
        ],
      },
    ],
  },
];

/** The browser's router; `hydrationData` when it takes over a page the server rendered (main.tsx). */
export function createRouter(hydrationData?: HydrationState) {
  return createBrowserRouter(routes, { hydrationData });
}
