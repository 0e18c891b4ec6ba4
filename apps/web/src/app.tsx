import { QueryClientProvider, type DehydratedState, type QueryClient } from '@tanstack/react-query';
import { StrictMode, type ReactNode } from 'react';
import { LanguageProvider, type Language } from './i18n';

/** What wraps every page, the same in the browser (main.tsx) and in the server's render (entry-server.tsx). */
export function App(props: { client: QueryClient; language?: Language; children: ReactNode }) {
  return (
    <StrictMode>
      <QueryClientProvider client={props.client}>
        <LanguageProvider initial={props.language}>{props.children}</LanguageProvider>
      </QueryClientProvider>
    </StrictMode>
  );
}

/**
 * What the server's render hands the browser beside the HTML (JSON in an inert `<template>`, never a script): the query
 * cache the page was rendered from, its language and moment, and the router's loader data.
 */
export interface RenderedState {
  queries: DehydratedState;
  language: Language;
  renderedAt: number;
  loaderData: Record<string, unknown>;
}

/** The id of the `<template>` holding that state. */
export const STATE_ELEMENT_ID = 'tilskudd-state';
