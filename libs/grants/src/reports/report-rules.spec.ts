import { ReportStatus } from './recipient-report.entity';
import {
  breakdownCells,
  indicatorErrors,
  personalDataErrors,
  reportOverdue,
  unspentOre,
} from './report-rules';

describe('report rules', () => {
  it('computes the unspent amount from the grant, the actual costs and other income', () => {
    const lines = (...amounts: number[]) => amounts.map((actualOre, line) => ({ line, actualOre }));
    expect(unspentOre(50_000_000, lines(30_000_000, 15_000_000), 3_000_000)).toBe(8_000_000);
    expect(unspentOre(50_000_000, lines(60_000_000), 5_000_000)).toBe(0);
    expect(unspentOre(50_000_000, lines(1_000_000), 2_000_000)).toBe(50_000_000);
    expect(unspentOre(50_000_000, [], 0)).toBe(50_000_000);
    expect(unspentOre(1, lines(0), 0)).toBe(1);
  });

  it('reports indicators in aggregate cells only', () => {
    expect(breakdownCells('none')).toEqual(['total']);
    expect(breakdownCells('gender_and_age_band')).toHaveLength(15);
    const indicators = [{ code: 'nights', name: 'Overnattinger', breakdown: 'none' as const }];
    expect(indicatorErrors({ nights: { total: 365 } }, indicators)).toEqual([]);
    expect(indicatorErrors({ nights: { total: -1 } }, indicators)[0].rule).toBe('wholeNumber');
    expect(indicatorErrors({ nights: { total: 1.5 } }, indicators)[0].rule).toBe('wholeNumber');
    expect(indicatorErrors({ guests: { total: 1 } }, indicators)[0].rule).toBe('unknownIndicator');
  });

  it('refuses free text that looks like personal data', () => {
    expect(personalDataErrors({ a: 'Tolv kvinner fikk bolig i 2027, 365 overnattinger.' })).toEqual([]);
    expect(personalDataErrors({ a: 'fnr 01019012345' })[0]).toMatchObject({
      field: 'a',
      rule: 'noPersonalData',
    });
    expect(personalDataErrors({ a: 'skriv til kari@example.no' })[0].message).toContain('e-postadresse');
    expect(personalDataErrors({ a: 'ring +47 912 34 567' })[0].message).toContain('telefonnummer');
  });

  it('calls a report overdue only while it is owed and past its deadline', () => {
    const due = new Date('2028-04-01T21:59:59Z');
    const after = new Date('2028-04-02T08:00:00Z');
    expect(reportOverdue(null, due, after)).toBe(true);
    expect(reportOverdue(ReportStatus.Draft, due, after)).toBe(true);
    expect(reportOverdue(ReportStatus.Returned, due, after)).toBe(true);
    expect(reportOverdue(ReportStatus.Submitted, due, after)).toBe(false);
    expect(reportOverdue(ReportStatus.Approved, due, after)).toBe(false);
    expect(reportOverdue(null, due, new Date('2028-04-01T12:00:00Z'))).toBe(false);
  });

  it('calls a report overdue only after the whole last second of its deadline, by the one deadline rule', () => {
    const due = new Date('2028-04-01T21:59:59Z');
    expect(reportOverdue(null, due, new Date('2028-04-01T21:59:59.400Z'))).toBe(false);
    expect(reportOverdue(null, due, new Date('2028-04-01T21:59:59.999Z'))).toBe(false);
    expect(reportOverdue(null, due, new Date('2028-04-01T22:00:00.000Z'))).toBe(true);
  });
});
