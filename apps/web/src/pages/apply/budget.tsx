import { Button, Fieldset, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import type { Schemas } from '../../api/client';
import { fieldId } from '../../api/problems';
import { formatAmount } from '../../format';
import { useT } from '../../i18n';
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
                funding.map((l, j) => (j === i ? { ...l, status: e.target.value as Funding['status'] } : l)),
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
  );
}
