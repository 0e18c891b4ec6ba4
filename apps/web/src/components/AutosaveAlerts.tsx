import { Alert, Button, Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { Link, useLocation } from 'react-router';
import { formatClock } from '../format';
import { useT } from '../i18n';
import type { AutosaveState } from './useAutosave';

/**
 * What an autosaved form tells the user when saving stopped: someone else saved a newer version (keep mine or take
 * the newest), the session ran out (log in again and come back), or the network is gone (we keep trying).
 */
export function AutosaveAlerts({
  state,
  loggedOut = false,
  conflictText,
  keepMine,
  takeNewest,
}: {
  state: AutosaveState;
  /** The session is gone while unsaved changes wait in this tab: shown as an expired session. */
  loggedOut?: boolean;
  /** Who changed the resource meanwhile and when, when known; else a general sentence. */
  conflictText?: string;
  keepMine: () => void;
  takeNewest: () => void;
}) {
  const t = useT();
  const location = useLocation();
  return (
    <>
      {state === 'conflict' && (
        <Alert data-color="warning" role="alert">
          <Heading level={2} data-size="xs">
            {t.app.conflictTitle}
          </Heading>
          <Paragraph data-testid="conflict-text">{conflictText ?? t.app.conflictText}</Paragraph>
          <div className="row">
            <Button data-size="sm" onClick={keepMine}>
              {t.app.keepMine}
            </Button>
            <Button data-size="sm" variant="secondary" onClick={takeNewest}>
              {t.app.takeNewest}
            </Button>
          </div>
        </Alert>
      )}
      {(state === 'expired' || loggedOut) && (
        <Alert data-color="warning" role="alert">
          <Paragraph>{t.app.expired}</Paragraph>
          <Paragraph>
            <DsLink asChild>
              <Link to={`/logg-inn?utlopt=1&neste=${encodeURIComponent(location.pathname)}`}>
                {t.app.logInAgain}
              </Link>
            </DsLink>
          </Paragraph>
        </Alert>
      )}
      {state === 'offline' && (
        <Alert data-color="warning" role="alert">
          {t.app.offline}
        </Alert>
      )}
    </>
  );
}

/** "Lagret kl. 14:02", "Lagrer …", "Ikke lagret ennå" — announced politely to screen readers. */
export function AutosaveStatus({
  state,
  savedAt,
  hasPending,
}: {
  state: AutosaveState;
  savedAt: string | null;
  hasPending: boolean;
}) {
  const t = useT();
  let text = '';
  if (state === 'saving') text = t.app.saving;
  else if (hasPending || state === 'pending' || state === 'invalid') text = t.app.unsaved;
  else if (savedAt) text = t.app.savedAt(formatClock(savedAt));
  return (
    <Paragraph className="save-status" role="status" data-size="sm" data-testid="save-status">
      {text}
    </Paragraph>
  );
}
