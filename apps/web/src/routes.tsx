import { createBrowserRouter, Outlet, type LoaderFunctionArgs } from 'react-router';
import { applicationQuery, publicRoundsQuery } from './api/queries';
import { Layout } from './components/Layout';
import { queryClient } from './query-client';
import { sessionQuery, SessionProvider } from './session';

/** Routes per journey; each journey's code is loaded when first visited. */
const publicPages = () => import('./pages/public');
const accountPages = () => import('./pages/account');
const applyPages = () => import('./pages/apply');
const casePages = () => import('./pages/case');
const reportPages = () => import('./pages/report');
const appealPages = () => import('./pages/appeal');
const organisationPages = () => import('./pages/organisation');
const awardPages = () => import('./pages/awards');

/**
 * The application a draft's pages show, asked for as soon as the session is known, while their code loads (the
 * server preloads both answers: apps/api/src/web/page-hints.ts). Only when not in the cache (the page refreshes
 * it itself), and never waited for.
 */
function startApplication({ params }: LoaderFunctionArgs): null {
  const { id } = params;
  if (id && !queryClient.getQueryData(applicationQuery(id).queryKey)) {
    void queryClient.fetchQuery(sessionQuery).then(
      (session) => session && queryClient.prefetchQuery(applicationQuery(id)),
      () => undefined,
    );
  }
  return null;
}

/** The open calls, asked for while the call list's code loads (preloaded by the server too). */
function startRounds(): null {
  void queryClient.prefetchQuery(publicRoundsQuery);
  return null;
}

function Root() {
  return (
    <SessionProvider>
      <Outlet />
    </SessionProvider>
  );
}

export const router = createBrowserRouter([
  {
    element: <Root />,
    // The first lazy route is loading: the page stays empty for that moment (no flash of a spinner).
    HydrateFallback: () => null,
    children: [
      {
        element: <Layout />,
        children: [
          {
            index: true,
            loader: startRounds,
            lazy: async () => ({ Component: (await publicPages()).CallsPage }),
          },
          { path: 'utlysninger/:id', lazy: async () => ({ Component: (await publicPages()).CallPage }) },
          { path: 'logg-inn', lazy: async () => ({ Component: (await accountPages()).LoginPage }) },
          { path: 'opprett-konto', lazy: async () => ({ Component: (await accountPages()).RegisterPage }) },
          {
            path: 'bekreft-e-post',
            lazy: async () => ({ Component: (await accountPages()).ConfirmEmailPage }),
          },
          {
            path: 'glemt-passord',
            lazy: async () => ({ Component: (await accountPages()).ForgotPasswordPage }),
          },
          { path: 'nytt-passord', lazy: async () => ({ Component: (await accountPages()).NewPasswordPage }) },
          {
            path: 'mine-soknader',
            lazy: async () => ({ Component: (await applyPages()).MyApplicationsPage }),
          },
          {
            path: 'organisasjon/ny',
            lazy: async () => ({ Component: (await applyPages()).RegisterOrganisationPage }),
          },
          {
            path: 'soknad/ny/:roundId',
            lazy: async () => ({ Component: (await applyPages()).StartApplicationPage }),
          },
          // The case after submission: decision, answer, payments, letters, history.
          { path: 'soknad/:id/sak', lazy: async () => ({ Component: (await casePages()).CasePage }) },
          {
            path: 'soknad/:id',
            loader: startApplication,
            lazy: async () => ({ Component: (await applyPages()).ApplicationLayout }),
            children: [
              { index: true, lazy: async () => ({ Component: (await applyPages()).TaskListPage }) },
              { path: 'se-over', lazy: async () => ({ Component: (await applyPages()).ReviewPage }) },
              { path: 'kvittering', lazy: async () => ({ Component: (await applyPages()).ReceiptPage }) },
              { path: ':section', lazy: async () => ({ Component: (await applyPages()).SectionPage }) },
            ],
          },
          // After the grant: the report and appeals (klage).
          {
            path: 'tilskudd/:id/rapport',
            lazy: async () => ({ Component: (await reportPages()).ReportPage }),
          },
          {
            path: 'tilskudd/:id/rapport/se-over',
            lazy: async () => ({ Component: (await reportPages()).ReportReviewPage }),
          },
          {
            path: 'tilskudd/:id/rapport/kvittering',
            lazy: async () => ({ Component: (await reportPages()).ReportReceiptPage }),
          },
          { path: 'tilskudd/:id/klage', lazy: async () => ({ Component: (await appealPages()).AppealPage }) },
          {
            path: 'tilskudd/:id/klage/:appealId',
            lazy: async () => ({ Component: (await appealPages()).AppealReceiptPage }),
          },
          {
            path: 'tilskudd/:id/endring',
            lazy: async () => ({ Component: (await appealPages()).ChangeRequestPage }),
          },
          // Organisation pages and the public award lists.
          { path: 'tildelinger', lazy: async () => ({ Component: (await awardPages()).AwardsPage }) },
          {
            path: 'organisasjon',
            lazy: async () => ({ Component: (await organisationPages()).MyOrganisationPage }),
          },
          {
            path: 'organisasjon/:id',
            lazy: async () => ({ Component: (await organisationPages()).OrganisationPage }),
          },
          { path: '*', lazy: async () => ({ Component: (await publicPages()).NotFoundPage }) },
        ],
      },
    ],
  },
]);
