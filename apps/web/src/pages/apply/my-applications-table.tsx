import { Link as DsLink, Table } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import type { Schemas } from '../../api/client';
import { useT } from '../../i18n';
import { NextStepLinks, nextStepLinks, StepDeadline } from '../case/next-step';

type Item = Schemas['ApplicationListItemResponse'];

/**
 * Mine søknader as a table: the application (its case), reference, status, what to do next (the API's `nextStep`,
 * with the links that apply) and its deadline. On a narrow screen the table scrolls sideways inside its own box,
 * never the page (WCAG 1.4.10).
 */
export function ApplicationsTable({ items }: { items: Item[] }) {
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
          {items.map((a) => (
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
                <NextSteps item={a} />
              </Table.Cell>
              <Table.Cell>
                {a.nextStep.deadline ? <StepDeadline t={t} at={a.nextStep.deadline} /> : t.mine.noDeadline}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

/** What the organisation does next with an application (from the API's `nextStep`), and the links that apply. */
function NextSteps({ item: a }: { item: Item }) {
  const t = useT();
  const hasLinks = nextStepLinks(t, a.id, a.nextStep).length > 0;
  return (
    <>
      {t.mine.steps[a.nextStep.code]}
      {hasLinks && <br />}
      <NextStepLinks t={t} id={a.id} step={a.nextStep} />
    </>
  );
}
