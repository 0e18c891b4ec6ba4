import {
  Alert,
  Heading,
  Link as DsLink,
  Paragraph,
  TableCell,
  Textfield,
} from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { api, csrfHeaders } from '../../api/client';
import { ok, ProblemError, toProblem } from '../../api/problems';
import { ProblemForm } from '../../components/Errors';
import { Page } from '../../components/Page';
import { useFormMutation } from '../../components/useFormProblem';
import { formatDateTime } from '../../format';
import { useT } from '../../i18n';
import type { Messages } from '../../i18n/nb';
import { LongText } from '../apply/fields';
import { EarlierSubmissions, useLoginRedirect } from './shared';

const appealsKey = (id: string) => ['appeals', id] as const;

/** Lodges the appeal (against the decision, or the repayment claim `claimId`), then uploads the file if any. */
async function lodgeAppeal(t: Messages, id: string, claimId: string | null, grounds: string, file?: File) {
  const appeal = ok(
    await api.POST('/api/applications/{id}/appeals', {
      params: { path: { id } },
      body: claimId
        ? { grounds, subjectType: 'repayment_claim', subjectId: claimId }
        : { grounds, subjectType: 'decision' },
    }),
  );
  if (file) {
    const body = new FormData();
    body.append('file', file);
    const res = await fetch(`/api/appeals/${appeal.id}/attachments`, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: csrfHeaders(),
    });
    if (!res.ok) {
      // The appeal is registered: the file's problem is shown on the receipt page's way there.
      const json: unknown = await res.json().catch(() => null);
      throw new ProblemError(toProblem(res.status, json, t.common.loadFailed));
    }
  }
  return appeal;
}

/** What an appeal is and its deadline in plain words, the appeals sent, and the form. */
export function AppealPage() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const claimId = search.get('krav');
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const redirect = useLoginRedirect();
  const [grounds, setGrounds] = useState('');
  const file = useRef<HTMLInputElement>(null);
  const appeals = useQuery({
    queryKey: appealsKey(id),
    queryFn: async () => ok(await api.GET('/api/applications/{id}/appeals', { params: { path: { id } } })),
    enabled: !redirect,
  });
  const { form, mutation: lodge } = useFormMutation({
    mutationFn: () => lodgeAppeal(t, id, claimId, grounds, file.current?.files?.[0]),
    onSuccess: (appeal) => {
      void queryClient.invalidateQueries({ queryKey: appealsKey(id) });
      void navigate(`/tilskudd/${id}/klage/${appeal.id}`);
    },
    onError: () => void queryClient.invalidateQueries({ queryKey: appealsKey(id) }),
  });
  if (redirect) return redirect;
  const a = t.appeal;
  return (
    <Page title={a.title}>
      <section className="stack">
        {[
          [a.whatTitle, a.what],
          [a.deadlineTitle, a.deadline],
          [a.howTitle, a.how],
        ].map(([title, text]) => (
          <TitledText key={title} title={title} text={text} />
        ))}
      </section>
      <EarlierSubmissions
        heading={a.earlier}
        columns={[a.lodgedAt, a.deadlineAt, a.statusLabel]}
        items={appeals.data ?? []}
        cells={(x) => (
          <>
            <TableCell>
              <DsLink asChild>
                <Link to={`/tilskudd/${id}/klage/${x.id}`}>{formatDateTime(x.lodgedAt)}</Link>
              </DsLink>
            </TableCell>
            <TableCell>{x.deadline ? formatDateTime(x.deadline) : '–'}</TableCell>
            <TableCell>{a.status[x.status]}</TableCell>
          </>
        )}
      />
      <ProblemForm
        form={form}
        onSubmit={() => lodge.mutate()}
        submit={lodge.isPending ? a.submitting : a.submit}
        pending={lodge.isPending}
      >
        {claimId && <Alert data-color="info">{a.subjectClaim}</Alert>}
        <LongText
          field="grounds"
          label={a.grounds}
          hint={a.groundsHint}
          value={grounds}
          onChange={setGrounds}
          error={form.fieldError('grounds')}
        />
        <Textfield
          {...form.field('file')}
          ref={file}
          type="file"
          accept=".pdf,.docx,.xlsx,.odt,.png,.jpg,.jpeg"
          label={a.file}
          description={a.fileHint}
        />
      </ProblemForm>
    </Page>
  );
}

/** A small heading and its paragraph. */
function TitledText({ title, text, className }: { title: string; text: string; className?: string }) {
  return (
    <>
      <Heading level={2} data-size="sm">
        {title}
      </Heading>
      <Paragraph className={className}>{text}</Paragraph>
    </>
  );
}

/** The confirmation: when it came, the deadline, whether it was in time, what happens next. */
export function AppealReceiptPage() {
  const { id = '', appealId = '' } = useParams();
  const t = useT();
  const redirect = useLoginRedirect();
  const appeal = useQuery({
    queryKey: ['appeal', appealId],
    queryFn: async () => ok(await api.GET('/api/appeals/{id}', { params: { path: { id: appealId } } })),
    enabled: !redirect,
  });
  const files = useQuery({
    queryKey: ['appeal', appealId, 'attachments'],
    queryFn: async () =>
      ok(await api.GET('/api/appeals/{id}/attachments', { params: { path: { id: appealId } } })),
    enabled: !redirect,
  });
  if (redirect) return redirect;
  const a = appeal.data;
  return (
    <Page title={t.appeal.receiptTitle}>
      {a && (
        <>
          <Alert data-color="success">
            <Paragraph data-testid="appeal-lodged">
              {t.appeal.receiptText(formatDateTime(a.lodgedAt))}
            </Paragraph>
          </Alert>
          <dl className="facts">
            <dt>{t.appeal.statusLabel}</dt>
            <dd>{t.appeal.status[a.status]}</dd>
            {a.deadline && (
              <>
                <dt>{t.appeal.deadlineAt}</dt>
                <dd>{formatDateTime(a.deadline)}</dd>
              </>
            )}
            <dt>{t.appeal.inTimeLabel}</dt>
            <dd>{a.late ? t.appeal.late : t.appeal.inTime}</dd>
          </dl>
          {a.late && <Alert data-color="warning">{t.appeal.receiptLate}</Alert>}
          <TitledText title={t.appeal.howTitle} text={t.appeal.receiptNext} />
          <TitledText title={t.appeal.grounds} text={a.grounds} className="pre-wrap" />
          {(files.data ?? []).map((f) => (
            <Paragraph key={f.id}>{t.appeal.attached(f.fileName)}</Paragraph>
          ))}
        </>
      )}
      <Paragraph>
        <DsLink asChild>
          <Link to="/mine-soknader">{t.appeal.toMine}</Link>
        </DsLink>
      </Paragraph>
      <Paragraph>
        <DsLink asChild>
          <Link to={`/tilskudd/${id}/klage`}>{t.appeal.earlier}</Link>
        </DsLink>
      </Paragraph>
    </Page>
  );
}
