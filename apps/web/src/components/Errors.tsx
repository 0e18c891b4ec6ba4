import {
  Alert,
  Button,
  ErrorSummary,
  ErrorSummaryHeading,
  ErrorSummaryItem,
  ErrorSummaryLink,
  ErrorSummaryList,
  Paragraph,
} from '@digdir/designsystemet-react';
import { forwardRef, type ReactNode, type Ref } from 'react';
import type { Problem } from '../api/problems';
import { useT } from '../i18n';

/**
 * The error summary (Designsystemet's) at the top of a form: every field problem, each a link to its field. A
 * problem without field errors is shown as an alert with the API's title and detail.
 */
export const ProblemSummary = forwardRef<HTMLElement, { problem: Problem | null; heading?: string }>(
  function ProblemSummary({ problem, heading }, ref) {
    const t = useT();
    if (!problem) return null;
    if (problem.summary.length === 0) {
      return (
        <Alert
          data-color="danger"
          ref={ref as React.Ref<HTMLDivElement>}
          tabIndex={-1}
          className="form-alert"
        >
          <Paragraph>
            <strong>{problem.title}</strong>
            {problem.detail ? ` ${problem.detail}` : ''}
          </Paragraph>
        </Alert>
      );
    }
    return (
      <ErrorSummary ref={ref as React.Ref<never>} tabIndex={-1} className="form-alert">
        <ErrorSummaryHeading>{heading ?? t.common.errorSummaryHeading}</ErrorSummaryHeading>
        <ErrorSummaryList>
          {problem.summary.map((item, i) => (
            <ErrorSummaryItem key={`${item.field}-${i}`}>
              <ErrorSummaryLink href={item.href}>{item.message}</ErrorSummaryLink>
            </ErrorSummaryItem>
          ))}
        </ErrorSummaryList>
      </ErrorSummary>
    );
  },
);

/**
 * A form that posts, GOV.UK style: the error summary above it (when `form` has a problem), its fields, and one
 * submit button, disabled while `pending`. A form without `form` reports its problems elsewhere.
 */
export function ProblemForm(props: {
  form?: { problem: Problem | null; summaryRef: Ref<HTMLElement> };
  onSubmit: () => void;
  submit: string;
  pending?: boolean;
  variant?: 'primary' | 'secondary';
  children: ReactNode;
}) {
  return (
    <>
      {props.form && <ProblemSummary problem={props.form.problem} ref={props.form.summaryRef} />}
      <form
        className="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          props.onSubmit();
        }}
      >
        {props.children}
        <div>
          <Button type="submit" variant={props.variant} disabled={props.pending}>
            {props.submit}
          </Button>
        </div>
      </form>
    </>
  );
}
