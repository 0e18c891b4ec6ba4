import {
  Button,
  Details,
  Fieldset,
  Heading,
  Link as DsLink,
  Paragraph,
  Radio,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  Textarea,
  Field,
  Label,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type Schemas } from '../../api/client';
import { fieldId, fromFieldProblems, ok, type FieldProblem } from '../../api/problems';
import { ProblemSummary } from '../../components/Errors';
import { useFormProblem } from '../../components/useFormProblem';
import { formatAmount, formatDate, formatDateTime } from '../../format';
import type { Messages } from '../../i18n/nb';
import { caseKey, isGrant } from './case-data';

type Application = Schemas['ApplicationResponse'];
type Decision = Schemas['DecisionResponse'];
type Letter = Schemas['LetterResponse'];
type CaseEvent = Schemas['CaseEventResponse'];
type Disbursement = Schemas['DisbursementResponse'];

/** Every query of one case shares this key prefix: an answer refreshes them all. */
/** The sections of the case page (CasePage.tsx): decision, answer, payments, letters, history. */
export function DecisionSection({ t, decision }: { t: Messages; decision: Decision | undefined }) {
  const c = t.caseView;
  return (
    <section aria-labelledby="decision-heading" className="case-section" data-testid="decision">
      <Heading level={2} data-size="md" id="decision-heading">
        {c.decision}
      </Heading>
      {!decision || !decision.notifiedAt ? (
        <Paragraph>{c.noDecision}</Paragraph>
      ) : (
        <>
          <dl className="facts">
            <dt>{c.outcome}</dt>
            <dd>{c.outcomes[decision.outcome]}</dd>
            {isGrant(decision) && (
              <>
                <dt>{c.amount}</dt>
                <dd data-testid="decision-amount">{formatAmount(decision.amountOre)}</dd>
              </>
            )}
            <dt>{c.decidedAt}</dt>
            <dd>{formatDate(decision.decidedAt)}</dd>
            {decision.acceptanceDeadline &&
              isGrant(decision) &&
              !decision.acceptedAt &&
              !decision.lapsedAt && (
                <>
                  <dt>{c.acceptanceDeadline}</dt>
                  <dd data-testid="acceptance-deadline">{formatDateTime(decision.acceptanceDeadline)}</dd>
                </>
              )}
            {decision.acceptedAt && (
              <>
                <dt>{c.acceptedAt}</dt>
                <dd>{formatDateTime(decision.acceptedAt)}</dd>
              </>
            )}
            {decision.lapsedAt && (
              <>
                <dt>{c.lapsedAt}</dt>
                <dd>{formatDateTime(decision.lapsedAt)}</dd>
                {decision.lapseReason && (
                  <>
                    <dt>{c.lapseReason}</dt>
                    <dd>{decision.lapseReason}</dd>
                  </>
                )}
              </>
            )}
            {decision.appealDeadline && (
              <>
                <dt>{c.appealDeadline}</dt>
                <dd>{formatDateTime(decision.appealDeadline)}</dd>
              </>
            )}
          </dl>
          {isGrant(decision) && (
            <>
              <Heading level={3} data-size="xs">
                {c.conditions}
              </Heading>
              {decision.conditions.length === 0 ? (
                <Paragraph>{c.noConditions}</Paragraph>
              ) : (
                <ul className="case-conditions" data-testid="conditions">
                  {decision.conditions.map((condition, i) => (
                    <li key={i}>{condition}</li>
                  ))}
                </ul>
              )}
            </>
          )}
          {decision.reasons && (
            <Details>
              <Details.Summary>{c.reasons}</Details.Summary>
              <Details.Content>
                <dl className="facts">
                  <dt>{c.rulesApplied}</dt>
                  <dd>{decision.reasons.rulesApplied}</dd>
                  <dt>{c.factsReliedOn}</dt>
                  <dd>{decision.reasons.factsReliedOn}</dd>
                  <dt>{c.mainConsiderations}</dt>
                  <dd>{decision.reasons.mainConsiderations}</dd>
                </dl>
              </Details.Content>
            </Details>
          )}
        </>
      )}
    </section>
  );
}

/** The signatory's answer: accept the conditions, or decline with a reason. */
export function AnswerForm({
  t,
  application,
  onAnswered,
}: {
  t: Messages;
  application: Application;
  onAnswered: () => void;
}) {
  const c = t.caseView;
  const queryClient = useQueryClient();
  const form = useFormProblem();
  const [choice, setChoice] = useState<'accept' | 'decline' | null>(null);
  const [reason, setReason] = useState('');
  const send = useMutation({
    mutationFn: async () =>
      ok(
        await api.POST('/api/applications/{id}/acceptance', {
          params: { path: { id: application.id } },
          body: {
            version: application.version,
            accept: choice === 'accept',
            ...(choice === 'decline' ? { reason } : {}),
          },
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: caseKey(application.id) });
      await queryClient.invalidateQueries({ queryKey: ['applications'] });
      onAnswered();
    },
    onError: form.fail,
  });
  return (
    <form
      className="stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const missing: FieldProblem[] = [];
        if (!choice) missing.push({ field: 'accept', rule: 'required', message: c.chooseMissing });
        if (choice === 'decline' && !reason.trim())
          missing.push({ field: 'reason', rule: 'required', message: c.declineReasonMissing });
        if (missing.length > 0) {
          form.show(fromFieldProblems(missing, { status: 0, kind: 'validation', title: c.answerHeading }));
          return;
        }
        form.clear();
        send.mutate();
      }}
    >
      <ProblemSummary problem={form.problem} ref={form.summaryRef} />
      <Paragraph>{c.answerIntro}</Paragraph>
      <Fieldset id={fieldId('accept')}>
        <Fieldset.Legend>{c.answerChoice}</Fieldset.Legend>
        <Radio
          name="answer"
          value="accept"
          label={c.accept}
          checked={choice === 'accept'}
          onChange={() => setChoice('accept')}
        />
        <Radio
          name="answer"
          value="decline"
          label={c.decline}
          checked={choice === 'decline'}
          onChange={() => setChoice('decline')}
        />
        {form.fieldError('accept') && <ValidationMessage>{form.fieldError('accept')}</ValidationMessage>}
      </Fieldset>
      {choice === 'decline' && (
        <Field>
          <Label htmlFor={fieldId('reason')}>{c.declineReason}</Label>
          <Field.Description>{c.declineReasonHint}</Field.Description>
          <Textarea
            id={fieldId('reason')}
            rows={4}
            value={reason}
            maxLength={2000}
            aria-invalid={form.fieldError('reason') ? true : undefined}
            onChange={(e) => setReason(e.target.value)}
          />
          {form.fieldError('reason') && <ValidationMessage>{form.fieldError('reason')}</ValidationMessage>}
        </Field>
      )}
      <div>
        <Button type="submit" disabled={send.isPending}>
          {send.isPending ? c.sending : c.sendAnswer}
        </Button>
      </div>
    </form>
  );
}

export function PaymentsSection({
  t,
  disbursements,
}: {
  t: Messages;
  disbursements: Disbursement[] | undefined;
}) {
  const c = t.caseView;
  const plan = disbursements ?? [];
  const paid = plan.filter((d) => d.status === 'paid').reduce((sum, d) => sum + d.amountOre, 0);
  const total = plan.filter((d) => d.status !== 'cancelled').reduce((sum, d) => sum + d.amountOre, 0);
  return (
    <section aria-labelledby="payments-heading" className="case-section" data-testid="payments">
      <Heading level={2} data-size="md" id="payments-heading">
        {c.payments}
      </Heading>
      {plan.length === 0 ? (
        <Paragraph>{c.noPayments}</Paragraph>
      ) : (
        <>
          <Paragraph>{c.paymentsIntro}</Paragraph>
          <Table>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{c.instalment}</TableHeaderCell>
                <TableHeaderCell>{c.dueDate}</TableHeaderCell>
                <TableHeaderCell className="case-amount">{c.amount}</TableHeaderCell>
                <TableHeaderCell>{c.paymentStatus}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {plan.map((d) => (
                <TableRow key={d.id}>
                  <TableCell>{c.instalmentOf(d.instalmentNo, d.instalmentCount)}</TableCell>
                  <TableCell>{formatDate(d.dueDate)}</TableCell>
                  <TableCell className="case-amount">{formatAmount(d.amountOre)}</TableCell>
                  <TableCell>
                    {d.status === 'paid' && d.paidOn
                      ? c.paidOn(formatDate(d.paidOn))
                      : c.paymentStatuses[d.status]}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Paragraph data-testid="paid-so-far">
            {c.paidSoFar(formatAmount(paid), formatAmount(total))}
          </Paragraph>
        </>
      )}
    </section>
  );
}

export function LettersSection({ t, letters }: { t: Messages; letters: Letter[] | undefined }) {
  const c = t.caseView;
  const shown = (letters ?? []).slice().sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <section aria-labelledby="letters-heading" className="case-section" data-testid="letters">
      <Heading level={2} data-size="md" id="letters-heading">
        {c.letters}
      </Heading>
      {shown.length === 0 ? (
        <Paragraph>{c.noLetters}</Paragraph>
      ) : (
        <>
          <Paragraph>{c.lettersIntro}</Paragraph>
          <ul className="case-letters">
            {shown.map((letter) => (
              <li key={letter.id}>
                <DsLink href={`/api/letters/${letter.id}/pdf`} type="application/pdf">
                  {c.letterLink(letter.title)}
                </DsLink>{' '}
                <span className="case-muted">
                  {letter.deliveredAt ? c.letterSent(formatDateTime(letter.deliveredAt)) : c.letterNotSent}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * What happened, oldest first, as the API tells it in the written standard the page asks for (Accept-Language):
 * the server has a plain text for every event. Only the drafting of a letter is left out; its sending is what reaches the
 * organisation.
 */
export function HistorySection({ t, events }: { t: Messages; events: CaseEvent[] | undefined }) {
  const shown = (events ?? []).filter((event) => event.event !== 'letter.written');
  return (
    <section aria-labelledby="history-heading" className="case-section" data-testid="history">
      <Heading level={2} data-size="md" id="history-heading">
        {t.caseView.history}
      </Heading>
      {events === undefined ? (
        <Paragraph>{t.common.loading}</Paragraph>
      ) : (
        <ol className="case-timeline">
          {shown.map((event, i) => (
            <li key={`${event.event}-${event.entityId}-${i}`}>
              <time dateTime={event.at}>{formatDateTime(event.at)}</time>
              <span>{event.text}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
