import { buildLetterContent, partsPresent, type LetterPart } from './letter-content';
import { DECISION_LETTER_TYPES, type LetterInput, type LetterLanguage } from './letter-model';
import {
  assertDecisionLetterComplete,
  LetterIncompleteError,
  missingDecisionLetterParts,
  requiredDecisionLetterParts,
} from './letter-parts';
import { renderLetterPdf } from './render-letter';
import { sampleLetterInput } from './sample-letter-input';
import { LETTER_TEXTS } from './letter-texts';

const LANGUAGES: LetterLanguage[] = ['nb', 'nn'];

/** Parts that are fixed template text: they never depend on the data, so the templates must always print them. */
const FIXED_PARTS: Record<string, LetterPart[]> = {
  grant: [
    'repayment',
    'controlRights',
    'appealProcedure',
    'accessToDocuments',
    'reasonsOnRequest',
    'reasons.summary',
  ],
  partial_grant: ['repayment', 'controlRights', 'appealProcedure', 'accessToDocuments'],
  rejection: ['appealProcedure', 'accessToDocuments'],
  dismissal: ['appealProcedure', 'accessToDocuments'],
};

function withDecision(
  input: LetterInput,
  change: Partial<NonNullable<LetterInput['decision']>>,
): LetterInput {
  return { ...input, decision: { ...input.decision!, ...change } };
}

describe('decision letter parts (docs/domain.md §4)', () => {
  describe.each(DECISION_LETTER_TYPES)('%s', (type) => {
    it.each(LANGUAGES)('a complete %s letter misses nothing', (language) => {
      const input = sampleLetterInput(type, language);
      expect(missingDecisionLetterParts(input)).toEqual([]);
      expect(() => assertDecisionLetterComplete(input)).not.toThrow();
    });

    it.each(LANGUAGES)(
      'the %s template always prints its fixed parts, even for an empty decision',
      (language) => {
        const full = sampleLetterInput(type, language);
        const empty: LetterInput = withDecision(full, {
          amountOre: 0,
          grantPeriod: null,
          purpose: null,
          conditions: [],
          reasons: null,
          acceptanceDeadline: null,
          paymentPlan: null,
        });
        const present = partsPresent(buildLetterContent(empty));
        for (const part of FIXED_PARTS[type]) expect(present).toContain(part);
        const missing = missingDecisionLetterParts(empty);
        for (const part of FIXED_PARTS[type]) expect(missing).not.toContain(part);
      },
    );

    it('names every part when the decision is absent altogether', () => {
      const input = { ...sampleLetterInput(type, 'nb'), decision: undefined };
      const missing = missingDecisionLetterParts(input);
      expect(missing).toEqual(expect.arrayContaining(['outcome', 'appealDeadline']));
      expect(missing).not.toContain('appealBody');
      expect(missing).not.toContain('accessToDocuments');
    });
  });

  it('asks nothing of letters that are not decisions', () => {
    expect(requiredDecisionLetterParts(sampleLetterInput('receipt', 'nb'))).toEqual([]);
    expect(missingDecisionLetterParts(sampleLetterInput('interim_reply', 'nn'))).toEqual([]);
  });

  it('refuses a rejection without the facts relied on', async () => {
    const base = sampleLetterInput('rejection', 'nb');
    const input = withDecision(base, { reasons: { ...base.decision!.reasons!, factsReliedOn: '  ' } });
    expect(missingDecisionLetterParts(input)).toEqual(['reasons.factsReliedOn']);
    const error = await renderLetterPdf(input).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LetterIncompleteError);
    expect((error as LetterIncompleteError).parts).toEqual(['reasons.factsReliedOn']);
    expect((error as LetterIncompleteError).message).toBe('Vedtaksbrevet mangler: begrunnelse (faktum)');
  });

  it('refuses a grant without an acceptance deadline', async () => {
    const input = withDecision(sampleLetterInput('grant', 'nn'), { acceptanceDeadline: null });
    await expect(renderLetterPdf(input)).rejects.toThrow(LetterIncompleteError);
    await expect(renderLetterPdf(input)).rejects.toMatchObject({ parts: ['acceptanceDeadline'] });
    await expect(renderLetterPdf(input)).rejects.toThrow(
      'Vedtaksbrevet mangler: frist for aksept av vilkårene',
    );
  });

  it('names several missing parts at once, in a stable order', () => {
    const input = withDecision(sampleLetterInput('partial_grant', 'nb'), {
      amountOre: 0,
      conditions: ['   '],
      paymentPlan: '',
      grantPeriod: { start: '2027-12-31', end: '2027-01-01' },
    });
    expect(missingDecisionLetterParts(input)).toEqual(['amount', 'grantPeriod', 'conditions', 'paymentPlan']);
  });

  it('needs all three reasons parts for partial grants, rejections and dismissals', () => {
    for (const type of ['partial_grant', 'rejection', 'dismissal'] as const) {
      const input = withDecision(sampleLetterInput(type, 'nb'), { reasons: null });
      expect(missingDecisionLetterParts(input)).toEqual([
        'reasons.rulesApplied',
        'reasons.factsReliedOn',
        'reasons.mainConsiderations',
      ]);
    }
  });

  it('takes the rules applied from the scheme for a full grant without reasons, and needs one of them', () => {
    const input = sampleLetterInput('grant', 'nb');
    expect(input.decision!.reasons).toBeNull();
    expect(missingDecisionLetterParts(input)).toEqual([]);
    const noBasis = { ...input, scheme: { ...input.scheme, legalBasisSections: [] } };
    expect(missingDecisionLetterParts(noBasis)).toEqual(['reasons.rulesApplied']);
  });

  it('needs the appeal body, a valid appeal deadline and the report deadline', () => {
    const base = sampleLetterInput('grant', 'nb');
    const input: LetterInput = {
      ...withDecision(base, { appealDeadline: new Date(Number.NaN) }),
      scheme: { ...base.scheme, appealBody: '' },
      round: { ...base.round, reportDeadline: new Date(Number.NaN) },
    };
    expect(missingDecisionLetterParts(input)).toEqual(['reporting', 'appealDeadline', 'appealBody']);
  });

  it('refuses a grant at or above the auditor threshold that does not ask for an auditor statement', () => {
    const input = withDecision(sampleLetterInput('grant', 'nb'), { auditorStatementRequired: false });
    expect(missingDecisionLetterParts(input)).toEqual(['reporting.auditorStatement']);
    const small = withDecision(input, { amountOre: 10_000_000 });
    expect(
      missingDecisionLetterParts({
        ...small,
        application: { ...small.application, requestedAmountOre: 10_000_000 },
      }),
    ).toEqual([]);
  });

  it('prints the budget reservation only when the round has one, and needs it then', () => {
    const withReservation = sampleLetterInput('grant', 'nb');
    expect(partsPresent(buildLetterContent(withReservation))).toContain('budgetReservation');
    const without = { ...withReservation, round: { ...withReservation.round, budgetReservation: false } };
    expect(partsPresent(buildLetterContent(without))).not.toContain('budgetReservation');
    expect(requiredDecisionLetterParts(without)).not.toContain('budgetReservation');
    expect(missingDecisionLetterParts(without)).toEqual([]);
  });

  it.each(LANGUAGES)(
    'refuses a grant letter of a reserved round whose template lost the reservation sentence (%s)',
    async (language) => {
      const spy = jest.spyOn(LETTER_TEXTS[language], 'budgetReservation').mockReturnValue('');
      try {
        for (const type of ['grant', 'partial_grant'] as const) {
          const input = sampleLetterInput(type, language);
          expect(missingDecisionLetterParts(input)).toEqual(['budgetReservation']);
          await expect(renderLetterPdf(input)).rejects.toThrow('forbehold om Stortingets budsjettvedtak');
        }
      } finally {
        spy.mockRestore();
      }
    },
  );

  describe('repayment claim', () => {
    it.each(LANGUAGES)('a complete claim letter in %s misses nothing', (language) => {
      const input = sampleLetterInput('repayment_claim', language);
      expect(requiredDecisionLetterParts(input)).toEqual([
        'outcome',
        'amount',
        'reasons.rulesApplied',
        'reasons.factsReliedOn',
        'reasons.mainConsiderations',
        'repaymentDueDate',
        'repaymentPayment',
        'appealDeadline',
        'appealBody',
        'appealProcedure',
        'accessToDocuments',
      ]);
      expect(missingDecisionLetterParts(input)).toEqual([]);
    });

    it("refuses a claim without the caseworker's reasons, a due date, an account or an appeal deadline", async () => {
      const base = sampleLetterInput('repayment_claim', 'nb');
      const input: LetterInput = {
        ...base,
        claim: {
          ...base.claim!,
          reason: ' ',
          dueDate: '2028-02-30',
          paymentAccount: '',
          appealDeadline: new Date(Number.NaN),
        },
      };
      expect(missingDecisionLetterParts(input)).toEqual([
        'reasons.mainConsiderations',
        'repaymentDueDate',
        'repaymentPayment',
        'appealDeadline',
      ]);
      await expect(renderLetterPdf(input)).rejects.toThrow(
        'Vedtaksbrevet mangler: begrunnelse (hovedhensyn), betalingsfrist, hvordan beløpet betales, klagefrist',
      );
    });

    it('needs the report figures as the facts, and a positive amount', () => {
      const base = sampleLetterInput('repayment_claim', 'nn');
      const input: LetterInput = { ...base, report: undefined, claim: { ...base.claim!, amountOre: 0 } };
      expect(missingDecisionLetterParts(input)).toEqual(['outcome', 'amount', 'reasons.factsReliedOn']);
    });

    it('asks nothing of a report approval or an appeal forwarding, which are not decisions', () => {
      expect(requiredDecisionLetterParts(sampleLetterInput('appeal_forwarded', 'nn'))).toEqual([]);
      expect(requiredDecisionLetterParts(sampleLetterInput('report_approval', 'nb'))).toEqual([]);
    });
  });

  describe('late appeal not considered', () => {
    it.each(LANGUAGES)('is a decision with full reasons and the right to appeal (%s)', (language) => {
      const input = sampleLetterInput('appeal_not_considered', language);
      expect(requiredDecisionLetterParts(input)).toEqual([
        'outcome',
        'reasons.rulesApplied',
        'reasons.factsReliedOn',
        'reasons.mainConsiderations',
        'appealDeadline',
        'appealBody',
        'appealProcedure',
        'accessToDocuments',
      ]);
      expect(missingDecisionLetterParts(input)).toEqual([]);
    });

    it("is refused without the caseworker's reasons or the dates", () => {
      const base = sampleLetterInput('appeal_not_considered', 'nb');
      const input: LetterInput = {
        ...base,
        appeal: { ...base.appeal!, lateReason: '', deadline: null, appealDeadline: null },
      };
      expect(missingDecisionLetterParts(input)).toEqual([
        'reasons.factsReliedOn',
        'reasons.mainConsiderations',
        'appealDeadline',
      ]);
    });
  });

  describe('repayment claim revised on appeal', () => {
    it.each(LANGUAGES)('a lowered claim still owed needs the payment parts (%s)', (language) => {
      const input = sampleLetterInput('claim_revised', language);
      expect(requiredDecisionLetterParts(input)).toEqual([
        'outcome',
        'amount',
        'reasons.rulesApplied',
        'reasons.factsReliedOn',
        'reasons.mainConsiderations',
        'repaymentDueDate',
        'repaymentPayment',
        'appealDeadline',
        'appealBody',
        'appealProcedure',
        'accessToDocuments',
      ]);
      expect(missingDecisionLetterParts(input)).toEqual([]);
    });

    it('a dropped claim has nothing to pay, and prints no payment section', () => {
      const base = sampleLetterInput('claim_revised', 'nb');
      const dropped: LetterInput = {
        ...base,
        claim: { ...base.claim!, amountOre: 0, revision: { ...base.claim!.revision!, repaidOre: 0 } },
      };
      expect(requiredDecisionLetterParts(dropped)).not.toContain('repaymentDueDate');
      expect(missingDecisionLetterParts(dropped)).toEqual([]);
      expect(partsPresent(buildLetterContent(dropped))).not.toContain('repaymentPayment');
    });
  });

  describe('change request answers', () => {
    it.each(LANGUAGES)(
      'a rejection is a decision with full reasons and the right to appeal (%s)',
      (language) => {
        const input = sampleLetterInput('change_rejected', language);
        expect(requiredDecisionLetterParts(input)).toEqual([
          'outcome',
          'reasons.rulesApplied',
          'reasons.factsReliedOn',
          'reasons.mainConsiderations',
          'appealDeadline',
          'appealBody',
          'appealProcedure',
          'accessToDocuments',
        ]);
        expect(missingDecisionLetterParts(input)).toEqual([]);
        const unreasoned: LetterInput = { ...input, change: { ...input.change!, reasons: null } };
        expect(missingDecisionLetterParts(unreasoned)).toEqual([
          'reasons.rulesApplied',
          'reasons.factsReliedOn',
          'reasons.mainConsiderations',
        ]);
      },
    );

    it('asks nothing of an approval', () => {
      expect(requiredDecisionLetterParts(sampleLetterInput('change_approved', 'nb'))).toEqual([]);
    });
  });

  it('is a rule violation in domain terms, one error per part', () => {
    const error = new LetterIncompleteError(['outcome', 'appealBody']);
    expect(error.name).toBe('LetterIncompleteError');
    expect(error.message).toBe('Vedtaksbrevet mangler: utfall, klageinstans');
    expect(error.details.errors?.map((e) => e.field)).toEqual(['outcome', 'appealBody']);
  });
});
