import {
  DEFAULT_PAYMENT_PLAN,
  describePaymentPlan,
  paymentPlanErrors,
  planInstalments,
} from './payment-plan';

describe('payment plan', () => {
  it('pays the whole amount on acceptance by default', () => {
    expect(planInstalments(50_000_000, DEFAULT_PAYMENT_PLAN, 2027, '2027-01-20')).toEqual([
      { instalmentNo: 1, instalmentCount: 1, amountOre: 50_000_000, dueDate: '2027-01-20' },
    ]);
  });

  it('splits an amount that does not divide evenly so the instalments add up to the øre', () => {
    const plan = [
      { percent: 34, due: 'acceptance' },
      { percent: 33, due: '06-01' },
      { percent: 33, due: '09-01' },
    ];
    const instalments = planInstalments(100_001, plan, 2027, '2027-02-03');
    expect(instalments.map((i) => i.amountOre)).toEqual([34_000, 33_000, 33_001]);
    expect(instalments.reduce((sum, i) => sum + i.amountOre, 0)).toBe(100_001);
    expect(instalments.map((i) => i.dueDate)).toEqual(['2027-02-03', '2027-06-01', '2027-09-01']);
  });

  it('keeps every instalment within one øre of its share, for awkward amounts', () => {
    const plan = [
      { percent: 33, due: 'acceptance' },
      { percent: 33, due: '07-01' },
      { percent: 34, due: '10-01' },
    ];
    for (const amount of [1, 2, 3, 7, 99, 100, 101, 33_333_333, 123_456_789, 9_999_999_999_99]) {
      const parts = planInstalments(amount, plan, 2027, '2027-01-10');
      expect(parts.reduce((sum, p) => sum + p.amountOre, 0)).toBe(amount);
      parts.forEach((p, i) =>
        expect(Math.abs(p.amountOre - (amount * plan[i].percent) / 100)).toBeLessThan(1),
      );
    }
  });

  it('moves a fixed due date that lies before the acceptance to the acceptance day', () => {
    const plan = [
      { percent: 50, due: '01-15' },
      { percent: 50, due: '08-15' },
    ];
    expect(planInstalments(1000, plan, 2027, '2027-03-01').map((i) => i.dueDate)).toEqual([
      '2027-03-01',
      '2027-08-15',
    ]);
  });

  it('makes nothing due before 1 January of the grant year, however early the grant is accepted', () => {
    // A 2027 grant accepted on 1 December 2026: 2027 money is not paid in 2026.
    expect(planInstalments(50_000_000, DEFAULT_PAYMENT_PLAN, 2027, '2026-12-01')).toEqual([
      { instalmentNo: 1, instalmentCount: 1, amountOre: 50_000_000, dueDate: '2027-01-01' },
    ]);
    const plan = [
      { percent: 40, due: 'acceptance' },
      { percent: 30, due: '01-01' },
      { percent: 30, due: '03-15' },
    ];
    expect(planInstalments(1000, plan, 2027, '2026-11-20').map((i) => i.dueDate)).toEqual([
      '2027-01-01',
      '2027-01-01',
      '2027-03-15',
    ]);
    // Accepted within the grant year: due on acceptance, as before.
    expect(planInstalments(1000, plan, 2027, '2027-02-10').map((i) => i.dueDate)).toEqual([
      '2027-02-10',
      '2027-02-10',
      '2027-03-15',
    ]);
  });

  it('names the broken rules of a plan', () => {
    expect(paymentPlanErrors(DEFAULT_PAYMENT_PLAN)).toEqual([]);
    const errors = paymentPlanErrors([
      { percent: 60, due: 'acceptance' },
      { percent: 30, due: '02-30' },
      { percent: 0.5, due: '13-01' },
    ]);
    expect(errors.map((e) => `${e.field}:${e.rule}`)).toEqual([
      'paymentPlan[1].due:due',
      'paymentPlan[2].percent:percent',
      'paymentPlan[2].due:due',
      'paymentPlan:percentSumTo100',
    ]);
    expect(paymentPlanErrors([])[0].rule).toBe('instalments');
  });

  it('states the plan in the grant letter, in bokmål and nynorsk', () => {
    expect(describePaymentPlan(DEFAULT_PAYMENT_PLAN, 2027, 'nb')).toBe(
      'Tilskuddet utbetales i én utbetaling når vilkårene er akseptert, tidligst 1. januar 2027.',
    );
    expect(describePaymentPlan(DEFAULT_PAYMENT_PLAN, 2027, 'nn')).toBe(
      'Tilskotet blir utbetalt i éi utbetaling når vilkåra er aksepterte, tidlegast 1. januar 2027.',
    );
    const plan = [
      { percent: 50, due: 'acceptance' },
      { percent: 30, due: '06-01' },
      { percent: 20, due: '10-15' },
    ];
    expect(describePaymentPlan(plan, 2027, 'nb')).toBe(
      'Tilskuddet utbetales i tre utbetalinger: 50 % når vilkårene er akseptert (tidligst 1. januar 2027), ' +
        '30 % 1. juni 2027 (tidligst når vilkårene er akseptert) og 20 % 15. oktober 2027 (tidligst når vilkårene er akseptert).',
    );
    expect(describePaymentPlan(plan, 2027, 'nn')).toContain(
      'Tilskotet blir utbetalt i tre utbetalingar: 50 % når vilkåra er aksepterte (tidlegast 1. januar 2027)',
    );
  });
});
