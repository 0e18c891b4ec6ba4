import { Alert, Heading, Link as DsLink, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { type Schemas } from '../../api/client';
import { Page } from '../../components/Page';
import { formatDateTime, timeLeft } from '../../format';
import { appealOpen, NextStepLinks, nextStepLinks } from './next-step';
import { useT } from '../../i18n';
import type { Messages } from '../../i18n/nb';
import { useRequireSession } from '../apply/mine';
import { AnswerForm } from './answer';
import './case.css';
import { isGrant, joinNames, useCase } from './case-data';
import { CaseSection, DecisionSection, HistorySection, LettersSection, PaymentsSection } from './sections';

type Application = Schemas['ApplicationResponse'];
type Decision = Schemas['DecisionResponse'];
type Member = Schemas['MemberResponse'];

/**
 * The case page after submission: what to do next at the top, the decision with its conditions (and the answer to
 * it for a signatory), the payment plan, the letters and what has happened, in the user's written standard.
 */
export function CasePage() {
  const t = useT();
  const { id = '' } = useParams();
  const { session, redirect } = useRequireSession();
  const data = useCase(id, !!session);
  const nextRef = useRef<HTMLDivElement>(null);
  // After an answer the form goes away: focus moves to what to do next, which now says what happened.
  const [answers, setAnswers] = useState(0);
  useEffect(() => {
    if (answers > 0) nextRef.current?.focus();
  }, [answers]);
  if (redirect) return redirect;
  const application = data.application.data;
  // Without the decision or the list of who may sign, what to do next cannot be said: a failure says so.
  const failed = data.application.isError || data.decisions.isError || data.members.isError;
  // What to do next depends on the decision and on who may sign: nothing is said before both are known.
  if (failed || !application || data.decisions.isPending || data.members.isPending) {
    return (
      <Page title={t.caseView.title}>
        {failed ? (
          <Alert data-color="danger">{t.common.loadFailed}</Alert>
        ) : (
          <Paragraph>{t.common.loading}</Paragraph>
        )}
      </Page>
    );
  }
  const decision = data.decisions.data?.find((d) => !d.supersededBy) ?? data.decisions.data?.[0];
  const signatories = (data.members.data ?? []).filter((m) => m.signatory);
  const maySign = signatories.some((m) => m.userId === session?.user.id);
  const answerOpen = isAnswerOpen(application, decision);
  return (
    <Page title={application.title || t.mine.untitled} lead={<CaseFacts t={t} application={application} />}>
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
      {answerOpen && (
        <CaseSection name="answer" title={t.caseView.answerHeading} id="svar">
          {maySign ? (
            <AnswerForm t={t} application={application} onAnswered={() => setAnswers((n) => n + 1)} />
          ) : (
            <Paragraph data-testid="who-can-answer">
              {t.caseView.whoCanAnswer(signatoryNames(t, signatories))}
            </Paragraph>
          )}
        </CaseSection>
      )}
      {decision && isGrant(decision) && !decision.lapsedAt && (
        <PaymentsSection t={t} disbursements={data.disbursements.data} />
      )}
      <LettersSection t={t} letters={data.letters.data} />
      <HistorySection t={t} events={data.history.data} />
    </Page>
  );
}

/** A granted decision the organisation has not answered yet, before its deadline. */
function isAnswerOpen(application: Application, decision: Decision | undefined): boolean {
  return (
    application.status === 'notified' &&
    !!decision &&
    isGrant(decision) &&
    !decision.acceptedAt &&
    !decision.lapsedAt &&
    !(decision.acceptanceDeadline && timeLeft(decision.acceptanceDeadline).passed)
  );
}

const signatoryNames = (t: Messages, signatories: Member[]) =>
  joinNames(
    signatories.map((m) => m.name),
    t.caseView.and,
  );

/** Reference, organisation and status, under the title. */
function CaseFacts({ t, application }: { t: Messages; application: Application }) {
  return (
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

/** The one thing to do now, at the top of the page: the API's `nextStep`, said for this organisation. */
function NextStep({ t, application, decision, signatories, maySign, answerOpen, ref }: NextStepProps) {
  const c = t.caseView;
  const step = application.nextStep;
  const deadline = step.deadline ? formatDateTime(step.deadline) : '–';
  let text: string;
  let color: 'info' | 'warning' = 'info';
  let toAnswer = false;
  switch (step.code) {
    case 'answer_decision':
      if (!answerOpen) {
        text = c.nextDeadlinePassed;
      } else if (maySign) {
        text = c.nextAnswer(deadline);
        toAnswer = true;
      } else {
        text = c.nextAnswerOther(signatoryNames(t, signatories), deadline);
      }
      color = 'warning';
      break;
    case 'send_report':
      text = c.nextReport(deadline);
      color = 'warning';
      break;
    case 'await_report_review':
      text = c.nextReportReview;
      break;
    case 'pay_back':
      text = c.nextPayBack(deadline);
      color = 'warning';
      break;
    case 'complete_draft':
    case 'await_decision':
      text = c.nextWaiting;
      break;
    case 'none':
      text = nothingToDo(t, application, decision);
  }
  // A rejection's text already says until when it can be appealed.
  const appeal = appealOpen(step) && !(step.code === 'none' && isRejection(application, decision));
  return (
    <Alert data-color={color} ref={ref} tabIndex={-1} className="case-next" data-testid="next-step">
      <Heading level={2} data-size="xs">
        {c.nextHeading}
      </Heading>
      <Paragraph>{text}</Paragraph>
      {appeal && step.appealUntil && <Paragraph>{c.nextAppeal(formatDateTime(step.appealUntil))}</Paragraph>}
      {nextStepLinks(t, application.id, step).length > 0 && (
        <Paragraph>
          <NextStepLinks t={t} id={application.id} step={step} />
        </Paragraph>
      )}
      {toAnswer && (
        <Paragraph>
          <DsLink href="#svar">{c.toAnswer}</DsLink>
        </Paragraph>
      )}
    </Alert>
  );
}

/** Why there is nothing to do: the case ended (lapsed, withdrawn, answered too late, rejected) or is done. */
function nothingToDo(t: Messages, application: Application, decision: Decision | undefined): string {
  const c = t.caseView;
  const step = application.nextStep;
  if (application.status === 'lapsed') return c.nextLapsed;
  if (application.status === 'withdrawn') return c.nextWithdrawn;
  if (application.status === 'notified' && decision && isGrant(decision)) return c.nextDeadlinePassed;
  if (application.status === 'notified' && appealOpen(step))
    return c.nextRejected(formatDateTime(step.appealUntil));
  return c.nextDone;
}

const isRejection = (application: Application, decision: Decision | undefined) =>
  application.status === 'notified' && !!decision && !isGrant(decision);
