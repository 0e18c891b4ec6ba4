import { Inject, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DomainError, DomainErrorCode, REDIS } from '@app/platform';
import { createHash } from 'node:crypto';
import Redis from 'ioredis';

/**
 * Counts failed logins per account and per client address in Redis (shared by every API replica).
 * Past the limit, login is refused with 429 until the window runs out. Fails closed if Redis is down.
 */
@Injectable()
export class LoginThrottleService {
  /** A client address may fail this many times more than one account before it is held back. */
  private static readonly ADDRESS_FACTOR = 10;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async assertAllowed(email: string, address: string): Promise<void> {
    const { loginMaxFailures } = this.config.auth;
    const [accountFailures, addressFailures] = await this.read([
      this.accountKey(email),
      this.addressKey(address),
    ]);
    if (
      accountFailures >= loginMaxFailures ||
      addressFailures >= loginMaxFailures * LoginThrottleService.ADDRESS_FACTOR
    ) {
      const ttl = await this.safe(() =>
        this.redis.ttl(
          accountFailures >= loginMaxFailures ? this.accountKey(email) : this.addressKey(address),
        ),
      );
      throw new DomainError(
        DomainErrorCode.RateLimited,
        'For mange mislykkede innloggingsforsøk. Vent litt og prøv igjen.',
        { retryAfterSeconds: Math.max(1, ttl) },
      );
    }
  }

  async recordFailure(email: string, address: string): Promise<void> {
    const lock = this.config.auth.loginLockSeconds;
    await this.safe(() =>
      this.redis
        .multi()
        .incr(this.accountKey(email))
        .expire(this.accountKey(email), lock)
        .incr(this.addressKey(address))
        .expire(this.addressKey(address), lock)
        .exec(),
    );
  }

  async recordSuccess(email: string): Promise<void> {
    await this.safe(() => this.redis.del(this.accountKey(email)));
  }

  private async read(keys: string[]): Promise<number[]> {
    const values = await this.safe(() => this.redis.mget(...keys));
    return values.map((v) => Number(v ?? 0));
  }

  private async safe<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch {
      throw new ServiceUnavailableException('Innlogging er midlertidig utilgjengelig.');
    }
  }

  // Keys hold a hash, not the e-mail address: no personal data in Redis.
  private accountKey(email: string): string {
    return `login:fail:account:${hash(email.trim().toLowerCase())}`;
  }

  private addressKey(address: string): string {
    return `login:fail:address:${hash(address)}`;
  }
}

function hash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 32);
}
