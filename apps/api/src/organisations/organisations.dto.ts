import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { OrganisationForm, WrittenLanguage } from '@app/grants';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import {
  BankAccountField,
  DigitsField,
  EmailField,
  OptionalBoolean,
  OrganisationNumberField,
  TextField,
  VersionField,
} from '../common/fields';
import { PageMeta, PageQuery } from '../common/page.dto';

export class RegisterOrganisationRequest {
  @OrganisationNumberField()
  organisationNumber!: string;

  /** The organisation's name as in Enhetsregisteret. */
  @TextField(200)
  name!: string;

  @ApiProperty({ enum: OrganisationForm })
  @IsEnum(OrganisationForm)
  form!: OrganisationForm;

  /**
   * Street address.
   * @example "Storgata 1"
   */
  @TextField(200)
  streetAddress!: string;

  /** Postnummer, 4 digits. */
  @DigitsField(4, '0182')
  postalCode!: string;

  /**
   * Poststed.
   * @example "Oslo"
   */
  @TextField(100)
  postalTown!: string;

  /** Kommunenummer; the county is derived from it. */
  @DigitsField(4, '0301')
  municipalityNumber!: string;

  /**
   * Name of the municipality (kommune).
   * @example "Oslo"
   */
  @TextField(100)
  municipality!: string;

  /** The organisation's e-mail address; letters are sent here. */
  @EmailField('post@example.org')
  email!: string;

  /** null removes it. */
  @ApiPropertyOptional({ example: '+47 22 00 00 00', type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  phone?: string | null;

  @BankAccountField()
  bankAccount!: string;

  /** Written standard for letters: bokmål (nb) or nynorsk (nn). */
  @ApiProperty({ enum: WrittenLanguage })
  @IsEnum(WrittenLanguage)
  preferredLanguage!: WrittenLanguage;
}

// skipNullProperties: false — a field left out is kept; null is validated (and refused) like any other value,
// except for the phone number, which null removes.
export class UpdateOrganisationRequest extends PartialType(
  OmitType(RegisterOrganisationRequest, ['organisationNumber'] as const),
  { skipNullProperties: false },
) {
  @VersionField()
  version!: number;
}

export class RegisterFlagsRequest {
  @VersionField()
  version!: number;

  /** Konkurs, from Enhetsregisteret. */
  @OptionalBoolean()
  bankrupt?: boolean;

  /** Under avvikling, from Enhetsregisteret. */
  @OptionalBoolean()
  underLiquidation?: boolean;

  /** Registered in Frivillighetsregisteret: recorded by Sfk, never by the organisation's members. */
  @OptionalBoolean()
  registeredInVoluntaryRegistry?: boolean;
}

export class AddMemberRequest {
  /** E-mail address of an active applicant account to add. */
  @EmailField()
  email!: string;

  /** May sign for the organisation (accept the conditions of a grant, manage members). Only a signatory gives it. */
  @OptionalBoolean()
  signatory?: boolean;
}

export class UpdateMemberRequest {
  /** Give (true) or take (false) the right to sign for the organisation; its last signatory keeps it. */
  @ApiProperty()
  @IsBoolean()
  signatory!: boolean;
}

export class OrganisationListQuery extends PageQuery {
  /** Free text over name and organisation number. */
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  /** Only organisations of this form. */
  @ApiPropertyOptional({ enum: OrganisationForm })
  @IsOptional()
  @IsEnum(OrganisationForm)
  form?: OrganisationForm;

  /**
   * Only organisations in this county (fylke).
   * @example "Oslo"
   */
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  county?: string;
}

export class OrganisationResponse {
  /** The organisation's id. */
  id!: string;
  /** Organisasjonsnummer, 9 digits. */
  organisationNumber!: string;
  /** "988 077 917" */
  organisationNumberFormatted!: string;
  /** The organisation's name as in Enhetsregisteret. */
  name!: string;
  @ApiProperty({ enum: OrganisationForm })
  form!: OrganisationForm;
  /**
   * Street address.
   * @example "Storgata 1"
   */
  streetAddress!: string;
  /** Postnummer, 4 digits. */
  postalCode!: string;
  /**
   * Poststed.
   * @example "Oslo"
   */
  postalTown!: string;
  /** Kommunenummer, 4 digits. */
  municipalityNumber!: string;
  /**
   * Name of the municipality (kommune).
   * @example "Oslo"
   */
  municipality!: string;
  /**
   * The county (fylke), derived from the municipality number.
   * @example "Oslo"
   */
  county!: string;
  /** The organisation's e-mail address; letters are sent here. */
  email!: string;
  /** Phone number; null when none is given. */
  @ApiProperty({ type: String, nullable: true })
  phone!: string | null;
  /** Kontonummer, 11 digits; payments go here once verified. */
  bankAccount!: string;
  /** "8601.11.17947" */
  bankAccountFormatted!: string;
  /** False while a new account waits for verification by Sfk; payments are blocked meanwhile. */
  bankAccountVerified!: boolean;
  /** Registered in Frivillighetsregisteret, as recorded by Sfk (false until Sfk has checked it). */
  registeredInVoluntaryRegistry!: boolean;
  @ApiProperty({ enum: WrittenLanguage })
  preferredLanguage!: WrittenLanguage;
  /** Konkurs, as recorded by Sfk from Enhetsregisteret; payments stop. */
  bankrupt!: boolean;
  /** Under avvikling, as recorded by Sfk from Enhetsregisteret; payments stop. */
  underLiquidation!: boolean;
  /** The version to send with the next change or step (optimistic locking). */
  version!: number;
  createdAt!: string;
  updatedAt!: string;
}

export class OrganisationPage extends PageMeta {
  /** The organisations on this page. */
  items!: OrganisationResponse[];
}

export class MemberResponse {
  /** The member's user id. */
  userId!: string;
  /** The member's name. */
  name!: string;
  /** The member's e-mail address. */
  email!: string;
  /** May sign for the organisation (accept grants, manage members). */
  signatory!: boolean;
}
