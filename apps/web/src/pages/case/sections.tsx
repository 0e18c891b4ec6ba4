import {
  Details,
  Heading,
  Link as DsLink,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { type Schemas } from '../../api/client';
import { formatAmount, formatDate, formatDateTime } from '../../format';
import type { Messages } from '../../i18n/nb';
import { isGrant } from './case-data';

/** The sections of the case page (CasePage.tsx): decision, payments, letters, history (the answer: answer.tsx). */

type Decision = Schemas['DecisionResponse'];
type Letter = Schemas['LetterResponse'];
type CaseEvent = Schemas['CaseEventResponse'];
type Disbursement = Schemas['DisbursementResponse'];

/** One section of the case page, named by its heading (`<name>-heading`). */
export function CaseSection(props: {
  name: string;
  title: string;
  testId?: string;
  id?: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${props.name}-heading`}
      className="case-section"
      data-testid={props.testId}
      id={props.id}
    >
      <Heading level={2} data-size="md" id={`${props.name}-heading`}>
        {props.title}
      </Heading>
      {props.children}
    </section>
  );
}

export function DecisionSection({ t, decision }: { t: Messages; decision: Decision | undefined }) {
  const c = t.caseView;
  return (
    <CaseSection name="decision" title={c.decision} testId="decision">
      {!decision || !decision.notifiedAt ? (
        <Paragraph>{c.noDecision}</Paragraph>
      ) : (
        <>
          <DecisionFacts c={c} decision={decision} />
          {isGrant(decision) && <Conditions c={c} conditions={decision.conditions} />}
          {decision.reasons && <Reasons c={c} reasons={decision.reasons} />}
        </>
      )}
    </CaseSection>
  );
}

/** A term and its description, when there is one. */
function Fact({ term, children, testId }: { term: string; children: ReactNode; testId?: string }) {
  return (
    <>
      <dt>{term}</dt>
      <dd data-testid={testId}>{children}</dd>
    </>
  );
}

function DecisionFacts({ c, decision }: { c: Messages['caseView']; decision: Decision }) {
  const grant = isGrant(decision);
  const answerBy = grant && !decision.acceptedAt && !decision.lapsedAt ? decision.acceptanceDeadline : null;
  return (
    <dl className="facts">
      <Fact term={c.outcome}>{c.outcomes[decision.outcome]}</Fact>
      {grant && (
        <Fact term={c.amount} testId="decision-amount">
          {formatAmount(decision.amountOre)}
        </Fact>
      )}
      <Fact term={c.decidedAt}>{formatDate(decision.decidedAt)}</Fact>
      {answerBy && (
        <Fact term={c.acceptanceDeadline} testId="acceptance-deadline">
          {formatDateTime(answerBy)}
        </Fact>
      )}
      {decision.acceptedAt && <Fact term={c.acceptedAt}>{formatDateTime(decision.acceptedAt)}</Fact>}
      {decision.lapsedAt && <Fact term={c.lapsedAt}>{formatDateTime(decision.lapsedAt)}</Fact>}
      {decision.lapsedAt && decision.lapseReason && <Fact term={c.lapseReason}>{decision.lapseReason}</Fact>}
      {decision.appealDeadline && (
        <Fact term={c.appealDeadline}>{formatDateTime(decision.appealDeadline)}</Fact>
      )}
    </dl>
  );
}

function Conditions({ c, conditions }: { c: Messages['caseView']; conditions: string[] }) {
  return (
    <>
      <Heading level={3} data-size="xs">
        {c.conditions}
      </Heading>
      {conditions.length === 0 ? (
        <Paragraph>{c.noConditions}</Paragraph>
      ) : (
        <ul className="case-conditions" data-testid="conditions">
          {conditions.map((condition, i) => (
            <li key={i}>{condition}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function Reasons({ c, reasons }: { c: Messages['caseView']; reasons: NonNullable<Decision['reasons']> }) {
  return (
    <Details>
      <Details.Summary>{c.reasons}</Details.Summary>
      <Details.Content>
        <dl className="facts">
          <Fact term={c.rulesApplied}>{reasons.rulesApplied}</Fact>
          <Fact term={c.factsReliedOn}>{reasons.factsReliedOn}</Fact>
          <Fact term={c.mainConsiderations}>{reasons.mainConsiderations}</Fact>
        </dl>
      </Details.Content>
    </Details>
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
    <CaseSection name="payments" title={c.payments} testId="payments">
      {plan.length === 0 ? (
        <Paragraph>{c.noPayments}</Paragraph>
      ) : (
        <>
          <Paragraph>{c.paymentsIntro}</Paragraph>
          {/* A narrow screen scrolls the plan sideways inside this box, never the page (WCAG 1.4.10). */}
          <div className="table-scroll" role="region" aria-label={c.paymentPlan} tabIndex={0}>
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
          </div>
          <Paragraph data-testid="paid-so-far">
            {c.paidSoFar(formatAmount(paid), formatAmount(total))}
          </Paragraph>
        </>
      )}
    </CaseSection>
  );
}

export function LettersSection({ t, letters }: { t: Messages; letters: Letter[] | undefined }) {
  const c = t.caseView;
  const shown = (letters ?? []).slice().sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <CaseSection name="letters" title={c.letters} testId="letters">
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
    </CaseSection>
  );
}

/**
 * What happened, oldest first, as the API tells it in the written standard the page asks for (Accept-Language):
 * the server has a plain text for every event. Only the drafting of a letter is left out; its sending is what
 * reaches the organisation.
 */
export function HistorySection({ t, events }: { t: Messages; events: CaseEvent[] | undefined }) {
  const shown = (events ?? []).filter((event) => event.event !== 'letter.written');
  return (
    <CaseSection name="history" title={t.caseView.history} testId="history">
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
    </CaseSection>
  );
}
