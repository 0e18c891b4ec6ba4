import { Button, Fieldset, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { Schemas } from '../../api/client';
import { fieldId } from '../../api/problems';
import { formatAmount } from '../../format';
import { useT } from '../../i18n';
import type { Messages } from '../../i18n/nb';
import type { ErrorOf } from './answer-sections';
import { useDraft } from './draft';
import { AmountInput, LabelledSelect } from './fields';

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

export function BudgetSection({ errorOf }: { errorOf: ErrorOf }) {
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
      <BudgetLines lines={lines} setLines={setLines} errorOf={errorOf} />
      <OtherFunding funding={funding} setFunding={setFunding} errorOf={errorOf} />
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

/**
 * One list of lines the user adds and removes (budget lines, other funding): each line a group of its own fields,
 * a remove button naming the line, an add button, and the list's own error.
 */
/** The texts of each list. */
function listTexts(t: Messages, field: 'budgetLines' | 'otherFunding') {
  return field === 'budgetLines'
    ? {
        legend: t.app.budgetLines,
        hint: t.app.budgetLinesHint,
        lineLabel: t.app.line,
        add: t.app.addBudgetLine,
      }
    : {
        legend: t.app.otherFunding,
        hint: t.app.otherFundingHint,
        lineLabel: t.app.fundingLine,
        add: t.app.addFunding,
      };
}

function LineList<L>({
  field,
  blank,
  lines,
  setLines,
  errorOf,
  children,
}: {
  field: 'budgetLines' | 'otherFunding';
  /** A new, empty line. */
  blank: L;
  lines: L[];
  setLines: (next: L[]) => void;
  errorOf: ErrorOf;
  /** The fields of line `i`; `change` sets some of its values. */
  children: (line: L, i: number, change: (patch: Partial<L>) => void) => ReactNode;
}) {
  const t = useT();
  const { legend, hint, lineLabel, add } = listTexts(t, field);
  const change = (i: number) => (patch: Partial<L>) =>
    setLines(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  return (
    <Fieldset id={fieldId(field)}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      <Fieldset.Description>{hint}</Fieldset.Description>
      {lines.map((line, i) => (
        <fieldset className="budget-line" key={i}>
          <legend>{lineLabel(i + 1)}</legend>
          {children(line, i, change(i))}
          <div>
            <Button
              variant="tertiary"
              data-size="sm"
              onClick={() => setLines(lines.filter((_, j) => j !== i))}
              aria-label={`${t.common.remove} ${lineLabel(i + 1).toLowerCase()}`}
            >
              {t.common.remove}
            </Button>
          </div>
        </fieldset>
      ))}
      <div>
        <Button variant="secondary" onClick={() => setLines([...lines, blank])}>
          {add}
        </Button>
      </div>
      {errorOf(field) && <Paragraph>{errorOf(field)}</Paragraph>}
    </Fieldset>
  );
}

function BudgetLines({
  lines,
  setLines,
  errorOf,
}: {
  lines: BudgetLine[];
  setLines: (next: BudgetLine[]) => void;
  errorOf: ErrorOf;
}) {
  const t = useT();
  return (
    <LineList
      field="budgetLines"
      blank={{ category: 'salaries', description: '', amountOre: 0 }}
      lines={lines}
      setLines={setLines}
      errorOf={errorOf}
    >
      {(line, i, change) => (
        <>
          <LabelledSelect
            id={fieldId(`budgetLines[${i}].category`)}
            label={t.app.budgetCategory}
            value={line.category}
            onChange={(e) => change({ category: e.target.value as BudgetLine['category'] })}
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
            onChange={(e) => change({ description: e.target.value })}
            error={errorOf(`budgetLines[${i}].description`)}
          />
          <AmountInput
            field={`budgetLines[${i}].amountOre`}
            label={t.app.amount}
            ore={line.amountOre || null}
            onChange={(ore) => change({ amountOre: ore ?? 0 })}
            error={errorOf(`budgetLines[${i}].amountOre`)}
          />
        </>
      )}
    </LineList>
  );
}

function OtherFunding({
  funding,
  setFunding,
  errorOf,
}: {
  funding: Funding[];
  setFunding: (next: Funding[]) => void;
  errorOf: ErrorOf;
}) {
  const t = useT();
  return (
    <LineList
      field="otherFunding"
      blank={{ source: '', amountOre: 0, status: 'applied' }}
      lines={funding}
      setLines={setFunding}
      errorOf={errorOf}
    >
      {(line, i, change) => (
        <>
          <Textfield
            id={fieldId(`otherFunding[${i}].source`)}
            label={t.app.fundingSource}
            value={line.source}
            onChange={(e) => change({ source: e.target.value })}
            error={errorOf(`otherFunding[${i}].source`)}
          />
          <AmountInput
            field={`otherFunding[${i}].amountOre`}
            label={t.app.amount}
            ore={line.amountOre || null}
            onChange={(ore) => change({ amountOre: ore ?? 0 })}
            error={errorOf(`otherFunding[${i}].amountOre`)}
          />
          <LabelledSelect
            id={fieldId(`otherFunding[${i}].status`)}
            label={t.app.fundingStatus}
            value={line.status}
            onChange={(e) => change({ status: e.target.value as Funding['status'] })}
          >
            <Select.Option value="applied">{t.app.fundingStatuses.applied}</Select.Option>
            <Select.Option value="granted">{t.app.fundingStatuses.granted}</Select.Option>
          </LabelledSelect>
        </>
      )}
    </LineList>
  );
}
