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

  @TextField(200)
  name!: string;

  @ApiProperty({ enum: OrganisationForm })
  @IsEnum(OrganisationForm)
  form!: OrganisationForm;

  @TextField(200)
  streetAddress!: string;

  @DigitsField(4, '0182')
  postalCode!: string;

  @TextField(100)
  postalTown!: string;

  /** Kommunenummer; the county is derived from it. */
  @DigitsField(4, '0301')
  municipalityNumber!: string;

  @TextField(100)
  municipality!: string;

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

  @ApiPropertyOptional({ enum: OrganisationForm })
  @IsOptional()
  @IsEnum(OrganisationForm)
  form?: OrganisationForm;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  county?: string;
}

export class OrganisationResponse {
  id!: string;
  organisationNumber!: string;
  /** "988 077 917" */
  organisationNumberFormatted!: string;
  name!: string;
  @ApiProperty({ enum: OrganisationForm })
  form!: OrganisationForm;
  streetAddress!: string;
  postalCode!: string;
  postalTown!: string;
  municipalityNumber!: string;
  municipality!: string;
  county!: string;
  email!: string;
  @ApiProperty({ type: String, nullable: true })
  phone!: string | null;
  bankAccount!: string;
  /** "8601.11.17947" */
  bankAccountFormatted!: string;
  /** False while a new account waits for verification by Sfk; payments are blocked meanwhile. */
  bankAccountVerified!: boolean;
  /** Registered in Frivillighetsregisteret, as recorded by Sfk (false until Sfk has checked it). */
  registeredInVoluntaryRegistry!: boolean;
  @ApiProperty({ enum: WrittenLanguage })
  preferredLanguage!: WrittenLanguage;
  bankrupt!: boolean;
  underLiquidation!: boolean;
  version!: number;
  createdAt!: string;
  updatedAt!: string;
}

export class OrganisationPage extends PageMeta {
  items!: OrganisationResponse[];
}

export class MemberResponse {
  userId!: string;
  name!: string;
  email!: string;
  signatory!: boolean;
}
