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
// first paint of a page that shows none, so fetched once the first page is on screen (running them earlier would
// hold up that paint); the pages whose components need them import them and get them before their first render.
const loadWebComponents = () =>
  requestAnimationFrame(() => setTimeout(() => void import('@digdir/designsystemet-web')));
if (router.state.initialized) loadWebComponents();
else {
  const unsubscribe = router.subscribe((state) => {
    if (!state.initialized) return;
    unsubscribe();
    loadWebComponents();
  });
}
