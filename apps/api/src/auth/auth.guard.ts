import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Role, UsersService } from '@app/grants';
import { DomainError, DomainErrorCode, requestContext } from '@app/platform';
import type { FastifyRequest } from 'fastify';
import { IS_PUBLIC, REQUIRED_ROLES, RequestWithActor } from './decorators';
import { TokenVerifier } from './token.service';

/**
 * The one place a request is authenticated and its role checked. Resource-level rules
 * (organisation membership, segregation of duties) live in the domain services, which get the Actor.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenVerifier,
    private readonly users: UsersService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<FastifyRequest & RequestWithActor>();
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header) : null;
    if (!match) throw unauthenticated('Mangler gyldig innloggingstoken (Authorization: Bearer …).');
    const verified = await this.tokens.verify(match[1]);
    // The login's credential version against the user's current one, read from the database on every request.
    const actor = verified
      ? await this.users.authenticate(verified.userId, verified.credentialVersion)
      : null;
    if (!actor) throw unauthenticated('Innloggingen er ugyldig eller utløpt. Logg inn på nytt.');
    request.actor = actor;
    const store = requestContext.getStore();
    if (store) store.userId = actor.userId;

    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (required && !required.some((role) => actor.roles.includes(role))) {
      throw DomainError.forbidden('Du har ikke en rolle som gir tilgang til dette.');
    }
    return true;
  }
}

function unauthenticated(message: string): DomainError {
  return new DomainError(DomainErrorCode.Unauthenticated, message);
}
