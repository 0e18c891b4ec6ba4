import { OrganisationForm } from '../kernel/organisation-form';
import { PriorReportRule } from '../schemes/grant-scheme.entity';
import { screeningErrors, type ScreeningFindings } from './screening-errors';

const passing: ScreeningFindings = {
  organisationForm: OrganisationForm.Association,
  priorReportRule: PriorReportRule.Block,
  eligibleOrganisationForm: true,
  voluntaryRegistry: true,
  deadlineMet: true,
  requiredAttachments: true,
  priorReports: { overdue: 0, unapproved: 0 },
};
const pass = { municipalityJustification: null };

describe('screeningErrors', () => {
  it('lets an application that meets every check pass', () => {
    expect(screeningErrors(passing, pass)).toEqual([]);
  });

  it('names every failed check by its field and rule', () => {
    const failing: ScreeningFindings = {
      organisationForm: OrganisationForm.Municipality,
      priorReportRule: PriorReportRule.Block,
      eligibleOrganisationForm: false,
      voluntaryRegistry: false,
      deadlineMet: false,
      requiredAttachments: false,
      priorReports: { overdue: 1, unapproved: 2 },
    };
    const errors = screeningErrors(failing, pass);
    expect(errors.map((e) => [e.field, e.rule])).toEqual([
      ['checks.eligibleOrganisationForm', 'eligible'],
      ['checks.voluntaryRegistry', 'registered'],
      ['checks.deadlineMet', 'deadline'],
      ['checks.requiredAttachments', 'attachments'],
      ['checks.priorReports', 'priorReports'],
      ['municipalityJustification', 'required'],
    ]);
    expect(errors[4].message).toContain(
      '1 rapport(er) på tidligere tilskudd som ikke er levert og 2 som ikke er godkjent',
    );
  });

  it('only warns about owed reports when the scheme says so, and accepts a municipality that explains itself', () => {
    const findings: ScreeningFindings = {
      ...passing,
      organisationForm: OrganisationForm.Municipality,
      priorReportRule: PriorReportRule.Warn,
      voluntaryRegistry: null,
      priorReports: { overdue: 3, unapproved: 0 },
    };
    expect(
      screeningErrors(findings, {
        ...pass,
        municipalityJustification: 'Ingen frivillige tilbud i kommunen.',
      }),
    ).toEqual([]);
    expect(
      screeningErrors(findings, { ...pass, municipalityJustification: '  ' }).map((e) => e.field),
    ).toEqual(['municipalityJustification']);
  });
});
