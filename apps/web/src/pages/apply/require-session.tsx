import { Navigate, useLocation } from 'react-router';
import { useSession } from '../../session';

/** The session, and a redirect to the login page (back here after) when there is none. */
export function useRequireSession() {
  const { session, loading } = useSession();
  const location = useLocation();
  const redirect =
    !loading && !session ? (
      <Navigate to={`/logg-inn?neste=${encodeURIComponent(location.pathname)}`} replace />
    ) : null;
  return { session, redirect };
}
