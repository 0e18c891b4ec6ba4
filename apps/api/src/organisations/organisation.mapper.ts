import { formatBankAccount, formatOrganisationNumber, Organisation } from '@app/grants';
import { OrganisationResponse } from './organisations.dto';
import { mapRecord, pick } from '../common/mapping';

export function mapOrganisation(o: Organisation): OrganisationResponse {
  return {
    ...mapRecord(o),
    organisationNumber: o.organisationNumber,
    organisationNumberFormatted: formatOrganisationNumber(o.organisationNumber),
    ...pick(
      o,
      'name',
      'form',
      'streetAddress',
      'postalCode',
      'postalTown',
      'municipalityNumber',
      'municipality',
      'county',
      'email',
      'phone',
      'bankAccount',
    ),
    bankAccountFormatted: formatBankAccount(o.bankAccount),
    bankAccountVerified: o.bankAccountVerifiedAt !== null,
    ...pick(o, 'registeredInVoluntaryRegistry', 'preferredLanguage', 'bankrupt', 'underLiquidation'),
  };
}
