import { Alert, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { fieldId, fromFieldProblems, ok, type Problem } from '../../api/problems';
import { DeclarationForm } from '../../components/DeclarationForm';
import { Page } from '../../components/Page';
import { ReviewList, ReviewProblems, type ReviewRow } from '../../components/ReviewList';
import { useFormProblem } from '../../components/useFormProblem';
import { formatAmount } from '../../format';
import { useT } from '../../i18n';
import type { Messages } from '../../i18n/nb';
import {
  isEditable,
  reportKey,
  reportQuery,
  reportSums,
  RESULT_FIELDS,
  useLoginRedirect,
  type Figures,
  type Report,
} from './shared';

/** Check answers, then submit; the API's missing items link back to their fields on the report page. */
export function ReportReviewPage() {
  const { id = '' } = useParams();
  const t = useT();
  const redirect = useLoginRedirect();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const report = useQuery({ ...reportQuery(id), enabled: !redirect });
  const form = useFormProblem();
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
  if (!r) {
    if (report.isError) return <Page title={t.report.reviewTitle}>{t.common.loadFailed}</Page>;
    return <Paragraph>{t.common.loading}</Paragraph>;
  }
  const back = `/tilskudd/${id}/rapport`;
  const missingDeclaration = () =>
    form.show(
      fromFieldProblems([{ field: 'declaration', rule: 'required', message: t.report.declareMissing }], {
        status: 0,
        kind: 'declaration',
        title: t.report.declareMissing,
      }),
    );
  return (
    <Page title={t.report.reviewTitle} lead={<Paragraph>{t.report.reviewIntro}</Paragraph>}>
      {!isEditable(r) && <Alert data-color="info">{t.report.locked}</Alert>}
      {form.problem && (
        <ReviewProblems
          problem={linkedToReport(form.problem, back)}
          summaryRef={form.summaryRef}
          heading={t.review.problems}
        />
      )}
      <ReviewList rows={reviewRows(t, r, back)} />
      <Paragraph>
        <DsLink asChild>
          <Link to={back}>{t.report.change}</Link>
        </DsLink>
      </Paragraph>
      {isEditable(r) && (
        <DeclarationForm
          declare={t.report.declare}
          submit={t.report.submit}
          submitting={t.report.submitting}
          pending={submit.isPending}
          error={form.fieldError('declaration')}
          onSubmit={() => submit.mutate(r.version)}
          onMissing={missingDeclaration}
        />
      )}
    </Page>
  );
}

/** The summary's links: a field of the report goes to the report page; the declaration is on this page. */
function linkedToReport(problem: Problem, back: string): Problem {
  return {
    ...problem,
    summary: problem.summary.map((s) => (s.field === 'declaration' ? s : { ...s, href: `${back}${s.href}` })),
  };
}

/** The report's answers, each with a change link to its field on the report page. */
function reviewRows(t: Messages, r: Report, back: string): ReviewRow[] {
  const to = (field: string) => `${back}#${fieldId(field)}`;
  const given = r.indicators as Figures;
  const sums = reportSums(r.grantOre, r.actuals, r.otherIncomeOre);
  const rows: ReviewRow[] = [
    ...RESULT_FIELDS.map((key) => ({
      label: t.report[key],
      value: r[key] || t.common.notGiven,
      to: to(key),
    })),
    ...Object.entries(r.indicatorCells as Record<string, string[]>).map(([code, cells]) => ({
      label: r.indicatorNames[code] ?? code,
      value:
        cells
          .filter((cell) => given[code]?.[cell] !== undefined)
          .map((cell) => `${cellName(t, cell)}: ${String(given[code]?.[cell])}`)
          .join('\n') || t.common.notGiven,
      to: to(`indicators.${code}`),
    })),
    { label: t.report.costs, value: formatAmount(sums.costs), to: to('actuals') },
    { label: t.report.otherIncome, value: formatAmount(r.otherIncomeOre), to: to('otherIncomeOre') },
    {
      label: t.report.unspent,
      value: formatAmount(r.unspentOre),
      to: to('actuals'),
      testId: 'review-unspent',
    },
  ];
  if (r.auditorStatementRequired) {
    const file = r.auditorStatement?.fileName ?? t.common.notGiven;
    rows.push({ label: t.report.auditor, value: file, to: to('auditorStatement') });
  }
  const signatory = r.signatory && `${r.signatory.name} (${t.app.signatoryRoles[r.signatory.role]})`;
  rows.push({ label: t.report.signatory, value: signatory || t.common.notGiven, to: to('signatory.name') });
  return rows;
}

/** "Kvinner", or "Kvinner, 18–25 år" for a cell of gender × age band. */
function cellName(t: Messages, cell: string): string {
  const direct = t.report.cells[cell];
  if (direct) return direct;
  const m = /^(female|male|other_or_unknown)_(.+)$/.exec(cell);
  return m ? `${t.report.cells[m[1]]}, ${t.report.cells[m[2]] ?? m[2]}` : cell;
}
