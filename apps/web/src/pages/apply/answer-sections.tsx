import { Fieldset, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import type { Schemas } from '../../api/client';
import { fieldId } from '../../api/problems';
import { useT } from '../../i18n';
import { useDraft, type Content } from './draft';
import { LongText } from './fields';

export type ErrorOf = (field: string) => string | undefined;

function useText(key: keyof Content): [string, (v: string) => void] {
  const draft = useDraft();
  const value = draft.value(key);
  return [typeof value === 'string' ? value : '', (v: string) => draft.edit({ [key]: v === '' ? null : v })];
}

export function OrganisationSection({ errorOf }: { errorOf: ErrorOf }) {
  const t = useT();
  const draft = useDraft();
  const contact = draft.value('contactPerson') ?? null;
  const signatory = draft.value('signatory') ?? null;
  const setContact = (patch: Partial<Schemas['ContactPersonDto']>) => {
    const next = { name: '', email: '', phone: null, ...contact, ...patch };
    draft.edit({ contactPerson: next.name === '' && next.email === '' && !next.phone ? null : next });
  };
  const setSignatory = (patch: Partial<Schemas['SignatoryDto']>) =>
    draft.edit({ signatory: { name: '', role: 'chair', ...signatory, ...patch } });
  return (
    <>
      <dl className="facts">
        <dt>{t.app.organisationName}</dt>
        <dd>{draft.application.organisation.name}</dd>
      </dl>
      <Fieldset id={fieldId('contactPerson')}>
        <Fieldset.Legend>{t.app.contactHeading}</Fieldset.Legend>
        <Textfield
          id={fieldId('contactPerson.name')}
          label={t.app.contactName}
          autoComplete="name"
          value={contact?.name ?? ''}
          onChange={(e) => setContact({ name: e.target.value })}
          error={errorOf('contactPerson.name') ?? errorOf('contactPerson')}
        />
        <Textfield
          id={fieldId('contactPerson.email')}
          label={t.app.contactEmail}
          type="email"
          autoComplete="email"
          value={contact?.email ?? ''}
          onChange={(e) => setContact({ email: e.target.value })}
          error={errorOf('contactPerson.email')}
        />
        <Textfield
          id={fieldId('contactPerson.phone')}
          label={`${t.app.contactPhone} ${t.common.optional}`}
          type="tel"
          autoComplete="tel"
          value={contact?.phone ?? ''}
          onChange={(e) => setContact({ phone: e.target.value === '' ? null : e.target.value })}
          error={errorOf('contactPerson.phone')}
        />
      </Fieldset>
      <Fieldset id={fieldId('signatory')}>
        <Fieldset.Legend>{t.app.signatoryHeading}</Fieldset.Legend>
        <Textfield
          id={fieldId('signatory.name')}
          label={t.app.signatoryName}
          value={signatory?.name ?? ''}
          onChange={(e) => setSignatory({ name: e.target.value })}
          error={errorOf('signatory.name') ?? errorOf('signatory')}
        />
        <Fieldset>
          <Fieldset.Legend>{t.app.signatoryRole}</Fieldset.Legend>
          {(['chair', 'general_manager', 'other_authorised'] as const).map((role) => (
            <Radio
              key={role}
              name="signatory-role"
              value={role}
              label={t.app.signatoryRoles[role]}
              checked={signatory?.role === role}
              onChange={() => setSignatory({ role })}
            />
          ))}
        </Fieldset>
      </Fieldset>
    </>
  );
}

export function MeasureSection({ errorOf }: { errorOf: ErrorOf }) {
  const t = useT();
  const draft = useDraft();
  const limits = draft.round?.scheme.textLimits ?? {};
  const grantTypes = draft.round?.scheme.grantTypes ?? ['operating', 'project'];
  const [title, setTitle] = useText('title');
  const grantType = draft.value('grantType');
  const long = (
    key: 'summary' | 'goals' | 'area' | 'plan' | 'expectedResults',
    label: string,
    hint: string,
  ) => (
    <LongTextField key={key} field={key} label={label} hint={hint} limit={limits[key]} error={errorOf(key)} />
  );
  const [periodStart, setPeriodStart] = useText('periodStart');
  const [periodEnd, setPeriodEnd] = useText('periodEnd');
  return (
    <>
      <Textfield
        id={fieldId('title')}
        label={t.app.title}
        description={t.app.titleHint}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={errorOf('title')}
        counter={
          limits.title?.maxChars
            ? { limit: limits.title.maxChars, over: t.app.counterOver, under: t.app.counterUnder }
            : undefined
        }
      />
      <Fieldset id={fieldId('grantType')}>
        <Fieldset.Legend>{t.app.grantType}</Fieldset.Legend>
        {grantTypes.map((g) => (
          <Radio
            key={g}
            name="grantType"
            value={g}
            label={t.grantType[g]}
            checked={grantType === g}
            onChange={() => draft.edit({ grantType: g })}
          />
        ))}
        {errorOf('grantType') && <Paragraph>{errorOf('grantType')}</Paragraph>}
      </Fieldset>
      {long('summary', t.app.summary, t.app.summaryHint)}
      {long('goals', t.app.goals, t.app.goalsHint)}
      {long('area', t.app.area, t.app.areaHint)}
      {long('plan', t.app.plan, t.app.planHint)}
      <div className="row">
        <Textfield
          id={fieldId('periodStart')}
          label={t.app.periodStart}
          type="date"
          value={periodStart}
          onChange={(e) => setPeriodStart(e.target.value)}
          error={errorOf('periodStart')}
        />
        <Textfield
          id={fieldId('periodEnd')}
          label={t.app.periodEnd}
          type="date"
          value={periodEnd}
          onChange={(e) => setPeriodEnd(e.target.value)}
          error={errorOf('periodEnd')}
        />
      </div>
      {long('expectedResults', t.app.expectedResults, t.app.expectedResultsHint)}
    </>
  );
}

function LongTextField(props: {
  field: 'summary' | 'goals' | 'area' | 'plan' | 'expectedResults' | 'targetGroup';
  label: string;
  hint: string;
  limit?: Schemas['TextLimitDto'];
  error?: string;
}) {
  const [value, setValue] = useText(props.field);
  const draft = useDraft();
  return <LongText {...props} value={value} onChange={setValue} readOnly={!draft.editable} />;
}

export function TargetSection({ errorOf }: { errorOf: ErrorOf }) {
  const t = useT();
  const draft = useDraft();
  const categories = draft.round?.scheme.measureCategories ?? [];
  const chosen = draft.value('measureCategory');
  return (
    <>
      <LongTextField
        field="targetGroup"
        label={t.app.targetGroup}
        hint={t.app.targetGroupHint}
        limit={draft.round?.scheme.textLimits.targetGroup}
        error={errorOf('targetGroup')}
      />
      <Fieldset id={fieldId('measureCategory')}>
        <Fieldset.Legend>{t.app.measureCategory}</Fieldset.Legend>
        <Fieldset.Description>{t.app.measureCategoryHint}</Fieldset.Description>
        {categories.map((c) => (
          <Radio
            key={c.code}
            name="measureCategory"
            value={c.code}
            label={c.name}
            checked={chosen === c.code}
            onChange={() => draft.edit({ measureCategory: c.code })}
          />
        ))}
        {errorOf('measureCategory') && <Paragraph>{errorOf('measureCategory')}</Paragraph>}
      </Fieldset>
    </>
  );
}
