import { FieldError } from '@app/platform';
import { OrganisationForm } from '../kernel/organisation-form';
import { PriorReportRule } from '../schemes/grant-scheme.entity';
import { ScreeningChecks } from './screening.entity';

/** What the system found for the formal check, with the organisation's form and the scheme's rule on prior reports. */
export type ScreeningFindings = ScreeningChecks & {
  organisationForm: OrganisationForm;
  priorReportRule: PriorReportRule;
};

/**
 * Why an application cannot pass the formal check on to assessment: each failed check as a field error, and a
 * municipality's missing justification. Pure; empty when it may pass.
 */
export function screeningErrors(
  checks: ScreeningFindings,
  input: { municipalityJustification?: string | null },
): FieldError[] {
  const errors: FieldError[] = [];
  if (!checks.eligibleOrganisationForm) {
    errors.push({
      field: 'checks.eligibleOrganisationForm',
      rule: 'eligible',
      message: 'Organisasjonsformen kan ikke få tilskudd fra ordningen.',
    });
  }
  if (checks.voluntaryRegistry === false) {
    errors.push({
      field: 'checks.voluntaryRegistry',
      rule: 'registered',
      message: 'Organisasjonen er ikke registrert i Frivillighetsregisteret.',
    });
  }
  if (!checks.deadlineMet) {
    errors.push({
      field: 'checks.deadlineMet',
      rule: 'deadline',
      message: 'Søknaden kom inn etter fristen.',
    });
  }
  if (!checks.requiredAttachments) {
    errors.push({
      field: 'checks.requiredAttachments',
      rule: 'attachments',
      message: 'Påkrevde vedlegg mangler.',
    });
  }
  const owed = checks.priorReports;
  if (checks.priorReportRule === PriorReportRule.Block && owed && owed.overdue + owed.unapproved > 0) {
    errors.push({
      field: 'checks.priorReports',
      rule: 'priorReports',
      message: `Organisasjonen har ${owed.overdue} rapport(er) på tidligere tilskudd som ikke er levert og ${owed.unapproved} som ikke er godkjent; ordningen krever godkjente rapporter før ny søknad behandles.`,
    });
  }
  if (checks.organisationForm === OrganisationForm.Municipality && !input.municipalityJustification?.trim()) {
    errors.push({
      field: 'municipalityJustification',
      rule: 'required',
      message:
        'En kommune kan bare få tilskudd når frivillige organisasjoner ikke har et tilfredsstillende tilbud; skriv begrunnelsen.',
    });
  }
  return errors;
}
