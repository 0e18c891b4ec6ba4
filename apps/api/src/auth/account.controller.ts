import { Body, Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { AccountsService, Actor, SessionsService, UsersService } from '@app/grants';
import { APP_CONFIG, AppConfig, DomainError } from '@app/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { clientAddress } from '../common/client-address';
import {
  AccountMessageResponse,
  ChangePasswordRequest,
  ConfirmEmailRequest,
  PasswordResetConfirmRequest,
  PasswordResetRequest,
} from './account.dto';
import { LoginResponse } from './auth.dto';
import { setSessionCookie } from './browser-session';
import { CurrentActor, Public, RequestWithActor } from './decorators';
import { LoginThrottleService } from './login-throttle.service';
import { RateLimitsService } from './rate-limits.service';
import { LocalTokenService } from './token.service';

/** Confirming a registration, changing a password, and resetting a forgotten one by e-mail. */
@ApiTags('auth')
@Controller()
export class AccountController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accounts: AccountsService,
    private readonly tokens: LocalTokenService,
    private readonly limits: RateLimitsService,
    private readonly users: UsersService,
    private readonly throttle: LoginThrottleService,
    private readonly sessions: SessionsService,
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
   * address has an account. Limited per e-mail address and per client (429 with Retry-After).
   */
  @Public()
  @Post('auth/password-reset')
  @HttpCode(202)
  @ApiTooManyRequestsResponse({ description: 'Too many requests for a reset e-mail; see Retry-After.' })
  async requestPasswordReset(
    @Body() body: PasswordResetRequest,
    @Req() request: FastifyRequest,
  ): Promise<AccountMessageResponse> {
    await this.limits.consume('passwordReset', { client: clientAddress(request), address: body.email });
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

  /**
   * Changes the logged-in user's password; every other login ends, and the answer is a fresh token. A wrong current
   * password counts as a failed login of the account from this client (the same throttle as login: 429 after
   * AUTH_LOGIN_MAX_FAILURES), so a stolen token cannot be used to guess the password. Made with the browser's
   * session cookie, the session goes on under a new cookie and CSRF token (read it again with GET /api/session).
   */
  @ApiBearerAuth()
  @Post('me/password')
  @HttpCode(200)
  @ApiTooManyRequestsResponse({ description: 'Too many wrong current passwords; see Retry-After.' })
  async changePassword(
    @Body() body: ChangePasswordRequest,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest & RequestWithActor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponse> {
    const { user } = await this.users.getUser(actor.userId);
    const attempt = await this.throttle.begin(user.email, clientAddress(request));
    let credentialVersion: number;
    try {
      ({ credentialVersion } = await this.accounts.changePassword(
        actor,
        body.currentPassword,
        body.newPassword,
      ));
    } catch (error) {
      const wrongPassword =
        error instanceof DomainError && error.details.errors?.some((e) => e.rule === 'wrongPassword');
      if (wrongPassword) await this.throttle.failed(attempt);
      throw error;
    }
    await this.throttle.succeeded(attempt);
    if (request.browserSession) {
      // The browser's session goes on under a new cookie and CSRF token (GET /api/session gives the token).
      const userAgent = request.headers['user-agent'];
      const { token } = await this.sessions.renew(request.browserSession, credentialVersion, {
        clientAddress: clientAddress(request),
        userAgent: typeof userAgent === 'string' ? userAgent : null,
      });
      setSessionCookie(reply, this.config.auth.session, token);
    }
    return { ...this.tokens.issue(actor.userId, credentialVersion), tokenType: 'Bearer' };
  }
}
