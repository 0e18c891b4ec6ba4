import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { Navigate, useLocation } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { fromFieldProblems, type Problem } from '../../api/problems';
import { reportKey, reportQuery } from '../../api/queries';
import { useAutosave } from '../../components/useAutosave';
import { useSession } from '../../session';

export type Report = Schemas['ReportResponse'];
export type Changes = Omit<Schemas['SaveReportRequest'], 'version'>;
/** Indicator code → breakdown cell → whole number. */
export type Figures = Record<string, Record<string, number>>;

export { reportKey, reportQuery } from '../../api/queries';

/** The three texts of the report's results, in the order they are asked. */
export const RESULT_FIELDS = ['goalAchievement', 'activities', 'deviations'] as const;

/** Who is not logged in goes to the login page, and comes back here after it. */
export function useLoginRedirect() {
  const { session, loading } = useSession();
  const location = useLocation();
  return !loading && !session ? (
    <Navigate to={`/logg-inn?neste=${encodeURIComponent(location.pathname)}`} replace />
  ) : null;
}

/** The costs, what the grant covered and the unspent grant, computed as the API does (report-rules.ts `unspentOre`). */
export function reportSums(grantOre: number, actuals: { actualOre: number }[], otherIncomeOre: number) {
  const costs = actuals.reduce((sum, l) => sum + (l.actualOre || 0), 0);
  const covered = Math.max(0, costs - otherIncomeOre);
  const unspent = Math.min(grantOre, Math.max(0, grantOre - covered));
  return { costs, covered, unspent };
}

/** What a part of the report form needs: the report, its values with unsaved changes on top, edits and errors. */
export interface ReportForm {
  report: Report;
  editable: boolean;
  value: <K extends keyof Changes>(key: K) => Report[K & keyof Report];
  edit: (patch: Partial<Changes>) => void;
  errorOf: (field: string) => string | undefined;
}

/** A report can be written while it is due, started or sent back; after submission it is read only. */
export const isEditable = (r: Report) =>
  r.status === 'due' || r.status === 'draft' || r.status === 'returned';

/** The report, autosaved as the user types (the application form's pattern), and the form's view of it. */
export function useReportForm(id: string, enabled: boolean) {
  const queryClient = useQueryClient();
  const report = useQuery({ ...reportQuery(id), enabled });
  const queryKey = useMemo(() => reportKey(id), [id]);
  const save = useCallback(
    (changes: Changes, version: number) =>
      api.PUT('/api/applications/{id}/report', {
        params: { path: { id } },
        body: { ...changes, ...(version > 0 ? { version } : {}) },
      }),
    [id],
  );
  const autosave = useAutosave<Changes, Report>({ storageKey: `tilskudd.report.${id}`, queryKey, save });
  const keepMine = () => void queryClient.fetchQuery(reportQuery(id)).then(autosave.keepMine);
  const r = report.data;
  const errors = autosave.state === 'invalid' ? (autosave.problem?.fields ?? {}) : {};
  const changes = autosave.changes ?? {};
  const form: ReportForm | null = r
    ? {
        report: r,
        editable: isEditable(r),
        value: (key) => (key in changes ? changes[key] : r[key as keyof Report]) as never,
        edit: autosave.edit,
        errorOf: (field) => errors[field],
      }
    : null;
  return { query: report, form, autosave, keepMine, problem: autosaveProblem(autosave) };
}

/** What the API refused while saving, as the error summary shows it. */
function autosaveProblem(autosave: { state: string; problem: Problem | null }): Problem | null {
  if (autosave.state !== 'invalid' || !autosave.problem) return null;
  return fromFieldProblems(
    autosave.problem.summary.map((s) => ({ field: s.field, message: s.message, rule: '' })),
    autosave.problem,
  );
}
