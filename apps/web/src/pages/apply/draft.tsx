import { Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo } from 'react';
import { Navigate, Outlet, useLocation, useParams } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { ok, type Problem } from '../../api/problems';
import { applicationKey, publicRoundQuery } from '../../api/queries';
import { AutosaveAlerts, AutosaveStatus } from '../../components/AutosaveAlerts';
import { Page } from '../../components/Page';
import { useAutosave, type AutosaveState } from '../../components/useAutosave';
import { formatClock, formatDate, formatDateTime } from '../../format';
import { useT } from '../../i18n';
import { useSession } from '../../session';

export type Application = Schemas['ApplicationResponse'];
export type PublicRound = Schemas['PublicRoundResponse'];
export type Content = Omit<Schemas['UpdateApplicationRequest'], 'version'>;
export type ContentKey = keyof Content;

export type SaveState = AutosaveState;

/** What of the changes the API can take now: budget lines and other funding still being typed wait. */
function sendable(changes: Content): Content {
  const out: Content = { ...changes };
  if (out.budgetLines)
    out.budgetLines = out.budgetLines.filter((l) => l.description.trim() !== '' && l.amountOre > 0);
  if (out.otherFunding)
    out.otherFunding = out.otherFunding.filter((l) => l.source.trim() !== '' && l.amountOre > 0);
  return out;
}

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

const fetchApplication = async (id: string) =>
  ok(await api.GET('/api/applications/{id}', { params: { path: { id } } }));

/**
 * The draft's autosave (components/useAutosave): unsaved input kept in this tab until the API has it, saved with
 * the version it was made on; changes left from before (a reload, a new login) are saved once the draft is here.
 */
function useDraftAutosave(id: string, loaded: boolean) {
  const queryKey = useMemo(() => applicationKey(id), [id]);
  const save = useCallback(
    (changes: Content, version: number) =>
      api.PATCH('/api/applications/{id}', { params: { path: { id } }, body: { ...changes, version } }),
    [id],
  );
  return useAutosave<Content, Application>({
    storageKey: `tilskudd.draft.${id}`,
    queryKey,
    save,
    sendable,
    ready: loaded,
  });
}

/** The application's pages (task list, sections, review) share one draft and its autosave. */
export function ApplicationLayout() {
  const { id = '' } = useParams();
  const t = useT();
  const location = useLocation();
  const { session, loading } = useSession();
  const application = useQuery({
    queryKey: applicationKey(id),
    queryFn: () => fetchApplication(id),
    enabled: !!session,
  });
  const roundId = application.data?.round.id;
  const round = useQuery({ ...publicRoundQuery(roundId ?? ''), enabled: !!roundId });
  const autosave = useDraftAutosave(id, !!application.data);
  const { changes, edit, flush, state, savedAt, problem, hasPending } = autosave;
  const conflictText = useConflictText(id, state === 'conflict');

  const app = application.data;
  const draft = useMemo<Draft | null>(() => {
    if (!app) return null;
    return {
      application: app,
      round: round.data,
      value: (key) => (changes && key in changes ? changes[key] : app[key as keyof Application]) as never,
      edit,
      flush,
      state,
      savedAt,
      problem,
      editable: app.status === 'draft',
      hasPending,
    };
  }, [app, round.data, changes, edit, flush, state, savedAt, problem, hasPending]);

  if (!loading && !session && !hasPending) {
    return <Navigate to={`/logg-inn?neste=${encodeURIComponent(location.pathname)}`} replace />;
  }
  if (!draft) {
    if (application.isError) return <Page title={t.common.notFound}>{t.common.loadFailed}</Page>;
    return <Paragraph>{t.common.loading}</Paragraph>;
  }
  return (
    <DraftContext.Provider value={draft}>
      <AutosaveAlerts
        state={state}
        loggedOut={!loading && !session}
        conflictText={conflictText}
        keepMine={() => void fetchApplication(id).then(autosave.keepMine)}
        takeNewest={() => void autosave.takeNewest()}
      />
      <Outlet />
    </DraftContext.Provider>
  );
}

/** "kl. 14:02" today, "1. desember 2026 kl. 23:59" another day (Oslo time). */
function whenText(at: string): string {
  return formatDate(at) === formatDate(new Date()) ? `kl. ${formatClock(at)}` : formatDateTime(at);
}

/**
 * In a conflict: who saved the newest version (the user in another tab, or a colleague) and when, read fresh from
 * the API once the conflict shows; undefined until known.
 */
function useConflictText(id: string, conflict: boolean): string | undefined {
  const t = useT();
  const { session } = useSession();
  const newest = useQuery({
    queryKey: [...applicationKey(id), 'newest'],
    queryFn: () => fetchApplication(id),
    enabled: conflict,
    gcTime: 0,
  });
  const changedBy = newest.data?.lastChangedBy;
  // While a later conflict reads the newest again, the name of the one before is not shown.
  if (!conflict || newest.isFetching || !newest.data || !changedBy) return undefined;
  const when = whenText(newest.data.lastChangedAt);
  return changedBy.id === session?.user.id
    ? t.app.conflictByYou(when)
    : t.app.conflictBy(changedBy.name, when);
}

/** "Lagret kl. 14:02", "Lagrer …" — announced politely to screen readers. */
export function SaveStatus() {
  const { state, savedAt, hasPending } = useDraft();
  return <AutosaveStatus state={state} savedAt={savedAt} hasPending={hasPending} />;
}
