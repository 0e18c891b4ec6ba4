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
  @EmailField()
  email!: string;

  @TextField(200)
  name!: string;

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

  @TextField(200, { optional: true })
  name?: string;

  @ApiPropertyOptional({ enum: Role, isArray: true })
  @Optional()
  @IsArray()
  @IsEnum(Role, { each: true })
  roles?: Role[];

  @ApiPropertyOptional()
  @Optional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ minLength: MIN_PASSWORD_LENGTH })
  @Optional()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(200)
  password?: string;
}

export class UserListQuery extends PageQuery {
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

  @ApiPropertyOptional({ enum: ['true', 'false'] })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;
}

export class UserPage extends PageMeta {
  items!: UserResponse[];
}
