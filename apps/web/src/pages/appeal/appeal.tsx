import {
  Alert,
  Button,
  Heading,
  Link as DsLink,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  Textfield,
} from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { api, csrfHeaders } from '../../api/client';
import { fieldId, ok, ProblemError, toProblem } from '../../api/problems';
import { ProblemSummary } from '../../components/Errors';
import { Page } from '../../components/Page';
import { useFormProblem } from '../../components/useFormProblem';
import { formatDateTime } from '../../format';
import { useT } from '../../i18n';
import { useSession } from '../../session';
import { LongText } from '../apply/fields';

const appealsKey = (id: string) => ['appeals', id] as const;

function useLoginRedirect() {
  const { session, loading } = useSession();
  const location = useLocation();
  return !loading && !session ? (
    <Navigate to={`/logg-inn?neste=${encodeURIComponent(location.pathname + location.search)}`} replace />
  ) : null;
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
  const form = useFormProblem();
  const [grounds, setGrounds] = useState('');
  const file = useRef<HTMLInputElement>(null);
  const appeals = useQuery({
    queryKey: appealsKey(id),
    queryFn: async () => ok(await api.GET('/api/applications/{id}/appeals', { params: { path: { id } } })),
    enabled: !redirect,
  });
  const lodge = useMutation({
    mutationFn: async () => {
      const appeal = ok(
        await api.POST('/api/applications/{id}/appeals', {
          params: { path: { id } },
          body: claimId
            ? { grounds, subjectType: 'repayment_claim', subjectId: claimId }
            : { grounds, subjectType: 'decision' },
        }),
      );
      const chosen = file.current?.files?.[0];
      if (chosen) {
        const body = new FormData();
        body.append('file', chosen);
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
    },
    onSuccess: (appeal) => {
      void queryClient.invalidateQueries({ queryKey: appealsKey(id) });
      void navigate(`/tilskudd/${id}/klage/${appeal.id}`);
    },
    onError: (error) => {
      void queryClient.invalidateQueries({ queryKey: appealsKey(id) });
      form.fail(error);
    },
  });
  if (redirect) return redirect;
  const items = appeals.data ?? [];
  return (
    <Page title={t.appeal.title}>
      <section className="stack">
        <Heading level={2} data-size="sm">
          {t.appeal.whatTitle}
        </Heading>
        <Paragraph>{t.appeal.what}</Paragraph>
        <Heading level={2} data-size="sm">
          {t.appeal.deadlineTitle}
        </Heading>
        <Paragraph>{t.appeal.deadline}</Paragraph>
        <Heading level={2} data-size="sm">
          {t.appeal.howTitle}
        </Heading>
        <Paragraph>{t.appeal.how}</Paragraph>
      </section>
      {items.length > 0 && (
        <section className="stack">
          <Heading level={2} data-size="sm">
            {t.appeal.earlier}
          </Heading>
          <div className="table-scroll">
            <Table>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>{t.appeal.lodgedAt}</TableHeaderCell>
                  <TableHeaderCell>{t.appeal.deadlineAt}</TableHeaderCell>
                  <TableHeaderCell>{t.appeal.statusLabel}</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {items.map((a) => (
                  <TableRow key={a.id}>
                    <TableCell>
                      <DsLink asChild>
                        <Link to={`/tilskudd/${id}/klage/${a.id}`}>{formatDateTime(a.lodgedAt)}</Link>
                      </DsLink>
                    </TableCell>
                    <TableCell>{a.deadline ? formatDateTime(a.deadline) : '–'}</TableCell>
                    <TableCell>{t.appeal.status[a.status]}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </section>
      )}
      <ProblemSummary problem={form.problem} ref={form.summaryRef} />
      <form
        className="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          lodge.mutate();
        }}
      >
        {claimId && <Alert data-color="info">{t.appeal.subjectClaim}</Alert>}
        <LongText
          field="grounds"
          label={t.appeal.grounds}
          hint={t.appeal.groundsHint}
          value={grounds}
          onChange={setGrounds}
          error={form.fieldError('grounds')}
        />
        <Textfield
          id={fieldId('file')}
          ref={file}
          type="file"
          accept=".pdf,.docx,.xlsx,.odt,.png,.jpg,.jpeg"
          label={t.appeal.file}
          description={t.appeal.fileHint}
          error={form.fieldError('file')}
        />
        <div>
          <Button type="submit" disabled={lodge.isPending}>
            {lodge.isPending ? t.appeal.submitting : t.appeal.submit}
          </Button>
        </div>
      </form>
    </Page>
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
          <Heading level={2} data-size="sm">
            {t.appeal.howTitle}
          </Heading>
          <Paragraph>{t.appeal.receiptNext}</Paragraph>
          <Heading level={2} data-size="sm">
            {t.appeal.grounds}
          </Heading>
          <Paragraph className="pre-wrap">{a.grounds}</Paragraph>
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
