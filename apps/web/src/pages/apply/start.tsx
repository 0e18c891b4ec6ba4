import { Button, Link as DsLink, Paragraph, Radio, Fieldset } from '@digdir/designsystemet-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { fieldId, ok } from '../../api/problems';
import { publicRoundQuery } from '../../api/queries';
import { ProblemSummary } from '../../components/Errors';
import { Page } from '../../components/Page';
import { useFormProblem } from '../../components/useFormProblem';
import { useT } from '../../i18n';
import { useRequireSession } from './require-session';

/** Starts a draft for a call: the user chooses which of their organisations applies. */
export function StartApplicationPage() {
  const t = useT();
  const { roundId = '' } = useParams();
  const navigate = useNavigate();
  const { session, redirect } = useRequireSession();
  const form = useFormProblem();
  const round = useQuery(publicRoundQuery(roundId));
  const organisations = session?.user.organisations ?? [];
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const chosen = organisationId ?? organisations[0]?.id ?? null;
  const start = useMutation({
    mutationFn: async () =>
      ok(await api.POST('/api/applications', { body: { roundId, organisationId: chosen ?? '' } })),
    onSuccess: (application) => navigate(`/soknad/${application.id}`),
    onError: form.fail,
  });
  if (redirect) return redirect;
  return (
    <Page title={t.start.title}>
      <dl className="facts">
        <dt>{t.start.call}</dt>
        <dd>{round.data?.title ?? t.common.loading}</dd>
      </dl>
      <ProblemSummary problem={form.problem} ref={form.summaryRef} />
      {organisations.length === 0 ? (
        <Paragraph>
          {t.mine.noOrganisation}{' '}
          <DsLink asChild>
            <Link to={`/organisasjon/ny?neste=${encodeURIComponent(`/soknad/ny/${roundId}`)}`}>
              {t.start.registerOrganisation}
            </Link>
          </DsLink>
        </Paragraph>
      ) : (
        <form
          className="stack"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            start.mutate();
          }}
        >
          <Fieldset id={fieldId('organisationId')}>
            <Fieldset.Legend>{t.start.organisation}</Fieldset.Legend>
            {organisations.map((o) => (
              <Radio
                key={o.id}
                name="organisation"
                value={o.id}
                label={`${o.name} (${o.organisationNumber})`}
                checked={chosen === o.id}
                onChange={() => setOrganisationId(o.id)}
              />
            ))}
          </Fieldset>
          <div>
            <Button type="submit" disabled={start.isPending}>
              {t.start.submit}
            </Button>
          </div>
        </form>
      )}
    </Page>
  );
}
