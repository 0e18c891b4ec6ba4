import {
  Alert,
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
  Tag,
  Textarea,
  Field,
  Label,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Navigate, useLocation, useParams } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { fieldId, fromFieldProblems, ok, type FieldProblem } from '../../api/problems';
import { ProblemSummary } from '../../components/Errors';
import { Page } from '../../components/Page';
import { useFormProblem } from '../../components/useFormProblem';
import { formatAmount, formatDate, formatDateTime, timeLeft } from '../../format';
import { useT } from '../../i18n';
import type { Messages } from '../../i18n/nb';
import { useSession } from '../../session';
import './case.css';

type Application = Schemas['ApplicationResponse'];
type Decision = Schemas['DecisionResponse'];
type Letter = Schemas['LetterResponse'];
type CaseEvent = Schemas['CaseEventResponse'];
type Disbursement = Schemas['DisbursementResponse'];
type Member = Schemas['MemberResponse'];

/** Every query of one case shares this key prefix: an answer refreshes them all. */
const caseKey = (id: string) => ['case', id] as const;

function useCase(id: string, enabled: boolean) {
  const application = useQuery({
    queryKey: [...caseKey(id), 'application'],
    queryFn: async () => ok(await api.GET('/api/applications/{id}', { params: { path: { id } } })),
    enabled,
  });
  const decisions = useQuery({
    queryKey: [...caseKey(id), 'decisions'],
    queryFn: async () => ok(await api.GET('/api/applications/{id}/decisions', { params: { path: { id } } })),
    enabled,
  });
  const letters = useQuery({
    queryKey: [...caseKey(id), 'letters'],
    queryFn: async () => ok(await api.GET('/api/applications/{id}/letters', { params: { path: { id } } })),
    enabled,
  });
  const history = useQuery({
    queryKey: [...caseKey(id), 'history'],
    queryFn: async () => ok(await api.GET('/api/applications/{id}/history', { params: { path: { id } } })),
    enabled,
  });
  const organisationId = application.data?.organisation.id;
  const members = useQuery({
    queryKey: [...caseKey(id), 'members', organisationId],
    queryFn: async () =>
      ok(
        await api.GET('/api/organisations/{id}/members', {
          params: { path: { id: organisationId ?? '' } },
        }),
      ),
    enabled: enabled && !!organisationId,
  });
  const hasPlan = application.data?.status === 'accepted' || application.data?.status === 'paid';
  const disbursements = useQuery({
    queryKey: [...caseKey(id), 'disbursements'],
    queryFn: async () =>
      ok(await api.GET('/api/applications/{id}/disbursements', { params: { path: { id } } })),
    enabled: enabled && hasPlan,
  });
  return { application, decisions, letters, history, members, disbursements };
}

/** "Kari og Ola", "Kari, Ola og Per". */
function joinNames(names: string[], and: string): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

const isGrant = (d: Decision) => d.outcome === 'granted' || d.outcome === 'partly_granted';

/**
 * The case page after submission: what to do next at the top, the decision with its conditions (and the answer to
 * it for a signatory), the payment plan, the letters and what has happened, in the user's written standard.
 */
export function CasePage() {
  const t = useT();
  const { id = '' } = useParams();
  const { session, loading } = useSession();
  const location = useLocation();
  const data = useCase(id, !!session);
  const nextRef = useRef<HTMLDivElement>(null);
  // After an answer the form goes away: focus moves to what to do next, which now says what happened.
  const [answers, setAnswers] = useState(0);
  useEffect(() => {
    if (answers > 0) nextRef.current?.focus();
  }, [answers]);
  if (!loading && !session) {
    return <Navigate to={`/logg-inn?neste=${encodeURIComponent(location.pathname)}`} replace />;
  }
  const application = data.application.data;
  if (data.application.isError) {
    return (
      <Page title={t.caseView.title}>
        <Alert data-color="danger">{t.common.loadFailed}</Alert>
      </Page>
    );
  }
  // What to do next depends on the decision and on who may sign: nothing is said before both are known.
  if (!application || data.decisions.isPending || data.members.isPending) {
    return (
      <Page title={t.caseView.title}>
        <Paragraph>{t.common.loading}</Paragraph>
      </Page>
    );
  }
  const decision = data.decisions.data?.find((d) => !d.supersededBy) ?? data.decisions.data?.[0];
  const signatories = (data.members.data ?? []).filter((m) => m.signatory);
  const maySign = signatories.some((m) => m.userId === session?.user.id);
  const answerOpen =
    application.status === 'notified' &&
    !!decision &&
    isGrant(decision) &&
    !decision.acceptedAt &&
    !decision.lapsedAt &&
    !(decision.acceptanceDeadline && timeLeft(decision.acceptanceDeadline).passed);

  return (
    <Page
      title={application.title || t.mine.untitled}
      lead={
        <dl className="facts">
          <dt>{t.caseView.reference}</dt>
          <dd data-testid="case-reference">{application.referenceNumber ?? '–'}</dd>
          <dt>{t.caseView.organisation}</dt>
          <dd>{application.organisation.name}</dd>
          <dt>{t.caseView.status}</dt>
          <dd>
            <Tag data-color={statusColor(application.status)} data-testid="case-status">
              {t.status[application.status]}
            </Tag>
          </dd>
        </dl>
      }
    >
      <NextStep
        ref={nextRef}
        t={t}
        application={application}
        decision={decision}
        signatories={signatories}
        maySign={maySign}
        answerOpen={answerOpen}
      />
      <DecisionSection t={t} decision={decision} />
      {answerOpen && decision && (
        <section aria-labelledby="answer-heading" className="case-section" id="svar">
          <Heading level={2} data-size="md" id="answer-heading">
            {t.caseView.answerHeading}
          </Heading>
          {maySign ? (
            <AnswerForm t={t} application={application} onAnswered={() => setAnswers((n) => n + 1)} />
          ) : (
            <Paragraph data-testid="who-can-answer">
              {t.caseView.whoCanAnswer(
                joinNames(
                  signatories.map((m) => m.name),
                  t.caseView.and,
                ),
              )}
            </Paragraph>
          )}
        </section>
      )}
      {decision && isGrant(decision) && !decision.lapsedAt && (
        <PaymentsSection t={t} disbursements={data.disbursements.data} />
      )}
      <LettersSection t={t} letters={data.letters.data} />
      <HistorySection
        t={t}
        events={data.history.data}
        decisions={data.decisions.data ?? []}
        letters={data.letters.data ?? []}
      />
    </Page>
  );
}

function statusColor(status: Application['status']): 'info' | 'success' | 'warning' | 'neutral' {
  if (status === 'notified') return 'warning';
  if (status === 'accepted' || status === 'paid') return 'success';
  if (status === 'lapsed' || status === 'withdrawn') return 'neutral';
  return 'info';
}

interface NextStepProps {
  t: Messages;
  application: Application;
  decision: Decision | undefined;
  signatories: Member[];
  maySign: boolean;
  answerOpen: boolean;
  ref: React.Ref<HTMLDivElement>;
}

/** The one thing to do now, at the top of the page. */
function NextStep({ t, application, decision, signatories, maySign, answerOpen, ref }: NextStepProps) {
  const c = t.caseView;
  let text: string;
  let color: 'info' | 'warning' | 'success' = 'info';
  let toAnswer = false;
  switch (application.status) {
    case 'notified':
      if (decision && isGrant(decision)) {
        const deadline = decision.acceptanceDeadline ? formatDateTime(decision.acceptanceDeadline) : '–';
        if (!answerOpen) {
          text = c.nextDeadlinePassed;
        } else if (maySign) {
          text = c.nextAnswer(deadline);
          toAnswer = true;
        } else {
          text = c.nextAnswerOther(
            joinNames(
              signatories.map((m) => m.name),
              c.and,
            ),
            deadline,
          );
        }
        color = 'warning';
      } else {
        text = c.nextRejected(decision?.appealDeadline ? formatDateTime(decision.appealDeadline) : '–');
      }
      break;
    case 'accepted':
      text = c.nextAccepted;
      color = 'success';
      break;
    case 'paid':
      text = c.nextPaid;
      color = 'success';
      break;
    case 'lapsed':
      text = c.nextLapsed;
      break;
    case 'withdrawn':
      text = c.nextWithdrawn;
      break;
    case 'draft':
    case 'submitted':
    case 'in_assessment':
    case 'assessed':
    case 'decided':
      text = c.nextWaiting;
  }
  return (
    <Alert data-color={color} ref={ref} tabIndex={-1} className="case-next" data-testid="next-step">
      <Heading level={2} data-size="xs">
        {c.nextHeading}
      </Heading>
      <Paragraph>{text}</Paragraph>
      {toAnswer && (
        <Paragraph>
          <DsLink href="#svar">{c.toAnswer}</DsLink>
        </Paragraph>
      )}
    </Alert>
  );
}

function DecisionSection({ t, decision }: { t: Messages; decision: Decision | undefined }) {
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
function AnswerForm({
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

function PaymentsSection({ t, disbursements }: { t: Messages; disbursements: Disbursement[] | undefined }) {
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

function LettersSection({ t, letters }: { t: Messages; letters: Letter[] | undefined }) {
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

/** What happened, oldest first, in the user's written standard (the API's Norwegian text for anything else). */
function eventText(t: Messages, event: CaseEvent, decisions: Decision[], letters: Letter[]): string | null {
  const e = t.caseView.events;
  switch (event.event) {
    case 'application.submitted':
      return e.submitted;
    case 'decision.made': {
      const d = decisions.find((x) => x.id === event.entityId);
      if (!d) return event.text;
      return e.decided(
        t.caseView.outcomes[d.outcome].toLowerCase(),
        d.amountOre > 0 ? formatAmount(d.amountOre) : '',
      );
    }
    case 'decision.notified':
      return e.notified;
    case 'decision.accepted':
      return e.accepted;
    case 'decision.lapsed':
      return e.lapsed;
    case 'letter.written':
      return null;
    case 'letter.delivered': {
      const l = letters.find((x) => x.id === event.entityId);
      return l ? e.letter(l.title) : event.text;
    }
    default:
      return event.text;
  }
}

function HistorySection({
  t,
  events,
  decisions,
  letters,
}: {
  t: Messages;
  events: CaseEvent[] | undefined;
  decisions: Decision[];
  letters: Letter[];
}) {
  const shown = (events ?? [])
    .map((event) => ({ event, text: eventText(t, event, decisions, letters) }))
    .filter((x): x is { event: CaseEvent; text: string } => x.text !== null);
  return (
    <section aria-labelledby="history-heading" className="case-section" data-testid="history">
      <Heading level={2} data-size="md" id="history-heading">
        {t.caseView.history}
      </Heading>
      {events === undefined ? (
        <Paragraph>{t.common.loading}</Paragraph>
      ) : (
        <ol className="case-timeline">
          {shown.map(({ event, text }, i) => (
            <li key={`${event.event}-${event.entityId}-${i}`}>
              <time dateTime={event.at}>{formatDateTime(event.at)}</time>
              <span>{text}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
