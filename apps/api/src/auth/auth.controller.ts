import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
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
   * Log in with a local account; returns a bearer token. Failed logins are throttled per account and client, per
   * client and per account (429 with Retry-After; the account's owner is told by e-mail).
   */
  @Public()
  @Post('auth/login')
  @HttpCode(200)
  @ApiTooManyRequestsResponse({ description: 'Too many failed logins; see Retry-After.' })
  async login(@Body() body: LoginRequest, @Req() request: FastifyRequest): Promise<LoginResponse> {
    const user = await this.passwordLogin.verify(body.email, body.password, request);
    return { ...this.tokens.issue(user.id, user.credentialVersion), tokenType: 'Bearer' };
  }

  /**
   * NGO staff create their own account (applicant role); then they register or join an organisation. Answers 202
   * with the same message whether or not the address has an account: a new address gets an e-mail with a link
   * that confirms it (until then the account cannot log in), a taken one an e-mail telling its owner. Limited per
   * e-mail address, per client and in all (429 with Retry-After).
   */
  @Public()
  @Post('auth/register')
  @HttpCode(202)
  @ApiTooManyRequestsResponse({ description: 'Too many registrations; see Retry-After.' })
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

  /** The logged-in user, roles and organisations. */
  @ApiBearerAuth()
  @Get('me')
  async me(@CurrentActor() actor: Actor): Promise<MeResponse> {
    const { user, organisations } = await this.users.getUser(actor.userId);
    return { ...mapUser(user), organisations };
  }
}
