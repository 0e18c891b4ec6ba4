import {
  Fieldset,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { fieldId } from '../../api/problems';
import { useT } from '../../i18n';
import type { Figures, ReportForm } from './shared';

const GENDERS = ['female', 'male', 'other_or_unknown'];

/** The scheme's indicators, each a grid of aggregate cells (no person is ever named, only counted). */
export function IndicatorsSection({ form }: { form: ReportForm }) {
  const t = useT();
  const r = form.report;
  const figures = (form.value('indicators') ?? {}) as Figures;
  return (
    <>
      <Heading level={2} data-size="sm">
        {t.report.indicators}
      </Heading>
      <Paragraph>{t.report.indicatorsHint}</Paragraph>
      {Object.entries(r.indicatorCells as Record<string, string[]>).map(([code, cells]) => (
        <IndicatorGrid
          key={code}
          code={code}
          name={r.indicatorNames[code] ?? code}
          cells={cells}
          figures={figures[code] ?? {}}
          readOnly={!form.editable}
          errorOf={form.errorOf}
          onChange={(cell, n) => {
            const next = { ...(figures[code] ?? {}) };
            if (n === null) delete next[cell];
            else next[cell] = n;
            form.edit({ indicators: { ...figures, [code]: next } });
          }}
        />
      ))}
    </>
  );
}

/** Gender × age band (or region) as rows and columns when every cell is "<gender>_<band>", else one row. */
function gridLayout(cells: string[]) {
  const twoWay = cells.length > 1 && cells.every((c) => GENDERS.some((g) => c.startsWith(`${g}_`)));
  const rows = twoWay ? GENDERS : [''];
  const columns = twoWay
    ? [...new Set(cells.map((c) => c.replace(/^(female|male|other_or_unknown)_/, '')))]
    : cells;
  return { twoWay, rows, columns, cellOf: (row: string, col: string) => (twoWay ? `${row}_${col}` : col) };
}

interface GridProps {
  code: string;
  name: string;
  cells: string[];
  figures: Record<string, number>;
  readOnly: boolean;
  errorOf: (field: string) => string | undefined;
  onChange: (cell: string, value: number | null) => void;
}

/** One indicator as a table of number cells, its total computed as typed, and the API's message for the group. */
function IndicatorGrid({ code, name, cells, figures, readOnly, errorOf, onChange }: GridProps) {
  const t = useT();
  const label = (cell: string) => t.report.cells[cell] ?? cell;
  const { twoWay, rows, columns, cellOf } = gridLayout(cells);
  const total = Object.values(figures).reduce((s, n) => s + (Number.isFinite(n) ? n : 0), 0);
  const groupId = fieldId(`indicators.${code}`);
  const groupError = errorOf(`indicators.${code}`);
  return (
    <Fieldset id={groupId} aria-describedby={groupError ? `${groupId}-error` : undefined}>
      <Fieldset.Legend>{name}</Fieldset.Legend>
      <div className="table-scroll">
        <Table data-size="sm" className="indicator-grid">
          <TableHead>
            <TableRow>
              {twoWay && <TableHeaderCell>{t.report.group}</TableHeaderCell>}
              {columns.map((col) => (
                <TableHeaderCell key={col}>{label(col)}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row}>
                {twoWay && <TableHeaderCell scope="row">{label(row)}</TableHeaderCell>}
                {columns.map((col) => (
                  <TableCell key={cellOf(row, col)}>
                    <NumberCell
                      id={fieldId(`indicators.${code}.${cellOf(row, col)}`)}
                      label={t.report.cellLabel(name, twoWay ? `${label(row)}, ${label(col)}` : label(col))}
                      value={figures[cellOf(row, col)]}
                      readOnly={readOnly}
                      error={errorOf(`indicators.${code}.${cellOf(row, col)}`)}
                      onChange={(n) => onChange(cellOf(row, col), n)}
                    />
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Paragraph aria-live="polite" data-testid={`indicator-total-${code}`}>
        {t.report.indicatorTotal(name, total)}
      </Paragraph>
      {groupError && <ValidationMessage id={`${groupId}-error`}>{groupError}</ValidationMessage>}
    </Fieldset>
  );
}

/** A whole number ≥ 0 in a grid cell; the label is for screen readers (the table headers show it). */
function NumberCell({
  id,
  label,
  value,
  readOnly,
  error,
  onChange,
}: {
  id: string;
  label: string;
  value: number | undefined;
  readOnly: boolean;
  error?: string;
  onChange: (value: number | null) => void;
}) {
  const t = useT();
  const [text, setText] = useState(value === undefined ? '' : String(value));
  useEffect(() => {
    setText((current) =>
      current.trim() === '' && value === undefined ? current : value === undefined ? '' : String(value),
    );
  }, [value]);
  const bad = text.trim() !== '' && !/^\d+$/.test(text.trim());
  return (
    <Textfield
      id={id}
      aria-label={label}
      inputMode="numeric"
      size={5}
      value={text}
      readOnly={readOnly}
      error={bad ? t.report.wholeNumber : error}
      onChange={(e) => {
        setText(e.target.value);
        const v = e.target.value.trim();
        if (v === '') onChange(null);
        else if (/^\d+$/.test(v)) onChange(Number(v));
      }}
    />
  );
}
