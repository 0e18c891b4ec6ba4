import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { fieldId, fromFieldProblems, ok, type Problem } from '../../api/problems';
import { DeclarationForm } from '../../components/DeclarationForm';
import { Page } from '../../components/Page';
import { ReviewList, ReviewProblems } from '../../components/ReviewList';
import { useFormProblem } from '../../components/useFormProblem';
import { formatAmount, formatDate, timeLeft } from '../../format';
import { useT } from '../../i18n';
import { applicationKey, useDraft, type Application } from './draft';
import { sectionOfField } from './sections';

export function ReviewPage() {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const draft = useDraft();
  const a = draft.application;
  const form = useFormProblem();
  const base = `/soknad/${a.id}`;
  const deadlinePassed = timeLeft(a.round.applicationDeadline).passed;
  const problems: Problem | null =
    a.submissionProblems.length > 0
      ? fromFieldProblems(a.submissionProblems, { status: 0, kind: 'submission', title: t.review.problems })
      : null;
  const withSectionLinks = (p: Problem): Problem => ({
    ...p,
    summary: p.summary.map((s) => ({
      ...s,
      href:
        s.field === 'declaration'
          ? `#${fieldId('declaration')}`
          : `${base}/${sectionOfField(s.field).slug}#${fieldId(s.field)}`,
    })),
  });
  const submit = useMutation({
    mutationFn: async () => {
      if (!(await draft.flush()) && draft.hasPending) throw new Error(t.app.unsaved);
      const latest = queryClient.getQueryData<Application>(applicationKey(a.id)) ?? a;
      return ok(
        await api.POST('/api/applications/{id}/submit', {
          params: { path: { id: a.id } },
          // The form submits only when the declaration is ticked: the API records it (who, when, which wording).
          body: { version: latest.version, declaration: true },
        }),
      );
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(applicationKey(a.id), saved);
      void navigate(`${base}/kvittering`);
    },
    onError: form.fail,
  });
  // What the browser found (the declaration) or the API refused, then what the API still lists as missing.
  const shown = mergeProblems(form.problem, problems);
  return (
    <Page title={t.review.title} lead={<Paragraph>{t.review.intro}</Paragraph>}>
      {!draft.editable && <Alert data-color="info">{t.app.notDraft}</Alert>}
      {draft.editable && deadlinePassed && <Alert data-color="warning">{t.app.afterDeadline}</Alert>}
      {shown && (
        <ReviewProblems
          problem={withSectionLinks(shown)}
          summaryRef={form.summaryRef}
          heading={t.review.problems}
        />
      )}
      <AnswersAboutMeasure application={a} />
      <AnswersAboutMoney application={a} />
      {draft.editable && !deadlinePassed && (
        <DeclarationForm
          declare={t.review.declare}
          submit={t.review.submit}
          submitting={t.review.submitting}
          pending={submit.isPending}
          error={form.fieldError('declaration')}
          onSubmit={() => submit.mutate()}
          onMissing={() =>
            form.show(
              fromFieldProblems(
                [{ field: 'declaration', rule: 'required', message: t.review.declareMissing }],
                { status: 0, kind: 'declaration', title: t.review.declareMissing },
              ),
            )
          }
        />
      )}
    </Page>
  );
}

function AnswerGroup(props: { heading: string; to: string; answers: [string, ReactNode][] }) {
  return (
    <section className="stack">
      <Heading level={2} data-size="sm">
        {props.heading}
      </Heading>
      <ReviewList rows={props.answers.map(([label, value]) => ({ label, value, to: props.to }))} />
    </section>
  );
}

function AnswersAboutMeasure({ application: a }: { application: Application }) {
  const t = useT();
  const base = `/soknad/${a.id}`;
  const text = (v: string | null) => v || t.common.notGiven;
  const contact = a.contactPerson && `${a.contactPerson.name}, ${a.contactPerson.email}`;
  const signatory = a.signatory && `${a.signatory.name} (${t.app.signatoryRoles[a.signatory.role]})`;
  const period = a.periodStart && a.periodEnd && `${formatDate(a.periodStart)} – ${formatDate(a.periodEnd)}`;
  return (
    <>
      <AnswerGroup
        heading={t.app.sections.organisation}
        to={`${base}/organisasjon`}
        answers={[
          [t.app.contactHeading, text(contact)],
          [t.app.signatoryName, text(signatory)],
        ]}
      />
      <AnswerGroup
        heading={t.app.sections.measure}
        to={`${base}/tiltaket`}
        answers={[
          [t.app.title, text(a.title)],
          [t.app.grantType, a.grantType ? t.grantType[a.grantType] : t.common.notGiven],
          [t.app.summary, text(a.summary)],
          [t.app.goals, text(a.goals)],
          [t.app.area, text(a.area)],
          [t.app.plan, text(a.plan)],
          [`${t.app.periodStart} – ${t.app.periodEnd}`, text(period)],
          [t.app.expectedResults, text(a.expectedResults)],
        ]}
      />
    </>
  );
}

function AnswersAboutMoney({ application: a }: { application: Application }) {
  const t = useT();
  const draft = useDraft();
  const base = `/soknad/${a.id}`;
  const category = draft.round?.scheme.measureCategories.find((c) => c.code === a.measureCategory)?.name;
  const files = a.attachments.map((f) => `${t.attachmentKind[f.kind]}: ${f.fileName}`).join('\n');
  return (
    <>
      <AnswerGroup
        heading={t.app.sections.target}
        to={`${base}/malgruppe`}
        answers={[
          [t.app.targetGroup, a.targetGroup || t.common.notGiven],
          [t.app.measureCategory, category ?? t.common.notGiven],
        ]}
      />
      <AnswerGroup
        heading={t.app.sections.budget}
        to={`${base}/budsjett`}
        answers={[
          [t.app.budgetTotal, formatAmount(a.budgetTotalOre)],
          [t.app.fundingTotal, formatAmount(a.otherFundingTotalOre)],
          [
            t.app.requested,
            a.requestedAmountOre !== null ? formatAmount(a.requestedAmountOre) : t.common.notGiven,
          ],
        ]}
      />
      <AnswerGroup
        heading={t.app.sections.attachments}
        to={`${base}/vedlegg`}
        answers={[[t.app.sections.attachments, files || t.app.noAttachments]]}
      />
    </>
  );
}

function mergeProblems(first: Problem | null, second: Problem | null): Problem | null {
  if (!first || !second) return first ?? second;
  const seen = new Set(first.summary.map((s) => `${s.field} ${s.message}`));
  return {
    ...first,
    fields: { ...second.fields, ...first.fields },
    summary: [...first.summary, ...second.summary.filter((s) => !seen.has(`${s.field} ${s.message}`))],
  };
}
