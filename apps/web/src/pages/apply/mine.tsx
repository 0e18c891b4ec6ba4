import {
  Link as DsLink,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { ok } from '../../api/problems';
import { Page } from '../../components/Page';
import { NextStepLinks, nextStepLinks, StepDeadline } from '../case/next-step';
import { useT } from '../../i18n';
import { useRequireSession } from './require-session';

// The module paths other pages import these from (the pages themselves live in files of their own).
export { useRequireSession } from './require-session';
export { StartApplicationPage } from './start';
export { RegisterOrganisationPage, validBankAccount, WrittenStandardChoice } from './register-organisation';

type ApplicationItem = Schemas['ApplicationListItemResponse'];

/** The user's applications in all their organisations, each with what to do next. */
export function MyApplicationsPage() {
  const t = useT();
  const { session, redirect } = useRequireSession();
  const applications = useQuery({
    queryKey: ['applications', 'mine'],
    queryFn: async () => ok(await api.GET('/api/applications', { params: { query: { limit: 100 } } })),
    enabled: !!session,
  });
  if (redirect) return redirect;
  const items = applications.data?.items ?? [];
  return (
    <Page title={t.mine.title} lead={<Paragraph>{t.mine.intro}</Paragraph>}>
      {session && session.user.organisations.length === 0 && (
        <Paragraph>
          {t.mine.noOrganisation}{' '}
          <DsLink asChild>
            <Link to="/organisasjon/ny">{t.start.registerOrganisation}</Link>
          </DsLink>
        </Paragraph>
      )}
      {session && session.user.organisations.length > 0 && (
        <Paragraph>
          <DsLink asChild>
            <Link to="/organisasjon">{t.orgPage.linkFromMine}</Link>
          </DsLink>
        </Paragraph>
      )}
      {applications.isPending && <Paragraph>{t.common.loading}</Paragraph>}
      {applications.data && items.length === 0 && <Paragraph>{t.mine.none}</Paragraph>}
      {items.length > 0 && <ApplicationsTable items={items} />}
      <Paragraph>
        <DsLink asChild>
          <Link to="/">{t.mine.findCall}</Link>
        </DsLink>
      </Paragraph>
    </Page>
  );
}

function ApplicationsTable({ items }: { items: ApplicationItem[] }) {
  const t = useT();
  return (
    <Table>
      <TableHead>
        <TableRow>
          <TableHeaderCell>{t.app.title}</TableHeaderCell>
          <TableHeaderCell>{t.mine.reference}</TableHeaderCell>
          <TableHeaderCell>{t.mine.status}</TableHeaderCell>
          <TableHeaderCell>{t.mine.next}</TableHeaderCell>
          <TableHeaderCell>{t.mine.deadline}</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map((a) => (
          <TableRow key={a.id}>
            <TableCell>
              <DsLink asChild>
                <Link to={a.status === 'draft' ? `/soknad/${a.id}` : `/soknad/${a.id}/sak`}>
                  {a.title || t.mine.untitled}
                </Link>
              </DsLink>
              <br />
              {a.organisationName}
            </TableCell>
            <TableCell>{a.referenceNumber ?? '–'}</TableCell>
            <TableCell>{t.status[a.status]}</TableCell>
            <TableCell>
              <NextSteps application={a} />
            </TableCell>
            <TableCell>
              {a.nextStep.deadline ? <StepDeadline t={t} at={a.nextStep.deadline} /> : t.mine.noDeadline}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** What the organisation does next with an application (from the API's `nextStep`), and the links that apply. */
function NextSteps({ application: a }: { application: ApplicationItem }) {
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
