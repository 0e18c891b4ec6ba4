import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { api, setCsrfToken, type Schemas } from './api/client';
import { ok } from './api/problems';
import { organisationQuery } from './api/queries';
import { useLanguage } from './i18n';

/**
 * The browser session: an httpOnly cookie set by POST /api/session, the CSRF token in memory (never in storage).
 * The bodies are the API's own types, generated from openapi.json.
 */
export type SessionBody = Schemas['SessionResponse'];
export type SessionUser = SessionBody['user'];

export const SESSION_KEY = ['session'] as const;

async function readSession(): Promise<SessionBody | null> {
  const result = await api.GET('/api/session');
  if (result.response.status === 401) {
    setCsrfToken(null);
    return null;
  }
  const body = ok(result, 'Feil');
  setCsrfToken(body.csrfToken);
  return body;
}

/** Who is signed in: asked once at start (main.tsx), before the page's code has loaded, and kept for a minute. */
export const sessionQuery = { queryKey: SESSION_KEY, queryFn: readSession, staleTime: 60_000, retry: false };

export async function logIn(email: string, password: string): Promise<SessionBody> {
  const session = ok(await api.POST('/api/session', { body: { email, password } }), 'Innloggingen feilet');
  setCsrfToken(session.csrfToken);
  return session;
}

async function logOutRequest(): Promise<void> {
  await api.DELETE('/api/session');
  setCsrfToken(null);
}

interface SessionState {
  session: SessionBody | null;
  loading: boolean;
  setSession: (session: SessionBody | null) => void;
  /**
   * Ends the session and opens the login page anew, with its notice: a whole new page, so nothing of the user's data
   * stays in the browser's memory, and the page the user was on cannot render again without a session and send them
   * to a login page without the notice (a race seen when the login page's code was still loading).
   */
  logOut: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const { suggest } = useLanguage();
  const query = useQuery(sessionQuery);
  const session = query.data ?? null;
  const setSession = useCallback(
    (next: SessionBody | null) => {
      queryClient.setQueryData(SESSION_KEY, next);
      if (next === null)
        queryClient.removeQueries({
          predicate: (q) => q.queryKey[0] !== 'session' && q.queryKey[0] !== 'public',
        });
    },
    [queryClient],
  );
  const logOut = useCallback(async () => {
    await logOutRequest();
    window.location.assign('/logg-inn?utlogget=1');
  }, []);

  // The language defaults to the preferred standard of the user's (first) organisation until the user chooses.
  const firstOrganisation = session?.user.organisations[0]?.id;
  useEffect(() => {
    if (!firstOrganisation) return;
    // The same query as the organisation page (and the server's render, which may have answered it already).
    void queryClient.fetchQuery(organisationQuery(firstOrganisation)).then(
      (organisation) => suggest(organisation.preferredLanguage),
      () => undefined,
    );
  }, [firstOrganisation, suggest, queryClient]);

  const value = useMemo(
    () => ({ session, loading: query.isPending, setSession, logOut }),
    [session, query.isPending, setSession, logOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}
