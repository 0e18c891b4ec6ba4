import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AccountsService, Actor } from '@app/grants';
import { APP_CONFIG, AppConfig } from '@app/platform';
import {
  AccountMessageResponse,
  ChangePasswordRequest,
  ConfirmEmailRequest,
  PasswordResetConfirmRequest,
  PasswordResetRequest,
} from './account.dto';
import { LoginResponse } from './auth.dto';
import { CurrentActor, Public } from './decorators';
import { LocalTokenService } from './token.service';

/** Confirming a registration, changing a password, and resetting a forgotten one by e-mail. */
@ApiTags('auth')
@Controller()
export class AccountController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly tokens: LocalTokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The link in the confirmation e-mail of a new registration; the account can log in afterwards. */
  @Public()
  @Post('auth/register/confirm')
  @HttpCode(200)
  async confirmRegistration(@Body() body: ConfirmEmailRequest): Promise<AccountMessageResponse> {
    await this.accounts.confirmEmail(body.token);
    return { message: 'E-postadressen er bekreftet. Du kan nå logge inn.' };
  }

  /**
   * Asks for an e-mail with a link to set a new password. Answers 202 with the same message whether or not the
   * address has an account.
   */
  @Public()
  @Post('auth/password-reset')
  @HttpCode(202)
  async requestPasswordReset(@Body() body: PasswordResetRequest): Promise<AccountMessageResponse> {
    await this.accounts.requestPasswordReset(body.email);
    const minutes = Math.round(this.config.auth.passwordResetTtlSeconds / 60);
    return {
      message:
        'Hører adressen til en konto hos oss, får du snart en e-post med en lenke for å sette nytt passord. ' +
        `Lenken virker i ${minutes} minutter.`,
    };
  }

  /** Sets a new password with the link from the reset e-mail; every login of the account ends. */
  @Public()
  @Post('auth/password-reset/confirm')
  @HttpCode(200)
  async confirmPasswordReset(@Body() body: PasswordResetConfirmRequest): Promise<AccountMessageResponse> {
    await this.accounts.confirmPasswordReset(body.token, body.newPassword);
    return { message: 'Passordet er endret, og du er logget ut overalt. Logg inn med det nye passordet.' };
  }

  /** Changes the logged-in user's password; every other login ends, and the answer is a fresh token. */
  @ApiBearerAuth()
  @Post('me/password')
  @HttpCode(200)
  async changePassword(
    @Body() body: ChangePasswordRequest,
    @CurrentActor() actor: Actor,
  ): Promise<LoginResponse> {
    const { credentialVersion } = await this.accounts.changePassword(
      actor,
      body.currentPassword,
      body.newPassword,
    );
    return { ...this.tokens.issue(actor.userId, credentialVersion), tokenType: 'Bearer' };
  }
}
