import { Checkbox, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { fieldId, ok } from '../../api/problems';
import { ProblemForm } from '../../components/Errors';
import { useT } from '../../i18n';
import type { Member } from './query';

/** A signatory adds a member by the e-mail address of their account, with or without signing rights. */
export function AddMember(props: {
  organisationId: string;
  onAdded: (list: Member[]) => void;
  onError: (e: unknown) => void;
}) {
  const t = useT();
  const [email, setEmail] = useState('');
  const [signatory, setSignatory] = useState(false);
  const add = useMutation({
    mutationFn: async () =>
      ok(
        await api.POST('/api/organisations/{id}/members', {
          params: { path: { id: props.organisationId } },
          body: { email, signatory },
        }),
      ),
    onSuccess: (list) => {
      setEmail('');
      setSignatory(false);
      props.onAdded(list);
    },
    onError: props.onError,
  });
  return (
    <ProblemForm
      onSubmit={() => add.mutate()}
      submit={t.orgPage.add}
      pending={add.isPending}
      variant="secondary"
    >
      <Fieldset>
        <Fieldset.Legend>{t.orgPage.addMember}</Fieldset.Legend>
        <Textfield
          id={fieldId('email')}
          label={t.orgPage.memberEmail}
          description={t.orgPage.addMemberHint}
          type="email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <Checkbox
          id={fieldId('signatory')}
          label={t.orgPage.addSignatory}
          checked={signatory}
          onChange={(e) => setSignatory(e.target.checked)}
        />
      </Fieldset>
    </ProblemForm>
  );
}
