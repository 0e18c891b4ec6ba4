import { Injectable } from '@nestjs/common';
import { User, UsersService } from '@app/grants';
import { DomainError, DomainErrorCode } from '@app/platform';
import type { FastifyRequest } from 'fastify';
import { clientAddress } from '../common/client-address';
import { LoginThrottleService } from './login-throttle.service';

/**
 * Logging in with e-mail and password, the one way for both kinds of login: a bearer token (POST /api/auth/login)
 * and a browser session (POST /api/session). Throttled per account and client, per client and per account (429
 * with Retry-After; the owner is told by e-mail); a wrong password and an unknown address get the same 401.
 */
@Injectable()
export class PasswordLoginService {
  constructor(
    private readonly users: UsersService,
    private readonly throttle: LoginThrottleService,
  ) {}

  async verify(email: string, password: string, request: FastifyRequest): Promise<User> {
    const attempt = await this.throttle.begin(email, clientAddress(request));
    const user = await this.users.verifyCredentials(email, password);
    if (!user) {
      await this.throttle.failed(attempt);
      throw new DomainError(DomainErrorCode.Unauthenticated, 'Feil e-postadresse eller passord.');
    }
    await this.throttle.succeeded(attempt);
    return user;
  }
}
