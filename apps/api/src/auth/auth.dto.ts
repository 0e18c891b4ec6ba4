import { ApiProperty } from '@nestjs/swagger';
import { MIN_PASSWORD_LENGTH, Role } from '@app/grants';
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

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(200)
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
