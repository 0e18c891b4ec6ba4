import { Alert, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Page } from '../../components/Page';
import { formatDateTime } from '../../format';
import { useT } from '../../i18n';
import { reportQuery } from './shared';

/** The confirmation after submitting: when the report arrived and what happens next. */
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
