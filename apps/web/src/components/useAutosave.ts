import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { toProblem, type Problem } from '../api/problems';
import { hydration } from '../hydration';

export type AutosaveState =
  'idle' | 'pending' | 'saving' | 'saved' | 'offline' | 'expired' | 'conflict' | 'invalid';

/**
 * Unsaved changes of one resource, kept in this tab's sessionStorage until the API has them: a dropped network, an
 * expired session or a reload loses nothing. `baseVersion` is the version the changes were made on, so changes made
 * on an old version are never saved over someone else's without asking.
 */
interface Stored<C> {
  baseVersion: number;
  changes: C;
}

export interface AutosaveOptions<C, R> {
  /** The sessionStorage key of the unsaved changes (one per resource). */
  storageKey: string;
  /** The query the resource is cached under; a save puts the API's answer there. */
  queryKey: QueryKey;
  save: (changes: C, version: number) => Promise<{ data?: R; error?: unknown; response: Response }>;
  /** What of the changes the API can take now (a half-typed amount waits). */
  sendable?: (changes: C) => C;
  /** The resource is loaded: changes left from before (a reload, a new login) are saved now. */
  ready?: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const identity = <C>(changes: C): C => changes;

function read<C>(key: string): Stored<C> | null {
  try {
    const raw = sessionStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Stored<C>) : null;
  } catch {
    return null;
  }
}

function write<C extends object>(key: string, stored: Stored<C> | null): void {
  try {
    if (stored && Object.keys(stored.changes).length > 0) sessionStorage.setItem(key, JSON.stringify(stored));
    else sessionStorage.removeItem(key);
  } catch {
    // Storage full or off: the changes live in memory until saved.
  }
}

/** The changes made while `sent` was on its way: those that differ from what was sent stay unsaved. */
function leftAfter<C extends object>(latest: C, sent: C): C {
  const left: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(latest)) {
    if (!same(value, (sent as Record<string, unknown>)[key])) left[key] = value;
  }
  return left as C;
}

/** The unsaved changes, in state (to render) and in a ref (for callbacks), written through to sessionStorage. */
function useStoredChanges<C extends object>(storageKey: string): StoredChanges<C> {
  // While hydrating a server-rendered page, the first render shows what the server had; the tab's own unsaved
  // changes come in right after (the effect below runs before the one that saves them once the resource is there).
  const [deferred] = useState(() => hydration.active);
  const [stored, setStored] = useState<Stored<C> | null>(() => (deferred ? null : read<C>(storageKey)));
  const storedRef = useRef(stored);
  useEffect(() => {
    if (!deferred) return;
    const left = read<C>(storageKey);
    if (!left) return;
    storedRef.current = left;
    setStored(left);
  }, [deferred, storageKey]);
  const update = useCallback(
    (next: Stored<C> | null) => {
      storedRef.current = next && Object.keys(next.changes).length > 0 ? next : null;
      write(storageKey, storedRef.current);
      setStored(storedRef.current);
    },
    [storageKey],
  );
  return { stored, storedRef, update };
}

interface StoredChanges<C> {
  stored: Stored<C> | null;
  storedRef: RefObject<Stored<C> | null>;
  update: (next: Stored<C> | null) => void;
}

interface SaveNow {
  saveNow: () => Promise<boolean>;
  state: AutosaveState;
  setState: (state: AutosaveState) => void;
  savedAt: string | null;
  problem: Problem | null;
  setProblem: (problem: Problem | null) => void;
  /** Why saving waits for the user (a refusal or a dropped network); null while saving may go on. */
  blocked: RefObject<AutosaveState | null>;
}

/**
 * Sends the changes with the version they were made on; what was changed meanwhile stays pending. A refusal blocks
 * further saves (`blocked`) until the user acts: a stale version (409), a lost session (401/403), invalid input; a
 * dropped network retries by itself after 5 s.
 */
function useSaveNow<C extends object, R extends { version: number }>(
  { storedRef, update }: StoredChanges<C>,
  { queryKey, save, sendable = identity<C> }: AutosaveOptions<C, R>,
): SaveNow {
  const queryClient = useQueryClient();
  const [state, setState] = useState<AutosaveState>(storedRef.current ? 'pending' : 'idle');
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const blocked = useRef<AutosaveState | null>(null);

  const saveNow = useCallback(async (): Promise<boolean> => {
    if (inFlight.current) await inFlight.current;
    const current = storedRef.current;
    if (!current) return true;
    const body = sendable(current.changes);
    if (Object.keys(body).length === 0) return false;
    setState('saving');
    const run = (async () => {
      try {
        const result = await save(body, current.baseVersion);
        if (result.data) {
          queryClient.setQueryData(queryKey, result.data);
          const left = leftAfter(storedRef.current?.changes ?? ({} as C), body);
          update({ baseVersion: result.data.version, changes: left });
          blocked.current = null;
          setProblem(null);
          setSavedAt(new Date().toISOString());
          const done = Object.keys(left).length === 0;
          setState(done ? 'saved' : 'pending');
          return done;
        }
        const p = toProblem(result.response.status, result.error, 'Ikke lagret');
        setProblem(p);
        const next: AutosaveState =
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
  }, [queryClient, queryKey, save, sendable, storedRef, update]);

  return { saveNow, state, setState, savedAt, problem, setProblem, blocked };
}

/** The two ways out of a stale version: the user's changes on top of the newest version, or the newest as it is. */
function useConflictChoices<C extends object, R extends { version: number }>(
  { storedRef, update }: StoredChanges<C>,
  queryKey: QueryKey,
  { saveNow, setState, setProblem, blocked }: SaveNow,
) {
  const queryClient = useQueryClient();
  /** `latest` fetched fresh by the caller. */
  const keepMine = useCallback(
    async (latest: R) => {
      queryClient.setQueryData(queryKey, latest);
      if (storedRef.current) update({ ...storedRef.current, baseVersion: latest.version });
      blocked.current = null;
      await saveNow();
    },
    [queryClient, queryKey, saveNow, storedRef, update, blocked],
  );
  const takeNewest = useCallback(async () => {
    update(null);
    blocked.current = null;
    setProblem(null);
    setState('idle');
    await queryClient.invalidateQueries({ queryKey });
  }, [queryClient, queryKey, update, blocked, setProblem, setState]);
  return { keepMine, takeNewest };
}

/**
 * Autosave of a versioned resource (the application form, the report; any resource saved whole or in part with its
 * `version`): unsaved changes live in this tab's sessionStorage until the API has them, are saved 0.8 s after the
 * last keystroke, and a stale version (409) is the user's choice — keep mine or take the newest.
 */
export function useAutosave<C extends object, R extends { version: number }>(options: AutosaveOptions<C, R>) {
  const { storageKey, queryKey, ready = false } = options;
  const queryClient = useQueryClient();
  const changes = useStoredChanges<C>(storageKey);
  const { storedRef, update } = changes;
  const saving = useSaveNow<C, R>(changes, options);
  const { saveNow, blocked, setState } = saving;
  const timer = useRef<number | undefined>(undefined);

  const edit = useCallback(
    (patch: Partial<C>) => {
      const resource = queryClient.getQueryData<R>(queryKey);
      const base = storedRef.current ?? { baseVersion: resource?.version ?? 0, changes: {} as C };
      update({ baseVersion: base.baseVersion, changes: { ...base.changes, ...patch } });
      if (blocked.current === 'conflict' || blocked.current === 'expired') return;
      if (blocked.current === 'invalid') blocked.current = null;
      setState('pending');
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void saveNow(), 800);
    },
    [queryClient, queryKey, saveNow, storedRef, update, blocked, setState],
  );

  useEffect(() => {
    if (ready && storedRef.current && blocked.current === null) void saveNow();
  }, [ready, saveNow, storedRef, blocked]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const flush = useCallback(async () => {
    window.clearTimeout(timer.current);
    if (blocked.current) return false;
    return saveNow();
  }, [saveNow, blocked]);
  const { keepMine, takeNewest } = useConflictChoices<C, R>(changes, queryKey, saving);

  return {
    changes: changes.stored?.changes ?? null,
    edit,
    flush,
    state: saving.state,
    savedAt: saving.savedAt,
    problem: saving.problem,
    hasPending: !!changes.stored,
    keepMine,
    takeNewest,
  };
}

export type Autosave<C extends object, R extends { version: number }> = ReturnType<typeof useAutosave<C, R>>;
