import { Heading } from '@digdir/designsystemet-react';
import { useT } from '../../i18n';
import { LongText } from '../apply/fields';
import { RESULT_FIELDS, type ReportForm } from './shared';

/** What the organisation achieved, did and did differently: three texts with their hints. */
export function ResultsSection({ form }: { form: ReportForm }) {
  const t = useT();
  return (
    <>
      <Heading level={2} data-size="sm">
        {t.report.results}
      </Heading>
      {RESULT_FIELDS.map((key) => (
        <LongText
          key={key}
          field={key}
          label={t.report[key]}
          hint={t.report[`${key}Hint`]}
          value={form.value(key) ?? ''}
          readOnly={!form.editable}
          onChange={(v) => form.edit({ [key]: v === '' ? null : v })}
          error={form.errorOf(key)}
        />
      ))}
    </>
  );
}
