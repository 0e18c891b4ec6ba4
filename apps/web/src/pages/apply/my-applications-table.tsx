import { Link as DsLink, Table } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import type { Schemas } from '../../api/client';
import { formatDateTime } from '../../format';
import { useT } from '../../i18n';

type Item = Schemas['ApplicationListItemResponse'];

/**
 * Mine søknader as a table: the application (its case), reference, status, what happens next and the deadline of a
 * draft. On a narrow screen the table scrolls sideways inside its own box, never the page (WCAG 1.4.10).
 */
export function ApplicationsTable({
  items,
  deadlineOf,
}: {
  items: Item[];
  deadlineOf: (roundId: string) => string | undefined;
}) {
  const t = useT();
  return (
    <div className="table-scroll" role="region" aria-label={t.mine.title} tabIndex={0}>
      <Table>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t.app.title}</Table.HeaderCell>
            <Table.HeaderCell>{t.mine.reference}</Table.HeaderCell>
            <Table.HeaderCell>{t.mine.status}</Table.HeaderCell>
            <Table.HeaderCell>{t.mine.next}</Table.HeaderCell>
            <Table.HeaderCell>{t.mine.deadline}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((a) => {
            const deadline = deadlineOf(a.roundId);
            return (
              <Table.Row key={a.id}>
                <Table.Cell>
                  <DsLink asChild>
                    <Link to={a.status === 'draft' ? `/soknad/${a.id}` : `/soknad/${a.id}/sak`}>
                      {a.title || t.mine.untitled}
                    </Link>
                  </DsLink>
                  <br />
                  {a.organisationName}
                </Table.Cell>
                <Table.Cell>{a.referenceNumber ?? '–'}</Table.Cell>
                <Table.Cell>{t.status[a.status]}</Table.Cell>
                <Table.Cell>
                  <NextStep item={a} />
                </Table.Cell>
                <Table.Cell>{a.status === 'draft' && deadline ? formatDateTime(deadline) : '–'}</Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}

/** What happens next with the application, and the grant's own pages (appeal, report, change) once it is granted. */
function NextStep({ item: a }: { item: Item }) {
  const t = useT();
  const links =
    a.status === 'notified'
      ? [[`/tilskudd/${a.id}/klage`, t.grantLinks.appeal]]
      : a.status === 'accepted' || a.status === 'paid'
        ? [
            [`/tilskudd/${a.id}/klage`, t.grantLinks.appeal],
            [`/tilskudd/${a.id}/rapport`, t.grantLinks.report],
            [`/tilskudd/${a.id}/endring`, t.grantLinks.change],
          ]
        : [];
  return (
    <>
      {a.status === 'draft'
        ? t.mine.nextDraft
        : a.status === 'submitted' || a.status === 'in_assessment' || a.status === 'assessed'
          ? t.mine.nextSubmitted
          : a.status === 'notified'
            ? t.caseView.mineNextNotified
            : t.mine.nextOther}
      {links.map(([to, text]) => (
        <span key={to}>
          <br />
          <DsLink asChild>
            <Link to={to}>{text}</Link>
          </DsLink>
        </span>
      ))}
    </>
  );
}
