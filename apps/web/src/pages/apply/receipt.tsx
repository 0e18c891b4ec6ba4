import { Alert, Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { Page } from '../../components/Page';
import { formatDateTime } from '../../format';
import { useT } from '../../i18n';
import { useDraft } from './draft';

export function ReceiptPage() {
  const t = useT();
  const { application } = useDraft();
  return (
    <Page title={t.receipt.title}>
      <Alert data-color="success">
        <Paragraph>{t.receipt.reference}</Paragraph>
        <Paragraph className="reference" data-testid="reference-number">
          {application.referenceNumber}
        </Paragraph>
      </Alert>
      {application.declaration && (
        <Paragraph data-testid="declaration">
          {t.receipt.declared(
            application.declaration.declaredBy.name,
            formatDateTime(application.declaration.declaredAt),
          )}
        </Paragraph>
      )}
      <Paragraph>{t.receipt.email}</Paragraph>
      <Heading level={2} data-size="sm">
        {t.receipt.next}
      </Heading>
      <Paragraph>{t.receipt.nextText}</Paragraph>
      <Paragraph>
        <DsLink asChild>
          <Link to="/mine-soknader">{t.receipt.toMine}</Link>
        </DsLink>
      </Paragraph>
    </Page>
  );
}
