import { Button, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { fromFieldProblems, type Problem } from '../../api/problems';
import { ProblemSummary } from '../../components/Errors';
import { Page } from '../../components/Page';
import { useT } from '../../i18n';
import { MeasureSection, OrganisationSection, TargetSection } from './answer-sections';
import { AttachmentsSection } from './attachments';
import { BudgetSection } from './budget';
import { SaveStatus, useDraft } from './draft';
import { SECTIONS } from './sections';
import { sectionTitle } from './task-list';

export function SectionPage() {
  const { section: slug } = useParams();
  const t = useT();
  const location = useLocation();
  const navigate = useNavigate();
  const draft = useDraft();
  const section = SECTIONS.find((s) => s.slug === slug);
  useEffect(() => {
    if (!location.hash) return;
    const target = document.getElementById(location.hash.slice(1));
    const input = target?.matches('input,textarea,select')
      ? target
      : target?.querySelector('input,textarea,select');
    (input as HTMLElement | null)?.focus();
  }, [location.hash]);
  if (!section) return <Page title={t.common.notFound} />;
  const fieldErrors = draft.problem?.fields ?? {};
  const errorOf = (field: string) => fieldErrors[field];
  const problem: Problem | null =
    draft.state === 'invalid' && draft.problem
      ? fromFieldProblems(
          draft.problem.summary.map((s) => ({ field: s.field, message: s.message, rule: '' })),
          draft.problem,
        )
      : null;
  return (
    <Page title={sectionTitle(t, section)}>
      <Paragraph>
        <DsLink asChild>
          <Link to="..">{t.app.backToTaskList}</Link>
        </DsLink>
      </Paragraph>
      {problem && <ProblemSummary problem={problem} />}
      <form
        className="stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          // The draft and its autosave live in the layout around every page of the application: what is still
          // unsaved goes on saving while the task list shows.
          void draft.flush();
          void navigate(`/soknad/${draft.application.id}`);
        }}
      >
        {section.key === 'organisation' && <OrganisationSection errorOf={errorOf} />}
        {section.key === 'measure' && <MeasureSection errorOf={errorOf} />}
        {section.key === 'target' && <TargetSection errorOf={errorOf} />}
        {section.key === 'budget' && <BudgetSection errorOf={errorOf} />}
        {section.key === 'attachments' && <AttachmentsSection />}
        <SaveStatus />
        <div>
          <Button type="submit">{t.app.saveAndBack}</Button>
        </div>
      </form>
    </Page>
  );
}
