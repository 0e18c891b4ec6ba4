import { Alert, Link as DsLink, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../api/client';
import { fieldId, ok, ProblemError } from '../api/problems';
import { ProblemForm } from '../components/Errors';
import { Page } from '../components/Page';
import { useFormMutation, type FormProblem } from '../components/useFormProblem';
import { useT } from '../i18n';
import type { Messages } from '../i18n/nb';
import { logIn, useSession } from '../session';

/** Only paths inside the app are followed after login (no open redirect). */
function safeNext(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/mine-soknader';
}

/** A refused login (401) is said at the e-mail field, in the user's language; other problems as they come. */
function loginProblem(t: Messages, error: unknown): unknown {
  if (!(error instanceof ProblemError) || error.problem.status !== 401) return error;
  return new ProblemError({
    ...error.problem,
    title: t.login.failed,
    detail: undefined,
    fields: { email: t.login.failed },
    summary: [{ field: 'email', message: t.login.failed, href: `#${fieldId('email')}` }],
  });
}

export function LoginPage() {
  const t = useT();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { setSession } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { form, mutation: login } = useFormMutation({
    mutationFn: () =>
      logIn(email, password).catch((error: unknown) => {
        throw loginProblem(t, error);
      }),
    onSuccess: (session) => {
      setSession(session);
      void navigate(safeNext(params.get('neste')));
    },
  });
  return (
    <Page title={t.login.title} lead={<Paragraph>{t.login.intro}</Paragraph>}>
      {params.get('utlopt') && <Alert data-color="warning">{t.login.expired}</Alert>}
      {params.get('utlogget') && <Alert data-color="info">{t.login.loggedOut}</Alert>}
      <ProblemForm
        form={form}
        onSubmit={() => login.mutate()}
        submit={t.login.submit}
        pending={login.isPending}
      >
        <EmailField
          form={form}
          label={t.login.email}
          autoComplete="username"
          value={email}
          onChange={setEmail}
        />
        <Textfield
          {...form.field('password')}
          label={t.login.password}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </ProblemForm>
      <Paragraph>
        {t.login.noAccount}{' '}
        <DsLink asChild>
          <Link to="/opprett-konto">{t.login.register}</Link>
        </DsLink>
      </Paragraph>
      <Paragraph>
        <DsLink asChild>
          <Link to="/glemt-passord">{t.reset.forgot}</Link>
        </DsLink>
      </Paragraph>
    </Page>
  );
}

export function RegisterPage() {
  const t = useT();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { form, mutation: register } = useFormMutation({
    mutationFn: async () => ok(await api.POST('/api/auth/register', { body: { name, email, password } })),
  });
  if (register.isSuccess) {
    return (
      <Page title={t.register.sentTitle}>
        <Paragraph>{t.register.sent(email)}</Paragraph>
      </Page>
    );
  }
  return (
    <Page title={t.register.title} lead={<Paragraph>{t.register.intro}</Paragraph>}>
      <ProblemForm
        form={form}
        onSubmit={() => register.mutate()}
        submit={t.register.submit}
        pending={register.isPending}
      >
        <Textfield
          {...form.field('name')}
          label={t.register.name}
          autoComplete="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <EmailField
          form={form}
          label={t.register.email}
          autoComplete="email"
          value={email}
          onChange={setEmail}
        />
        <PasswordField
          form={form}
          field="password"
          label={t.register.password}
          value={password}
          onChange={setPassword}
        />
      </ProblemForm>
    </Page>
  );
}

interface AccountFieldProps {
  form: FormProblem;
  label: string;
  value: string;
  onChange: (value: string) => void;
}

function EmailField(props: AccountFieldProps & { autoComplete: 'email' | 'username' }) {
  return (
    <Textfield
      {...props.form.field('email')}
      label={props.label}
      type="email"
      autoComplete={props.autoComplete}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
    />
  );
}

/** A new password, with the rule for it as its hint. */
function PasswordField(props: AccountFieldProps & { field: string }) {
  const t = useT();
  return (
    <Textfield
      {...props.form.field(props.field)}
      label={props.label}
      description={t.register.passwordHint}
      type="password"
      autoComplete="new-password"
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
    />
  );
}

/** The link to the login page once an account is ready. */
function ToLogin() {
  const t = useT();
  return (
    <Paragraph>
      <DsLink asChild>
        <Link to="/logg-inn">{t.nav.logIn}</Link>
      </DsLink>
    </Paragraph>
  );
}

/** The token travels in the fragment (#token=…): it never reaches a server log or a Referer. */
function tokenFromHash(): string | null {
  return new URLSearchParams(window.location.hash.slice(1)).get('token');
}

export function ConfirmEmailPage() {
  const t = useT();
  const [token] = useState(tokenFromHash);
  const confirm = useMutation({
    mutationFn: async () =>
      ok(await api.POST('/api/auth/register/confirm', { body: { token: token ?? '' } })),
  });
  const { mutate } = confirm;
  useEffect(() => {
    if (token) mutate();
  }, [token, mutate]);
  return (
    <Page title={t.confirm.title}>
      {!token && <Alert data-color="danger">{t.confirm.missing}</Alert>}
      {confirm.isPending && token && <Paragraph role="status">{t.confirm.working}</Paragraph>}
      {confirm.isSuccess && (
        <>
          <Alert data-color="success">{t.confirm.done}</Alert>
          <ToLogin />
        </>
      )}
      {confirm.isError && <Alert data-color="danger">{t.confirm.failed}</Alert>}
    </Page>
  );
}

export function ForgotPasswordPage() {
  const t = useT();
  const [email, setEmail] = useState('');
  const { form, mutation: request } = useFormMutation({
    mutationFn: async () => ok(await api.POST('/api/auth/password-reset', { body: { email } })),
  });
  return (
    <Page title={t.reset.requestTitle} lead={<Paragraph>{t.reset.requestIntro}</Paragraph>}>
      {request.isSuccess ? (
        <Alert data-color="success">{t.reset.requestSent}</Alert>
      ) : (
        <ProblemForm form={form} onSubmit={() => request.mutate()} submit={t.reset.requestSubmit}>
          <EmailField
            form={form}
            label={t.login.email}
            autoComplete="email"
            value={email}
            onChange={setEmail}
          />
        </ProblemForm>
      )}
    </Page>
  );
}

export function NewPasswordPage() {
  const t = useT();
  const [token] = useState(tokenFromHash);
  const [password, setPassword] = useState('');
  const { form, mutation: reset } = useFormMutation({
    mutationFn: async () =>
      ok(
        await api.POST('/api/auth/password-reset/confirm', {
          body: { token: token ?? '', newPassword: password },
        }),
      ),
  });
  return (
    <Page title={t.reset.title}>
      {!token && <Alert data-color="danger">{t.confirm.missing}</Alert>}
      {reset.isSuccess ? (
        <>
          <Alert data-color="success">{t.reset.done}</Alert>
          <ToLogin />
        </>
      ) : (
        <ProblemForm form={form} onSubmit={() => reset.mutate()} submit={t.reset.submit}>
          <PasswordField
            form={form}
            field="newPassword"
            label={t.reset.password}
            value={password}
            onChange={setPassword}
          />
        </ProblemForm>
      )}
    </Page>
  );
}
