import { Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { myApplicationsQuery } from '../../api/queries';
import { Page } from '../../components/Page';
import { useT } from '../../i18n';
import { ApplicationsTable } from './my-applications-table';
import { useRequireSession } from './require-session';

// The module paths other pages import these from (the pages themselves live in files of their own).
export { useRequireSession } from './require-session';
export { StartApplicationPage } from './start';
export { RegisterOrganisationPage, validBankAccount, WrittenStandardChoice } from './register-organisation';

/** The user's applications in all their organisations, each with what to do next. */
export function MyApplicationsPage() {
  const t = useT();
  const { session, redirect } = useRequireSession();
  const applications = useQuery({ ...myApplicationsQuery, enabled: !!session });
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
