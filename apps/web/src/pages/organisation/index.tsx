import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Navigate, useParams } from 'react-router';
import { organisationQuery } from '../../api/queries';
import { Page } from '../../components/Page';
import { useT } from '../../i18n';
import { useRequireSession } from '../apply/mine';
import { BankAccountSection, WrittenStandardSection } from './settings';
import { MembersSection } from './members';

/** `/organisasjon`: the user's (first) organisation, or registering one. */
export function MyOrganisationPage() {
  const { session, redirect } = useRequireSession();
  if (redirect) return redirect;
  if (!session) return null;
  const first = session.user.organisations[0];
  return <Navigate to={first ? `/organisasjon/${first.id}` : '/organisasjon/ny'} replace />;
}

/** `/organisasjon/:id`: members and who may sign, the bank account and the written standard. */
export function OrganisationPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { session, redirect } = useRequireSession();
  const organisation = useQuery({ ...organisationQuery(id), enabled: !!session });
  if (redirect) return redirect;
  if (organisation.isError) return <Page title={t.common.notFound}>{t.common.loadFailed}</Page>;
  if (!organisation.data || !session) return <Paragraph>{t.common.loading}</Paragraph>;
  const o = organisation.data;
  return (
    <Page title={o.name} lead={<Paragraph>{t.orgPage.title}</Paragraph>}>
      <section className="stack" aria-labelledby="org-facts">
        <Heading level={2} data-size="sm" id="org-facts">
          {t.orgPage.facts}
        </Heading>
        <dl className="facts">
          <dt>{t.orgPage.organisationNumber}</dt>
          <dd>{o.organisationNumberFormatted}</dd>
          <dt>{t.orgPage.address}</dt>
          <dd>
            {o.streetAddress}, {o.postalCode} {o.postalTown}
          </dd>
          <dt>{t.orgPage.email}</dt>
          <dd>{o.email}</dd>
        </dl>
      </section>
      <MembersSection organisationId={o.id} userId={session.user.id} />
      <BankAccountSection organisation={o} />
      <WrittenStandardSection organisation={o} />
    </Page>
  );
}
