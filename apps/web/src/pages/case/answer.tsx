import {
  Field,
  Fieldset,
  Label,
  Paragraph,
  Radio,
  Textarea,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type Schemas } from '../../api/client';
import { fieldId, fromFieldProblems, ok, type FieldProblem } from '../../api/problems';
import { ProblemForm } from '../../components/Errors';
import { useFormMutation, type FormProblem } from '../../components/useFormProblem';
import type { Messages } from '../../i18n/nb';
import { caseKey } from './case-data';

type Application = Schemas['ApplicationResponse'];
type Choice = 'accept' | 'decline';

/** What the browser can tell before sending: a choice, and a reason for declining. */
function answerProblems(c: Messages['caseView'], choice: Choice | null, reason: string): FieldProblem[] {
  const missing: FieldProblem[] = [];
  if (!choice) missing.push({ field: 'accept', rule: 'required', message: c.chooseMissing });
  if (choice === 'decline' && !reason.trim())
    missing.push({ field: 'reason', rule: 'required', message: c.declineReasonMissing });
  return missing;
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
  const [choice, setChoice] = useState<Choice | null>(null);
  const [reason, setReason] = useState('');
  const { form, mutation: send } = useFormMutation({
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
  });
  const submit = () => {
    const missing = answerProblems(c, choice, reason);
    if (missing.length > 0) {
      form.show(fromFieldProblems(missing, { status: 0, kind: 'validation', title: c.answerHeading }));
      return;
    }
    form.clear();
    send.mutate();
  };
  // A stack, so that the summary above the form is spaced like the form's own parts.
  return (
    <div className="stack">
      <ProblemForm
        form={form}
        onSubmit={submit}
        submit={send.isPending ? c.sending : c.sendAnswer}
        pending={send.isPending}
      >
        <Paragraph>{c.answerIntro}</Paragraph>
        <Fieldset id={fieldId('accept')}>
          <Fieldset.Legend>{c.answerChoice}</Fieldset.Legend>
          {(['accept', 'decline'] as const).map((value) => (
            <Radio
              key={value}
              name="answer"
              value={value}
              label={c[value]}
              checked={choice === value}
              onChange={() => setChoice(value)}
            />
          ))}
          {form.fieldError('accept') && <ValidationMessage>{form.fieldError('accept')}</ValidationMessage>}
        </Fieldset>
        {choice === 'decline' && <DeclineReason c={c} form={form} value={reason} onChange={setReason} />}
      </ProblemForm>
    </div>
  );
}

function DeclineReason(props: {
  c: Messages['caseView'];
  form: FormProblem;
  value: string;
  onChange: (value: string) => void;
}) {
  const error = props.form.fieldError('reason');
  return (
    <Field>
      <Label htmlFor={fieldId('reason')}>{props.c.declineReason}</Label>
      <Field.Description>{props.c.declineReasonHint}</Field.Description>
      <Textarea
        id={fieldId('reason')}
        rows={4}
        value={props.value}
        maxLength={2000}
        aria-invalid={error ? true : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}
