import { Link as DsLink, Tag } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { type Schemas } from '../../api/client';
import { formatDateTime, timeLeft } from '../../format';
import type { Messages } from '../../i18n/nb';

type NextStep = Schemas['NextStepResponse'];

/** A deadline is "soon" within this many days: then the time left is said as well. */
const SOON_DAYS = 14;

/** Whether an appeal is still in time (the API gives `appealUntil` only while it is, but the page may stay open). */
export function appealOpen(step: NextStep): step is NextStep & { appealUntil: string } {
  return !!step.appealUntil && !timeLeft(step.appealUntil).passed;
}

/** The step's deadline: Norwegian date and Oslo time, with the time left when it is soon (or passed). */
export function StepDeadline({ t, at }: { t: Messages; at: string }) {
  const left = timeLeft(at);
  return (
    <>
      {formatDateTime(at)} {t.time.osloTime}
      {(left.passed || left.days < SOON_DAYS) && (
        <>
          {' '}
          <Tag data-color={left.passed ? 'neutral' : 'warning'} data-size="sm">
            {left.passed ? t.time.passed : t.time.daysLeft(left.days, left.hours)}
          </Tag>
        </>
      )}
    </>
  );
}

/** The links that apply to the step, one a line: appeal while in time, report when one is owed, change while the grant runs. */
export function nextStepLinks(t: Messages, id: string, step: NextStep): { to: string; text: string }[] {
  const links: { to: string; text: string }[] = [];
  if (step.code === 'send_report') links.push({ to: `/tilskudd/${id}/rapport`, text: t.grantLinks.report });
  if (appealOpen(step)) links.push({ to: `/tilskudd/${id}/klage`, text: t.grantLinks.appeal });
  if (step.canRequestChange) links.push({ to: `/tilskudd/${id}/endring`, text: t.grantLinks.change });
  return links;
}

/** Those links, one a line. */
export function NextStepLinks({ t, id, step }: { t: Messages; id: string; step: NextStep }) {
  const links = nextStepLinks(t, id, step);
  return (
    <>
      {links.map((link, i) => (
        <span key={link.to}>
          {i > 0 && <br />}
          <DsLink asChild>
            <Link to={link.to}>{link.text}</Link>
          </DsLink>
        </span>
      ))}
    </>
  );
}
