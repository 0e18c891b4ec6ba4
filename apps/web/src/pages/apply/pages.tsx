import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Heading,
  Link as DsLink,
  Paragraph,
  Radio,
  Select,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { api, csrfHeaders, type Schemas } from '../../api/client';
import { fieldId, fromFieldProblems, ok, toProblem, type Problem } from '../../api/problems';
import { ProblemSummary } from '../../components/Errors';
import { Page } from '../../components/Page';
import { useFormProblem } from '../../components/useFormProblem';
import { formatAmount, formatDate, formatDateTime, timeLeft } from '../../format';
import { useT } from '../../i18n';
import type { Messages } from '../../i18n/nb';
import { applicationKey, SaveStatus, useDraft, type Application, type Content } from './draft';
import { AmountInput, LabelledSelect, LongText } from './fields';
import { SECTIONS, sectionOfField, sectionStatus, type Section } from './sections';

const STATUS_COLOR = { notStarted: 'neutral', inProgress: 'info', complete: 'success' } as const;

function sectionTitle(t: Messages, section: Section): string {
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

type ErrorOf = (field: string) => string | undefined;

function useText(key: keyof Content): [string, (v: string) => void] {
  const draft = useDraft();
  const value = draft.value(key);
  return [typeof value === 'string' ? value : '', (v: string) => draft.edit({ [key]: v === '' ? null : v })];
}

function OrganisationSection({ errorOf }: { errorOf: ErrorOf }) {
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

function MeasureSection({ errorOf }: { errorOf: ErrorOf }) {
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

function TargetSection({ errorOf }: { errorOf: ErrorOf }) {
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

type BudgetLine = Schemas['BudgetLineDto'];
type Funding = Schemas['OtherFundingDto'];
const CATEGORIES: BudgetLine['category'][] = [
  'salaries',
  'premises',
  'activities',
  'travel',
  'equipment',
  'administration',
  'other',
];

function BudgetSection({ errorOf }: { errorOf: ErrorOf }) {
  const t = useT();
  const draft = useDraft();
  const lines = draft.value('budgetLines') ?? [];
  const funding = draft.value('otherFunding') ?? [];
  const requested = draft.value('requestedAmountOre') as number | null;
  const setLines = (next: BudgetLine[]) => draft.edit({ budgetLines: next });
  const setFunding = (next: Funding[]) => draft.edit({ otherFunding: next });
  const budgetTotal = lines.reduce((sum, l) => sum + (l.amountOre || 0), 0);
  const fundingTotal = funding.reduce((sum, l) => sum + (l.amountOre || 0), 0);
  const max = budgetTotal - fundingTotal;
  const tooHigh = requested !== null && requested > max;
  return (
    <>
      <Fieldset id={fieldId('budgetLines')}>
        <Fieldset.Legend>{t.app.budgetLines}</Fieldset.Legend>
        <Fieldset.Description>{t.app.budgetLinesHint}</Fieldset.Description>
        {lines.map((line, i) => (
          <fieldset className="budget-line" key={i}>
            <legend>{t.app.line(i + 1)}</legend>
            <LabelledSelect
              id={fieldId(`budgetLines[${i}].category`)}
              label={t.app.budgetCategory}
              value={line.category}
              onChange={(e) =>
                setLines(
                  lines.map((l, j) =>
                    j === i ? { ...l, category: e.target.value as BudgetLine['category'] } : l,
                  ),
                )
              }
            >
              {CATEGORIES.map((c) => (
                <Select.Option key={c} value={c}>
                  {t.budgetCategory[c]}
                </Select.Option>
              ))}
            </LabelledSelect>
            <Textfield
              id={fieldId(`budgetLines[${i}].description`)}
              label={t.app.budgetDescription}
              value={line.description}
              onChange={(e) =>
                setLines(lines.map((l, j) => (j === i ? { ...l, description: e.target.value } : l)))
              }
              error={errorOf(`budgetLines[${i}].description`)}
            />
            <AmountInput
              field={`budgetLines[${i}].amountOre`}
              label={t.app.amount}
              ore={line.amountOre || null}
              onChange={(ore) => setLines(lines.map((l, j) => (j === i ? { ...l, amountOre: ore ?? 0 } : l)))}
              error={errorOf(`budgetLines[${i}].amountOre`)}
            />
            <div>
              <Button
                variant="tertiary"
                data-size="sm"
                onClick={() => setLines(lines.filter((_, j) => j !== i))}
                aria-label={`${t.common.remove} ${t.app.line(i + 1).toLowerCase()}`}
              >
                {t.common.remove}
              </Button>
            </div>
          </fieldset>
        ))}
        <div>
          <Button
            variant="secondary"
            onClick={() => setLines([...lines, { category: 'salaries', description: '', amountOre: 0 }])}
          >
            {t.app.addBudgetLine}
          </Button>
        </div>
        {errorOf('budgetLines') && <Paragraph>{errorOf('budgetLines')}</Paragraph>}
      </Fieldset>
      <Fieldset id={fieldId('otherFunding')}>
        <Fieldset.Legend>{t.app.otherFunding}</Fieldset.Legend>
        <Fieldset.Description>{t.app.otherFundingHint}</Fieldset.Description>
        {funding.map((line, i) => (
          <fieldset className="budget-line" key={i}>
            <legend>{t.app.fundingLine(i + 1)}</legend>
            <Textfield
              id={fieldId(`otherFunding[${i}].source`)}
              label={t.app.fundingSource}
              value={line.source}
              onChange={(e) =>
                setFunding(funding.map((l, j) => (j === i ? { ...l, source: e.target.value } : l)))
              }
              error={errorOf(`otherFunding[${i}].source`)}
            />
            <AmountInput
              field={`otherFunding[${i}].amountOre`}
              label={t.app.amount}
              ore={line.amountOre || null}
              onChange={(ore) =>
                setFunding(funding.map((l, j) => (j === i ? { ...l, amountOre: ore ?? 0 } : l)))
              }
            />
            <LabelledSelect
              id={fieldId(`otherFunding[${i}].status`)}
              label={t.app.fundingStatus}
              value={line.status}
              onChange={(e) =>
                setFunding(
                  funding.map((l, j) =>
                    j === i ? { ...l, status: e.target.value as Funding['status'] } : l,
                  ),
                )
              }
            >
              <Select.Option value="applied">{t.app.fundingStatuses.applied}</Select.Option>
              <Select.Option value="granted">{t.app.fundingStatuses.granted}</Select.Option>
            </LabelledSelect>
            <div>
              <Button
                variant="tertiary"
                data-size="sm"
                onClick={() => setFunding(funding.filter((_, j) => j !== i))}
              >
                {t.common.remove}
              </Button>
            </div>
          </fieldset>
        ))}
        <div>
          <Button
            variant="secondary"
            onClick={() => setFunding([...funding, { source: '', amountOre: 0, status: 'applied' }])}
          >
            {t.app.addFunding}
          </Button>
        </div>
      </Fieldset>
      <div className="sums" aria-live="polite">
        <dl className="facts">
          <dt>{t.app.budgetTotal}</dt>
          <dd data-testid="budget-total">{formatAmount(budgetTotal)}</dd>
          <dt>{t.app.fundingTotal}</dt>
          <dd>{formatAmount(fundingTotal)}</dd>
          <dt>{t.app.maxRequestable}</dt>
          <dd data-testid="max-requestable">{formatAmount(Math.max(0, max))}</dd>
        </dl>
      </div>
      <AmountInput
        field="requestedAmountOre"
        label={t.app.requested}
        hint={t.app.requestedHint}
        ore={requested}
        onChange={(ore) => draft.edit({ requestedAmountOre: ore })}
        error={tooHigh ? t.app.requestedTooHigh(formatAmount(max)) : errorOf('requestedAmountOre')}
      />
    </>
  );
}

const KINDS = ['statutes', 'annual_accounts', 'annual_report', 'budget', 'other'] as const;
const MAX_BYTES = 10 * 1024 * 1024;

function AttachmentsSection() {
  const t = useT();
  const draft = useDraft();
  const queryClient = useQueryClient();
  const required = draft.round?.scheme.requiredAttachmentKinds ?? [];
  const [kind, setKind] = useState<(typeof KINDS)[number]>(required[0] ?? 'other');
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const id = draft.application.id;

  const upload = () => {
    const file = fileInput.current?.files?.[0];
    if (!file) return setError(t.app.chooseFile);
    if (file.size > MAX_BYTES) return setError(t.app.fileTooLarge);
    setError(null);
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', file);
    // XMLHttpRequest, not fetch: only it reports upload progress.
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/applications/${id}/attachments`);
    xhr.withCredentials = true;
    for (const [name, value] of Object.entries(csrfHeaders())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => e.lengthComputable && setProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      setProgress(null);
      if (xhr.status >= 200 && xhr.status < 300) {
        if (fileInput.current) fileInput.current.value = '';
        void queryClient.invalidateQueries({ queryKey: applicationKey(id) });
      } else {
        let body: unknown = null;
        try {
          body = JSON.parse(xhr.responseText);
        } catch {
          // Not JSON.
        }
        const p = toProblem(xhr.status, body, t.app.uploadFailed);
        setError(p.summary[0]?.message ?? p.detail ?? p.title);
      }
    };
    xhr.onerror = () => {
      setProgress(null);
      setError(t.app.uploadFailed);
    };
    xhr.send(form);
  };

  const remove = useMutation({
    mutationFn: async (attachmentId: string) =>
      ok(
        await api.DELETE('/api/applications/{id}/attachments/{attachmentId}', {
          params: { path: { id, attachmentId } },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: applicationKey(id) }),
  });

  return (
    <>
      <Paragraph>{t.app.attachmentsIntro}</Paragraph>
      {required.length > 0 && (
        <Paragraph>
          {t.app.attachmentsRequired} {required.map((k) => t.attachmentKind[k]).join(', ')}
        </Paragraph>
      )}
      <Heading level={2} data-size="xs">
        {t.app.uploaded}
      </Heading>
      {draft.application.attachments.length === 0 ? (
        <Paragraph>{t.app.noAttachments}</Paragraph>
      ) : (
        <ul className="task-list" id={fieldId('attachments')}>
          {draft.application.attachments.map((a) => (
            <li key={a.id}>
              <span>
                {t.attachmentKind[a.kind]}: {a.fileName} ({Math.ceil(a.sizeBytes / 1024)} kB)
              </span>
              {draft.editable && (
                <Button
                  variant="tertiary"
                  data-size="sm"
                  onClick={() => remove.mutate(a.id)}
                  aria-label={`${t.common.remove} ${a.fileName}`}
                >
                  {t.common.remove}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {draft.editable && (
        <Fieldset>
          <Fieldset.Legend>{t.app.upload}</Fieldset.Legend>
          <LabelledSelect
            id="attachment-kind"
            label={t.app.attachmentKind}
            value={kind}
            onChange={(e) => setKind(e.target.value as (typeof KINDS)[number])}
          >
            {KINDS.map((k) => (
              <Select.Option key={k} value={k}>
                {t.attachmentKind[k]}
              </Select.Option>
            ))}
          </LabelledSelect>
          <Textfield
            id={fieldId('file')}
            type="file"
            label={t.app.file}
            ref={fileInput}
            accept=".pdf,.docx,.xlsx,.odt,.png,.jpg,.jpeg"
            error={error ?? undefined}
          />
          <div className="row">
            <Button variant="secondary" onClick={upload} disabled={progress !== null}>
              {t.app.upload}
            </Button>
            {progress !== null && (
              <progress max={100} value={progress} aria-label={t.app.uploading}>
                {progress} %
              </progress>
            )}
          </div>
        </Fieldset>
      )}
    </>
  );
}

function Answer({ label, children, to }: { label: string; children: ReactNode; to: string }) {
  const t = useT();
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
      <dd>
        <DsLink asChild>
          <Link to={to} aria-label={t.review.changeLink(label)}>
            {t.common.change}
          </Link>
        </DsLink>
      </dd>
    </>
  );
}

export function ReviewPage() {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const draft = useDraft();
  const a = draft.application;
  const form = useFormProblem();
  const [declared, setDeclared] = useState(false);
  const base = `/soknad/${a.id}`;
  const deadlinePassed = timeLeft(a.round.applicationDeadline).passed;
  const category = draft.round?.scheme.measureCategories.find((c) => c.code === a.measureCategory)?.name;
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
          body: { version: latest.version },
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
  const text = (v: string | null) => v || t.common.notGiven;
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
      <section className="stack">
        <Heading level={2} data-size="sm">
          {t.app.sections.organisation}
        </Heading>
        <dl className="check-answers">
          <Answer label={t.app.contactHeading} to={`${base}/organisasjon`}>
            {a.contactPerson ? `${a.contactPerson.name}, ${a.contactPerson.email}` : t.common.notGiven}
          </Answer>
          <Answer label={t.app.signatoryName} to={`${base}/organisasjon`}>
            {a.signatory
              ? `${a.signatory.name} (${t.app.signatoryRoles[a.signatory.role]})`
              : t.common.notGiven}
          </Answer>
        </dl>
      </section>
      <section className="stack">
        <Heading level={2} data-size="sm">
          {t.app.sections.measure}
        </Heading>
        <dl className="check-answers">
          <Answer label={t.app.title} to={`${base}/tiltaket`}>
            {text(a.title)}
          </Answer>
          <Answer label={t.app.grantType} to={`${base}/tiltaket`}>
            {a.grantType ? t.grantType[a.grantType] : t.common.notGiven}
          </Answer>
          <Answer label={t.app.summary} to={`${base}/tiltaket`}>
            {text(a.summary)}
          </Answer>
          <Answer label={t.app.goals} to={`${base}/tiltaket`}>
            {text(a.goals)}
          </Answer>
          <Answer label={t.app.area} to={`${base}/tiltaket`}>
            {text(a.area)}
          </Answer>
          <Answer label={t.app.plan} to={`${base}/tiltaket`}>
            {text(a.plan)}
          </Answer>
          <Answer label={`${t.app.periodStart} – ${t.app.periodEnd}`} to={`${base}/tiltaket`}>
            {a.periodStart && a.periodEnd
              ? `${formatDate(a.periodStart)} – ${formatDate(a.periodEnd)}`
              : t.common.notGiven}
          </Answer>
          <Answer label={t.app.expectedResults} to={`${base}/tiltaket`}>
            {text(a.expectedResults)}
          </Answer>
        </dl>
      </section>
      <section className="stack">
        <Heading level={2} data-size="sm">
          {t.app.sections.target}
        </Heading>
        <dl className="check-answers">
          <Answer label={t.app.targetGroup} to={`${base}/malgruppe`}>
            {text(a.targetGroup)}
          </Answer>
          <Answer label={t.app.measureCategory} to={`${base}/malgruppe`}>
            {category ?? t.common.notGiven}
          </Answer>
        </dl>
      </section>
      <section className="stack">
        <Heading level={2} data-size="sm">
          {t.app.sections.budget}
        </Heading>
        <dl className="check-answers">
          <Answer label={t.app.budgetTotal} to={`${base}/budsjett`}>
            {formatAmount(a.budgetTotalOre)}
          </Answer>
          <Answer label={t.app.fundingTotal} to={`${base}/budsjett`}>
            {formatAmount(a.otherFundingTotalOre)}
          </Answer>
          <Answer label={t.app.requested} to={`${base}/budsjett`}>
            {a.requestedAmountOre !== null ? formatAmount(a.requestedAmountOre) : t.common.notGiven}
          </Answer>
        </dl>
      </section>
      <section className="stack">
        <Heading level={2} data-size="sm">
          {t.app.sections.attachments}
        </Heading>
        <dl className="check-answers">
          <Answer label={t.app.sections.attachments} to={`${base}/vedlegg`}>
            {a.attachments.length > 0
              ? a.attachments.map((f) => `${t.attachmentKind[f.kind]}: ${f.fileName}`).join('\n')
              : t.app.noAttachments}
          </Answer>
        </dl>
      </section>
      {draft.editable && !deadlinePassed && (
        <form
          className="stack"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!declared) {
              form.show(
                fromFieldProblems(
                  [{ field: 'declaration', rule: 'required', message: t.review.declareMissing }],
                  {
                    status: 0,
                    kind: 'declaration',
                    title: t.review.declareMissing,
                  },
                ),
              );
              return;
            }
            submit.mutate();
          }}
        >
          <Fieldset>
            <Fieldset.Legend>{t.review.declaration}</Fieldset.Legend>
            <Checkbox
              id={fieldId('declaration')}
              label={t.review.declare}
              checked={declared}
              onChange={(e) => setDeclared(e.target.checked)}
            />
          </Fieldset>
          <div>
            <Button type="submit" disabled={submit.isPending}>
              {submit.isPending ? t.review.submitting : t.review.submit}
            </Button>
          </div>
        </form>
      )}
    </Page>
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

/** The review page's summary: links go to the section page and its field (react-router, not a full reload). */
function ReviewProblems({
  problem,
  summaryRef,
  heading,
}: {
  problem: Problem;
  summaryRef: React.RefObject<HTMLElement | null>;
  heading: string;
}) {
  const navigate = useNavigate();
  return (
    <div
      onClick={(e) => {
        const link = (e.target as HTMLElement).closest('a');
        const href = link?.getAttribute('href');
        if (href && href.startsWith('/')) {
          e.preventDefault();
          void navigate(href);
        }
      }}
    >
      <ProblemSummary problem={problem} ref={summaryRef} heading={heading} />
    </div>
  );
}

export function ReceiptPage() {
  const t = useT();
  const { application } = useDraft();
  return (
    <Page title={t.receipt.title}>
      <Alert data-color="success">
        <Paragraph>{t.receipt.reference}</Paragraph>
        <Paragraph className="reference" data-testid="reference-number">
          {application.referenceNumber}
        </Paragraph>
      </Alert>
      <Paragraph>{t.receipt.email}</Paragraph>
      <Heading level={2} data-size="sm">
        {t.receipt.next}
      </Heading>
      <Paragraph>{t.receipt.nextText}</Paragraph>
      <Paragraph>
        <DsLink asChild>
          <Link to="/mine-soknader">{t.receipt.toMine}</Link>
        </DsLink>
      </Paragraph>
    </Page>
  );
}
