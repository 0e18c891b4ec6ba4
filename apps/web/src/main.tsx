import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme';
import './app.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { LanguageProvider } from './i18n';
import { queryClient } from './query-client';
import { router } from './routes';
import { sessionQuery } from './session';

// Who is signed in is asked at once, not when the page's code has loaded (the server preloads the answer for a
// signed-in browser: apps/api/src/web/page-hints.ts).
void queryClient.prefetchQuery(sessionQuery);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <LanguageProvider>
        <RouterProvider router={router} />
      </LanguageProvider>
    </QueryClientProvider>
  </StrictMode>,
);

// Designsystemet's web components and behaviours (field labelling, details, popovers, tooltips): not needed for the
// first paint of a page that shows none, so fetched beside the page; pages whose components need them import them.
void import('@digdir/designsystemet-web');
