import { Alert, Button, Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { Link, Navigate, Outlet, useLocation, useParams } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { ok, toProblem, type Problem } from '../../api/problems';
import { applicationKey, publicRoundQuery } from '../../api/queries';
import { Page } from '../../components/Page';
import { formatClock } from '../../format';
import { useT } from '../../i18n';
import { useSession } from '../../session';

export type Application = Schemas['ApplicationResponse'];
export type PublicRound = Schemas['PublicRoundResponse'];
export type Content = Omit<Schemas['UpdateApplicationRequest'], 'version'>;
export type ContentKey = keyof Content;

export type SaveState =
  'idle' | 'pending' | 'saving' | 'saved' | 'offline' | 'expired' | 'conflict' | 'invalid';

/**
 * Unsaved input of one application, kept in this tab's sessionStorage until the API has it: a dropped network, an
 * expired session or a reload loses nothing. `baseVersion` is the version the changes were made on, so changes made
 * on an old version are never saved over someone else's without asking.
 */
interface Stored {
  baseVersion: number;
  changes: Content;
}

const storageKey = (id: string) => `tilskudd.draft.${id}`;

function readStored(id: string): Stored | null {
  try {
    const raw = sessionStorage.getItem(storageKey(id));
    return raw ? (JSON.parse(raw) as Stored) : null;
  } catch {
    return null;
  }
}

function writeStored(id: string, stored: Stored | null): void {
  try {
    if (stored && Object.keys(stored.changes).length > 0)
      sessionStorage.setItem(storageKey(id), JSON.stringify(stored));
    else sessionStorage.removeItem(storageKey(id));
  } catch {
    // Storage full or off: the changes live in memory until saved.
  }
}

/** What of the changes the API can take now: budget lines and other funding still being typed wait. */
function sendable(changes: Content): Content {
  const out: Content = { ...changes };
  if (out.budgetLines)
    out.budgetLines = out.budgetLines.filter((l) => l.description.trim() !== '' && l.amountOre > 0);
  if (out.otherFunding)
    out.otherFunding = out.otherFunding.filter((l) => l.source.trim() !== '' && l.amountOre > 0);
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface Draft {
  application: Application;
  round: PublicRound | undefined;
  /** The value shown: the unsaved change if any, else the saved one. */
  value: <K extends ContentKey>(key: K) => Content[K] | Application[K & keyof Application];
  edit: (patch: Content) => void;
  /** Saves now (before leaving a section or submitting); resolves true when nothing is left unsaved. */
  flush: () => Promise<boolean>;
  state: SaveState;
  savedAt: string | null;
  problem: Problem | null;
  editable: boolean;
  hasPending: boolean;
}

const DraftContext = createContext<Draft | null>(null);

export function useDraft(): Draft {
  const draft = useContext(DraftContext);
  if (!draft) throw new Error('useDraft outside ApplicationLayout');
  return draft;
}

export { applicationKey };

/** The draft's changes not yet saved, kept in the browser (a reload or a new login loses nothing). */
function useStoredChanges(id: string) {
  const [stored, setStored] = useState<Stored | null>(() => readStored(id));
  const storedRef = useRef(stored);
  const update = useCallback(
    (next: Stored | null) => {
      storedRef.current = next && Object.keys(next.changes).length > 0 ? next : null;
      writeStored(id, storedRef.current);
      setStored(storedRef.current);
    },
    [id],
  );
  return { stored, storedRef, update };
}

type StoredChanges = ReturnType<typeof useStoredChanges>;

/** Sends the changes with the version they were made on; what was changed meanwhile stays pending. */
function useSaveNow(id: string, { storedRef, update }: StoredChanges) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<SaveState>(storedRef.current ? 'pending' : 'idle');
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const blocked = useRef<SaveState | null>(null);

  const saveNow = useCallback(async (): Promise<boolean> => {
    if (inFlight.current) await inFlight.current;
    const current = storedRef.current;
    if (!current) return true;
    const body = sendable(current.changes);
    if (Object.keys(body).length === 0) return false;
    setState('saving');
    const run = (async () => {
      try {
        const result = await api.PATCH('/api/applications/{id}', {
          params: { path: { id } },
          body: { ...body, version: current.baseVersion },
        });
        if (result.data) {
          const saved = result.data;
          queryClient.setQueryData(applicationKey(id), saved);
          const latest = storedRef.current ?? { baseVersion: saved.version, changes: {} };
          const left: Content = {};
          for (const [key, value] of Object.entries(latest.changes) as [ContentKey, unknown][]) {
            if (!same(value, body[key])) (left as Record<string, unknown>)[key] = value;
          }
          update({ baseVersion: saved.version, changes: left });
          blocked.current = null;
          setProblem(null);
          setSavedAt(new Date().toISOString());
          setState(Object.keys(left).length > 0 ? 'pending' : 'saved');
          return Object.keys(left).length === 0;
        }
        const p = toProblem(result.response.status, result.error, 'Ikke lagret');
        setProblem(p);
        const next: SaveState =
          p.status === 409 ? 'conflict' : p.status === 401 || p.status === 403 ? 'expired' : 'invalid';
        blocked.current = next;
        setState(next);
        return false;
      } catch {
        setState('offline');
        blocked.current = 'offline';
        window.setTimeout(() => {
          blocked.current = null;
          void saveNow();
        }, 5000);
        return false;
      } finally {
        inFlight.current = null;
      }
    })();
    inFlight.current = run;
    return run;
  }, [id, queryClient, update]);

  return { saveNow, state, setState, savedAt, problem, setProblem, blocked };
}

/** Editing, saving 800 ms after the last change, and the two ways out of a conflict. */
function useAutosave(id: string, loaded: boolean) {
  const queryClient = useQueryClient();
  const changes = useStoredChanges(id);
  const { storedRef, update } = changes;
  const { saveNow, state, setState, savedAt, problem, setProblem, blocked } = useSaveNow(id, changes);
  const timer = useRef<number | undefined>(undefined);

  const edit = useCallback(
    (patch: Content) => {
      const app = queryClient.getQueryData<Application>(applicationKey(id));
      const base = storedRef.current ?? { baseVersion: app?.version ?? 0, changes: {} };
      update({ baseVersion: base.baseVersion, changes: { ...base.changes, ...patch } });
      if (blocked.current === 'conflict' || blocked.current === 'expired') return;
      if (blocked.current === 'invalid') blocked.current = null;
      setState('pending');
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void saveNow(), 800);
    },
    [id, queryClient, saveNow, update],
  );

  // Changes left from before (a reload, a new login) are saved as soon as the application is here.
  useEffect(() => {
    if (loaded && storedRef.current && blocked.current === null) void saveNow();
  }, [loaded, saveNow]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const flush = useCallback(async () => {
    window.clearTimeout(timer.current);
    if (blocked.current) return false;
    return saveNow();
  }, [saveNow]);

  const keepMine = useCallback(async () => {
    const latest = ok(await api.GET('/api/applications/{id}', { params: { path: { id } } }));
    queryClient.setQueryData(applicationKey(id), latest);
    if (storedRef.current) update({ ...storedRef.current, baseVersion: latest.version });
    blocked.current = null;
    await saveNow();
  }, [id, queryClient, saveNow, update]);

  const takeNewest = useCallback(async () => {
    update(null);
    blocked.current = null;
    setProblem(null);
    setState('idle');
    await queryClient.invalidateQueries({ queryKey: applicationKey(id) });
  }, [id, queryClient, update]);

  return { stored: changes.stored, state, savedAt, problem, edit, flush, keepMine, takeNewest };
}

/** The application's pages (task list, sections, review) share one draft and its autosave. */
export function ApplicationLayout() {
  const { id = '' } = useParams();
  const t = useT();
  const location = useLocation();
  const { session, loading } = useSession();
  const application = useQuery({
    queryKey: applicationKey(id),
    queryFn: async () => ok(await api.GET('/api/applications/{id}', { params: { path: { id } } })),
    enabled: !!session,
  });
  const roundId = application.data?.round.id;
  const round = useQuery({ ...publicRoundQuery(roundId ?? ''), enabled: !!roundId });
  const autosave = useAutosave(id, !!application.data);
  const { stored, edit, flush, state, savedAt, problem } = autosave;

  const app = application.data;
  const draft = useMemo<Draft | null>(() => {
    if (!app) return null;
    return {
      application: app,
      round: round.data,
      value: (key) =>
        (stored && key in stored.changes ? stored.changes[key] : app[key as keyof Application]) as never,
      edit,
      flush,
      state,
      savedAt,
      problem,
      editable: app.status === 'draft',
      hasPending: !!stored,
    };
  }, [app, round.data, stored, edit, flush, state, savedAt, problem]);

  if (!loading && !session && !stored) {
    return <Navigate to={`/logg-inn?neste=${encodeURIComponent(location.pathname)}`} replace />;
  }
  if (!draft) {
    if (application.isError) return <Page title={t.common.notFound}>{t.common.loadFailed}</Page>;
    return <Paragraph>{t.common.loading}</Paragraph>;
  }
  return (
    <DraftContext.Provider value={draft}>
      <DraftAlerts
        state={state}
        loggedOut={!loading && !session}
        keepMine={autosave.keepMine}
        takeNewest={autosave.takeNewest}
      />
      <Outlet />
    </DraftContext.Provider>
  );
}

function DraftAlerts({
  state,
  loggedOut,
  keepMine,
  takeNewest,
}: {
  state: SaveState;
  loggedOut: boolean;
  keepMine: () => Promise<void>;
  takeNewest: () => Promise<void>;
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
          <Paragraph>{t.app.conflictText}</Paragraph>
          <div className="row">
            <Button data-size="sm" onClick={() => void keepMine()}>
              {t.app.keepMine}
            </Button>
            <Button data-size="sm" variant="secondary" onClick={() => void takeNewest()}>
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

/** "Lagret kl. 14:02", "Lagrer …" — announced politely to screen readers. */
export function SaveStatus() {
  const t = useT();
  const { state, savedAt, hasPending } = useDraft();
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
