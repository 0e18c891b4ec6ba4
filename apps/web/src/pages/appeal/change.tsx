import {
  Alert,
  Button,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  Textfield,
} from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Navigate, useLocation, useParams } from 'react-router';
import { api } from '../../api/client';
import { fieldId, ok } from '../../api/problems';
import { ProblemSummary } from '../../components/Errors';
import { Page } from '../../components/Page';
import { useFormProblem } from '../../components/useFormProblem';
import { formatDate, formatDateTime } from '../../format';
import { useT } from '../../i18n';
import { useSession } from '../../session';
import { AmountInput, LongText } from '../apply/fields';

type Kind = 'period' | 'content';

/**
 * A change request (endringssøknad) for an accepted grant: a longer period or changed content, with a reason and
 * optionally more money. Moving money between budget lines is described in words here (a later budget editor).
 */
export function ChangeRequestPage() {
  const { id = '' } = useParams();
  const t = useT();
  const location = useLocation();
  const { session, loading } = useSession();
  const queryClient = useQueryClient();
  const form = useFormProblem();
  const [kind, setKind] = useState<Kind>('period');
  const [periodEnd, setPeriodEnd] = useState('');
  const [content, setContent] = useState('');
  const [reason, setReason] = useState('');
  const [additional, setAdditional] = useState<number | null>(null);
  const [sent, setSent] = useState(false);
  const key = ['change-requests', id];
  const requests = useQuery({
    queryKey: key,
    queryFn: async () =>
      ok(await api.GET('/api/applications/{id}/change-requests', { params: { path: { id } } })),
    enabled: !!session,
  });
  const send = useMutation({
    mutationFn: async () =>
      ok(
        await api.POST('/api/applications/{id}/change-requests', {
          params: { path: { id } },
          body: {
            kind,
            reason,
            ...(kind === 'period' ? { periodEnd } : { content }),
            ...(additional ? { additionalAmountOre: additional } : {}),
          },
        }),
      ),
    onSuccess: () => {
      form.clear();
      setSent(true);
      setPeriodEnd('');
      setContent('');
      setReason('');
      setAdditional(null);
      void queryClient.invalidateQueries({ queryKey: key });
    },
    onError: form.fail,
  });
  if (!loading && !session) {
    return <Navigate to={`/logg-inn?neste=${encodeURIComponent(location.pathname)}`} replace />;
  }
  const items = requests.data ?? [];
  return (
    <Page title={t.change.title} lead={<Paragraph>{t.change.intro}</Paragraph>}>
      {sent && (
        <Alert data-color="success" role="status">
          {t.change.sent}
        </Alert>
      )}
      {items.length > 0 && (
        <section className="stack">
          <Heading level={2} data-size="sm">
            {t.change.earlier}
          </Heading>
          <div className="table-scroll">
            <Table>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>{t.change.requestedAt}</TableHeaderCell>
                  <TableHeaderCell>{t.change.kind}</TableHeaderCell>
                  <TableHeaderCell>{t.change.statusLabel}</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {items.map((c) => (
                  <TableRow key={c.id}>
                    <TableCell>{formatDateTime(c.requestedAt)}</TableCell>
                    <TableCell>
                      {t.change.kinds[c.kind]}
                      {c.periodEnd ? ` (${formatDate(c.periodEnd)})` : ''}
                    </TableCell>
                    <TableCell data-testid="change-status">
                      {t.change.status[c.status]}
                      {c.comment ? ` – ${c.comment}` : ''}
                    </TableCell>
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
          send.mutate();
        }}
      >
        <Fieldset id={fieldId('kind')}>
          <Fieldset.Legend>{t.change.kind}</Fieldset.Legend>
          <Fieldset.Description>{t.change.budgetByLetter}</Fieldset.Description>
          {(['period', 'content'] as const).map((k) => (
            <Radio
              key={k}
              name="change-kind"
              value={k}
              label={t.change.kinds[k]}
              checked={kind === k}
              onChange={() => setKind(k)}
            />
          ))}
        </Fieldset>
        {kind === 'period' ? (
          <Textfield
            id={fieldId('periodEnd')}
            type="date"
            label={t.change.periodEnd}
            value={periodEnd}
            onChange={(e) => setPeriodEnd(e.target.value)}
            error={form.fieldError('periodEnd')}
          />
        ) : (
          <LongText
            field="content"
            label={t.change.content}
            hint={t.change.contentHint}
            value={content}
            onChange={setContent}
            error={form.fieldError('content')}
          />
        )}
        <LongText
          field="reason"
          label={t.change.reason}
          value={reason}
          onChange={setReason}
          error={form.fieldError('reason')}
        />
        <AmountInput
          field="additionalAmountOre"
          label={t.change.additional}
          hint={t.change.additionalHint}
          ore={additional}
          onChange={setAdditional}
          error={form.fieldError('additionalAmountOre')}
        />
        <div>
          <Button type="submit" disabled={send.isPending}>
            {t.change.submit}
          </Button>
        </div>
      </form>
    </Page>
  );
}
