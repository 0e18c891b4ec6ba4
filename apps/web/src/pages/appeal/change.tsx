import { Alert, Fieldset, Paragraph, Radio, TableCell, Textfield } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { api } from '../../api/client';
import { fieldId, ok } from '../../api/problems';
import { ProblemForm } from '../../components/Errors';
import { Page } from '../../components/Page';
import { useFormMutation } from '../../components/useFormProblem';
import { formatDate, formatDateTime } from '../../format';
import { useT } from '../../i18n';
import { AmountInput, LongText } from '../apply/fields';
import { useRequireSession } from '../apply/mine';
import { EarlierSubmissions } from './shared';

type Kind = 'period' | 'content';

const changesKey = (id: string) => ['change-requests', id];

/**
 * A change request (endringssøknad) for an accepted grant: a longer period or changed content, with a reason and
 * optionally more money. Moving money between budget lines is described in words here (a later budget editor).
 */
export function ChangeRequestPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { session, redirect } = useRequireSession();
  const [sent, setSent] = useState(false);
  const requests = useQuery({
    queryKey: changesKey(id),
    queryFn: async () =>
      ok(await api.GET('/api/applications/{id}/change-requests', { params: { path: { id } } })),
    enabled: !!session,
  });
  if (redirect) return redirect;
  const c = t.change;
  return (
    <Page title={c.title} lead={<Paragraph>{c.intro}</Paragraph>}>
      {sent && (
        <Alert data-color="success" role="status">
          {c.sent}
        </Alert>
      )}
      <EarlierSubmissions
        heading={c.earlier}
        columns={[c.requestedAt, c.kind, c.statusLabel]}
        items={requests.data ?? []}
        cells={(x) => (
          <>
            <TableCell>{formatDateTime(x.requestedAt)}</TableCell>
            <TableCell>
              {c.kinds[x.kind]}
              {x.periodEnd ? ` (${formatDate(x.periodEnd)})` : ''}
            </TableCell>
            <TableCell data-testid="change-status">
              {c.status[x.status]}
              {x.comment ? ` – ${x.comment}` : ''}
            </TableCell>
          </>
        )}
      />
      <ChangeForm id={id} onSent={() => setSent(true)} />
    </Page>
  );
}

/** The request: which change, the new end date or the changed content, the reason, more money if needed. */
function ChangeForm({ id, onSent }: { id: string; onSent: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<Kind>('period');
  const [periodEnd, setPeriodEnd] = useState('');
  const [content, setContent] = useState('');
  const [reason, setReason] = useState('');
  const [additional, setAdditional] = useState<number | null>(null);
  const { form, mutation: send } = useFormMutation({
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
      onSent();
      setPeriodEnd('');
      setContent('');
      setReason('');
      setAdditional(null);
      void queryClient.invalidateQueries({ queryKey: changesKey(id) });
    },
  });
  const c = t.change;
  return (
    <ProblemForm form={form} onSubmit={() => send.mutate()} submit={c.submit} pending={send.isPending}>
      <KindChoice kind={kind} onChange={setKind} />
      {kind === 'period' ? (
        <Textfield
          {...form.field('periodEnd')}
          type="date"
          label={c.periodEnd}
          value={periodEnd}
          onChange={(e) => setPeriodEnd(e.target.value)}
        />
      ) : (
        <LongText
          field="content"
          label={c.content}
          hint={c.contentHint}
          value={content}
          onChange={setContent}
          error={form.fieldError('content')}
        />
      )}
      <LongText
        field="reason"
        label={c.reason}
        value={reason}
        onChange={setReason}
        error={form.fieldError('reason')}
      />
      <AmountInput
        field="additionalAmountOre"
        label={c.additional}
        hint={c.additionalHint}
        ore={additional}
        onChange={setAdditional}
        error={form.fieldError('additionalAmountOre')}
      />
    </ProblemForm>
  );
}

function KindChoice({ kind, onChange }: { kind: Kind; onChange: (kind: Kind) => void }) {
  const t = useT();
  return (
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
          onChange={() => onChange(k)}
        />
      ))}
    </Fieldset>
  );
}
