import { Link as DsLink } from '@digdir/designsystemet-react';
import type { ReactNode, RefObject } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Problem } from '../api/problems';
import { useT } from '../i18n';
import { ProblemSummary } from './Errors';

/** One answer on a check-answers page: what was asked, what was given, and where to change it. */
export interface ReviewRow {
  label: string;
  value: ReactNode;
  /** The page (and field, as #f-…) where the answer is changed. */
  to: string;
  testId?: string;
}

/**
 * The answers before submitting, as GOV.UK's summary list ("check answers"): each row its question, its answer
 * and a change link that names the question for screen readers ("Endre Hvem signerer?").
 */
export function ReviewList({ rows }: { rows: ReviewRow[] }) {
  const t = useT();
  return (
    <dl className="check-answers">
      {rows.map((row) => (
        <div key={`${row.label} ${row.to}`}>
          <dt>{row.label}</dt>
          <dd data-testid={row.testId}>{row.value}</dd>
          <dd>
            <DsLink asChild>
              <Link to={row.to} aria-label={t.review.changeLink(row.label)}>
                {t.common.change}
              </Link>
            </DsLink>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * A review page's error summary: a link to another page (the section or form with the field) goes through
 * react-router, not a full reload; a link on this page (#f-declaration) stays an anchor.
 */
export function ReviewProblems({
  problem,
  summaryRef,
  heading,
}: {
  problem: Problem;
  summaryRef: RefObject<HTMLElement | null>;
  heading: string;
}) {
  const navigate = useNavigate();
  return (
    <div
      onClick={(e) => {
        const href = (e.target as HTMLElement).closest('a')?.getAttribute('href');
        if (href?.startsWith('/')) {
          e.preventDefault();
          void navigate(href);
        }
      }}
    >
      <ProblemSummary problem={problem} ref={summaryRef} heading={heading} />
    </div>
  );
}
