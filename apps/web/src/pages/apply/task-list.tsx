import { Alert, Link as DsLink, Paragraph, Tag } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { Page } from '../../components/Page';
import { formatDateTime, timeLeft } from '../../format';
import { useT } from '../../i18n';
import type { Messages } from '../../i18n/nb';
import { SaveStatus, useDraft } from './draft';
import { SECTIONS, sectionStatus, type Section } from './sections';

const STATUS_COLOR = { notStarted: 'neutral', inProgress: 'info', complete: 'success' } as const;

export function sectionTitle(t: Messages, section: Section): string {
  return t.app.sections[section.key];
}

export function TaskListPage() {
  const t = useT();
  const { application, round } = useDraft();
  const done = SECTIONS.filter((s) => sectionStatus(s, application) === 'complete').length;
  return (
    <Page title={t.app.taskListTitle}>
      {application.title && (
        <Paragraph data-size="lg" data-testid="application-title">
          {application.title}
        </Paragraph>
      )}
      <Paragraph>
        {application.organisation.name} · {round?.title ?? application.round.title}
      </Paragraph>
      <Paragraph>{t.app.deadline(formatDateTime(application.round.applicationDeadline))}</Paragraph>
      {application.status !== 'draft' && <Alert data-color="info">{t.app.notDraft}</Alert>}
      {application.status === 'draft' && timeLeft(application.round.applicationDeadline).passed && (
        <Alert data-color="warning">{t.app.afterDeadline}</Alert>
      )}
      <Paragraph>{t.app.taskListIntro}</Paragraph>
      <Paragraph>{t.app.completed(done, SECTIONS.length)}</Paragraph>
      <ul className="task-list">
        {SECTIONS.map((section) => {
          const status = sectionStatus(section, application);
          return (
            <li key={section.key}>
              <DsLink asChild>
                <Link to={section.slug} aria-describedby={`status-${section.key}`}>
                  {sectionTitle(t, section)}
                </Link>
              </DsLink>
              <Tag id={`status-${section.key}`} data-color={STATUS_COLOR[status]} data-size="sm">
                {t.app.sectionStatus[status]}
              </Tag>
            </li>
          );
        })}
        <li>
          <DsLink asChild>
            <Link to="se-over">{t.app.sections.review}</Link>
          </DsLink>
        </li>
      </ul>
      <SaveStatus />
    </Page>
  );
}
