import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { AutosaveAlerts, AutosaveStatus } from '../../components/AutosaveAlerts';
import { ProblemSummary } from '../../components/Errors';
import { Page } from '../../components/Page';
import { formatAmount, formatDate, formatDateTime } from '../../format';
import { useT } from '../../i18n';
import { AccountsSection } from './accounts';
import { AuditorStatement } from './auditor';
import { RepaymentClaims } from './claims';
import { IndicatorsSection } from './indicators';
import { ResultsSection } from './results';
import { useLoginRedirect, useReportForm, type Report } from './shared';
import { SignatoryFieldset } from './signatory';

export { ReportReviewPage } from './review';
export { ReportReceiptPage } from './receipt';
export { reportKey, reportQuery, reportSums, type Report } from './shared';

/** The recipient report: results, indicators in aggregate cells, accounts per budget line, auditor, signatory. */
export function ReportPage() {
  const { id = '' } = useParams();
  const t = useT();
  const redirect = useLoginRedirect();
  const location = useLocation();
  const { query, form, autosave, keepMine, problem } = useReportForm(id, !redirect);

  // A change link from the review page (…/rapport#f-field) puts the cursor in that field.
  useEffect(() => {
    if (!location.hash || !query.data) return;
    const target = document.getElementById(location.hash.slice(1));
    const input = target?.matches('input,textarea,select') ? target : target?.querySelector('input,textarea');
    (input as HTMLElement | null)?.focus();
  }, [location.hash, query.data]);

  if (redirect) return redirect;
  if (!form) {
    if (query.isError) return <Page title={t.report.title}>{t.common.loadFailed}</Page>;
    return <Paragraph>{t.common.loading}</Paragraph>;
  }
  return (
    <Page title={t.report.title} lead={<Paragraph>{t.report.intro}</Paragraph>}>
      <ReportFacts report={form.report} />
      <AutosaveAlerts
        state={autosave.state}
        keepMine={keepMine}
        takeNewest={() => void autosave.takeNewest()}
      />
      {!form.editable && <Alert data-color="info">{t.report.locked}</Alert>}
      {problem && <ProblemSummary problem={problem} />}
      <Alert data-color="warning">
        <Heading level={2} data-size="xs">
          {t.report.personalTitle}
        </Heading>
        <Paragraph>{t.report.personalText}</Paragraph>
      </Alert>
      <form className="stack" noValidate onSubmit={(e) => e.preventDefault()}>
        <ResultsSection form={form} />
        <IndicatorsSection form={form} />
        <AccountsSection form={form} />
        {form.report.auditorStatementRequired && <AuditorStatement form={form} />}
        <SignatoryFieldset form={form} />
        <AutosaveStatus state={autosave.state} savedAt={autosave.savedAt} hasPending={autosave.hasPending} />
        {form.editable && (
          <div>
            <Button asChild>
              <Link to="se-over" onClick={() => void autosave.flush()}>
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

/** The grant, the period, the report's deadline and status; an overdue or returned report says so. */
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
