import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Actor, Role, SessionsService, UsersService } from '@app/grants';
import { APP_CONFIG, AppConfig, DomainError, DomainErrorCode, requestContext } from '@app/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  clearSessionCookie,
  isStateChanging,
  notLoggedInProblem,
  requireCsrf,
  sessionCookie,
  sessionEndedProblem,
} from './browser-session';
import { IS_PUBLIC, REQUIRED_ROLES, RequestWithActor } from './decorators';
import { TokenVerifier } from './token.service';

/**
 * The one place a request is authenticated and its role checked. Resource-level rules
 * (organisation membership, segregation of duties) live in the domain services, which get the Actor.
 *
 * Two ways in, giving the same Actor: a bearer token (API clients), or the browser's session cookie, which must
 * carry the session's CSRF token on every state-changing request. A request with an Authorization header is
 * judged by it alone, cookie or not.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenVerifier,
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<FastifyRequest & RequestWithActor>();
    const actor =
      request.headers.authorization !== undefined
        ? await this.bearer(request.headers.authorization)
        : await this.session(request, context.switchToHttp().getResponse<FastifyReply>());
    request.actor = actor;
    const store = requestContext.getStore();
    if (store) store.userId = actor.userId;

    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (required && !required.some((role) => actor.roles.includes(role))) {
      throw DomainError.forbidden('Du har ikke en rolle som gir tilgang til dette.');
    }
    return true;
  }

  private async bearer(header: string): Promise<Actor> {
    const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header);
    if (!match) throw unauthenticated('Mangler gyldig innloggingstoken (Authorization: Bearer …).');
    const verified = await this.tokens.verify(match[1]);
    // The login's credential version against the user's current one, read from the database on every request.
    const actor = verified
      ? await this.users.authenticate(verified.userId, verified.credentialVersion)
      : null;
    if (!actor) throw unauthenticated('Innloggingen er ugyldig eller utløpt. Logg inn på nytt.');
    return actor;
  }

  private async session(request: FastifyRequest & RequestWithActor, reply: FastifyReply): Promise<Actor> {
    const config = this.config.auth.session;
    const token = sessionCookie(request, config);
    if (!token) throw unauthenticated('Mangler gyldig innloggingstoken (Authorization: Bearer …).');
    const lookup = await this.sessions.resolve(token);
    if (lookup.status !== 'active') {
      clearSessionCookie(reply, config);
      throw lookup.status === 'ended' ? sessionEndedProblem(lookup.reason, config) : notLoggedInProblem();
    }
    if (isStateChanging(request.method)) requireCsrf(request, lookup.session, this.config.publicBaseUrl);
    request.browserSession = lookup.session;
    return lookup.actor;
  }
}

function unauthenticated(message: string): DomainError {
  return new DomainError(DomainErrorCode.Unauthenticated, message);
}
