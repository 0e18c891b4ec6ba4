import { Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { ok } from '../../api/problems';
import { formatAmount, formatDate } from '../../format';
import { useT } from '../../i18n';

/** Claims to pay back (from the report review or a changed decision): amount, due date, how to pay. */
export function RepaymentClaims({ applicationId }: { applicationId: string }) {
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
