import {
  applyDecorators,
  CanActivate,
  ExecutionContext,
  Inject,
  Injectable,
  ServiceUnavailableException,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig, DomainError, DomainErrorCode, RateLimit, REDIS } from '@app/platform';
import type { FastifyRequest } from 'fastify';
import Redis from 'ioredis';
import { createHash } from 'node:crypto';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { clientAddress } from '../common/client-address';

/**
 * The anonymous endpoints that send e-mail or do expensive work, and what each is counted by:
 * - `register` (POST /api/auth/register): per e-mail address, per client address, and all together;
 * - `passwordReset` (the request for a password-reset e-mail): per e-mail address and per client address;
 * - `publicExport` (the public award list, built as JSON, CSV or XLSX): per client address.
 * Login has its own scheme (LoginThrottleService), since it must also tell failures from successes.
 */
export type RateLimitPolicy = 'register' | 'passwordReset' | 'publicExport';

type Dimension = 'client' | 'address' | 'global';

const REFUSALS: Record<RateLimitPolicy, string> = {
  register: 'For mange registreringer. Vent litt og prøv igjen.',
  passwordReset: 'For mange forespørsler om nytt passord. Vent litt og prøv igjen.',
  publicExport: 'For mange forespørsler. Vent litt og prøv igjen.',
};

/**
 * Counts requests to anonymous endpoints in Redis, shared by every API replica (rate-limiter-flexible, fixed
 * windows). Over a limit: 429 problem+json with Retry-After. Redis down: 503 (fails closed, like login).
 *
 * How to apply it:
 * - counted by client address only: put `@RateLimited('publicExport')` on the handler (or controller); a guard counts
 *   the request before anything else runs;
 * - counted by e-mail address too: after validation, as the handler's first line,
 *   `await this.limits.consume('passwordReset', { client: clientAddress(request), address: body.email })`
 *   (inject `RateLimitsService`, exported by AuthModule; `@Req() request: FastifyRequest`).
 * A new policy is a name in `RateLimitPolicy`, its limits in AppConfig.rateLimits (README's configuration table)
 * and a line in the constructor.
 */
@Injectable()
export class RateLimitsService {
  private readonly policies: Record<RateLimitPolicy, { by: Dimension; limiter: RateLimiterRedis }[]>;

  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    const r = config.rateLimits;
    const dimension = (policy: RateLimitPolicy, by: Dimension, limit: RateLimit) => ({
      by,
      limiter: limiterFor(redis, `rate:${policy}:${by}`, limit),
    });
    // Narrowest first: a client held back spends nothing of the budgets it shares with others.
    this.policies = {
      register: [
        dimension('register', 'client', r.registerClient),
        dimension('register', 'address', r.registerAddress),
        dimension('register', 'global', r.registerGlobal),
      ],
      passwordReset: [
        dimension('passwordReset', 'client', r.passwordResetClient),
        dimension('passwordReset', 'address', r.passwordResetAddress),
      ],
      publicExport: [dimension('publicExport', 'client', r.publicExportClient)],
    };
  }

  /** Counts one request; throws 429 (DomainError RateLimited, with Retry-After) when it is over a limit. */
  async consume(policy: RateLimitPolicy, subject: { client: string; address?: string }): Promise<void> {
    for (const { by, limiter } of this.policies[policy]) {
      const key = by === 'global' ? 'all' : by === 'client' ? subject.client : subject.address;
      if (key === undefined) throw new Error(`rate limit ${policy} is counted by ${by}, which was not given`);
      const result = await consumeOrRefusal(limiter, hashKey(by === 'address' ? normaliseEmail(key) : key));
      if (result) throw rateLimited(REFUSALS[policy], result.msBeforeNext);
    }
  }
}

const RATE_LIMIT = 'rate-limit:policy';

/** Counts the request under `policy` by its client address before the handler runs (429 over the limit). */
export const RateLimited = (policy: RateLimitPolicy) =>
  applyDecorators(
    SetMetadata(RATE_LIMIT, policy),
    UseGuards(RateLimitGuard),
    ApiTooManyRequestsResponse({ description: 'Too many requests from this client; see Retry-After.' }),
  );

@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limits: RateLimitsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<RateLimitPolicy | undefined>(RATE_LIMIT, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (policy) {
      await this.limits.consume(policy, {
        client: clientAddress(context.switchToHttp().getRequest<FastifyRequest>()),
      });
    }
    return true;
  }
}

// Shared with LoginThrottleService.

/** A Redis-backed limiter on the shared client (its key prefix keeps test runs and systems apart). */
export function limiterFor(redis: Redis, keyPrefix: string, limit: RateLimit): RateLimiterRedis {
  return new RateLimiterRedis({
    storeClient: redis,
    keyPrefix,
    points: limit.points,
    duration: limit.seconds,
  });
}

/** Consumes a point; returns the refusal when the limit is reached, throws 503 when Redis cannot answer. */
export async function consumeOrRefusal(
  limiter: RateLimiterRedis,
  key: string,
): Promise<RateLimiterRes | null> {
  try {
    await limiter.consume(key);
    return null;
  } catch (error) {
    if (error instanceof RateLimiterRes) return error;
    throw unavailable();
  }
}

/** Runs Redis calls; any failure is an outage (503, Retry-After), never a pass: the limits fail closed. */
export async function orUnavailable<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch {
    throw unavailable();
  }
}

function unavailable(): ServiceUnavailableException {
  return new ServiceUnavailableException('Tjenesten er midlertidig utilgjengelig. Prøv igjen om litt.');
}

export function rateLimited(message: string, msBeforeNext: number): DomainError {
  return new DomainError(DomainErrorCode.RateLimited, message, {
    retryAfterSeconds: Math.max(1, Math.ceil(msBeforeNext / 1000)),
  });
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Keys hold a hash, not the e-mail or client address: no personal data in Redis. */
export function hashKey(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 32);
}
