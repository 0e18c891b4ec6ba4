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
import { publicRoundsQuery } from '../../api/queries';
import { Page } from '../../components/Page';
import { formatDateTime } from '../../format';
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
  const rounds = useQuery(publicRoundsQuery);
  if (redirect) return redirect;
  const deadlineOf = (roundId: string) =>
    rounds.data?.items.find((r) => r.id === roundId)?.applicationDeadline.at;
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
      {items.length > 0 && <ApplicationsTable items={items} deadlineOf={deadlineOf} />}
      <Paragraph>
        <DsLink asChild>
          <Link to="/">{t.mine.findCall}</Link>
        </DsLink>
      </Paragraph>
    </Page>
  );
}

function ApplicationsTable({
  items,
  deadlineOf,
}: {
  items: ApplicationItem[];
  deadlineOf: (roundId: string) => string | undefined;
}) {
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
        {items.map((a) => {
          const deadline = deadlineOf(a.roundId);
          return (
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
              <TableCell>{a.status === 'draft' && deadline ? formatDateTime(deadline) : '–'}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

/** What the organisation does next with an application, and the links to it (appeal, report, change). */
function NextSteps({ application: a }: { application: ApplicationItem }) {
  const t = useT();
  const links: { to: string; text: string }[] = [];
  if (a.status === 'notified' || a.status === 'accepted' || a.status === 'paid')
    links.push({ to: `/tilskudd/${a.id}/klage`, text: t.grantLinks.appeal });
  if (a.status === 'accepted' || a.status === 'paid') {
    links.push({ to: `/tilskudd/${a.id}/rapport`, text: t.grantLinks.report });
    links.push({ to: `/tilskudd/${a.id}/endring`, text: t.grantLinks.change });
  }
  return (
    <>
      {a.status === 'draft'
        ? t.mine.nextDraft
        : a.status === 'submitted' || a.status === 'in_assessment' || a.status === 'assessed'
          ? t.mine.nextSubmitted
          : a.status === 'notified'
            ? t.caseView.mineNextNotified
            : t.mine.nextOther}
      {links.map((link) => (
        <span key={link.to}>
          <br />
          <DsLink asChild>
            <Link to={link.to}>{link.text}</Link>
          </DsLink>
        </span>
      ))}
    </>
  );
}
