import {
  Button,
  Link as DsLink,
  Paragraph,
  Radio,
  Fieldset,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { fieldId, ok } from '../../api/problems';
import { ProblemSummary } from '../../components/Errors';
import { Page } from '../../components/Page';
import { useFormProblem } from '../../components/useFormProblem';
import { useT } from '../../i18n';
import type { Messages } from '../../i18n/nb';
import { SESSION_KEY, useSession } from '../../session';
import { publicRoundQuery, publicRoundsQuery } from '../../api/queries';
import { LabelledSelect } from './fields';
import { ApplicationsTable } from './my-applications-table';

export function useRequireSession() {
  const { session, loading } = useSession();
  const location = useLocation();
  const redirect =
    !loading && !session ? (
      <Navigate to={`/logg-inn?neste=${encodeURIComponent(location.pathname)}`} replace />
    ) : null;
  return { session, redirect };
}

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

/** MOD11 as the API checks it (organisation numbers: weights 3 2 7 6 5 4 3 2; account numbers: 5 4 3 2 7 6 5 4 3 2). */
function mod11(digits: string, weights: number[]): boolean {
  if (!/^\d+$/.test(digits) || digits.length !== weights.length + 1) return false;
  const sum = weights.reduce((s, w, i) => s + w * Number(digits[i]), 0);
  const rest = sum % 11;
  const control = rest === 0 ? 0 : 11 - rest;
  return control !== 10 && control === Number(digits[digits.length - 1]);
}
const validOrganisationNumber = (v: string) => mod11(v.replace(/\s/g, ''), [3, 2, 7, 6, 5, 4, 3, 2]);
export const validBankAccount = (v: string) => mod11(v.replace(/[\s.]/g, ''), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);

type OrganisationForm = Schemas['RegisterOrganisationRequest'];
const FORMS: OrganisationForm['form'][] = [
  'association',
  'foundation',
  'limited_company',
  'municipality',
  'cooperative',
  'other',
];

/** Registers the organisation, then goes where the user was going (`?neste=`) or to their applications. */
function useRegister(values: OrganisationForm, fail: (error: unknown) => void) {
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => ok(await api.POST('/api/organisations', { body: values })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
      const next = new URLSearchParams(location.search).get('neste');
      void navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/mine-soknader');
    },
    onError: fail,
  });
}

const EMPTY_ORGANISATION: OrganisationForm = {
  organisationNumber: '',
  name: '',
  form: 'association',
  streetAddress: '',
  postalCode: '',
  postalTown: '',
  municipalityNumber: '',
  municipality: '',
  email: '',
  phone: null,
  bankAccount: '',
  preferredLanguage: 'nb',
};

export function RegisterOrganisationPage() {
  const t = useT();
  const { redirect } = useRequireSession();
  const form = useFormProblem();
  const [values, setValues] = useState<OrganisationForm>(EMPTY_ORGANISATION);
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const register = useRegister(values, form.fail);
  if (redirect) return redirect;
  const set = (key: keyof OrganisationForm) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  const blur = (key: string) => () => setTouched((s) => ({ ...s, [key]: true }));
  const early = earlyProblems(t, values, touched);
  const text = (
    key: keyof OrganisationForm,
    label: string,
    extra: Partial<React.ComponentProps<typeof Textfield>> = {},
  ) => (
    <Textfield
      id={fieldId(key)}
      label={label}
      value={(values[key] as string | null) ?? ''}
      onChange={set(key)}
      onBlur={blur(key)}
      error={early[key] ?? form.fieldError(key)}
      {...(extra as object)}
    />
  );
  return (
    <Page title={t.organisation.title} lead={<Paragraph>{t.organisation.intro}</Paragraph>}>
      <ProblemSummary problem={form.problem} ref={form.summaryRef} />
      <form
        className="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          register.mutate();
        }}
      >
        {text('organisationNumber', t.organisation.organisationNumber, {
          description: t.organisation.organisationNumberHint,
          inputMode: 'numeric',
        })}
        {text('name', t.organisation.name, { autoComplete: 'organization' })}
        <OrganisationFormChoice value={values.form} onChange={(f) => setValues((v) => ({ ...v, form: f }))} />
        {text('streetAddress', t.organisation.streetAddress, { autoComplete: 'street-address' })}
        <div className="row">
          {text('postalCode', t.organisation.postalCode, {
            autoComplete: 'postal-code',
            inputMode: 'numeric',
          })}
          {text('postalTown', t.organisation.postalTown, { autoComplete: 'address-level2' })}
        </div>
        <div className="row">
          {text('municipalityNumber', t.organisation.municipalityNumber, {
            description: t.organisation.municipalityNumberHint,
            inputMode: 'numeric',
          })}
          {text('municipality', t.organisation.municipality)}
        </div>
        {text('email', t.organisation.email, { type: 'email', autoComplete: 'email' })}
        {text('bankAccount', t.organisation.bankAccount, {
          description: t.organisation.bankAccountHint,
          inputMode: 'numeric',
        })}
        <WrittenStandardChoice
          legend={t.organisation.language}
          value={values.preferredLanguage}
          onChange={(l) => setValues((v) => ({ ...v, preferredLanguage: l }))}
        />
        <div>
          <Button type="submit" disabled={register.isPending}>
            {t.organisation.submit}
          </Button>
        </div>
      </form>
    </Page>
  );
}

/** Errors shown as soon as a field is left: the organisation number and the account number (MOD11). */
function earlyProblems(
  t: Messages,
  values: OrganisationForm,
  touched: Record<string, boolean>,
): Record<string, string | undefined> {
  return {
    organisationNumber:
      touched.organisationNumber &&
      values.organisationNumber &&
      !validOrganisationNumber(values.organisationNumber)
        ? t.organisation.organisationNumberWrong
        : undefined,
    bankAccount:
      touched.bankAccount && values.bankAccount && !validBankAccount(values.bankAccount)
        ? t.organisation.bankAccountWrong
        : undefined,
  };
}

function OrganisationFormChoice(props: {
  value: OrganisationForm['form'];
  onChange: (form: OrganisationForm['form']) => void;
}) {
  const t = useT();
  return (
    <LabelledSelect
      id={fieldId('form')}
      label={t.organisation.form}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value as OrganisationForm['form'])}
    >
      {FORMS.map((f) => (
        <Select.Option key={f} value={f}>
          {t.orgForm[f]}
        </Select.Option>
      ))}
    </LabelledSelect>
  );
}

/** Bokmål or nynorsk: the written standard letters and e-mails to the organisation are in. */
export function WrittenStandardChoice(props: {
  legend: string;
  value: 'nb' | 'nn';
  onChange: (language: 'nb' | 'nn') => void;
}) {
  return (
    <Fieldset>
      <Fieldset.Legend>{props.legend}</Fieldset.Legend>
      {(['nb', 'nn'] as const).map((l) => (
        <Radio
          key={l}
          name="preferredLanguage"
          value={l}
          label={l === 'nb' ? 'Bokmål' : 'Nynorsk'}
          checked={props.value === l}
          onChange={() => props.onChange(l)}
        />
      ))}
    </Fieldset>
  );
}
