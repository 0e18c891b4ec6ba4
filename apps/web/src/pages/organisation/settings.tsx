import { Alert, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { fromFieldProblems } from '../../api/problems';
import { ProblemForm } from '../../components/Errors';
import { useT } from '../../i18n';
import { validBankAccount, WrittenStandardChoice } from '../apply/mine';
import { useOrganisationUpdate, type Organisation } from './query';

/**
 * The account grants are paid to. A new number is checked (MOD11) as it is typed; once changed it waits for Sfk's
 * control, and no payment goes out meanwhile.
 */
export function BankAccountSection({ organisation: o }: { organisation: Organisation }) {
  const t = useT();
  const [value, setValue] = useState('');
  const [changed, setChanged] = useState(false);
  const { form, mutation: change } = useOrganisationUpdate(o, () => {
    setValue('');
    setChanged(true);
  });
  const complete = value.replace(/[\s.]/g, '').length >= 11;
  const valid = validBankAccount(value);
  const refuse = () =>
    form.show(
      fromFieldProblems([{ field: 'bankAccount', rule: 'mod11', message: t.organisation.bankAccountWrong }], {
        status: 0,
        kind: 'bankAccount',
        title: t.organisation.bankAccountWrong,
      }),
    );
  return (
    <section className="stack" aria-labelledby="org-bank">
      <Heading level={2} data-size="sm" id="org-bank">
        {t.orgPage.bankTitle}
      </Heading>
      <dl className="facts">
        <dt>{t.orgPage.bankCurrent}</dt>
        <dd data-testid="bank-account">{o.bankAccountFormatted}</dd>
      </dl>
      <BankStatus verified={o.bankAccountVerified} />
      {changed && <Alert data-color="success">{t.orgPage.bankChanged}</Alert>}
      <ProblemForm
        form={form}
        onSubmit={() => (valid ? change.mutate({ bankAccount: value }) : refuse())}
        submit={t.orgPage.bankChange}
        pending={change.isPending}
        variant="secondary"
      >
        <Textfield
          {...form.field('bankAccount')}
          label={t.orgPage.bankNew}
          description={t.orgPage.bankNewHint}
          inputMode="numeric"
          autoComplete="off"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          error={
            (complete && !valid ? t.organisation.bankAccountWrong : undefined) ??
            form.fieldError('bankAccount')
          }
        />
        <Paragraph data-size="sm" role="status">
          {complete && valid ? t.orgPage.bankOk : ''}
        </Paragraph>
      </ProblemForm>
    </section>
  );
}

function BankStatus({ verified }: { verified: boolean }) {
  const t = useT();
  if (!verified) {
    return (
      <Alert data-color="warning" data-testid="bank-pending">
        {t.orgPage.bankPending}
      </Alert>
    );
  }
  return (
    <div>
      <Tag data-color="success" data-size="sm">
        {t.orgPage.bankVerified}
      </Tag>
    </div>
  );
}

/** Bokmål or nynorsk for the organisation's letters and e-mails. */
export function WrittenStandardSection({ organisation: o }: { organisation: Organisation }) {
  const t = useT();
  const [language, setLanguage] = useState(o.preferredLanguage);
  const [saved, setSaved] = useState(false);
  const { form, mutation: save } = useOrganisationUpdate(o, () => setSaved(true));
  return (
    <section className="stack" aria-labelledby="org-language">
      <Heading level={2} data-size="sm" id="org-language">
        {t.orgPage.languageTitle}
      </Heading>
      <ProblemForm
        form={form}
        onSubmit={() => save.mutate({ preferredLanguage: language })}
        submit={t.orgPage.languageSave}
        pending={save.isPending}
        variant="secondary"
      >
        <WrittenStandardChoice legend={t.orgPage.language} value={language} onChange={setLanguage} />
        {saved && <Alert data-color="success">{t.orgPage.languageSaved}</Alert>}
      </ProblemForm>
    </section>
  );
}
