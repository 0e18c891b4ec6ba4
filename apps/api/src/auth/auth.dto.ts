import { ApiProperty } from '@nestjs/swagger';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, Role } from '@app/grants';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { EmailField, TextField } from '../common/fields';

export class LoginRequest {
  /** The account's e-mail address. */
  @EmailField('soker@kirkensbymisjon.no')
  email!: string;

  /** The account's password. */
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  password!: string;
}

export class LoginResponse {
  /** The bearer token: send it as `Authorization: Bearer <token>`. */
  accessToken!: string;
  @ApiProperty({ enum: ['Bearer'] })
  tokenType!: 'Bearer';
  /** Seconds until the token expires. */
  expiresIn!: number;
}

export class RegisterRequest {
  /** Your e-mail address: the login, confirmed by a link sent to it. */
  @EmailField('ny.soker@example.org')
  email!: string;

  /** Your full name. */
  @TextField(200)
  name!: string;

  /** At least 12 characters and not easy to guess (common passwords, patterns, your name or e-mail are refused). */
  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH, maxLength: MAX_PASSWORD_LENGTH })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(MAX_PASSWORD_LENGTH)
  password!: string;
}

export class MeOrganisation {
  /** The organisation's id. */
  id!: string;
  /** The organisation's name. */
  name!: string;
  /** Organisasjonsnummer, 9 digits. */
  organisationNumber!: string;
}

export class UserResponse {
  /** The user's id. */
  id!: string;
  /** The user's e-mail address (the login). */
  email!: string;
  /** The user's full name. */
  name!: string;
  @ApiProperty({ enum: Role, isArray: true })
  roles!: Role[];
  /** False when deactivated: the user cannot log in. */
  active!: boolean;
  /** The version to send with the next change or step (optimistic locking). */
  version!: number;
  createdAt!: string;
}

export class MeResponse extends UserResponse {
  /** The organisations the user is a member of. */
  organisations!: MeOrganisation[];
}
