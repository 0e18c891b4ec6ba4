import { Check, Column, Entity, Unique } from 'typeorm';
import { VersionedRecord } from '../kernel/versioned-record';
import { OrganisationForm, WrittenLanguage } from '../kernel/organisation-form';

@Entity('organisations')
@Unique('uq_organisations_organisation_number', ['organisationNumber'])
@Check('ck_organisations_organisation_number', `organisation_number ~ '^[0-9]{9}$'`)
@Check('ck_organisations_bank_account', `bank_account ~ '^[0-9]{11}$'`)
@Check('ck_organisations_postal_code', `postal_code ~ '^[0-9]{4}$'`)
@Check('ck_organisations_municipality_number', `municipality_number ~ '^[0-9]{4}$'`)
@Check(
  'ck_organisations_form',
  `form IN ('association','foundation','limited_company','municipality','cooperative','other')`,
)
@Check('ck_organisations_language', `preferred_language IN ('nb','nn')`)
export class Organisation extends VersionedRecord {
  /** Organisasjonsnummer, 9 digits, MOD11-valid. */
  @Column('char', { length: 9 })
  organisationNumber!: string;

  @Column('text')
  name!: string;

  @Column('text')
  form!: OrganisationForm;

  @Column('text')
  streetAddress!: string;

  @Column('char', { length: 4 })
  postalCode!: string;

  @Column('text')
  postalTown!: string;

  @Column('char', { length: 4 })
  municipalityNumber!: string;

  @Column('text')
  municipality!: string;

  /** Derived from the municipality number (counties in force from 2024). */
  @Column('text')
  county!: string;

  @Column('text')
  email!: string;

  @Column('text', { nullable: true })
  phone!: string | null;

  /** Kontonummer (BBAN), 11 digits, MOD11-valid. */
  @Column('char', { length: 11 })
  bankAccount!: string;

  /** Null while the account (or a change of it) waits for verification by Sfk staff. */
  @Column('uuid', { nullable: true })
  bankAccountVerifiedBy!: string | null;

  @Column('timestamptz', { nullable: true })
  bankAccountVerifiedAt!: Date | null;

  @Column('boolean', { default: false })
  registeredInVoluntaryRegistry!: boolean;

  @Column('text', { default: WrittenLanguage.Bokmal })
  preferredLanguage!: WrittenLanguage;

  /** Flags from Enhetsregisteret; payments are blocked while either is set. */
  @Column('boolean', { default: false })
  bankrupt!: boolean;

  @Column('boolean', { default: false })
  underLiquidation!: boolean;
}
