import { Alert, Button, Link as DsLink, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../api/client';
import { fieldId, ok, ProblemError, type Problem } from '../api/problems';
import { ProblemSummary } from '../components/Errors';
import { Page } from '../components/Page';
import { useFormProblem } from '../components/useFormProblem';
import { useT } from '../i18n';
import { logIn, useSession } from '../session';

/** Only paths inside the app are followed after login (no open redirect). */
function safeNext(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/mine-soknader';
}

export function LoginPage() {
  const t = useT();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { setSession } = useSession();
  const form = useFormProblem();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation({
    mutationFn: () => logIn(email, password),
    onSuccess: (session) => {
      setSession(session);
      void navigate(safeNext(params.get('neste')));
    },
    onError: (error) => {
      if (error instanceof ProblemError && error.problem.status === 401) {
        const problem: Problem = {
          ...error.problem,
          title: t.login.failed,
          detail: undefined,
          fields: { email: t.login.failed },
          summary: [{ field: 'email', message: t.login.failed, href: `#${fieldId('email')}` }],
        };
        form.show(problem);
      } else form.fail(error);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate();
  };
  return (
    <Page title={t.login.title} lead={<Paragraph>{t.login.intro}</Paragraph>}>
      {params.get('utlopt') && <Alert data-color="warning">{t.login.expired}</Alert>}
      {params.get('utlogget') && <Alert data-color="info">{t.login.loggedOut}</Alert>}
      <ProblemSummary problem={form.problem} ref={form.summaryRef} />
      <form onSubmit={submit} className="stack" noValidate>
        <Textfield
          id={fieldId('email')}
          label={t.login.email}
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={form.fieldError('email')}
        />
        <Textfield
          id={fieldId('password')}
          label={t.login.password}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={form.fieldError('password')}
        />
        <div>
          <Button type="submit" disabled={login.isPending}>
            {t.login.submit}
          </Button>
        </div>
      </form>
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
  const form = useFormProblem();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const register = useMutation({
    mutationFn: async () => ok(await api.POST('/api/auth/register', { body: { name, email, password } })),
    onError: form.fail,
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
      <ProblemSummary problem={form.problem} ref={form.summaryRef} />
      <form
        className="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          register.mutate();
        }}
      >
        <Textfield
          id={fieldId('name')}
          label={t.register.name}
          autoComplete="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={form.fieldError('name')}
        />
        <Textfield
          id={fieldId('email')}
          label={t.register.email}
          type="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={form.fieldError('email')}
        />
        <Textfield
          id={fieldId('password')}
          label={t.register.password}
          description={t.register.passwordHint}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={form.fieldError('password')}
        />
        <div>
          <Button type="submit" disabled={register.isPending}>
            {t.register.submit}
          </Button>
        </div>
      </form>
    </Page>
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
          <Paragraph>
            <DsLink asChild>
              <Link to="/logg-inn">{t.nav.logIn}</Link>
            </DsLink>
          </Paragraph>
        </>
      )}
      {confirm.isError && <Alert data-color="danger">{t.confirm.failed}</Alert>}
    </Page>
  );
}

export function ForgotPasswordPage() {
  const t = useT();
  const form = useFormProblem();
  const [email, setEmail] = useState('');
  const request = useMutation({
    mutationFn: async () => ok(await api.POST('/api/auth/password-reset', { body: { email } })),
    onError: form.fail,
  });
  return (
    <Page title={t.reset.requestTitle} lead={<Paragraph>{t.reset.requestIntro}</Paragraph>}>
      {request.isSuccess ? (
        <Alert data-color="success">{t.reset.requestSent}</Alert>
      ) : (
        <>
          <ProblemSummary problem={form.problem} ref={form.summaryRef} />
          <form
            className="stack"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              request.mutate();
            }}
          >
            <Textfield
              id={fieldId('email')}
              label={t.login.email}
              type="email"
              autoComplete="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={form.fieldError('email')}
            />
            <div>
              <Button type="submit">{t.reset.requestSubmit}</Button>
            </div>
          </form>
        </>
      )}
    </Page>
  );
}

export function NewPasswordPage() {
  const t = useT();
  const form = useFormProblem();
  const [token] = useState(tokenFromHash);
  const [password, setPassword] = useState('');
  const reset = useMutation({
    mutationFn: async () =>
      ok(
        await api.POST('/api/auth/password-reset/confirm', {
          body: { token: token ?? '', newPassword: password },
        }),
      ),
    onError: form.fail,
  });
  return (
    <Page title={t.reset.title}>
      {!token && <Alert data-color="danger">{t.confirm.missing}</Alert>}
      {reset.isSuccess ? (
        <>
          <Alert data-color="success">{t.reset.done}</Alert>
          <Paragraph>
            <DsLink asChild>
              <Link to="/logg-inn">{t.nav.logIn}</Link>
            </DsLink>
          </Paragraph>
        </>
      ) : (
        <>
          <ProblemSummary problem={form.problem} ref={form.summaryRef} />
          <form
            className="stack"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              reset.mutate();
            }}
          >
            <Textfield
              id={fieldId('newPassword')}
              label={t.reset.password}
              description={t.register.passwordHint}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={form.fieldError('newPassword')}
            />
            <div>
              <Button type="submit">{t.reset.submit}</Button>
            </div>
          </form>
        </>
      )}
    </Page>
  );
}
