import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { toProblem, type Problem } from '../api/problems';

export type AutosaveState =
  'idle' | 'pending' | 'saving' | 'saved' | 'offline' | 'expired' | 'conflict' | 'invalid';

interface Stored<C> {
  baseVersion: number;
  changes: C;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

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

/**
 * Autosave of a versioned resource (the pattern of the application form, for any resource saved whole or in part
 * with its `version`): unsaved changes live in this tab's sessionStorage until the API has them, are saved 0.8 s
 * after the last keystroke, and a stale version (409) is the user's choice — keep mine or take the newest.
 */
export function useAutosave<C extends object, R extends { version: number }>({
  storageKey,
  queryKey,
  save,
  sendable = (c) => c,
}: {
  storageKey: string;
  queryKey: QueryKey;
  save: (changes: C, version: number) => Promise<{ data?: R; error?: unknown; response: Response }>;
  /** What of the changes the API can take now (a half-typed amount waits). */
  sendable?: (changes: C) => C;
}) {
  const queryClient = useQueryClient();
  const [stored, setStored] = useState<Stored<C> | null>(() => read<C>(storageKey));
  const storedRef = useRef(stored);
  const [state, setState] = useState<AutosaveState>(stored ? 'pending' : 'idle');
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const blocked = useRef<AutosaveState | null>(null);

  const update = useCallback(
    (next: Stored<C> | null) => {
      storedRef.current = next && Object.keys(next.changes).length > 0 ? next : null;
      write(storageKey, storedRef.current);
      setStored(storedRef.current);
    },
    [storageKey],
  );

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
          const saved = result.data;
          queryClient.setQueryData(queryKey, saved);
          const latest = storedRef.current ?? { baseVersion: saved.version, changes: {} as C };
          const left = {} as Record<string, unknown>;
          for (const [key, value] of Object.entries(latest.changes)) {
            if (!same(value, (body as Record<string, unknown>)[key])) left[key] = value;
          }
          update({ baseVersion: saved.version, changes: left as C });
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
  }, [queryClient, queryKey, save, sendable, update]);

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
    [queryClient, queryKey, saveNow, update],
  );

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const flush = useCallback(async () => {
    window.clearTimeout(timer.current);
    if (blocked.current) return false;
    return saveNow();
  }, [saveNow]);

  /** After a conflict: the user's changes on top of the newest version (`latest` fetched fresh). */
  const keepMine = useCallback(
    async (latest: R) => {
      queryClient.setQueryData(queryKey, latest);
      if (storedRef.current) update({ ...storedRef.current, baseVersion: latest.version });
      blocked.current = null;
      await saveNow();
    },
    [queryClient, queryKey, saveNow, update],
  );

  const takeNewest = useCallback(async () => {
    update(null);
    blocked.current = null;
    setProblem(null);
    setState('idle');
    await queryClient.invalidateQueries({ queryKey });
  }, [queryClient, queryKey, update]);

  return {
    changes: stored?.changes ?? null,
    edit,
    flush,
    state,
    savedAt,
    problem,
    hasPending: !!stored,
    keepMine,
    takeNewest,
  };
}
