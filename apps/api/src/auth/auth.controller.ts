import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AccountsService, Actor, UsersService } from '@app/grants';
import type { FastifyRequest } from 'fastify';
import { mapUser } from '../users/user.mapper';
import { CurrentActor, Public } from './decorators';
import { clientAddress } from '../common/client-address';
import { AccountMessageResponse } from './account.dto';
import { LoginRequest, LoginResponse, MeResponse, RegisterRequest } from './auth.dto';
import { PasswordLoginService } from './password-login.service';
import { RateLimitsService } from './rate-limits.service';
import { LocalTokenService } from './token.service';
import { ApiProblems } from '../common/api-problems';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly users: UsersService,
    private readonly accounts: AccountsService,
    private readonly tokens: LocalTokenService,
    private readonly passwordLogin: PasswordLoginService,
    private readonly limits: RateLimitsService,
  ) {}

  /**
   * Log in with e-mail and password; returns a bearer token
   *
   * @remarks Local accounts only; the account must have confirmed its e-mail address and be active. A wrong e-mail
   * or password answers 401 with the same text either way. Failed logins are throttled per account and
   * client, per client and per account (429 with Retry-After); the account's owner is told by e-mail when
   * the account is throttled.
   */
  @Public()
  @ApiProblems(400, 401, 429, 503)
  @Post('auth/login')
  @HttpCode(200)
  async login(@Body() body: LoginRequest, @Req() request: FastifyRequest): Promise<LoginResponse> {
    const user = await this.passwordLogin.verify(body.email, body.password, request);
    return { ...this.tokens.issue(user.id, user.credentialVersion), tokenType: 'Bearer' };
  }

  /**
   * Register an NGO user account (applicant role)
   *
   * @remarks NGO staff create their own account; then they register or join an organisation. The password must
   * have at least 12 characters and not be a common or guessable one. Answers 202 with the same message
   * whether or not the address has an account (no account enumeration): a new address gets an e-mail with
   * a link that confirms it (until then the account cannot log in), a taken one an e-mail telling its
   * owner. Limited per e-mail address, per client and in all (429 with Retry-After).
   */
  @Public()
  @ApiProblems(400, 422, 429, 503)
  @Post('auth/register')
  @HttpCode(202)
  async register(
    @Body() body: RegisterRequest,
    @Req() request: FastifyRequest,
  ): Promise<AccountMessageResponse> {
    await this.limits.consume('register', { client: clientAddress(request), address: body.email });
    await this.accounts.register(body);
    return {
      message:
        'Takk! Vi har sendt en e-post til adressen du oppga. Følg instruksjonene i den for å fullføre registreringen.',
    };
  }

  /**
   * The logged-in user, with roles and organisations
   *
   * @remarks Any logged-in user. The organisations are those the user is a member of, with whether the user may
   * sign for them.
   */
  @ApiBearerAuth()
  @ApiProblems(401, 503)
  @Get('me')
  async me(@CurrentActor() actor: Actor): Promise<MeResponse> {
    const { user, organisations } = await this.users.getUser(actor.userId);
    return { ...mapUser(user), organisations };
  }
}
