import { fieldId, toProblem } from './problems';

describe('problem+json → field errors and the error summary', () => {
  it('maps each field problem to its field and a summary link to the input', () => {
    const problem = toProblem(
      400,
      {
        type: 'urn:problem:tilskudd:validation',
        title: 'Ugyldige opplysninger',
        status: 400,
        detail: 'budgetLines[0].amountOre: Må være et heltall.',
        errors: [
          { field: 'budgetLines[0].amountOre', rule: 'isInt', message: 'Må være et heltall.' },
          { field: 'title', rule: 'required', message: 'Tittel må fylles ut.' },
          { field: 'title', rule: 'maxChars', message: 'For lang.' },
        ],
      },
      'Feil',
    );
    expect(problem).toMatchObject({
      status: 400,
      kind: 'validation',
      title: 'Ugyldige opplysninger',
      detail: undefined,
    });
    expect(problem.fields).toEqual({
      'budgetLines[0].amountOre': 'Må være et heltall.',
      title: 'Tittel må fylles ut.',
    });
    expect(problem.summary.map((s) => s.href)).toEqual([
      '#f-budgetLines-0-amountOre',
      '#f-title',
      '#f-title',
    ]);
    expect(fieldId('contactPerson.email')).toBe('f-contactPerson-email');
  });

  it('keeps the title, detail and current version of a problem without field errors', () => {
    const problem = toProblem(
      409,
      {
        type: 'urn:problem:tilskudd:version-conflict',
        title: 'Utdatert versjon',
        detail: 'Les på nytt.',
        currentVersion: 7,
      },
      'Feil',
    );
    expect(problem).toMatchObject({
      kind: 'version-conflict',
      detail: 'Les på nytt.',
      currentVersion: 7,
      summary: [],
    });
    expect(toProblem(502, 'Bad gateway', 'Noe gikk galt').title).toBe('Noe gikk galt');
  });
});
