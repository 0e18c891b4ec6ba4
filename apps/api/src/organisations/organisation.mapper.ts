import { formatBankAccount, formatOrganisationNumber, Organisation } from '@app/grants';
import { OrganisationResponse } from './organisations.dto';

export function mapOrganisation(o: Organisation): OrganisationResponse {
  return {
    id: o.id,
    organisationNumber: o.organisationNumber,
    organisationNumberFormatted: formatOrganisationNumber(o.organisationNumber),
    name: o.name,
    form: o.form,
    streetAddress: o.streetAddress,
    postalCode: o.postalCode,
    postalTown: o.postalTown,
    municipalityNumber: o.municipalityNumber,
    municipality: o.municipality,
    county: o.county,
    email: o.email,
    phone: o.phone,
    bankAccount: o.bankAccount,
    bankAccountFormatted: formatBankAccount(o.bankAccount),
    bankAccountVerified: o.bankAccountVerifiedAt !== null,
    registeredInVoluntaryRegistry: o.registeredInVoluntaryRegistry,
    preferredLanguage: o.preferredLanguage,
    bankrupt: o.bankrupt,
    underLiquidation: o.underLiquidation,
    version: o.version,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}
