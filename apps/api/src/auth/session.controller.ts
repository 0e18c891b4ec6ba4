import { Body, Controller, Delete, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { SessionAuthMethod, SessionInfo, SessionsService, UsersService } from '@app/grants';
import { APP_CONFIG, AppConfig } from '@app/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { clientAddress } from '../common/client-address';
import { mapUser } from '../users/user.mapper';
import {
  clearSessionCookie,
  notLoggedInProblem,
  requireCsrf,
  requireSameOrigin,
  sessionCookie,
  sessionEndedProblem,
  setSessionCookie,
} from './browser-session';
import { Public } from './decorators';
import { LoginRequest } from './auth.dto';
import { PasswordLoginService } from './password-login.service';
import { SessionResponse } from './session.dto';

/**
 * The web application's login: a server-side session in an HttpOnly cookie (never a token a script can read).
 * Every endpoint that takes a bearer token takes the cookie too; a request with the cookie that changes something
 * must send the session's CSRF token as X-CSRF-Token. API clients keep using bearer tokens (POST /api/auth/login).
 */
@ApiTags('session')
@Controller('session')
export class SessionController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
    private readonly passwordLogin: PasswordLoginService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Log in with e-mail and password; starts a browser session and sets its cookie (HttpOnly, SameSite=Lax, Path=/;
   * Secure with the __Host- prefix in production). Throttled and answered as POST /api/auth/login. A session the
   * browser had is logged out.
   */
  @Public()
  @Post()
  @ApiCreatedResponse({ type: SessionResponse, description: 'Logged in; Set-Cookie carries the session.' })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail address or password (problem).' })
  @ApiForbiddenResponse({ description: 'The request came from another site (problem type csrf).' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed logins; see Retry-After.' })
  async create(
    @Body() body: LoginRequest,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionResponse> {
    requireSameOrigin(request, this.config.publicBaseUrl);
    const user = await this.passwordLogin.verify(body.email, body.password, request);
    const previous = sessionCookie(request, this.config.auth.session);
    if (previous) {
      const lookup = await this.sessions.resolve(previous);
      if (lookup.status === 'active') await this.sessions.revoke(lookup.session.id);
    }
    const userAgent = request.headers['user-agent'];
    const { token, session } = await this.sessions.create({
      userId: user.id,
      credentialVersion: user.credentialVersion,
      authMethod: SessionAuthMethod.Password,
      clientAddress: clientAddress(request),
      userAgent: typeof userAgent === 'string' ? userAgent : null,
    });
    setSessionCookie(reply, this.config.auth.session, token);
    return this.answer(session);
  }

  /**
   * The browser's session: the user, the CSRF token and when the session ends; each call moves the idle end
   * forward. 401 without a session; problem type `session-expired` (with `reason`: idle-timeout,
   * absolute-timeout, logged-out or credentials-changed) when the session the cookie names has ended.
   */
  @Public()
  @ApiCookieAuth('session')
  @Get()
  @ApiOkResponse({ type: SessionResponse })
  @ApiUnauthorizedResponse({ description: 'No session (unauthenticated) or an ended one (session-expired).' })
  async current(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionResponse> {
    const config = this.config.auth.session;
    const token = sessionCookie(request, config);
    if (!token) throw notLoggedInProblem();
    const lookup = await this.sessions.resolve(token, { touch: true });
    if (lookup.status !== 'active') {
      clearSessionCookie(reply, config);
      throw lookup.status === 'ended' ? sessionEndedProblem(lookup.reason, config) : notLoggedInProblem();
    }
    return this.answer(lookup.session);
  }

  /**
   * Log out: the session ends on the server and the cookie is cleared. Needs X-CSRF-Token while the session is
   * active; without an active session there is nothing to end and the answer is 204 as well.
   */
  @Public()
  @ApiCookieAuth('session')
  @Delete()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Logged out; Set-Cookie clears the cookie.' })
  @ApiForbiddenResponse({
    description: 'X-CSRF-Token missing or wrong, or another site (problem type csrf).',
  })
  async delete(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    const config = this.config.auth.session;
    const token = sessionCookie(request, config);
    if (token) {
      const lookup = await this.sessions.resolve(token);
      if (lookup.status === 'active') {
        requireCsrf(request, lookup.session, this.config.publicBaseUrl);
        await this.sessions.revoke(lookup.session.id);
      }
    }
    clearSessionCookie(reply, config);
  }

  private async answer(session: SessionInfo): Promise<SessionResponse> {
    const { user, organisations } = await this.users.getUser(session.userId);
    return {
      user: { ...mapUser(user), organisations },
      csrfToken: session.csrfToken,
      idleExpiresAt: session.idleExpiresAt.toISOString(),
      absoluteExpiresAt: session.absoluteExpiresAt.toISOString(),
      authMethod: session.authMethod,
    };
  }
}
