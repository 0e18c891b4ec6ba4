import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableFoot,
  TableHead,
  TableHeaderCell,
  TableRow,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { fieldId } from '../../api/problems';
import { formatAmount } from '../../format';
import { useT } from '../../i18n';
import type { Messages } from '../../i18n/nb';
import { AmountInput } from '../apply/fields';
import { reportSums, type ReportForm } from './shared';

/**
 * The accounts: the actual cost per approved budget line beside its budget, other income, and what follows as
 * typed — the costs in all, what the grant covered and the unspent grant to pay back.
 */
export function AccountsSection({ form }: { form: ReportForm }) {
  const t = useT();
  const r = form.report;
  const actuals = form.value('actuals') ?? [];
  const otherIncome = form.value('otherIncomeOre') ?? 0;
  const sums = reportSums(r.grantOre, actuals, otherIncome);
  return (
    <>
      <Heading level={2} data-size="sm">
        {t.report.accounts}
      </Heading>
      <Paragraph>{t.report.accountsHint}</Paragraph>
      <ActualsTable form={form} costs={sums.costs} />
      {form.errorOf('actuals') && <ValidationMessage>{form.errorOf('actuals')}</ValidationMessage>}
      <AmountInput
        field="otherIncomeOre"
        label={t.report.otherIncome}
        hint={t.report.otherIncomeHint}
        ore={otherIncome || null}
        readOnly={!form.editable}
        onChange={(ore) => form.edit({ otherIncomeOre: ore ?? 0 })}
        error={form.errorOf('otherIncomeOre')}
      />
      <dl className="facts" aria-live="polite">
        <dt>{t.report.grant}</dt>
        <dd>{formatAmount(r.grantOre)}</dd>
        <dt>{t.report.costs}</dt>
        <dd>{formatAmount(sums.costs)}</dd>
        <dt>{t.report.coveredByGrant}</dt>
        <dd>{formatAmount(sums.covered)}</dd>
        <dt>{t.report.unspent}</dt>
        <dd data-testid="unspent">{formatAmount(sums.unspent)}</dd>
      </dl>
      {sums.unspent > 0 && <Paragraph>{t.report.unspentHint}</Paragraph>}
    </>
  );
}

/** One row per approved budget line: its budget, the actual cost (typed) and the difference; the sums below. */
function ActualsTable({ form, costs }: { form: ReportForm; costs: number }) {
  const t = useT();
  const r = form.report;
  const actuals = form.value('actuals') ?? [];
  const budgetTotal = r.budget.reduce((s, l) => s + l.budgetOre, 0);
  const setActual = (line: number, ore: number | null) =>
    form.edit({
      actuals: [
        ...actuals.filter((a) => a.line !== line),
        ...(ore === null ? [] : [{ line, actualOre: ore }]),
      ].sort((a, b) => a.line - b.line),
    });
  return (
    <div className="table-scroll" id={fieldId('actuals')}>
      <Table data-testid="accounts">
        <TableHead>
          <TableRow>
            <TableHeaderCell>{t.report.budgetLine}</TableHeaderCell>
            <TableHeaderCell>{t.report.approved}</TableHeaderCell>
            <TableHeaderCell>{t.report.actual}</TableHeaderCell>
            <TableHeaderCell>{t.report.difference}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {r.budget.map((line) => {
            const actual = actuals.find((a) => a.line === line.line)?.actualOre;
            const name = `${t.budgetCategory[line.category as keyof Messages['budgetCategory']] ?? line.category}: ${line.description}`;
            const field = `actuals[${line.line}]`;
            return (
              <TableRow key={line.line}>
                <TableHeaderCell scope="row">{name}</TableHeaderCell>
                <TableCell className="amount">{formatAmount(line.budgetOre)}</TableCell>
                <TableCell className="cell-input">
                  <AmountInput
                    field={field}
                    label={t.report.actualFor(name)}
                    ore={actual ?? null}
                    readOnly={!form.editable}
                    onChange={(ore) => setActual(line.line, ore)}
                    error={form.errorOf(field) ?? form.errorOf(`${field}.actualOre`)}
                  />
                </TableCell>
                <TableCell className="amount">
                  {actual === undefined ? '–' : formatAmount(actual - line.budgetOre)}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
        <TableFoot>
          <TableRow>
            <TableHeaderCell scope="row">{t.report.sum}</TableHeaderCell>
            <TableCell className="amount">{formatAmount(budgetTotal)}</TableCell>
            <TableCell className="amount" data-testid="costs-total">
              {formatAmount(costs)}
            </TableCell>
            <TableCell className="amount">{formatAmount(costs - budgetTotal)}</TableCell>
          </TableRow>
        </TableFoot>
      </Table>
    </div>
  );
}
