import { Button, Checkbox, Fieldset } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { fieldId } from '../api/problems';
import { useT } from '../i18n';

/**
 * The last step of a check-answers page: the declaration to tick and the submit button. Submitting without the
 * tick calls `onMissing` (the page shows it in its error summary, linked to #f-declaration).
 */
export function DeclarationForm(props: {
  declare: string;
  submit: string;
  submitting: string;
  pending: boolean;
  /** The page's message for the missing tick, shown at the checkbox until it is ticked. */
  error?: string;
  onSubmit: () => void;
  onMissing: () => void;
}) {
  const t = useT();
  const [declared, setDeclared] = useState(false);
  return (
    <form
      className="stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!declared) return props.onMissing();
        props.onSubmit();
      }}
    >
      <Fieldset>
        <Fieldset.Legend>{t.review.declaration}</Fieldset.Legend>
        <Checkbox
          id={fieldId('declaration')}
          label={props.declare}
          checked={declared}
          error={declared ? undefined : props.error}
          onChange={(e) => setDeclared(e.target.checked)}
        />
      </Fieldset>
      <div>
        <Button type="submit" disabled={props.pending}>
          {props.pending ? props.submitting : props.submit}
        </Button>
      </div>
    </form>
  );
}
