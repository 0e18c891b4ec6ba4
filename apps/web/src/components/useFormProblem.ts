import { useCallback, useEffect, useRef, useState } from 'react';
import { problemOf, type Problem } from '../api/problems';

/** A form's problem (from the API or the browser's early checks); the summary gets focus when it appears. */
export function useFormProblem() {
  const [problem, setProblem] = useState<Problem | null>(null);
  const [focusCount, setFocusCount] = useState(0);
  const summaryRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusCount > 0) summaryRef.current?.focus();
  }, [focusCount]);
  const fail = useCallback((error: unknown) => {
    const p = problemOf(error);
    setProblem(p ?? { status: 0, kind: 'unknown', title: String(error), fields: {}, summary: [] });
    setFocusCount((n) => n + 1);
  }, []);
  const show = useCallback((p: Problem | null) => {
    setProblem(p);
    if (p) setFocusCount((n) => n + 1);
  }, []);
  return {
    problem,
    fail,
    show,
    clear: () => setProblem(null),
    summaryRef,
    fieldError: (f: string) => problem?.fields[f],
  };
}
