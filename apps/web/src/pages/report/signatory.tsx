import { Fieldset, Radio, Textfield } from '@digdir/designsystemet-react';
import type { Schemas } from '../../api/client';
import { fieldId } from '../../api/problems';
import { useT } from '../../i18n';
import type { ReportForm } from './shared';

type Role = Schemas['SignatoryDto']['role'];

const ROLES: Role[] = ['chair', 'general_manager', 'other_authorised'];

/** Who signs the report for the organisation: a name and a role (chair unless another is chosen). */
export function SignatoryFieldset({ form }: { form: ReportForm }) {
  const t = useT();
  const signatory = form.value('signatory');
  const role = signatory?.role ?? 'chair';
  return (
    <Fieldset id={fieldId('signatory')}>
      <Fieldset.Legend>{t.report.signatory}</Fieldset.Legend>
      <Textfield
        id={fieldId('signatory.name')}
        label={t.report.signatoryName}
        autoComplete="name"
        value={signatory?.name ?? ''}
        readOnly={!form.editable}
        onChange={(e) => form.edit({ signatory: e.target.value ? { role, name: e.target.value } : null })}
        error={form.errorOf('signatory.name') ?? form.errorOf('signatory')}
      />
      <Fieldset>
        <Fieldset.Legend>{t.report.signatoryRole}</Fieldset.Legend>
        {ROLES.map((r) => (
          <Radio
            key={r}
            name="report-signatory-role"
            value={r}
            label={t.app.signatoryRoles[r]}
            checked={role === r}
            readOnly={!form.editable}
            onChange={() => form.edit({ signatory: { name: signatory?.name ?? '', role: r } })}
          />
        ))}
      </Fieldset>
    </Fieldset>
  );
}
