import { Body, Controller, Delete, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { SessionAuthMethod, SessionInfo, SessionsService, UsersService } from '@app/grants';
import { APP_CONFIG, AppConfig } from '@app/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiProblems } from '../common/api-problems';
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
   * Log in with e-mail and password; starts a browser session
   *
   * @remarks Sets the session cookie (HttpOnly, SameSite=Lax, Path=/; Secure with the __Host- prefix in
   * production) and answers with the CSRF token that every changing request made with the cookie must send as
   * X-CSRF-Token. The same accounts, wrong-password answer (401) and throttling (429 with Retry-After) as
   * POST /api/auth/login. A request from another site (Origin or Sec-Fetch-Site) is refused (403, problem type
   * csrf). A session the browser had is logged out.
   */
  @Public()
  @ApiProblems(400, 401, [403, 'The request came from another site (problem type csrf).'], 429, 503)
  @Post()
  @ApiCreatedResponse({ type: SessionResponse, description: 'Logged in; Set-Cookie carries the session.' })
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
   * The browser's session: the user, the CSRF token and when it ends
   *
   * @remarks Each call moves the idle end forward (SESSION_IDLE_MINUTES); the absolute end
   * (SESSION_ABSOLUTE_HOURS) stays. 401 without a session (problem type unauthenticated), or problem type
   * `session-expired` with `reason` (idle-timeout, absolute-timeout, logged-out, credentials-changed) when the
   * session the cookie names has ended; both clear the cookie.
   */
  @Public()
  @ApiCookieAuth('session')
  @ApiProblems([401, 'No session (unauthenticated), or an ended one (session-expired, with reason).'], 503)
  @Get()
  @ApiOkResponse({ type: SessionResponse })
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
   * Log out: the session ends on the server
   *
   * @remarks The cookie is cleared. Needs X-CSRF-Token while the session is active (403, problem type csrf, when
   * it is missing or wrong, or the request came from another site); without an active session there is nothing
   * to end and the answer is 204 as well, so it never answers 401.
   */
  @Public()
  @ApiProblems([403, 'X-CSRF-Token missing or wrong, or another site (problem type csrf).'], 503)
  @Delete()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Logged out; Set-Cookie clears the cookie.' })
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
