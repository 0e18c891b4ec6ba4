import { ApiProperty } from '@nestjs/swagger';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@app/grants';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { EmailField } from '../common/fields';

/** A one-time token from an account e-mail: 32 bytes, base64url (43 characters). */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** A neutral answer: it says what happens next and never whether an address has an account. */
export class AccountMessageResponse {
  /** What happens next, in Norwegian, to show the user. */
  message!: string;
}

export class ConfirmEmailRequest {
  /** The token from the link in the confirmation e-mail (after `#token=`). */
  @ApiProperty({ example: 'q3Jd0bWc4mXh1v5y8Zr2TnKs7Lp9Ue6Ao0Iw4Gf1Hb3' })
  @IsString()
  @Matches(TOKEN)
  token!: string;
}

export class PasswordResetRequest {
  /** The e-mail address of the account. */
  @EmailField('soker@kirkensbymisjon.no')
  email!: string;
}

export class PasswordResetConfirmRequest {
  /** The token from the link in the reset e-mail (after `#token=`). */
  @ApiProperty({ example: 'q3Jd0bWc4mXh1v5y8Zr2TnKs7Lp9Ue6Ao0Iw4Gf1Hb3' })
  @IsString()
  @Matches(TOKEN)
  token!: string;

  /** At least 12 characters and not easy to guess (common passwords, patterns, your name or e-mail are refused). */
  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH, maxLength: MAX_PASSWORD_LENGTH })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(MAX_PASSWORD_LENGTH)
  newPassword!: string;
}

export class ChangePasswordRequest {
  /** The password now (a wrong one counts as a failed login). */
  @ApiProperty()
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  currentPassword!: string;

  /** At least 12 characters and not easy to guess (common passwords, patterns, your name or e-mail are refused). */
  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH, maxLength: MAX_PASSWORD_LENGTH })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(MAX_PASSWORD_LENGTH)
  newPassword!: string;
}
