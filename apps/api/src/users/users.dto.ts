import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MIN_PASSWORD_LENGTH, Role } from '@app/grants';
import { Transform } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';
import { EmailField, Optional, TextField, VersionField } from '../common/fields';
import { PageMeta, PageQuery } from '../common/page.dto';
import { UserResponse } from '../auth/auth.dto';

export class CreateUserRequest {
  /** The user's e-mail address (the login); unique. */
  @EmailField()
  email!: string;

  /** The user's full name. */
  @TextField(200)
  name!: string;

  /** The initial password: at least 12 characters and not easy to guess (422 otherwise). */
  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(200)
  password!: string;

  @ApiProperty({ enum: Role, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @IsEnum(Role, { each: true })
  roles!: Role[];
}

export class UpdateUserRequest {
  @VersionField()
  version!: number;

  /** The user's full name. */
  @TextField(200, { optional: true })
  name?: string;

  @ApiPropertyOptional({ enum: Role, isArray: true })
  @Optional()
  @IsArray()
  @IsEnum(Role, { each: true })
  roles?: Role[];

  /** False deactivates the user (every login ends); admins cannot deactivate themselves. */
  @ApiPropertyOptional()
  @Optional()
  @IsBoolean()
  active?: boolean;

  /** A new password: at least 12 characters and not easy to guess; every login of the user ends. */
  @ApiPropertyOptional({ minLength: MIN_PASSWORD_LENGTH })
  @Optional()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(200)
  password?: string;
}

export class UserListQuery extends PageQuery {
  /** Only users with this role. */
  @ApiPropertyOptional({ enum: Role })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  /** Free text over name and e-mail. */
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  /** Only active (true) or deactivated (false) users. */
  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;
}

export class UserPage extends PageMeta {
  /** The users on this page. */
  items!: UserResponse[];
}
