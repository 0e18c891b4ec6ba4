import { useMutation, type UseMutationOptions } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { fieldId, problemOf, type Problem } from '../api/problems';

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
  const fieldError = (f: string) => problem?.fields[f];
  return {
    problem,
    fail,
    show,
    clear: useCallback(() => setProblem(null), []),
    summaryRef,
    fieldError,
    /** An input's id (the summary's links point to it) and its error, for `<Textfield {...form.field('email')} />`. */
    field: (f: string) => ({ id: fieldId(f), error: fieldError(f) }),
  };
}

export type FormProblem = ReturnType<typeof useFormProblem>;

/**
 * A form that posts: the mutation and the form's problem together. A failure becomes the problem (its summary
 * gets focus) before the caller's `onError` runs; a success clears the problem before the caller's `onSuccess`.
 */
export function useFormMutation<TData, TVariables = void>(
  options: UseMutationOptions<TData, Error, TVariables>,
) {
  const form = useFormProblem();
  const mutation = useMutation<TData, Error, TVariables>({
    ...options,
    onSuccess: (...args) => {
      form.clear();
      return options.onSuccess?.(...args);
    },
    onError: (...args) => {
      form.fail(args[0]);
      return options.onError?.(...args);
    },
  });
  return { form, mutation };
}
