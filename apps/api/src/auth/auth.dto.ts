import { ApiProperty } from '@nestjs/swagger';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, Role } from '@app/grants';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { EmailField, TextField } from '../common/fields';

export class LoginRequest {
  @EmailField('soker@kirkensbymisjon.no')
  email!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(200)
  password!: string;
}

export class LoginResponse {
  accessToken!: string;
  @ApiProperty({ enum: ['Bearer'] })
  tokenType!: 'Bearer';
  /** Seconds until the token expires. */
  expiresIn!: number;
}

export class RegisterRequest {
  @EmailField('ny.soker@example.org')
  email!: string;

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
  id!: string;
  name!: string;
  organisationNumber!: string;
}

export class UserResponse {
  id!: string;
  email!: string;
  name!: string;
  @ApiProperty({ enum: Role, isArray: true })
  roles!: Role[];
  active!: boolean;
  version!: number;
  createdAt!: string;
}

export class MeResponse extends UserResponse {
  organisations!: MeOrganisation[];
}
