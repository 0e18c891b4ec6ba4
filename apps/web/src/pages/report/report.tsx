import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Link as DsLink,
  Paragraph,
  Radio,
  Table,
  TableBody,
  TableCell,
  TableFoot,
  TableHead,
  TableHeaderCell,
  TableRow,
  Textfield,
} from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { api, csrfHeaders, type Schemas } from '../../api/client';
import { fieldId, fromFieldProblems, ok, toProblem } from '../../api/problems';
import { ProblemSummary } from '../../components/Errors';
import { Page } from '../../components/Page';
import { useAutosave, type AutosaveState } from '../../components/useAutosave';
import { useFormProblem } from '../../components/useFormProblem';
import { formatAmount, formatClock, formatDate, formatDateTime } from '../../format';
import { useT } from '../../i18n';
import type { Messages } from '../../i18n/nb';
import { useSession } from '../../session';
import { AmountInput, LongText } from '../apply/fields';

export type Report = Schemas['ReportResponse'];
type Changes = Omit<Schemas['SaveReportRequest'], 'version'>;
type Figures = Record<string, Record<string, number>>;
type Role = Schemas['SignatoryDto']['role'];

export const reportKey = (id: string) => ['report', id] as const;

export const reportQuery = (id: string) => ({
  queryKey: reportKey(id),
  queryFn: async () => ok(await api.GET('/api/applications/{id}/report', { params: { path: { id } } })),
});

function useLoginRedirect() {
  const { session, loading } = useSession();
  const location = useLocation();
  return !loading && !session ? (
    <Navigate to={`/logg-inn?neste=${encodeURIComponent(location.pathname)}`} replace />
  ) : null;
}

/** "kr 1 000" or "kr -1 000" computed as the API does (report-rules.ts `unspentOre`). */
export function reportSums(grantOre: number, actuals: { actualOre: number }[], otherIncomeOre: number) {
  const costs = actuals.reduce((sum, l) => sum + (l.actualOre || 0), 0);
  const covered = Math.max(0, costs - otherIncomeOre);
  const unspent = Math.min(grantOre, Math.max(0, grantOre - covered));
  return { costs, covered, unspent };
}

function saveStatusText(t: Messages, state: AutosaveState, savedAt: string | null, pending: boolean) {
  if (state === 'saving') return t.app.saving;
  if (pending || state === 'pending' || state === 'invalid') return t.app.unsaved;
  if (savedAt) return t.app.savedAt(formatClock(savedAt));
  return '';
}

const ROLES: Role[] = ['chair', 'general_manager', 'other_authorised'];

/** The recipient report: results, indicators in aggregate cells, accounts per budget line, auditor, signatory. */
export function ReportPage() {
  const { id = '' } = useParams();
  const t = useT();
  const redirect = useLoginRedirect();
  const location = useLocation();
  const queryClient = useQueryClient();
  const report = useQuery({ ...reportQuery(id), enabled: !redirect });
  const queryKey = useMemo(() => reportKey(id), [id]);
  const save = useCallback(
    (changes: Changes, version: number) =>
      api.PUT('/api/applications/{id}/report', {
        params: { path: { id } },
        body: { ...changes, ...(version > 0 ? { version } : {}) },
      }),
    [id],
  );
  const autosave = useAutosave<Changes, Report>({
    storageKey: `tilskudd.report.${id}`,
    queryKey,
    save,
  });
  const [uploading, setUploading] = useState(false);
  const upload = useFormProblem();

  useEffect(() => {
    if (!location.hash || !report.data) return;
    const target = document.getElementById(location.hash.slice(1));
    const input = target?.matches('input,textarea,select') ? target : target?.querySelector('input,textarea');
    (input as HTMLElement | null)?.focus();
  }, [location.hash, report.data]);

  if (redirect) return redirect;
  const r = report.data;
  if (!r) {
    if (report.isError) return <Page title={t.report.title}>{t.common.loadFailed}</Page>;
    return <Paragraph>{t.common.loading}</Paragraph>;
  }
  const editable = r.status === 'due' || r.status === 'draft' || r.status === 'returned';
  const c = autosave.changes ?? {};
  const value = <K extends keyof Changes>(key: K): Report[K & keyof Report] =>
    (key in c ? c[key] : r[key as keyof Report]) as never;
  const figures = (value('indicators') ?? {}) as Figures;
  const actuals = value('actuals') ?? [];
  const otherIncome = value('otherIncomeOre') ?? 0;
  const signatory = value('signatory');
  const errors = autosave.state === 'invalid' ? (autosave.problem?.fields ?? {}) : {};
  const errorOf = (field: string) => errors[field];
  const actualOf = (line: number) => actuals.find((a) => a.line === line)?.actualOre;
  const setActual = (line: number, ore: number | null) =>
    autosave.edit({
      actuals: [
        ...actuals.filter((a) => a.line !== line),
        ...(ore === null ? [] : [{ line, actualOre: ore }]),
      ].sort((a, b) => a.line - b.line),
    });
  const sums = reportSums(r.grantOre, actuals, otherIncome);
  const budgetTotal = r.budget.reduce((s, l) => s + l.budgetOre, 0);
  const text = (key: 'goalAchievement' | 'activities' | 'deviations') => value(key) ?? '';

  const uploadStatement = async (file: File) => {
    setUploading(true);
    upload.clear();
    try {
      const body = new FormData();
      body.append('file', file);
      const res = await fetch(`/api/applications/${id}/report/auditor-statement`, {
        method: 'POST',
        body,
        credentials: 'same-origin',
        headers: csrfHeaders(),
      });
      const json: unknown = await res.json().catch(() => null);
      if (res.ok) queryClient.setQueryData(queryKey, json);
      else upload.show(toProblem(res.status, json, t.common.loadFailed));
    } catch (error) {
      upload.fail(error);
    } finally {
      setUploading(false);
    }
  };

  const problem =
    autosave.state === 'invalid' && autosave.problem
      ? fromFieldProblems(
          autosave.problem.summary.map((s) => ({ field: s.field, message: s.message, rule: '' })),
          autosave.problem,
        )
      : null;

  return (
    <Page title={t.report.title} lead={<Paragraph>{t.report.intro}</Paragraph>}>
      <ReportFacts report={r} />
      {autosave.state === 'conflict' && (
        <Alert data-color="warning" role="alert">
          <Heading level={2} data-size="xs">
            {t.app.conflictTitle}
          </Heading>
          <Paragraph>{t.app.conflictText}</Paragraph>
          <div className="row">
            <Button
              data-size="sm"
              onClick={() => void queryClient.fetchQuery(reportQuery(id)).then(autosave.keepMine)}
            >
              {t.app.keepMine}
            </Button>
            <Button data-size="sm" variant="secondary" onClick={() => void autosave.takeNewest()}>
              {t.app.takeNewest}
            </Button>
          </div>
        </Alert>
      )}
      {autosave.state === 'expired' && (
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
      {autosave.state === 'offline' && (
        <Alert data-color="warning" role="alert">
          {t.app.offline}
        </Alert>
      )}
      {!editable && <Alert data-color="info">{t.report.locked}</Alert>}
      {problem && <ProblemSummary problem={problem} />}
      <Alert data-color="warning">
        <Heading level={2} data-size="xs">
          {t.report.personalTitle}
        </Heading>
        <Paragraph>{t.report.personalText}</Paragraph>
      </Alert>
      <form
        className="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
        }}
      >
        <Heading level={2} data-size="sm">
          {t.report.results}
        </Heading>
        {(['goalAchievement', 'activities', 'deviations'] as const).map((key) => (
          <LongText
            key={key}
            field={key}
            label={t.report[key]}
            hint={t.report[`${key}Hint`]}
            value={text(key)}
            readOnly={!editable}
            onChange={(v) => autosave.edit({ [key]: v === '' ? null : v })}
            error={errorOf(key)}
          />
        ))}

        <Heading level={2} data-size="sm">
          {t.report.indicators}
        </Heading>
        <Paragraph>{t.report.indicatorsHint}</Paragraph>
        {Object.entries(r.indicatorCells as Record<string, string[]>).map(([code, cells]) => (
          <IndicatorGrid
            key={code}
            code={code}
            name={(r as Report & { indicatorNames?: Record<string, string> }).indicatorNames?.[code] ?? code}
            cells={cells}
            figures={figures[code] ?? {}}
            readOnly={!editable}
            errorOf={errorOf}
            onChange={(cell, n) => {
              const next = { ...(figures[code] ?? {}) };
              if (n === null) delete next[cell];
              else next[cell] = n;
              autosave.edit({ indicators: { ...figures, [code]: next } });
            }}
          />
        ))}

        <Heading level={2} data-size="sm">
          {t.report.accounts}
        </Heading>
        <Paragraph>{t.report.accountsHint}</Paragraph>
        <div className="table-scroll" id={fieldId('actuals')}>
          <Table data-testid="accounts">
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t.report.budgetLine}</TableHeaderCell>
                <TableHeaderCell>{t.report.approved}</TableHeaderCell>
                <TableHeaderCell>{t.report.actual}</TableHeaderCell>
                <TableHeaderCell>{t.report.difference}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {r.budget.map((line) => {
                const actual = actualOf(line.line);
                const name = `${t.budgetCategory[line.category as keyof Messages['budgetCategory']] ?? line.category}: ${line.description}`;
                return (
                  <TableRow key={line.line}>
                    <TableHeaderCell scope="row">{name}</TableHeaderCell>
                    <TableCell className="amount">{formatAmount(line.budgetOre)}</TableCell>
                    <TableCell className="cell-input">
                      <AmountInput
                        field={`actuals[${line.line}]`}
                        label={t.report.actualFor(name)}
                        ore={actual ?? null}
                        readOnly={!editable}
                        onChange={(ore) => setActual(line.line, ore)}
                        error={errorOf(`actuals[${line.line}]`) ?? errorOf(`actuals[${line.line}].actualOre`)}
                      />
                    </TableCell>
                    <TableCell className="amount">
                      {actual === undefined ? '–' : formatAmount(actual - line.budgetOre)}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
            <TableFoot>
              <TableRow>
                <TableHeaderCell scope="row">{t.report.sum}</TableHeaderCell>
                <TableCell className="amount">{formatAmount(budgetTotal)}</TableCell>
                <TableCell className="amount" data-testid="costs-total">
                  {formatAmount(sums.costs)}
                </TableCell>
                <TableCell className="amount">{formatAmount(sums.costs - budgetTotal)}</TableCell>
              </TableRow>
            </TableFoot>
          </Table>
        </div>
        <AmountInput
          field="otherIncomeOre"
          label={t.report.otherIncome}
          hint={t.report.otherIncomeHint}
          ore={otherIncome || null}
          readOnly={!editable}
          onChange={(ore) => autosave.edit({ otherIncomeOre: ore ?? 0 })}
          error={errorOf('otherIncomeOre')}
        />
        <dl className="facts" aria-live="polite">
          <dt>{t.report.grant}</dt>
          <dd>{formatAmount(r.grantOre)}</dd>
          <dt>{t.report.costs}</dt>
          <dd>{formatAmount(sums.costs)}</dd>
          <dt>{t.report.coveredByGrant}</dt>
          <dd>{formatAmount(sums.covered)}</dd>
          <dt>{t.report.unspent}</dt>
          <dd data-testid="unspent">{formatAmount(sums.unspent)}</dd>
        </dl>
        {sums.unspent > 0 && <Paragraph>{t.report.unspentHint}</Paragraph>}

        {r.auditorStatementRequired && (
          <section className="stack" id={fieldId('auditorStatement')}>
            <Heading level={2} data-size="sm">
              {t.report.auditor}
            </Heading>
            <Paragraph>{t.report.auditorText}</Paragraph>
            <ProblemSummary problem={upload.problem} ref={upload.summaryRef} />
            {r.auditorStatement && (
              <Paragraph data-testid="auditor-statement">
                {t.report.auditorUploaded(r.auditorStatement.fileName)}
              </Paragraph>
            )}
            {editable &&
              (r.version === 0 ? (
                <Paragraph>{t.report.auditorSaveFirst}</Paragraph>
              ) : (
                <Textfield
                  id={fieldId('auditorStatement.file')}
                  type="file"
                  accept="application/pdf"
                  label={t.report.auditorFile}
                  description={uploading ? t.report.auditorUploading : undefined}
                  error={errorOf('auditorStatement')}
                  onChange={(e) => {
                    const file = e.target.files?.[0];
                    if (file) void uploadStatement(file);
                    e.target.value = '';
                  }}
                />
              ))}
          </section>
        )}

        <Fieldset id={fieldId('signatory')}>
          <Fieldset.Legend>{t.report.signatory}</Fieldset.Legend>
          <Textfield
            id={fieldId('signatory.name')}
            label={t.report.signatoryName}
            autoComplete="name"
            value={signatory?.name ?? ''}
            readOnly={!editable}
            onChange={(e) =>
              autosave.edit({
                signatory: e.target.value ? { role: signatory?.role ?? 'chair', name: e.target.value } : null,
              })
            }
            error={errorOf('signatory.name') ?? errorOf('signatory')}
          />
          <Fieldset>
            <Fieldset.Legend>{t.report.signatoryRole}</Fieldset.Legend>
            {ROLES.map((role) => (
              <Radio
                key={role}
                name="report-signatory-role"
                value={role}
                label={t.app.signatoryRoles[role]}
                checked={(signatory?.role ?? 'chair') === role}
                readOnly={!editable}
                onChange={() => autosave.edit({ signatory: { name: signatory?.name ?? '', role } })}
              />
            ))}
          </Fieldset>
        </Fieldset>
        <Paragraph className="save-status" role="status" data-size="sm" data-testid="save-status">
          {saveStatusText(t, autosave.state, autosave.savedAt, autosave.hasPending)}
        </Paragraph>
        {editable && (
          <div>
            <Button asChild>
              <Link
                to="se-over"
                onClick={() => {
                  void autosave.flush();
                }}
              >
                {t.report.toReview}
              </Link>
            </Button>
          </div>
        )}
      </form>
      <RepaymentClaims applicationId={id} />
    </Page>
  );
}

function ReportFacts({ report }: { report: Report }) {
  const t = useT();
  return (
    <>
      <dl className="facts">
        <dt>{t.report.grant}</dt>
        <dd>{formatAmount(report.grantOre)}</dd>
        {report.periodStart && report.periodEnd && (
          <>
            <dt>{t.report.period}</dt>
            <dd>
              {formatDate(report.periodStart)} – {formatDate(report.periodEnd)}
            </dd>
          </>
        )}
        <dt>{t.report.due}</dt>
        <dd>{formatDateTime(report.dueAt)}</dd>
        <dt>{t.report.statusLabel}</dt>
        <dd>{t.report.status[report.status]}</dd>
      </dl>
      {report.overdue && <Alert data-color="warning">{t.report.overdue}</Alert>}
      {report.status === 'returned' && report.reviewComment && (
        <Alert data-color="info">{t.report.returned(report.reviewComment)}</Alert>
      )}
    </>
  );
}

/** One indicator as a grid of aggregate cells: gender × age band as rows and columns, else one row. */
function IndicatorGrid({
  code,
  name,
  cells,
  figures,
  readOnly,
  errorOf,
  onChange,
}: {
  code: string;
  name: string;
  cells: string[];
  figures: Record<string, number>;
  readOnly: boolean;
  errorOf: (field: string) => string | undefined;
  onChange: (cell: string, value: number | null) => void;
}) {
  const t = useT();
  const label = (cell: string) => t.report.cells[cell] ?? cell;
  const genders = ['female', 'male', 'other_or_unknown'];
  const twoWay = cells.length > 1 && cells.every((c) => genders.some((g) => c.startsWith(`${g}_`)));
  const rows = twoWay ? genders : [''];
  const columns = twoWay
    ? [...new Set(cells.map((c) => c.replace(/^(female|male|other_or_unknown)_/, '')))]
    : cells;
  const total = Object.values(figures).reduce((s, n) => s + (Number.isFinite(n) ? n : 0), 0);
  const groupError = errorOf(`indicators.${code}`);
  const cellInput = (cell: string, cellName: string) => {
    const field = `indicators.${code}.${cell}`;
    const error = errorOf(field);
    return (
      <NumberCell
        id={fieldId(field)}
        label={t.report.cellLabel(name, cellName)}
        value={figures[cell]}
        readOnly={readOnly}
        error={error}
        onChange={(n) => onChange(cell, n)}
      />
    );
  };
  return (
    <Fieldset id={fieldId(`indicators.${code}`)}>
      <Fieldset.Legend>{name}</Fieldset.Legend>
      <div className="table-scroll">
        <Table data-size="sm" className="indicator-grid">
          <TableHead>
            <TableRow>
              {twoWay && <TableHeaderCell>{t.report.group}</TableHeaderCell>}
              {columns.map((col) => (
                <TableHeaderCell key={col}>{label(col)}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row}>
                {twoWay && <TableHeaderCell scope="row">{label(row)}</TableHeaderCell>}
                {columns.map((col) => {
                  const cell = twoWay ? `${row}_${col}` : col;
                  return (
                    <TableCell key={cell}>
                      {cellInput(cell, twoWay ? `${label(row)}, ${label(col)}` : label(col))}
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Paragraph aria-live="polite" data-testid={`indicator-total-${code}`}>
        {t.report.indicatorTotal(name, total)}
      </Paragraph>
      {groupError && (
        <Paragraph data-color="danger" className="field-error">
          {groupError}
        </Paragraph>
      )}
    </Fieldset>
  );
}

/** A whole number ≥ 0 in a grid cell; the label is for screen readers (the table headers show it). */
function NumberCell({
  id,
  label,
  value,
  readOnly,
  error,
  onChange,
}: {
  id: string;
  label: string;
  value: number | undefined;
  readOnly: boolean;
  error?: string;
  onChange: (value: number | null) => void;
}) {
  const t = useT();
  const [text, setText] = useState(value === undefined ? '' : String(value));
  useEffect(() => {
    setText((current) =>
      current.trim() === '' && value === undefined ? current : value === undefined ? '' : String(value),
    );
  }, [value]);
  const bad = text.trim() !== '' && !/^\d+$/.test(text.trim());
  return (
    <Textfield
      id={id}
      aria-label={label}
      inputMode="numeric"
      size={5}
      value={text}
      readOnly={readOnly}
      error={bad ? t.report.wholeNumber : error}
      onChange={(e) => {
        setText(e.target.value);
        const v = e.target.value.trim();
        if (v === '') onChange(null);
        else if (/^\d+$/.test(v)) onChange(Number(v));
      }}
    />
  );
}

/** Claims to pay back (from the report review or a changed decision): amount, due date, how to pay. */
function RepaymentClaims({ applicationId }: { applicationId: string }) {
  const t = useT();
  const claims = useQuery({
    queryKey: ['repayment-claims', applicationId],
    queryFn: async () =>
      ok(
        await api.GET('/api/applications/{id}/repayment-claims', {
          params: { path: { id: applicationId } },
        }),
      ),
  });
  const items = claims.data ?? [];
  if (items.length === 0) return null;
  return (
    <section className="stack">
      <Heading level={2} data-size="sm">
        {t.report.claims}
      </Heading>
      {items.map((c) => (
        <div key={c.id} className="stack" data-testid="repayment-claim">
          <dl className="facts">
            <dt>{t.report.claimAmount}</dt>
            <dd>{formatAmount(c.amountOre)}</dd>
            <dt>{t.report.claimRepaid}</dt>
            <dd>{formatAmount(c.repaidOre)}</dd>
            <dt>{t.report.claimDue}</dt>
            <dd>{formatDate(c.dueDate)}</dd>
            <dt>{t.report.statusLabel}</dt>
            <dd>{t.report.claimStatus[c.status]}</dd>
            <dt>{t.report.claimReason}</dt>
            <dd>{c.reason}</dd>
          </dl>
          {c.status === 'open' && (
            <>
              <Paragraph>{t.report.claimHowToPay}</Paragraph>
              <Paragraph>
                <DsLink asChild>
                  <Link to={`/tilskudd/${applicationId}/klage?krav=${c.id}`}>{t.report.claimAppeal}</Link>
                </DsLink>
              </Paragraph>
            </>
          )}
        </div>
      ))}
    </section>
  );
}

/** Check answers, then submit; the API's missing items link back to their fields. */
export function ReportReviewPage() {
  const { id = '' } = useParams();
  const t = useT();
  const redirect = useLoginRedirect();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const report = useQuery({ ...reportQuery(id), enabled: !redirect });
  const form = useFormProblem();
  const [declared, setDeclared] = useState(false);
  const submit = useMutation({
    mutationFn: async (version: number) =>
      ok(
        await api.POST('/api/applications/{id}/report/submit', {
          params: { path: { id } },
          body: { version },
        }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(reportKey(id), saved);
      void navigate(`/tilskudd/${id}/rapport/kvittering`);
    },
    onError: form.fail,
  });
  if (redirect) return redirect;
  const r = report.data;
  if (!r) return <Paragraph>{t.common.loading}</Paragraph>;
  const sums = reportSums(r.grantOre, r.actuals, r.otherIncomeOre);
  const names = (r as Report & { indicatorNames?: Record<string, string> }).indicatorNames ?? {};
  const given = r.indicators as Figures;
  const back = `/tilskudd/${id}/rapport`;
  const linked = form.problem && {
    ...form.problem,
    summary: form.problem.summary.map((s) => ({ ...s, href: `${back}${s.href}` })),
  };
  return (
    <Page title={t.report.reviewTitle} lead={<Paragraph>{t.report.reviewIntro}</Paragraph>}>
      {linked && (
        <div
          onClick={(e) => {
            const href = (e.target as HTMLElement).closest('a')?.getAttribute('href');
            if (href?.startsWith('/')) {
              e.preventDefault();
              void navigate(href);
            }
          }}
        >
          <ProblemSummary problem={linked} ref={form.summaryRef} heading={t.review.problems} />
        </div>
      )}
      <dl className="check-answers">
        {(['goalAchievement', 'activities', 'deviations'] as const).map((key) => (
          <Answer key={key} label={t.report[key]} to={`${back}#${fieldId(key)}`}>
            {r[key] || t.common.notGiven}
          </Answer>
        ))}
        {Object.entries(r.indicatorCells as Record<string, string[]>).map(([code, cells]) => (
          <Answer key={code} label={names[code] ?? code} to={`${back}#${fieldId(`indicators.${code}`)}`}>
            {cells
              .filter((cell) => given[code]?.[cell] !== undefined)
              .map((cell) => `${cellName(t, cell)}: ${String(given[code]?.[cell])}`)
              .join('\n') || t.common.notGiven}
          </Answer>
        ))}
        <Answer label={t.report.costs} to={`${back}#${fieldId('actuals')}`}>
          {formatAmount(sums.costs)}
        </Answer>
        <Answer label={t.report.otherIncome} to={`${back}#${fieldId('otherIncomeOre')}`}>
          {formatAmount(r.otherIncomeOre)}
        </Answer>
        <Answer label={t.report.unspent} to={`${back}#${fieldId('actuals')}`} testId="review-unspent">
          {formatAmount(r.unspentOre)}
        </Answer>
        {r.auditorStatementRequired && (
          <Answer label={t.report.auditor} to={`${back}#${fieldId('auditorStatement')}`}>
            {r.auditorStatement?.fileName ?? t.common.notGiven}
          </Answer>
        )}
        <Answer label={t.report.signatory} to={`${back}#${fieldId('signatory.name')}`}>
          {r.signatory
            ? `${r.signatory.name} (${t.app.signatoryRoles[r.signatory.role]})`
            : t.common.notGiven}
        </Answer>
      </dl>
      <Paragraph>
        <DsLink asChild>
          <Link to={back}>{t.report.change}</Link>
        </DsLink>
      </Paragraph>
      <form
        className="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!declared) {
            form.show(
              fromFieldProblems(
                [{ field: 'declaration', rule: 'required', message: t.report.declareMissing }],
                {
                  status: 0,
                  kind: 'declaration',
                  title: t.report.declareMissing,
                },
              ),
            );
            return;
          }
          submit.mutate(r.version);
        }}
      >
        <Fieldset>
          <Fieldset.Legend>{t.review.declaration}</Fieldset.Legend>
          <Checkbox
            id={fieldId('declaration')}
            label={t.report.declare}
            checked={declared}
            onChange={(e) => setDeclared(e.target.checked)}
          />
        </Fieldset>
        <div>
          <Button type="submit" disabled={submit.isPending}>
            {submit.isPending ? t.report.submitting : t.report.submit}
          </Button>
        </div>
      </form>
    </Page>
  );
}

/** One answer with its change link (to the field on the report page). */
function Answer({
  label,
  children,
  to,
  testId,
}: {
  label: string;
  children: React.ReactNode;
  to: string;
  testId?: string;
}) {
  const t = useT();
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
      <dd>
        <DsLink asChild>
          <Link to={to} aria-label={t.review.changeLink(label)}>
            {t.common.change}
          </Link>
        </DsLink>
      </dd>
    </>
  );
}

function cellName(t: Messages, cell: string): string {
  const direct = t.report.cells[cell];
  if (direct) return direct;
  const m = /^(female|male|other_or_unknown)_(.+)$/.exec(cell);
  return m ? `${t.report.cells[m[1]]}, ${t.report.cells[m[2]] ?? m[2]}` : cell;
}

export function ReportReceiptPage() {
  const { id = '' } = useParams();
  const t = useT();
  const report = useQuery(reportQuery(id));
  return (
    <Page title={t.report.receiptTitle}>
      {report.data?.submittedAt && (
        <Alert data-color="success">
          <Paragraph>{t.report.receiptText(formatDateTime(report.data.submittedAt))}</Paragraph>
        </Alert>
      )}
      <Paragraph>
        <DsLink asChild>
          <Link to="/mine-soknader">{t.report.toMine}</Link>
        </DsLink>
      </Paragraph>
    </Page>
  );
}
